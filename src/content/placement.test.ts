import { boundingBox, overlaps, placeCard } from './placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 240 };

describe('placeCard', () => {
  it('puts the card below the claim when it fits, without covering it', () => {
    const claim = { left: 100, top: 100, width: 500, height: 48 };
    const p = placeCard(claim, card, viewport, 300);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBeNull();
    expect(overlaps(claim, { left: p.left, top: p.top, ...card })).toBe(false);
  });

  it('flips above a claim near the bottom, and shifts left to stay inside the viewport', () => {
    const claim = { left: 800, top: 650, width: 180, height: 24 };
    const p = placeCard(claim, card, viewport, 950);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(claim.top);
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width);
    expect(overlaps(claim, { left: p.left, top: p.top, ...card })).toBe(false);
  });

  it('limits its height to the larger room when it fits on neither side, still off the claim', () => {
    const claim = { left: 50, top: 300, width: 600, height: 200 };
    const p = placeCard(claim, { width: 360, height: 500 }, viewport);
    expect(p.maxHeight).not.toBeNull();
    expect(overlaps(claim, { left: p.left, top: p.top, width: 360, height: p.maxHeight! })).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(0);
    expect(p.top + p.maxHeight!).toBeLessThanOrEqual(viewport.height);
  });

  it('bounds a claim over several lines', () => {
    expect(boundingBox([{ left: 300, top: 10, width: 200, height: 20 }, { left: 100, top: 30, width: 150, height: 20 }])).toEqual({ left: 100, top: 10, width: 400, height: 40 });
    expect(boundingBox([])).toBeNull();
  });
});
