import { describe, expect, it } from 'vitest';
import { parseHtml } from './node';
import { pruneContent, type PruneHints } from './prune';
import { blocksFromContent } from './text';

const STORY = [
  'The city council voted on Tuesday to extend the tram line to the northern suburbs by 2027.',
  'The extension will add six stops and cost an estimated 140 million euros, the council said.',
  'Opponents argued that buses would serve the same neighbourhoods at a fraction of the cost.',
].map((t) => `<p>${t}</p>`).join('');

/** The blocks left of `html` (one article's content, as Readability gives it) after pruning. */
function kept(html: string, hints: PruneHints = {}): string[] {
  const doc = parseHtml(`<html><body><div id="content">${html}</div></body></html>`);
  const content = doc.getElementById('content')!;
  pruneContent(content, hints);
  const t = blocksFromContent(content);
  return t.blocks.map((b) => t.text.slice(b.start, b.end));
}

const storyKept = (blocks: string[]): void => {
  expect(blocks.filter((b) => b.startsWith('The ') || b.startsWith('Opponents'))).toHaveLength(3);
};

describe('pruneContent drops', () => {
  it('site navigation and footers inside the content', () => {
    const blocks = kept(`<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
      <div role="navigation"><a href="/sport">Sport</a></div>${STORY}<footer><p>Contact us</p></footer>`);
    storyKept(blocks);
    expect(blocks).toHaveLength(3);
  });

  it('bylines, datelines, captions, credits and author boxes by their class names', () => {
    const blocks = kept(`<p class="article-byline">Tom Okafor, Staff Writer</p>
      <div class="gallery"><div class="imageCaption">The tram depot in 2019</div><span class="photo-credit">Jonas Berg</span></div>
      ${STORY}<div class="author_bio"><h3>Tom Okafor</h3><p>Tom covers transport for the paper.</p></div>`);
    storyKept(blocks);
    expect(blocks).toHaveLength(3);
  });

  it('share, newsletter and related-content widgets by their class names', () => {
    const blocks = kept(`<div class="share-tools"><a href="#">Facebook</a></div>${STORY}
      <div class="newsletter-signup"><p>Get our morning briefing</p></div>
      <aside class="relatedContent"><h3>More on trams</h3></aside>`);
    storyKept(blocks);
    expect(blocks).toHaveLength(3);
  });

  it('lists of links to other pages', () => {
    const blocks = kept(`${STORY}<ul><li><a href="/a">Bus fares rise again</a></li><li><a href="/b">New cycle lanes open</a></li><li><a href="/c">Bridge closed for repairs</a></li></ul>`);
    expect(blocks).toHaveLength(3);
  });

  it('advertising slots, side rails and hover cards inside sentences', () => {
    const blocks = kept(`<div class="ad-container"><p>Continue below</p></div><div class="rail__item"><h3>TIME TRAVELLER</h3></div>
      <p>It was backed by <span class="rollover-people"><span class="rollover-block">Mayor Ana Li: 12 articles</span></span> the mayor and most of the council, the city said.</p>${STORY}`);
    storyKept(blocks);
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toBe('It was backed by the mayor and most of the council, the city said.');
  });

  it('teasers: a paragraph or heading that is only a link to another page of the same site', () => {
    const url = 'https://www.coastal-ledger.example/news/tram-vote';
    const blocks = kept(`${STORY}<p><a href="/news/bus-fares">BUS FARES RISE FOR THE THIRD YEAR IN A ROW</a></p>
      <h4><a href="https://coastal-ledger.example/news/bridge">Bridge closed for repairs</a></h4>`, { url });
    expect(blocks).toHaveLength(3);
  });

  it('the title, the byline and the page address repeated as blocks of their own', () => {
    const url = 'https://www.coastal-ledger.example/news/tram-vote';
    const blocks = kept(`<div>${url}</div><h2>Tram line to reach the northern suburbs</h2><p>By Tom Okafor</p>${STORY}`, {
      url, title: 'Tram line to reach the northern suburbs', byline: 'Tom Okafor',
    });
    expect(blocks).toHaveLength(3);
  });

  it.each([
    'Photo: Jonas Berg, AP',
    'Image copyright Getty Images',
    'Tram depot workers at the launch (Image: GETTY)',
    '© Jonas Berg',
    'Published 11:11 PM EST Nov 19, 2019',
    '| UPDATED: 11:05, Tue, Nov 19, 2019',
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'Related: The long history of the tram line',
    'SEE MORE: Council approves tram budget',
    "DON'T MISS",
    'Read more',
    'Follow Newsbeat on Instagram, Facebook and Twitter.',
    'Sign up for our free newsletter to get the news first.',
    'Get the latest updates right in your inbox. Subscribe to our newsletters.',
    'Enlarge Image',
  ])('a short block that says what it is: %s', (line) => {
    const blocks = kept(`${STORY}<p>${line}</p>`);
    expect(blocks).not.toContain(line);
    storyKept(blocks);
  });
});

describe('pruneContent keeps', () => {
  it('sub-headings, lists and block quotes that belong to the story', () => {
    const html = `${STORY}<h2>What happens next</h2><ul><li>Six new stops</li><li>Trams every 8 minutes</li><li>Work starts in May</li></ul>
      <blockquote><p>“This is the biggest change to the network in forty years,” the mayor said.</p></blockquote>`;
    const blocks = kept(html);
    expect(blocks).toContain('What happens next');
    expect(blocks).toContain('Trams every 8 minutes');
    expect(blocks.some((b) => b.includes('the biggest change'))).toBe(true);
  });

  it('sentences that merely start like a prompt', () => {
    for (const line of ['More than 2,500 people signed the petition against the line.', 'Also, we hope the works end on time.', 'Related costs rose by 4% last year.']) {
      expect(kept(`${STORY}<p>${line}</p>`)).toContain(line);
    }
  });

  it('a paragraph that is only a link to another site (a shop, a tool, a tweet button)', () => {
    const url = 'https://www.coastal-ledger.example/news/tram-vote';
    const line = 'Need help with the numbers? This free fare calculator can help.';
    expect(kept(`${STORY}<p><a href="https://fares.example/calc">${line}</a></p>`, { url })).toContain(line);
  });

  it('a list with only one or two links of its own (“Get it at the shop”)', () => {
    expect(kept(`${STORY}<ul><li><a href="/x">Get it at the shop for $20</a></li></ul>`)).toContain('Get it at the shop for $20');
  });

  it('a wrapper whose name matches a rule but holds the story', () => {
    expect(kept(`<div class="post-author-content">${STORY}</div>`)).toHaveLength(3);
  });
});

describe('pruneContent drops forms', () => {
  it('a sign-up box Readability kept inside the article, labels and all', () => {
    const blocks = kept(`${STORY}<div class="box"><form action="/join"><label>First name <input name="f"></label><label>Email <input type="email" name="e"></label><button>Join</button></form></div>`);
    storyKept(blocks);
    expect(blocks).toHaveLength(3);
  });
});
