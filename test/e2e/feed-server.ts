/**
 * Feeds and their article pages on 127.0.0.1 for the end-to-end tests: a good RSS feed of
 * three items (one a second listing of the first story), and the bad feeds a reader can meet:
 * a 404, a web page, a redirect loop, a body larger than 5 MB; and another outlet's article
 * for a reader to open once the feed's are in the corpus. In Chinese as well: a feed with a
 * report of a call between two leaders and a storm story, and another outlet's shorter report
 * of the call for the reader; and in French: a feed with a report of a defence budget and a
 * farmers' protest, and another outlet's shorter report of the budget.
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

/** Written for these tests: the feed's two stories, in Chinese, each over the 300 characters a feed's article needs. */
export const CHINESE_STORIES = [
  {
    slug: 'call-report',
    title: '中俄元首通话 讨论乌克兰和中东局势',
    paragraphs: [
      '俄罗斯总统普京周四与中国国家主席习近平通电话，双方表示反对外部势力干涉内政，并批评美国对两国实行双重遏制政策。克里姆林宫助理乌沙科夫在通话后向记者介绍了相关情况。',
      '乌沙科夫表示，两国领导人还讨论了乌克兰局势以及中东冲突的解决办法，双方在这些问题上的立场基本一致。习近平还预祝俄罗斯三月份的总统选举取得成功。',
      '值得注意的是，台湾在今年一月曾指责中国多次干预其总统选举。中国海关数据显示，去年中俄双边贸易额达到2401亿美元，同比增长26%。',
      '分析人士指出，自冲突爆发以来，俄罗斯在能源和贸易方面越来越依赖中国。中方则从俄罗斯获得了价格低廉的石油和天然气，包括通过西伯利亚力量管道输送的天然气。双方近年来还扩大了以人民币和卢布进行的贸易结算。',
    ],
  },
  {
    slug: 'storm',
    title: '暴雨袭击广东 多地学校停课',
    paragraphs: [
      '广东省周四遭遇今年以来最强的一次暴雨袭击，广州、深圳等多个城市出现严重内涝，部分地铁线路暂停运营。省气象部门当天上午发布暴雨红色预警信号，提醒市民减少外出。',
      '受暴雨影响，全省数百所中小学宣布停课一天。当地政府紧急组织救援队伍，转移低洼地区的受灾群众，目前暂无人员伤亡的报告。气象部门预计，降雨将持续到周末。',
      '据广州市应急管理局介绍，全市共出动消防和救援人员两千余人，转移群众一万三千多人。多条高速公路因积水封闭，白云机场当天取消航班一百二十余架次，另有数十个航班延误。',
      '专家提醒，暴雨过后要注意防范山体滑坡和泥石流等次生灾害。居住在山区和河道附近的居民应密切关注预警信息，必要时及时撤离到安全地带。',
    ],
  },
] as const;
export const CHINESE_FEED_OUTLET = '华夏日报';

/** Another outlet's report of the call, for the reader: it never mentions Taiwan or Ukraine, and gives the trade figure for January to November only. */
export const CHINESE_ARTICLE = {
  slug: 'call',
  outlet: '中文时报',
  title: '习近平与普京通电话 反对外部干涉',
  paragraphs: [
    '中国国家主席习近平周四晚间应约与俄罗斯总统普京通电话，这是两国元首今年的首次通话。两国领导人在通话中表示，双方坚决反对外部势力干涉两国内政，并将继续加强各领域合作。',
    '习近平在通话中说，中俄双方应当密切战略协作，坚定维护各自的主权、安全和发展利益。普京表示，俄方愿同中方一道，推动两国关系在新的一年取得更大发展，并祝中国人民春节快乐。',
    '克里姆林宫助理乌沙科夫在通话后向记者介绍，通话持续了大约一个小时。去年两国元首曾两次会面，双方同意今后继续保持密切的个人交往，但目前没有安排新的互访计划。',
    '克里姆林宫表示，两国元首对双边关系的发展水平表示满意，认为两国关系正处于历史最好时期，双方将继续在联合国等多边机制中保持密切沟通与配合。',
    '中国海关数据显示，1至11月中俄贸易额为2182亿美元，提前一年实现了两国设定的目标。',
  ],
} as const;

/** Written for these tests: the French feed's two stories, the same day, sharing words ("mardi", "hausse", "gouvernement", "syndicats"). */
export const FRENCH_STORIES = [
  {
    slug: 'budget',
    title: 'Défense : le gouvernement annonce une hausse du budget militaire',
    paragraphs: [
      "Le gouvernement a annoncé mardi une hausse du budget de la défense pour l'année prochaine, la plus forte depuis la fin de la guerre froide. Le ministre des Armées a présenté le projet devant la commission de la défense de l'Assemblée nationale.",
      "Selon le ministère, les dépenses militaires atteindront trois pour cent du produit intérieur brut d'ici 2030. Cette hausse doit financer l'achat de nouveaux avions de combat, de drones et de munitions, ainsi que le recrutement de dix mille réservistes.",
      "L'opposition a vivement critiqué le coût de ces annonces pour les finances publiques, alors que le déficit dépasse déjà les objectifs fixés par Bruxelles. Plusieurs syndicats ont dénoncé des économies prévues dans l'éducation et la santé.",
      'Le texte sera débattu au Parlement à partir du mois de mars.',
    ],
  },
  {
    slug: 'agriculteurs',
    title: 'Les agriculteurs bloquent plusieurs autoroutes du Sud',
    paragraphs: [
      "Des centaines d'agriculteurs ont bloqué mardi plusieurs autoroutes du sud de la France avec leurs tracteurs. Ils dénoncent la hausse du prix du gazole non routier et la multiplication des normes européennes.",
      "Le gouvernement a promis de recevoir leurs représentants dans la semaine, mais les syndicats agricoles réclament des mesures immédiates. Selon les préfectures, la circulation restera perturbée jusqu'à jeudi.",
      'Les automobilistes ont été invités à éviter les axes concernés et à reporter leurs déplacements lorsque cela est possible.',
    ],
  },
] as const;
export const FRENCH_FEED_OUTLET = 'Le Courrier du Rhône';

/** Another outlet's report of the budget, for the reader: it says nothing of the opposition, the unions or the share of GDP. */
export const FRENCH_ARTICLE = {
  slug: 'budget-armees',
  outlet: 'La Gazette de Lyon',
  title: 'Le budget des armées augmente fortement',
  paragraphs: [
    "Le gouvernement a présenté mardi une forte augmentation du budget des armées pour l'an prochain. Il s'agit de la plus importante hausse depuis la fin de la guerre froide, a souligné le ministre des Armées devant les députés.",
    "Les crédits supplémentaires serviront à acheter de nouveaux avions de combat et des drones, a précisé le ministre. L'exécutif veut aussi renforcer les stocks de munitions.",
    'Le projet de loi doit être examiné par le Parlement au printemps.',
  ],
} as const;

/** The feeds in other languages, each under its own folder: its stories, and another outlet's article for the reader. */
const EDITIONS = [
  { folder: 'zh', lang: 'zh', outlet: CHINESE_FEED_OUTLET, description: '新闻', stories: CHINESE_STORIES, article: CHINESE_ARTICLE, date: 'Thu, 26 Nov 2026 08:00:00 GMT' },
  { folder: 'fr', lang: 'fr', outlet: FRENCH_FEED_OUTLET, description: 'Actualités', stories: FRENCH_STORIES, article: FRENCH_ARTICLE, date: 'Tue, 24 Nov 2026 08:00:00 GMT' },
] as const;

function page(story: { title: string; paragraphs: readonly string[] }, outlet = 'Valley Courier', lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${story.title} | ${outlet}</title>
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

function editionFeed(origin: string, edition: (typeof EDITIONS)[number]): string {
  const items = edition.stories.map(
    (story) =>
      `<item><title>${story.title}</title><link>${origin}/${edition.folder}/${story.slug}.html</link><guid isPermaLink="true">${origin}/${edition.folder}/${story.slug}.html</guid><pubDate>${edition.date}</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${edition.outlet}</title><link>${origin}/${edition.folder}/</link><description>${edition.description}</description><language>${edition.lang}</language>
${items.join('\n')}
</channel></rss>`;
}

/** The response for a path of an edition (its feed, a story, the reader's article), or null. */
function editionResponse(path: string, origin: string): { type: string; body: string } | null {
  for (const edition of EDITIONS) {
    const html = 'text/html; charset=utf-8';
    if (path === `/${edition.folder}/feed.xml`) return { type: 'application/rss+xml; charset=utf-8', body: editionFeed(origin, edition) };
    const story = edition.stories.find((s) => path === `/${edition.folder}/${s.slug}.html`);
    if (story) return { type: html, body: page(story, edition.outlet, edition.lang) };
    if (path === `/${edition.folder}/${edition.article.slug}.html`) return { type: html, body: page(edition.article, edition.article.outlet, edition.lang) };
  }
  return null;
}

export async function startFeedServer(): Promise<FeedServer> {
  let origin = '';
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const story = STORIES.find((s) => path === `/news/${s.slug}.html`);
    const edition = editionResponse(path, origin);
    if (edition) {
      response.writeHead(200, { 'content-type': edition.type });
      response.end(edition.body);
    } else if (path === '/feed.xml') {
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
