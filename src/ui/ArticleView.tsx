/**
 * One article of the corpus opened from the options page's list: what the corpus knows of it,
 * its wire copies, its full text as plain text, and pin, export and delete. Drawn over the
 * list, which stays as it was underneath (its scroll and selection) for when it closes.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CorpusDocument } from '../engine/types';
import type { CorpusEntry } from '../corpus/types';
import { formatBytes } from './corpus-list';
import { formatMoment } from './format';
import { entryName, ORIGIN_DESCRIPTIONS, paragraphs, safeLink } from './article-text';
import { errorText } from '../error-text';

export interface ArticleViewProps {
  id: string;
  /** The article as the corpus lists it now; undefined once it is no longer in the corpus. */
  entry: CorpusEntry | undefined;
  /** The other articles carrying the same wire report, as the corpus lists them. */
  copies: CorpusEntry[];
  /** Reads the article with its text; null when it is not in the corpus. */
  readArticle(id: string): Promise<CorpusDocument | null>;
  onOpen(id: string): void;
  onClose(): void;
  onSetPinned(ids: string[], pinned: boolean): void;
  onDelete(ids: string[]): void;
  onExport(ids: string[]): void;
}

type TextState = { kind: 'reading' } | { kind: 'read'; text: string } | { kind: 'gone' } | { kind: 'failed'; reason: string };

export function ArticleView(props: ArticleViewProps) {
  const { id, entry, onClose } = props;
  const [text, setText] = useState<TextState>({ kind: 'reading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  /** The article as last listed, to name it once it is gone. */
  const seen = useRef(entry);
  if (entry) seen.current = entry;
  const name = entry ?? (seen.current?.id === id ? seen.current : undefined);

  // Modal: the page under it cannot be reached (focus, clicks, screen readers) until it closes.
  useLayoutEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    setText({ kind: 'reading' });
    props.readArticle(id).then(
      (document) => current && setText(document ? { kind: 'read', text: document.text } : { kind: 'gone' }),
      (error: unknown) => current && setText({ kind: 'failed', reason: errorText(error) }),
    );
    heading.current?.focus();
    return () => {
      current = false;
    };
  }, [id]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const gone = entry === undefined || text.kind === 'gone';
  return (
    <dialog
      ref={dialog}
      class="article-view card"
      aria-labelledby="article-heading"
      data-testid="article-view"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="article-bar">
        <button type="button" class="button small" onClick={onClose}>
          ← Back to the list
        </button>
      </div>
      <h2 id="article-heading" tabIndex={-1} ref={heading} dir="auto">
        {name ? entryName(name) : 'Article no longer in the corpus'}
      </h2>
      {gone ? (
        <p class="notice" role="alert" data-testid="article-gone">
          This article is no longer in your corpus: it was deleted, perhaps in another tab or to stay under the size limit.
        </p>
      ) : (
        <ArticleDetails {...props} entry={entry} text={text} />
      )}
    </dialog>
  );
}

function ArticleDetails({ id, entry, copies, text, onOpen, onClose, onSetPinned, onDelete, onExport }: ArticleViewProps & { entry: CorpusEntry; text: TextState }) {
  const [confirming, setConfirming] = useState(false);
  const link = safeLink(entry.url);
  return (
    <>
      <dl class="article-facts" data-testid="article-facts">
        <dt>Outlet</dt>
        <dd>{entry.source ?? 'Not known'}</dd>
        <dt>Published</dt>
        <dd>{entry.published ?? 'Not known'}</dd>
        <dt>Address</dt>
        <dd class="article-address">
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer">
              {entry.url}
            </a>
          ) : (
            (entry.url ?? 'None')
          )}
        </dd>
        <dt>Came from</dt>
        <dd>{ORIGIN_DESCRIPTIONS[entry.origin]}</dd>
        <dt>Added</dt>
        <dd>{entry.addedAt > 0 ? formatMoment(entry.addedAt) : 'Before Lacuna recorded when'}</dd>
        <dt>Size</dt>
        <dd>
          {formatBytes(entry.bytes)} ({entry.chars.toLocaleString()} characters of text)
        </dd>
        <dt>Pinned</dt>
        <dd>
          {entry.pinned ? 'Yes: kept whatever the size limit' : 'No'}{' '}
          <button type="button" class="button small" aria-pressed={entry.pinned} onClick={() => onSetPinned([id], !entry.pinned)}>
            {entry.pinned ? 'Unpin' : 'Pin'}
          </button>
        </dd>
      </dl>
      {copies.length > 0 && (
        <div class="article-copies" data-testid="article-copies">
          <h3>Copies of the same wire report</h3>
          <ul>
            {copies.map((copy) => (
              <li key={copy.id}>
                <button type="button" class="link-button" onClick={() => onOpen(copy.id)}>
                  {copy.source ?? entryName(copy)}
                </button>
                {copy.source && copy.title && <span class="entry-meta"> · {copy.title}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="article-actions">
        <button type="button" class="button small" onClick={() => onExport([id])}>
          Export this article
        </button>
        {!confirming ? (
          <button type="button" class="button small" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm deleting this article">
            Delete this article? This cannot be undone.{' '}
            <button
              type="button"
              class="button small danger"
              onClick={() => {
                onDelete([id]);
                onClose();
              }}
            >
              Delete
            </button>{' '}
            <button type="button" class="button small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
      <h3>Text</h3>
      <div class="article-text" data-testid="article-text" aria-busy={text.kind === 'reading'}>
        {text.kind === 'reading' && <p class="hint">Reading the text…</p>}
        {text.kind === 'failed' && <p class="error">The text could not be read: {text.reason}</p>}
        {text.kind === 'read' && paragraphs(text.text).map((paragraph, index) => <p key={index}>{paragraph}</p>)}
      </div>
    </>
  );
}
