import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeFeed, feedDate, htmlToText, NOT_A_FEED_PAGE, parseFeed } from './feed';

const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, '../../test/fixtures/feeds', name), 'utf8');

describe('parseFeed: RSS 2.0', () => {
  it('reads a WordPress feed: CDATA, entities, full content over the excerpt, scripts and captions kept apart', () => {
    const result = parseFeed(fixture('wordpress-rss2.xml'), 'https://harbourgazette.example/feed/');
    if (!result.ok) throw new Error(result.reason);
    const { feed } = result;
    expect(feed).toMatchObject({ kind: 'rss', title: 'Harbour Gazette \u2013 Local news', link: 'https://harbourgazette.example/' });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      id: 'https://harbourgazette.example/?p=48213',
      url: 'https://harbourgazette.example/2026/11/09/council-approves-harbour-wall-repairs/',
      title: 'Council approves \u2018harbour wall\u2019 repairs after storm damage',
      published: '2026-11-09T17:45:00.000Z',
      text: [
        'The council voted 9 to 2 on Monday to spend \u00a34.2m repairing the harbour wall, which was breached in two places during last month\u2019s storm.',
        'Work is due to start in January and last about eight months, the council\u2019s engineer, Tom Abbott, told the meeting.',
        'The wall after the storm',
        'Two councillors voted against, saying the money should go to the sea defences further east.',
      ].join('\n\n'),
    });
    // An item with neither description nor content: kept, without text.
    expect(feed.items[1]).toMatchObject({ title: 'Ferry timetable changes for winter', text: null, published: '2026-11-08T09:10:00.000Z' });
  });

  it('reads a newsroom feed: escaped HTML, relative links, a guid as the address, named zones, bad dates', () => {
    const result = parseFeed(fixture('newsroom-rss2.xml'), 'https://feeds.dailycourier.example/news/world/rss.xml');
    if (!result.ok) throw new Error(result.reason);
    const [grain, election, live] = result.feed.items;
    expect(result.feed.title).toBe('World News - Daily Courier');
    expect(grain).toEqual({
      id: 'https://www.dailycourier.example/news/world-67334412#0',
      url: 'https://feeds.dailycourier.example/news/world-67334412?at_medium=RSS&at_campaign=rss',
      title: 'Grain deal talks resume in Istanbul',
      published: '2026-11-10T07:55:03.000Z',
      text: 'Negotiators met for six hours on Monday & agreed to meet again on Thursday.\n\nThe last deal expired in July.',
    });
    expect(election).toMatchObject({ url: 'https://www.dailycourier.example/news/world-67330021', title: 'Election observers report "orderly" vote', published: '2026-11-10T03:14:00.000Z' });
    // Its guid is not an address (isPermaLink="false") and there is no link: no address.
    expect(live).toMatchObject({ id: 'live-67331234', url: null, published: null, text: 'Follow the latest.' });
  });
});

describe('parseFeed: Atom and RSS 1.0', () => {
  it('reads Atom: xml:base, the alternate link, html and xhtml content, summary only', () => {
    const result = parseFeed(fixture('blog-atom.xml'), 'https://river-notes.example/atom.xml');
    if (!result.ok) throw new Error(result.reason);
    const { feed } = result;
    expect(feed).toMatchObject({ kind: 'atom', title: 'River Notes', link: 'https://river-notes.example/' });
    expect(feed.items).toEqual([
      {
        id: 'tag:river-notes.example,2026:post-112',
        url: 'https://river-notes.example/posts/flood-barrier',
        title: 'Flood barrier passes its first test',
        published: '2026-11-09T20:30:00.000Z',
        text: 'The new flood barrier held back a surge of 3.1 metres on Sunday night, its first real test since it opened in May.\n\n\u201cIt did exactly what it was built to do,\u201d said the engineer in charge.',
      },
      {
        id: 'tag:river-notes.example,2026:post-111',
        url: 'https://river-notes.example/archive/bridge-closure',
        title: 'Bridge closure extended',
        published: '2026-11-08T12:00:00.000Z',
        text: 'The old bridge will stay closed until March.\n\nInspectors found cracks in two of its piers & more in the deck.',
      },
      { id: 'tag:river-notes.example,2026:post-110', url: 'https://river-notes.example/posts/short-note', title: 'Short note', published: '2026-11-07T08:00:00.000Z', text: 'Office closed on Friday.' },
    ]);
  });

  it('reads RSS 1.0 (RDF): items beside the channel, dc:date', () => {
    const result = parseFeed(fixture('rdf-rss1.xml'), null);
    if (!result.ok) throw new Error(result.reason);
    expect(result.feed).toEqual({
      kind: 'rss',
      title: 'Science Wire',
      link: 'https://science-wire.example/',
      items: [
        {
          id: null,
          url: 'https://science-wire.example/a/comet',
          title: 'Comet seen from three continents',
          published: '2026-11-05T19:00:00.000Z',
          text: "Observers in Chile, Namibia and Australia photographed the comet's tail.",
        },
      ],
    });
  });
});

describe('parseFeed: what is not a feed, and broken feeds', () => {
  it('says a web page is a web page', () => {
    expect(parseFeed(fixture('not-a-feed.html'), null)).toEqual({ ok: false, reason: NOT_A_FEED_PAGE });
    expect(parseFeed('<html><body><p>Moved</p></body></html>', null)).toEqual({ ok: false, reason: NOT_A_FEED_PAGE });
    expect(NOT_A_FEED_PAGE).toBe('this address gives a web page, not an RSS or Atom feed');
  });

  it('names JSON, plain text, other XML and an empty answer', () => {
    expect(parseFeed('{"version":"https://jsonfeed.org/version/1.1","items":[]}', null)).toEqual({ ok: false, reason: 'this address gives JSON, not an RSS or Atom feed' });
    expect(parseFeed('Service temporarily unavailable', null)).toEqual({ ok: false, reason: 'this address gives plain text, not an RSS or Atom feed' });
    expect(parseFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', null)).toEqual({
      ok: false,
      reason: 'this address gives an XML document whose root is <svg>, not an RSS or Atom feed',
    });
    expect(parseFeed('  \n', null)).toEqual({ ok: false, reason: 'the server sent an empty answer, not a feed' });
  });

  it('keeps the items of a feed cut short or with stray tags', () => {
    const cut = '<rss><channel><title>T</title><item><title>One</title><link>https://a.example/1</link></item><item><title>Two</title><link>https://a.example/2</link><description>Half a sen';
    const result = parseFeed(cut, null);
    if (!result.ok) throw new Error(result.reason);
    expect(result.feed.items.map((i) => [i.title, i.url, i.text])).toEqual([
      ['One', 'https://a.example/1', null],
      ['Two', 'https://a.example/2', 'Half a sen'],
    ]);
    const stray = '<rss><channel></foo><item><title>A < B & C</title><link>https://a.example/x</link></item></channel></rss>';
    const strayResult = parseFeed(stray, null);
    if (!strayResult.ok) throw new Error(strayResult.reason);
    expect(strayResult.feed.items[0]).toMatchObject({ title: 'A < B & C', url: 'https://a.example/x' });
  });

  it('keeps no link that is not a web address', () => {
    const result = parseFeed('<rss><channel><item><link>javascript:alert(1)</link><guid>mailto:x@y.example</guid></item></channel></rss>', null);
    if (!result.ok) throw new Error(result.reason);
    expect(result.feed.items[0]!.url).toBeNull();
  });
});

describe('feed text, dates and bytes', () => {
  it('turns HTML into paragraphs', () => {
    expect(htmlToText('<p>One&nbsp;two</p><style>p{}</style><br>Three <b>four</b><!-- x -->')).toBe('One two\n\nThree four');
  });

  it('reads RFC 822 and RFC 3339 dates, and nothing else', () => {
    expect(feedDate('Tue, 10 Jun 2003 04:00:00 GMT')).toBe('2003-06-10T04:00:00.000Z');
    expect(feedDate('Tuesday, 10 Jun 2003 06:00:00 +0200')).toBe('2003-06-10T04:00:00.000Z');
    expect(feedDate('2003-06-10T04:00:00-05:00')).toBe('2003-06-10T09:00:00.000Z');
    expect(feedDate('soon')).toBeNull();
    expect(feedDate(null)).toBeNull();
  });

  it('decodes a feed by the encoding its XML declaration names', () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Caf\u00e9 \u00fcber alles</title></channel></rss>';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const decoded = decodeFeed(bytes);
    expect(decoded).toEqual({ ok: true, text });
    const parsed = parseFeed((decoded as { text: string }).text, null);
    expect(parsed.ok && parsed.feed.title).toBe('Caf\u00e9 \u00fcber alles');
  });

  it('says why bytes are not a feed', () => {
    expect(decodeFeed(new Uint8Array())).toEqual({ ok: false, reason: 'the server sent an empty answer, not a feed' });
    expect(decodeFeed(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toEqual({ ok: false, reason: 'the feed could not be read: binary answer (a PNG image), not text' });
    expect(decodeFeed(new TextEncoder().encode('<?xml version="1.0" encoding="x-unknown-8"?><rss/>'))).toEqual({
      ok: false,
      reason: 'the feed declares the encoding "x-unknown-8", but it cannot be decoded as x-unknown-8',
    });
  });
});
