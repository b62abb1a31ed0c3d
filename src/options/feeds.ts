/**
 * The options page's feed actions. Subscribing asks for the feed host's permission inside
 * the reader's click (browsers prompt only during a user gesture), then has the background
 * add and fetch the feed; the background is the only writer of the feed list.
 */
import { isFeedReply, type FeedReply, type FeedRequest } from '../messages';
import { originPattern } from '../site-pattern';
import { errorText } from '../error-text';

export interface FeedActionDeps {
  request(permissions: { origins: string[] }): Promise<boolean>;
  send(message: FeedRequest): Promise<unknown>;
}

async function ask(deps: FeedActionDeps, message: FeedRequest): Promise<FeedReply> {
  try {
    const reply = await deps.send(message);
    return isFeedReply(reply) ? reply : { ok: false, message: 'Lacuna’s background worker gave no answer. Try again.' };
  } catch (error) {
    return { ok: false, message: `Lacuna’s background worker could not be reached: ${errorText(error)}` };
  }
}

/** Subscribes to a checked feed address. Call it inside the click: the permission request starts before anything is awaited. */
export function subscribe(deps: FeedActionDeps, url: string): Promise<FeedReply> {
  const pattern = originPattern(url);
  if (!pattern) return Promise.resolve({ ok: false, message: `${url} is not a web address.` });
  const granted = deps.request({ origins: [pattern] });
  return granted.then(
    (yes) => (yes ? ask(deps, { type: 'feed-add', url }) : { ok: false, message: `Not added: Lacuna needs your permission to fetch from ${new URL(url).host}.` }),
    (error: unknown) => ({ ok: false, message: `Not added: the browser refused the permission (${errorText(error)}).` }),
  );
}

export function removeFeed(deps: FeedActionDeps, url: string): Promise<FeedReply> {
  return ask(deps, { type: 'feed-remove', url });
}

export function fetchFeed(deps: FeedActionDeps, url: string): Promise<FeedReply> {
  return ask(deps, { type: 'feed-fetch', url });
}
