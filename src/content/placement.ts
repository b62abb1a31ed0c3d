/** Where the card goes: beside the claim, never over it, inside the viewport. Pure. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Set when the card must scroll to fit the room it has. */
  maxHeight: number | null;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/**
 * Below the claim when the card fits there, else above, else on the side with more room
 * with its height limited to that room. Horizontally it starts at `pointerX` (or the
 * claim's left) and is shifted back inside the viewport.
 */
export function placeCard(claim: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, pointerX?: number): Placement {
  const below = viewport.height - MARGIN - (claim.top + claim.height + GAP);
  const above = claim.top - GAP - MARGIN;
  let side: Placement['side'];
  let maxHeight: number | null = null;
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else {
    side = below >= above ? 'below' : 'above';
    maxHeight = Math.max(0, side === 'below' ? below : above);
  }
  const height = maxHeight ?? card.height;
  const top = side === 'below' ? claim.top + claim.height + GAP : claim.top - GAP - height;
  const preferred = (pointerX ?? claim.left) - 24;
  const left = Math.max(MARGIN, Math.min(preferred, viewport.width - MARGIN - card.width));
  return { left, top, maxHeight, side };
}

/** The smallest box around all of a claim's line boxes. */
export function boundingBox(rects: readonly Box[]): Box | null {
  if (rects.length === 0) return null;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.left + r.width));
  const bottom = Math.max(...rects.map((r) => r.top + r.height));
  return { left, top, width: right - left, height: bottom - top };
}

export function contains(box: Box, x: number, y: number, slack = 0): boolean {
  return x >= box.left - slack && x <= box.left + box.width + slack && y >= box.top - slack && y <= box.top + box.height + slack;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}
