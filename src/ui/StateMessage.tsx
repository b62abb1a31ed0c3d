import type { RelatedChoice } from './DoneView';
import { SetAsideNotice } from './SetAsideNotice';
import { TruncatedNotice } from './TruncatedNotice';

/** The body under the status lines for the states that are not a result. */

/** `forced`: analyzing anyway found no text either; offering it again would only repeat that. */
export function NotArticleMessage({ forced, onAnalyzeAnyway }: { forced: boolean; onAnalyzeAnyway(): void }) {
  if (forced) {
    return (
      <div class="message">
        <p>If the article is still loading, try again once its text shows.</p>
        <button type="button" class="button primary" onClick={() => onAnalyzeAnyway()}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div class="message">
      <p>If it is one, Lacuna can compare it with other coverage all the same.</p>
      <button type="button" class="button primary" onClick={() => onAnalyzeAnyway()}>
        Analyze anyway
      </button>
    </div>
  );
}

/**
 * `corpusSize` 0: the corpus is empty, so the demo articles are gone too (removed or cleared; they do not come back).
 * `relatedChoice` with some set aside: the reader set the related articles aside as another story.
 */
export function NoRelatedMessage({
  truncated,
  corpusSize,
  relatedChoice,
}: {
  truncated: boolean;
  corpusSize: number;
  relatedChoice?: Pick<RelatedChoice, 'setAside' | 'onBringBack'> | undefined;
}) {
  const notice = relatedChoice && relatedChoice.setAside > 0 && <SetAsideNotice setAside={relatedChoice.setAside} onBringBack={relatedChoice.onBringBack} />;
  if (corpusSize === 0) {
    return (
      <div class="message">
        {notice}
        <p>Lacuna compares an article only with the articles kept on this computer, and none is kept now.</p>
        <h3>What you can do</h3>
        <p>
          Grow your corpus: the articles you analyze are kept in it automatically (unless you pause that), and
          “Add this article” keeps this one. On the options page (Extensions, then Lacuna, then Options) you can import
          files of articles or follow news feeds. Other outlets’ reports of this story will be compared the next time.
        </p>
        {truncated && <TruncatedNotice context="search" />}
      </div>
    );
  }
  return (
    <div class="message">
      {notice}
      <p>
        Lacuna compares an article only with the articles kept on this computer: the ones you add, import or analyze,
        and the bundled demo articles unless you removed them.
      </p>
      <h3>What you can do</h3>
      <p>
        Grow your corpus: the articles you analyze are kept in it automatically (unless you pause that), and
        “Add this article” keeps this one. Other outlets’ reports of this story will be compared the next time. The
        demo articles, while you keep them, are five outlets’ reports of the Xi–Putin call of February 2024: open one
        of those reports to see what each leaves out.
      </p>
      {truncated && <TruncatedNotice context="search" />}
    </div>
  );
}

export function ErrorMessage({ onRetry }: { onRetry(): void }) {
  return (
    <div class="message">
      <button type="button" class="button primary" onClick={() => onRetry()}>
        Try again
      </button>
    </div>
  );
}

export function UnreachableMessage({ onRetry }: { onRetry(): void }) {
  return (
    <div class="message">
      <p class="instruction">Click the Lacuna button in the toolbar while the article’s tab is open.</p>
      <button type="button" class="button primary" onClick={() => onRetry()}>
        Try again
      </button>
    </div>
  );
}
