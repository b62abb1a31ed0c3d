/** Whether analyzed articles are kept in the corpus automatically: on until the reader pauses it. */

/** The part of `storage.local` the capture setting needs. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const CAPTURE_PAUSED_KEY = 'capturePaused';

/** Automatic capture is on until the reader pauses it. */
export async function isCapturePaused(area: LocalArea): Promise<boolean> {
  return (await area.get(CAPTURE_PAUSED_KEY))[CAPTURE_PAUSED_KEY] === true;
}

export async function setCapturePaused(area: LocalArea, paused: boolean): Promise<void> {
  await area.set({ [CAPTURE_PAUSED_KEY]: paused });
}
