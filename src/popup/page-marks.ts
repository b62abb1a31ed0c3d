import { type MarksStatus, type PopupToContent, type RevealReply } from '../messages';

/** Sends a message to the page's content script; the popup's entry passes tabs.sendMessage. */
export type SendToPage = (message: PopupToContent) => Promise<unknown>;

function isMarksStatus(value: unknown): value is MarksStatus {
  const v = value as Partial<MarksStatus> | null;
  return typeof v === 'object' && v !== null && typeof v.marks === 'number' && typeof v.anchored === 'number' && Array.isArray(v.itemsOnPage) && typeof v.visible === 'boolean';
}

/** The page's marks as the popup controls them: status, show/hide, reveal an item's claim. */
export function pageMarksControl(send: SendToPage) {
  const status = async (message: PopupToContent): Promise<MarksStatus | null> => {
    try {
      const reply = await send(message);
      return isMarksStatus(reply) ? reply : null;
    } catch {
      return null; // no content script on the page (not analyzed, a browser page)
    }
  };
  return {
    status: () => status({ type: 'marks-status' }),
    setVisible: (visible: boolean) => status({ type: 'set-marks-visible', visible }),
    async reveal(itemId: string): Promise<boolean> {
      try {
        return ((await send({ type: 'reveal', itemId })) as RevealReply | undefined)?.found === true;
      } catch {
        return false;
      }
    },
    /** Asks until the page has its marks (they arrive just after the analysis), a few times at most. */
    async settled(tries = 6, waitMs = 400, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<MarksStatus | null> {
      let last: MarksStatus | null = null;
      for (let i = 0; i < tries; i++) {
        last = await status({ type: 'marks-status' });
        if (last && last.marks > 0) return last;
        await wait(waitMs);
      }
      return last;
    },
  };
}
