/**
 * Feeds and their article pages on 127.0.0.1 for the end-to-end tests: a good RSS feed of
 * three items (one a second listing of the first story), and the bad feeds a reader can meet:
 * a 404, a web page, a redirect loop, a body larger than 5 MB; and another outlet's article
 * for a reader to open once the feed's are in the corpus.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  origin: string;
  close(): Promise<void>;
}

export const STORIES = [
  {
    slug: 'dam',
    title: 'Valley dam to be raised by four metres',
    paragraphs: [
      'The regional water board voted on Tuesday to raise the Upper Valley dam by four metres, adding enough storage to supply the three towns below it through a dry summer.',
      'Construction is to begin next spring and take two years. The board put the cost at 38 million euros, two thirds of it paid by the national flood fund.',
      'Farmers upstream said the higher reservoir would flood about 120 hectares of pasture. The board said it would buy the land at market prices and offer grazing elsewhere.',
    ],
  },
  {
    slug: 'rail',
    title: 'Night train returns to the coast line',
    paragraphs: [
      'A night train will run again between the capital and the coast from December, eleven years after the last one was withdrawn, the rail operator announced on Wednesday.',
      'The service will leave at 22:40 three times a week and arrive shortly after six in the morning. Sleeper cabins for two will cost from 89 euros.',
      'The operator said it had bought eight second-hand sleeping cars and refurbished them at its works in the north, and that demand on the line had doubled since 2019.',
    ],
  },
] as const;

/**
 * Another outlet's article, not in the feed, on what the farmers make of the dam: close to the
 * Valley Courier's dam story only on a second look (loosely related), for the popup's notice.
 */
export const FARMERS_ARTICLE = {
  slug: 'farmers',
  outlet: 'Lowland Gazette',
  title: 'Farmers vow to fight the higher dam',
  paragraphs: [
    'About forty farmers met in the village hall at Eschenried on Thursday evening to organise against the plan to raise the Upper Valley dam, approved this week.',
    'Their spokeswoman, Marta Kessler, said the larger reservoir would drown pasture that families had grazed for generations, and that the offer of land elsewhere was land nobody wanted.',
    'The group will ask the courts to halt the project and has hired a lawyer from the city. It also plans a tractor procession to the regional offices next month.',
    'Kessler said the farmers did not oppose more water storage, but wanted a second look at a smaller reservoir in the side valley, which an engineering study had proposed in 2015.',
  ],
} as const;

function page(story: { title: string; paragraphs: readonly string[] }, outlet = 'Valley Courier'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.title} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="og:type" content="article"></head>
<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>
<main><article><h1>${story.title}</h1>${story.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer><p>© ${outlet}</p></footer></body></html>`;
}

function feed(origin: string): string {
  const item = (title: string, link: string): string =>
    `<item><title><![CDATA[${title}]]></title><link>${link}</link><guid isPermaLink="true">${link}</guid><pubDate>Wed, 25 Nov 2026 08:00:00 GMT</pubDate><description>Short summary.</description></item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Courier</title><link>${origin}/</link><description>News from the valley</description>
${item(STORIES[0].title, `${origin}/news/dam.html`)}
${item(STORIES[1].title, `${origin}/news/rail.html`)}
${item('Dam: readers’ comments', `${origin}/news/dam.html#comments`)}
</channel></rss>`;
}

export async function startFeedServer(): Promise<FeedServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const story = STORIES.find((s) => path === `/news/${s.slug}.html`);
    if (path === '/feed.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      response.end(feed(origin));
    } else if (story) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page(story));
    } else if (path === `/news/${FARMERS_ARTICLE.slug}.html`) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page(FARMERS_ARTICLE, FARMERS_ARTICLE.outlet));
    } else if (path === '/home.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><html><head><title>Valley Courier</title></head><body><h1>Valley Courier</h1><p>Top stories</p></body></html>');
    } else if (path === '/loop.xml') {
      response.writeHead(302, { location: '/loop.xml' });
      response.end();
    } else if (path === '/huge.xml') {
      // 6 MB, chunked (no length announced), in 64 KB pieces.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(65_536, 0x20);
      let sent = 0;
      const push = (): void => {
        while (sent < 96) {
          sent++;
          if (!response.write(chunk)) {
            response.once('drain', push);
            return;
          }
        }
        response.end();
      };
      response.on('error', () => undefined);
      push();
    } else {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
