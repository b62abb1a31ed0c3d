import type { FeedRequest } from '../messages';
import { fetchFeed, removeFeed, subscribe, type FeedActionDeps } from './feeds';

function fakes(answer: boolean | Error, reply: unknown = { ok: true, message: 'Added.' }) {
  const calls: string[] = [];
  const deps: FeedActionDeps = {
    request: ({ origins }) => {
      calls.push(`request ${origins.join(' ')}`);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    send: async (message: FeedRequest) => {
      calls.push(`${message.type} ${message.url}`);
      return reply;
    },
  };
  return { deps, calls };
}

describe('feed actions of the options page', () => {
  it('asks for the host before anything is awaited, then has the background add the feed', async () => {
    const { deps, calls } = fakes(true);
    const pending = subscribe(deps, 'http://127.0.0.1:8123/feed.xml');
    expect(calls).toEqual(['request http://127.0.0.1/*']);
    expect(await pending).toEqual({ ok: true, message: 'Added.' });
    expect(calls).toEqual(['request http://127.0.0.1/*', 'feed-add http://127.0.0.1:8123/feed.xml']);
  });

  it('adds nothing when the reader refuses, or the browser fails the request', async () => {
    const refused = fakes(false);
    expect(await subscribe(refused.deps, 'https://news.example/rss')).toEqual({ ok: false, message: 'Not added: Lacuna needs your permission to fetch from news.example.' });
    expect(refused.calls).toEqual(['request https://news.example/*']);
    const failed = fakes(new Error('must be called during a user gesture'));
    expect(await subscribe(failed.deps, 'https://news.example/rss')).toEqual({ ok: false, message: 'Not added: the browser refused the permission (must be called during a user gesture).' });
  });

  it('says so when the background gives no answer', async () => {
    const { deps } = fakes(true, null);
    expect(await fetchFeed(deps, 'https://news.example/rss')).toEqual({ ok: false, message: 'Lacuna’s background worker gave no answer. Try again.' });
    const removing = fakes(true, { ok: true, message: 'Removed.' });
    expect(await removeFeed(removing.deps, 'https://news.example/rss')).toEqual({ ok: true, message: 'Removed.' });
    expect(removing.calls).toEqual(['feed-remove https://news.example/rss']);
  });
});
