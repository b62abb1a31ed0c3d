/** The options page's feeds: subscribe, each feed's status, fetch now, remove. Everything through props. */
import { useState } from 'preact/hooks';
import { parseFeedUrl, type FeedState } from '../corpus/feed-setting';
import { formatWhen } from './format';

export interface FeedsProps {
  feeds: FeedState[];
  /** Feeds with a request under way (adding, fetching, removing), by address. */
  feedsBusy: ReadonlySet<string>;
  /** The answer to the reader's last feed action. */
  feedMessage: { ok: boolean; text: string } | null;
  /**
   * Subscribes to a checked address. Called inside the reader's click or key press: the
   * browser's permission prompt for the feed's host must start there.
   */
  onAddFeed(url: string): void;
  onRemoveFeed(url: string): void;
  onFetchFeed(url: string): void;
}


function articles(n: number): string {
  return n === 1 ? '1 new article' : `${n} new articles`;
}

function FeedStatus({ feed }: { feed: FeedState }) {
  const failing = feed.lastFailure !== null && (feed.lastSuccess === null || feed.lastFailure.at >= feed.lastSuccess);
  return (
    <div class="feed-status" data-testid="feed-status">
      {feed.lastSuccess !== null ? (
        <p data-testid="feed-success">
          Last fetched {formatWhen(feed.lastSuccess)}: {articles(feed.lastAdded ?? 0)}.
        </p>
      ) : (
        !failing && <p>Not fetched yet.</p>
      )}
      {feed.lastFailure && (
        <p class={failing ? 'error' : 'hint'} data-testid="feed-failure">
          {failing ? 'Failed' : 'Last failed'} {formatWhen(feed.lastFailure.at)}: {feed.lastFailure.reason}.
          {failing && ` Next try ${formatWhen(feed.nextFetch)}.`}
        </p>
      )}
      {feed.skipped.length > 0 && (
        <details class="feed-skipped">
          <summary>{feed.skipped.length === 1 ? '1 item not added' : `${feed.skipped.length} items not added`}</summary>
          <ul class="issues" data-testid="feed-skipped">
            {feed.skipped.map((skip, i) => (
              <li key={i}>
                {skip.item}: {skip.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function FeedsSection({ feeds, feedsBusy, feedMessage, onAddFeed, onRemoveFeed, onFetchFeed }: FeedsProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (): void => {
    const parsed = parseFeedUrl(text);
    if (!parsed.ok) {
      setError(parsed.reason);
      return;
    }
    setError(null);
    setText('');
    onAddFeed(parsed.url);
  };
  return (
    <section class="card" aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">Feeds</h2>
      <p class="hint">
        Lacuna fetches the RSS and Atom feeds you add every 30 minutes, with the new articles they list on the feed's own site, and keeps
        them in your corpus. This is the only network traffic Lacuna makes: only to the sites of the feeds you add, after your browser asks
        you for each one, and without cookies.
      </p>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <input
          type="text"
          inputMode="url"
          placeholder="https://example.org/feed.xml"
          value={text}
          aria-label="Feed address"
          aria-invalid={error !== null}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="button small">
          Add feed
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {feedMessage && (
        <p class={feedMessage.ok ? 'notice' : 'error'} data-testid="feed-message" aria-live="polite">
          {feedMessage.text}
        </p>
      )}
      <ul class="feed-list" data-testid="feed-list">
        {feeds.length === 0 && <li class="hint">No feed yet.</li>}
        {feeds.map((feed) => {
          const name = feed.title ?? feed.url;
          const busy = feedsBusy.has(feed.url);
          return (
            <li key={feed.url} class="feed" data-testid="feed">
              <div class="feed-head">
                <span class="entry-title">{name}</span>
                {feed.title && <span class="entry-meta">{feed.url}</span>}
              </div>
              <FeedStatus feed={feed} />
              <div class="feed-actions">
                <button type="button" class="button small" disabled={busy} aria-label={`Fetch ${name} now`} onClick={() => onFetchFeed(feed.url)}>
                  {busy ? 'Fetching…' : 'Fetch now'}
                </button>{' '}
                <button type="button" class="button small" disabled={busy} aria-label={`Remove the feed ${name}`} onClick={() => onRemoveFeed(feed.url)}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
