import type { MarksStatus, TabState } from '../messages';
import { CorpusActions, type CorpusControls } from './CorpusActions';
import { DoneView, type RelatedChoice } from './DoneView';
import { Footer } from './Footer';
import { Header } from './Header';
import { ProgressView } from './ProgressView';
import { ErrorMessage, NoRelatedMessage, NotArticleMessage, UnreachableMessage } from './StateMessage';
import { describeState } from './status';

export interface PopupProps {
  /** null: waiting for the first answer from the background. */
  state: TabState | null;
  /** null: the page has no http(s) origin. */
  autoSite: { origin: string; enabled: boolean } | null;
  /** For 'not-article'. */
  onAnalyzeAnyway(): void;
  /** For 'error' and 'unreachable'. */
  onRetry(): void;
  onToggleAutoSite(enabled: boolean): void;
  /** Adding to the local corpus and pausing automatic capture; absent: not shown. */
  corpus?: CorpusControls;
  /** The marks on the page (null: the page has none, or has not said). */
  marks?: MarksStatus | null;
  /** Scroll the page to an omitted item's claim and flash it. */
  onReveal?(itemId: string): void;
  onToggleMarks?(visible: boolean): void;
  /** Set a related article aside as another story, and bring them all back; absent: not offered. */
  onSetAside?(doc: string): void;
  onBringBack?(): void;
}

/** The toolbar popup: everything comes in through props; no browser API here. */
export function Popup(props: PopupProps) {
  const { state } = props;
  const status = describeState(state);
  return (
    <div class="popup" data-testid="popup" data-state={state?.kind ?? 'starting'}>
      <Header {...articleOf(state)} />
      <main class="main">
        <div class="status" role="status" aria-live="polite" aria-atomic="true">
          <h2 class="status-headline">{status.headline}</h2>
          {status.detail && <p class="status-detail">{status.detail}</p>}
        </div>
        <Body {...props} />
        {props.corpus && <CorpusActions {...props.corpus} canAdd={state?.kind === 'done' || state?.kind === 'no-related'} />}
      </main>
      <Footer autoSite={props.autoSite} onToggleAutoSite={props.onToggleAutoSite} marks={props.marks ?? null} onToggleMarks={props.onToggleMarks} />
    </div>
  );
}

function Body({ state, onAnalyzeAnyway, onRetry, onReveal, marks, onSetAside, onBringBack }: PopupProps) {
  if (state === null) return <ProgressView progress={0} />;
  // An article is remembered by its address: without one, nothing can be set aside for it.
  const choice = (result: { url: string | null; setAside?: number }): RelatedChoice | undefined =>
    result.url && onSetAside && onBringBack ? { setAside: result.setAside ?? 0, onSetAside, onBringBack } : undefined;
  switch (state.kind) {
    case 'analyzing':
      return <ProgressView progress={state.progress} />;
    case 'done':
      return state.analysis.related.length > 0 ? (
        <DoneView
          analysis={state.analysis}
          truncated={state.truncated}
          onReveal={onReveal}
          itemsOnPage={marks?.itemsOnPage ?? []}
          relatedChoice={choice(state)}
          openings={state.openings}
        />
      ) : (
        <NoRelatedMessage truncated={state.truncated} corpusSize={state.corpusSize} relatedChoice={choice(state)} />
      );
    case 'not-article':
      return <NotArticleMessage forced={state.forced === true} onAnalyzeAnyway={onAnalyzeAnyway} />;
    case 'no-related':
      return <NoRelatedMessage truncated={state.truncated} corpusSize={state.corpusSize} relatedChoice={choice(state)} />;
    case 'error':
      return <ErrorMessage onRetry={onRetry} />;
    case 'unreachable':
      return <UnreachableMessage onRetry={onRetry} />;
  }
}

function articleOf(state: TabState | null): { title: string | null; outlet: string | null } {
  if (!state) return { title: null, outlet: null };
  switch (state.kind) {
    case 'done':
      return { title: state.title ?? state.analysis.article.title, outlet: state.source };
    case 'not-article':
    case 'no-related':
      return { title: state.title, outlet: null };
    default:
      return { title: null, outlet: null };
  }
}
