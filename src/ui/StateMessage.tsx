import { TruncatedNotice } from './TruncatedNotice';

/** The body under the status lines for the states that are not a result. */

export function NotArticleMessage({ onAnalyzeAnyway }: { onAnalyzeAnyway(): void }) {
  return (
    <div class="message">
      <p>If it is one, Lacuna can compare it with other coverage all the same.</p>
      <button type="button" class="button primary" onClick={() => onAnalyzeAnyway()}>
        Analyze anyway
      </button>
    </div>
  );
}

export function NoRelatedMessage({ truncated }: { truncated: boolean }) {
  return (
    <div class="message">
      <p>
        Lacuna compares an article only with the articles kept on this computer. For now, that local corpus holds
        the bundled demo articles.
      </p>
      <h3>What you can do</h3>
      <p>
        This version of Lacuna compares only with its bundled demo articles: five outlets’ reports of the Xi–Putin call
        of February 2024. Open one of those reports to see what each leaves out. Adding your own articles to the
        corpus is not yet possible.
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
