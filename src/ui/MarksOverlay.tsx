import type { PageMark } from '../messages';
import { ClaimCard } from './ClaimCard';

export interface CardPosition {
  left: number;
  top: number;
  maxHeight: number | null;
}

export interface MarksOverlayProps {
  /** The marks found on the page, in page order: each gets a focusable stand-in for keyboards and screen readers. */
  marks: readonly PageMark[];
  /** The open card; no position yet while it is being measured. */
  open: { mark: PageMark; position: CardPosition | null; scheme: 'light' | 'dark' | null } | null;
  onFocusMark(id: string): void;
  /** Enter on a stand-in: move into its card. */
  onEnterCard(id: string): void;
  onCardPointer(inside: boolean): void;
  onClose(): void;
}

/** Words for the mark a screen reader announces: what kind of claim it is, and the claim. */
export function markLabel(mark: PageMark): string {
  const what = mark.kind === 'discrepancy' ? 'Other coverage reports this differently' : 'Other coverage adds context to this';
  return `Lacuna: ${what}: “${mark.quote.exact}”`;
}

/** Everything Lacuna draws over the page besides the highlights themselves (those are the page's text). */
export function MarksOverlay({ marks, open, onFocusMark, onEnterCard, onCardPointer, onClose }: MarksOverlayProps) {
  const position = open?.position;
  return (
    // A landmark: the stand-ins come after the page's own content in tab order (see ARCHITECTURE.md),
    // so screen-reader users can also jump to them from the page's list of regions.
    <div class="layer" role="region" aria-label={`Lacuna: ${marks.length === 1 ? 'a claim' : `${marks.length} claims`} marked on this page`}>
      {marks.map((mark) => (
        <button
          type="button"
          class="proxy"
          key={mark.id}
          data-mark-id={mark.id}
          aria-expanded={open?.mark.id === mark.id}
          onFocus={() => onFocusMark(mark.id)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              onEnterCard(mark.id);
            }
          }}
        >
          {markLabel(mark)}
        </button>
      ))}
      {open && (
        <div
          class="card-frame"
          style={
            position
              ? { position: 'fixed', left: `${position.left}px`, top: `${position.top}px` }
              : { position: 'fixed', left: '0px', top: '0px', visibility: 'hidden' }
          }
          onPointerEnter={() => onCardPointer(true)}
          onPointerLeave={() => onCardPointer(false)}
        >
          <ClaimCard mark={open.mark} onClose={onClose} scheme={open.scheme} maxHeight={position?.maxHeight ?? null} />
        </div>
      )}
    </div>
  );
}
