import { Switch } from './Switch';
/** The popup's corpus controls: add the article to the local corpus, and pause keeping analyzed articles. */

export type AddStatus =
  | { kind: 'idle' }
  | { kind: 'adding' }
  /** The background's answer: `ok` false when the article could not be added. */
  | { kind: 'answered'; ok: boolean; message: string };

export interface CorpusControls {
  add: AddStatus;
  /** Whether analyzed articles are kept in the corpus automatically. */
  capturing: boolean;
  onAdd(): void;
  onToggleCapture(enabled: boolean): void;
  /** The site of the page and whether its articles are never kept; absent or null: not a web page. */
  site?: { host: string; never: boolean } | null;
  onSetNeverSite?(host: string, never: boolean): void;
}

interface Props extends CorpusControls {
  /** Whether the state shows an article that can be added. */
  canAdd: boolean;
}

export function CorpusActions({ canAdd, add, capturing, onAdd, onToggleCapture, site, onSetNeverSite }: Props) {
  return (
    <section class="corpus-actions" data-testid="corpus-actions" aria-label="Your corpus">
      {canAdd && (
        <div class="add-article">
          <button type="button" class="button" disabled={add.kind === 'adding'} onClick={() => onAdd()}>
            {add.kind === 'adding' ? 'Adding…' : 'Add this article to my corpus'}
          </button>
          {add.kind === 'answered' && (
            <p class={add.ok ? 'add-result' : 'add-result failed'} data-testid="add-result" aria-live="polite">
              {add.message}
            </p>
          )}
        </div>
      )}
      <Switch checked={capturing} onToggle={onToggleCapture}>
        Keep the articles I analyze in my corpus (never in private windows)
      </Switch>
      {site && onSetNeverSite && (
        <div class="never-site" data-testid="never-site">
          {site.never ? (
            <p>
              Articles from {site.host} are never kept.{' '}
              <button type="button" class="link-button" onClick={() => onSetNeverSite(site.host, false)}>
                Keep them again
              </button>
            </p>
          ) : (
            <button type="button" class="link-button" onClick={() => onSetNeverSite(site.host, true)}>
              Never keep articles from {site.host}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
