/** The options page: the local corpus listed and managed, and files imported into it. Everything through props. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusDocument } from '../engine/types';
import type { CorpusEntry, DemoState } from '../corpus/types';
import { wireGroups } from '../corpus/wire-copies';
import { parseSite } from '../corpus/capture-setting';
import { chooseEvictions, parseSizeLimit } from '../corpus/size-limit';
import { formatBytes, searchEntries, SORT_LABELS, sortEntries, type SortKey } from './corpus-list';
import { count, formatDay } from './format';
import { ArticleView } from './ArticleView';
import { entryLabel, entryName } from './article-text';
import { FeedsSection, type FeedsProps } from './FeedsSection';
import { ImportSection, type ImportProps } from './ImportSection';

export interface OptionsProps extends FeedsProps, ImportProps {
  /** null: still loading. */
  entries: CorpusEntry[] | null;
  /** Why the corpus could not be read, if it could not. */
  loadError: string | null;
  /** What the browser reports for the extension's storage; null when it does not say. */
  storage: { usage: number; quota: number } | null;
  demo: DemoState;
  onDelete(ids: string[]): void;
  /** Downloads the corpus as JSONL: the articles with these ids, or all of them (null). */
  onExport(ids: string[] | null): void;
  onSetPinned(ids: string[], pinned: boolean): void;
  /** Reads one article with its text, for its view; null when it is not in the corpus. */
  onReadArticle(id: string): Promise<CorpusDocument | null>;
  /** The corpus size limit in bytes; null: none. */
  sizeLimit: number | null;
  onSetSizeLimit(bytes: number | null): void;
  /** Hosts whose articles are never kept automatically. */
  neverSites: string[];
  onSetNeverSite(host: string, never: boolean): void;
  /** What the last change did that the reader did not ask for directly (articles removed by the size limit). */
  notice: string | null;
  onClear(): void;
  onRemoveDemo(): void;
}

/** Articles drawn in the list at a time: drawing tens of thousands at once would hold the page for seconds. */
const LIST_PAGE = 500;

const ORIGIN_LABELS: Record<CorpusEntry['origin'], string> = {
  demo: 'demo',
  import: 'imported',
  capture: 'read',
  added: 'added',
  feed: 'from a feed',
};

export function Options(props: OptionsProps) {
  return (
    <div class="options" data-testid="options">
      <header class="options-header">
        <h1>Lacuna: your corpus</h1>
        <p class="privacy">The articles Lacuna compares with. They are kept in this browser only and never sent anywhere.</p>
      </header>
      <ImportSection {...props} />
      <FeedsSection {...props} />
      <CorpusSection {...props} />
      <KeepingSection {...props} />
    </div>
  );
}

function CorpusSection({ entries, loadError, storage, demo, onDelete, onClear, onRemoveDemo, onExport, onSetPinned, onReadArticle, notice }: OptionsProps) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('added');
  const [confirming, setConfirming] = useState(false);
  const [confirmingBulk, setConfirmingBulk] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [drawn, setDrawn] = useState(LIST_PAGE);
  /** The article opened from the list, and the control that opened it (focused again on closing). */
  const [opened, setOpened] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const open = (id: string, from: HTMLElement): void => {
    opener.current = from;
    setOpened(id);
  };
  const close = useCallback((): void => setOpened(null), []);
  // Once the view is gone (the page under a modal view cannot take focus).
  useEffect(() => {
    if (opened !== null || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [opened]);
  const shown = entries ? sortEntries(searchEntries(entries, query), sort) : [];
  const copies = wireGroups(entries ?? []);
  const byId = new Map((entries ?? []).map((entry) => [entry.id, entry]));
  // The selection holds only articles still in the corpus, in the list's order.
  const selected = shown.filter((entry) => picked.has(entry.id)).map((entry) => entry.id);
  const allShownSelected = shown.length > 0 && selected.length === shown.length;
  const pick = (id: string, on: boolean): void => {
    const next = new Set(picked);
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  return (
    <section class="card" aria-labelledby="corpus-heading">
      <h2 id="corpus-heading">In your corpus</h2>
      {loadError && <p class="error">{loadError}</p>}
      {notice && (
        <p class="notice" data-testid="corpus-notice" aria-live="polite">
          {notice}
        </p>
      )}
      <p class="summary" data-testid="corpus-summary">
        {entries === null ? 'Reading the corpus…' : count(entries.length, 'article')}
        {storage && ` · ${formatBytes(storage.usage)} of browser storage used by Lacuna (articles, their indexes, settings)`}
      </p>
      <div class="list-tools">
        <input type="search" placeholder="Search titles, outlets, addresses" aria-label="Search the corpus" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as SortKey)} aria-label="Sort by">
            {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
              <option key={key} value={key}>
                {SORT_LABELS[key]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {entries && entries.length > 0 && shown.length === 0 && <p>No article matches “{query}”.</p>}
      <div class="selection-tools" role="group" aria-label="Selected articles">
        <label class="select-all">
          <input
            type="checkbox"
            checked={allShownSelected}
            disabled={shown.length === 0}
            aria-label="Select all articles shown"
            onChange={(e) => setPicked(e.currentTarget.checked ? new Set(shown.map((entry) => entry.id)) : new Set())}
          />
          <span data-testid="selection-count">{selected.length === 0 ? 'None selected' : `${selected.length.toLocaleString('en')} selected`}</span>
        </label>
        <button type="button" class="button small" disabled={selected.length === 0} onClick={() => onExport(selected)}>
          Export selected
        </button>
        <button type="button" class="button small" disabled={!entries || entries.length === 0} onClick={() => onExport(null)}>
          Export all
        </button>
        {!confirmingBulk ? (
          <button type="button" class="button small" disabled={selected.length === 0} onClick={() => setConfirmingBulk(true)}>
            Delete selected…
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm deleting the selected articles">
            Delete {count(selected.length, 'article')}? This cannot be undone.{' '}
            <button
              type="button"
              class="button small danger"
              disabled={selected.length === 0}
              onClick={() => {
                setConfirmingBulk(false);
                setPicked(new Set());
                onDelete(selected);
              }}
            >
              Delete
            </button>{' '}
            <button type="button" class="button small" onClick={() => setConfirmingBulk(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
      <ul class="corpus-list" data-testid="corpus-list">
        {shown.slice(0, drawn).map((entry) => (
          <li key={entry.id} class="corpus-entry" data-testid="corpus-entry">
            <input type="checkbox" checked={picked.has(entry.id)} aria-label={`Select ${entryLabel(entry)}`} onChange={(e) => pick(entry.id, e.currentTarget.checked)} />
            <div class="entry-main">
              <button
                type="button"
                class={entry.title === null && entry.opening ? 'entry-title link-button opening' : 'entry-title link-button'}
                dir="auto"
                onClick={(e) => open(entry.id, e.currentTarget)}
              >
                {entryName(entry)}
              </button>
              <span class="entry-meta">
                {[entry.source, entry.published ? formatDay(entry.published) : null, ORIGIN_LABELS[entry.origin]].filter(Boolean).join(' · ')}
              </span>
              {copies.has(entry.id) && (
                <span class="entry-copies" data-testid="wire-copies">
                  Copy of the same wire report as {copies.get(entry.id)!.map((id) => byId.get(id)?.source ?? byId.get(id)?.title ?? id).join(', ')}
                </span>
              )}
            </div>
            <button
              type="button"
              class={entry.pinned ? 'button small pinned' : 'button small'}
              aria-pressed={entry.pinned}
              aria-label={`Pin ${entryLabel(entry)}`}
              title={entry.pinned ? 'Pinned: kept whatever the size limit' : 'Pin: keep it whatever the size limit'}
              onClick={() => onSetPinned([entry.id], !entry.pinned)}
            >
              {entry.pinned ? 'Pinned' : 'Pin'}
            </button>
            <button type="button" class="button small" aria-label={`Delete ${entryLabel(entry)}`} onClick={() => onDelete([entry.id])}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      {shown.length > drawn && (
        <button type="button" class="button small" onClick={() => setDrawn(drawn + LIST_PAGE)}>
          {shown.length - drawn <= LIST_PAGE ? `Show the other ${count(shown.length - drawn, 'article')}` : `Show ${count(LIST_PAGE, 'more article')} (${(shown.length - drawn).toLocaleString('en')} not shown)`}
        </button>
      )}
      {opened !== null && (
        <ArticleView
          id={opened}
          entry={byId.get(opened)}
          copies={(copies.get(opened) ?? []).flatMap((id) => byId.get(id) ?? [])}
          readArticle={onReadArticle}
          onOpen={setOpened}
          onClose={close}
          onSetPinned={onSetPinned}
          onDelete={onDelete}
          onExport={onExport}
        />
      )}
      <div class="danger-zone">
        {demo === 'loaded' && (
          <button type="button" class="button small" onClick={() => onRemoveDemo()}>
            Remove the demo articles
          </button>
        )}
        {!confirming ? (
          <button type="button" class="button small" disabled={!entries || entries.length === 0} onClick={() => setConfirming(true)}>
            Clear all…
          </button>
        ) : (
          <span class="confirm" role="group" aria-label="Confirm clearing the corpus">
            Delete all {count(entries?.length ?? 0, 'article')}? This cannot be undone.{' '}
            <button
              type="button"
              class="button danger"
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Delete all
            </button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        )}
      </div>
    </section>
  );
}

function KeepingSection({ entries, sizeLimit, onSetSizeLimit, neverSites, onSetNeverSite }: OptionsProps) {
  const [limitText, setLimitText] = useState('');
  const [limitError, setLimitError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ bytes: number; removes: number } | null>(null);
  const [siteText, setSiteText] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  const weight = (entries ?? []).reduce((sum, entry) => sum + entry.bytes, 0);
  const pinnedWeight = (entries ?? []).filter((entry) => entry.pinned).reduce((sum, entry) => sum + entry.bytes, 0);

  const submitLimit = (): void => {
    const parsed = parseSizeLimit(limitText);
    if (!parsed.ok) {
      setLimitError(parsed.reason);
      return;
    }
    setLimitError(null);
    const removes = chooseEvictions(entries ?? [], parsed.bytes).length;
    if (removes > 0) setPending({ bytes: parsed.bytes, removes });
    else {
      setLimitText('');
      onSetSizeLimit(parsed.bytes);
    }
  };

  const submitSite = (): void => {
    const parsed = parseSite(siteText);
    if (!parsed.ok) {
      setSiteError(parsed.reason);
      return;
    }
    setSiteError(null);
    setSiteText('');
    onSetNeverSite(parsed.host, true);
  };

  return (
    <section class="card" aria-labelledby="keeping-heading">
      <h2 id="keeping-heading">Keeping the corpus</h2>
      <h3>Size limit</h3>
      <p data-testid="size-limit-status">
        The articles weigh {formatBytes(weight)}
        {sizeLimit === null ? '; there is no size limit.' : ` of a ${formatBytes(sizeLimit)} limit.`}
        {sizeLimit !== null && pinnedWeight > sizeLimit && ' The pinned articles alone weigh more than the limit: they are kept, and nothing else is.'}
      </p>
      <p class="hint">Over the limit, the articles added earliest are removed first, after every addition. Pinned articles are never removed.</p>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          submitLimit();
        }}
      >
        <label>
          Limit{' '}
          <input
            type="text"
            inputMode="decimal"
            size={6}
            value={limitText}
            // The limit in force, in the unit the box takes.
            placeholder={sizeLimit === null ? '' : String(Number((sizeLimit / (1024 * 1024)).toPrecision(3)))}
            aria-label="Size limit in MB"
            aria-invalid={limitError !== null}
            onInput={(e) => setLimitText(e.currentTarget.value)}
          />{' '}
          MB
        </label>
        <button type="submit" class="button small" disabled={pending !== null}>
          Set the limit
        </button>
        {sizeLimit !== null && (
          <button type="button" class="button small" onClick={() => onSetSizeLimit(null)}>
            No limit
          </button>
        )}
      </form>
      {limitError && (
        <p class="error" role="alert">
          {limitError}
        </p>
      )}
      {pending && (
        <p class="confirm" role="group" aria-label="Confirm the size limit">
          A {formatBytes(pending.bytes)} limit removes {pending.removes === 1 ? 'the oldest unpinned article' : `the ${pending.removes} oldest unpinned articles`} now.{' '}
          <button
            type="button"
            class="button small danger"
            onClick={() => {
              onSetSizeLimit(pending.bytes);
              setPending(null);
              setLimitText('');
            }}
          >
            Set it and remove them
          </button>{' '}
          <button type="button" class="button small" onClick={() => setPending(null)}>
            Cancel
          </button>
        </p>
      )}
      <h3>Sites never kept</h3>
      <p class="hint">Articles you read on these sites, and on their subdomains, are never kept automatically. You can still add one from the popup.</p>
      <ul class="site-list" data-testid="never-sites">
        {neverSites.length === 0 && <li class="hint">No site listed.</li>}
        {neverSites.map((host) => (
          <li key={host}>
            <span>{host}</span>
            <button type="button" class="button small" aria-label={`Keep articles from ${host} again`} onClick={() => onSetNeverSite(host, false)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          submitSite();
        }}
      >
        <input type="text" placeholder="example.org" value={siteText} aria-label="Site never to keep articles from" aria-invalid={siteError !== null} onInput={(e) => setSiteText(e.currentTarget.value)} />
        <button type="submit" class="button small">
          Never keep
        </button>
      </form>
      {siteError && (
        <p class="error" role="alert">
          {siteError}
        </p>
      )}
    </section>
  );
}
