import { isLooseCoverage, type Analysis } from '../engine/types';
import { Discrepancies } from './Discrepancies';
import { count } from './format';
import { LooseCoverageNotice } from './LooseCoverageNotice';
import { OmittedList } from './OmittedList';
import { RelatedList } from './RelatedList';
import { SetAsideNotice } from './SetAsideNotice';
import { TruncatedNotice } from './TruncatedNotice';

interface Props {
  analysis: Analysis;
  truncated: boolean;
  onReveal?: ((itemId: string) => void) | undefined;
  /** The items whose claim is marked on the page (the only ones that can be shown there). */
  itemsOnPage?: readonly string[];
  /** Setting related articles aside as another story; absent: not offered. */
  relatedChoice?: RelatedChoice | undefined;
  /** The first sentence of each untitled related article, by id. */
  openings?: Readonly<Record<string, string>> | undefined;
}

export interface RelatedChoice {
  /** How many are set aside for this article. */
  setAside: number;
  onSetAside(doc: string): void;
  onBringBack(): void;
}

export function DoneView({ analysis, truncated, onReveal, itemsOnPage, relatedChoice, openings }: Props) {
  const { omitted, related, discrepancies } = analysis;
  return (
    <div class="done">
      {truncated && <TruncatedNotice context="omitted" />}
      {isLooseCoverage(related) && <LooseCoverageNotice canSetAside={relatedChoice !== undefined} />}
      {omitted.length > 0 ? (
        <OmittedList items={omitted} related={related} onReveal={onReveal} itemsOnPage={itemsOnPage} />
      ) : related.length > 0 ? (
        <p class="nothing-missing" data-testid="nothing-missing">
          <strong>Nothing missing:</strong> the {count(related.length, 'related article')}{' '}
          {related.length === 1 ? 'reports' : 'report'} nothing this one leaves out.
        </p>
      ) : null}
      {discrepancies.length > 0 && <Discrepancies items={discrepancies} related={related} />}
      {related.length > 0 && <RelatedList related={related} openings={openings} onSetAside={relatedChoice?.onSetAside} />}
      {relatedChoice && relatedChoice.setAside > 0 && <SetAsideNotice setAside={relatedChoice.setAside} onBringBack={relatedChoice.onBringBack} />}
    </div>
  );
}
