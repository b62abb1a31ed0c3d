import { describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import { run } from './run';
import { memoryIo } from './io';

// A bug in the engine must end as exit 3 with one line on stderr, never a bare crash.
vi.mock(import('../engine'), async (importOriginal) => ({
  ...(await importOriginal()),
  findRelated: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
}));

const SEEDS = fileURLToPath(new URL('../../test/fixtures/seeds', import.meta.url));

describe('internal errors', () => {
  it('exits 3 with a one-line message', async () => {
    const io = memoryIo();
    const code = await run(['related', `${SEEDS}/000_f6d8503adc2b8999.txt`, '--corpus', SEEDS, '--json'], io);
    expect(code).toBe(3);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe("lacuna: internal error: TypeError: Cannot read properties of undefined (reading 'x') (--debug shows the stack trace)\n");
  });

  it('shows the stack with --debug', async () => {
    const io = memoryIo();
    const code = await run(['related', `${SEEDS}/000_f6d8503adc2b8999.txt`, '--corpus', SEEDS, '--debug'], io);
    expect(code).toBe(3);
    expect(io.stderr.split('\n').length).toBeGreaterThan(3);
    expect(io.stderr).toContain('at ');
  });
});
