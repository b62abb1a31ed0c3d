import { idlePause, type IdleHost } from './idle';

/** A window whose idle callbacks and timers the test runs by hand. */
function fakeHost(withIdle = true) {
  const idle: Array<(d: { timeRemaining(): number; didTimeout: boolean }) => void> = [];
  const timers: Array<() => void> = [];
  const options: unknown[] = [];
  const host: IdleHost = {
    setTimeout: (run) => timers.push(run),
    ...(withIdle ? { requestIdleCallback: (run, o) => (idle.push(run), options.push(o)) } : {}),
  };
  return { host, idle, timers, options };
}

const settled = async (p: Promise<void>): Promise<boolean> => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
};

describe('idlePause', () => {
  it('waits for an idle callback, with a timeout so a busy page still gets its extraction', async () => {
    const { host, idle, options } = fakeHost();
    const pause = idlePause(host, { visibilityState: 'visible' }, { timeoutMs: 100 });
    const first = pause();
    expect(await settled(first)).toBe(false);
    expect(idle).toHaveLength(1);
    expect(options[0]).toEqual({ timeout: 100 });
    idle[0]!({ timeRemaining: () => 40, didTimeout: false });
    expect(await settled(first)).toBe(true);
  });

  it('runs the next stage at once while the idle period has time left, and waits again when it has not', async () => {
    const { host, idle } = fakeHost();
    let left = 40;
    const pause = idlePause(host, { visibilityState: 'visible' }, { enoughMs: 10 });
    const first = pause();
    idle[0]!({ timeRemaining: () => left, didTimeout: false });
    await first;
    expect(await settled(pause())).toBe(true);
    expect(idle).toHaveLength(1);
    left = 3;
    expect(await settled(pause())).toBe(false);
    expect(idle).toHaveLength(2);
  });

  it('after a timed-out callback, waits for idle time again', async () => {
    const { host, idle } = fakeHost();
    const pause = idlePause(host, { visibilityState: 'visible' });
    const first = pause();
    idle[0]!({ timeRemaining: () => 50, didTimeout: true });
    await first;
    expect(await settled(pause())).toBe(false);
    expect(idle).toHaveLength(2);
  });

  it('does not pause a hidden page', async () => {
    const { host, idle, timers } = fakeHost();
    const pause = idlePause(host, { visibilityState: 'hidden' });
    expect(await settled(pause())).toBe(true);
    expect(idle).toHaveLength(0);
    expect(timers).toHaveLength(0);
  });

  it('falls back to a timer where there are no idle callbacks', async () => {
    const { host, timers } = fakeHost(false);
    const p = idlePause(host, { visibilityState: 'visible' })();
    expect(await settled(p)).toBe(false);
    expect(timers).toHaveLength(1);
    timers[0]!();
    expect(await settled(p)).toBe(true);
  });
});
