/** Acceptance: the five seed reports of the Xi–Putin call of 8 February 2024 (test/fixtures/seeds). */
import { readFileSync } from 'node:fs';
import { analyze, buildIndex, findRelated, segmentSentences, type Analysis, type ArticleInput, type CorpusDocument } from './index';

const SEEDS: Array<{ id: string; source: string; title: string | null }> = [
  { id: '000_f6d8503adc2b8999.txt', source: 'The Moscow Times', title: null },
  { id: '001_ae30d0a36fc04354.txt', source: 'Al Jazeera', title: null },
  {
    id: '002_7c7596a279809a0e.txt',
    source: 'HuffPost UK',
    title: 'Putin And Xi Say They Need To Oppose International Interference – From Other Countries',
  },
  { id: '003_70745ba918bb0d59.txt', source: 'AFP', title: null },
  { id: '004_a74d45a3fa71e733.txt', source: 'The Straits Times', title: 'Xi, Putin accuse US of ‘interference’ during phone call' },
];
const directory = new URL('../../test/fixtures/seeds/', import.meta.url);
const seedDocuments: CorpusDocument[] = SEEDS.map((seed) => ({
  ...seed,
  url: null,
  published: null,
  lang: 'en',
  text: readFileSync(new URL(seed.id, directory), 'utf8'),
}));
const byPrefix = (prefix: string) => seedDocuments.find((document) => document.id.startsWith(prefix))!;

const FOOTBALL: CorpusDocument = {
  id: 'synthetic-football.txt',
  url: 'https://example.org/sport/derby',
  title: 'United edge Liverpool in derby thriller',
  source: 'Example Sport',
  published: null,
  lang: 'en',
  text: [
    'Manchester United beat Liverpool 2-1 at Old Trafford on Thursday, with Marcus Rashford scoring twice in the second half.',
    'The manager said the team showed character after a difficult run of results in the Premier League, and that the two countries of his squad, England and Portugal, were well represented.',
    'Liverpool remain top of the table, two points ahead of Arsenal, who play Chelsea on Sunday.',
  ].join('\n\n'),
};
/** Same people, another story: must stay out as well. */
const OTHER_PUTIN_STORY: CorpusDocument = {
  id: 'synthetic-putin-pyongyang.txt',
  url: null,
  title: null,
  source: 'Example Wire',
  published: null,
  lang: 'en',
  text: [
    'Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with North Korean leader Kim Jong Un, the Kremlin said.',
    'The two leaders signed a mutual defence pact, Kremlin aide Yuri Ushakov told reporters.',
    'The West has accused North Korea of supplying artillery shells and missiles to Russia for its war in Ukraine, which both countries deny.',
    'Putin last visited North Korea in 2000.',
  ].join('\n\n'),
};

const index = buildIndex([...seedDocuments, FOOTBALL, OTHER_PUTIN_STORY]);
const asArticle = (document: CorpusDocument): ArticleInput => ({ ...document, url: null });
const prefixes = (ids: string[]) => ids.map((id) => id.slice(0, 3)).sort();
const sourcesOf = (item: Analysis['omitted'][number]) => prefixes(item.sources.map((source) => source.doc));

describe('analyzing 000 (The Moscow Times) against the seed corpus', () => {
  const analysis = analyze(asArticle(byPrefix('000')), index);

  it('lists exactly the other four reports as related, best first, and not 000 itself', () => {
    expect(prefixes(analysis.related.map((entry) => entry.doc))).toEqual(['001', '002', '003', '004']);
    const scores = analysis.related.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const score of scores) expect(score).toBeGreaterThan(0);
  });

  it('reports Taiwan’s accusation of election interference (only in 002), near the top', () => {
    const rank = analysis.omitted.findIndex((item) => /criticised by Taiwan for “repeated interference”/.test(item.text));
    expect(rank).toBeGreaterThanOrEqual(0);
    const item = analysis.omitted[rank]!;
    expect(sourcesOf(item)).toContain('002');
    expect(item.topic).toBe('Taiwan');
    expect(rank).toBeLessThan(5);
  });

  it('puts the Taiwan item next to the article’s sentence on interference, so the page can mark it', () => {
    const item = analysis.omitted.find((entry) => /criticised by Taiwan for “repeated interference”/.test(entry.text))!;
    expect(item.claim).not.toBeNull();
    expect(item.claim!.text).toMatch(/interfer/i);
    expect(byPrefix('000').text.slice(item.claim!.start, item.claim!.end)).toBe(item.claim!.text);
  });

  it('finds the Taiwan item for every seed that omits it, its words spread over other sentences there', () => {
    for (const prefix of ['001', '003', '004']) {
      const others = seedDocuments.filter((document) => !document.id.startsWith(prefix));
      const result = analyze(asArticle(byPrefix(prefix)), buildIndex(others));
      expect(result.omitted.some((entry) => /criticised by Taiwan for “repeated interference”/.test(entry.text)), prefix).toBe(true);
    }
  });

  it('never lists what the article states, nor page furniture', () => {
    for (const item of analysis.omitted) {
      expect(item.text).not.toMatch(/hour-long/i);
      expect(item.text).not.toMatch(/newsletter|PHOTO:|Getty Images|#\w+|What's Hot|Follow topic|See more on|Dear readers|Remind me later/i);
    }
  });

  it('merges one fact reported by several outlets into one item: the Kremlin’s "one China" statement', () => {
    const items = analysis.omitted.filter((item) => item.text.includes('one China'));
    expect(items).toHaveLength(1);
    expect(sourcesOf(items[0]!)).toEqual(['001', '003', '004']);
  });

  it('quotes each source exactly as the engine segments it', () => {
    for (const item of analysis.omitted) {
      for (const source of item.sources) {
        const sentences = segmentSentences(byPrefix(source.doc.slice(0, 3)).text).map((sentence) => sentence.text);
        expect(sentences).toContain(source.quote);
      }
    }
  });

  it('gives each item a stable id, a score in [0, 1], sorted, and claims that point into the article', () => {
    const again = analyze(asArticle(byPrefix('000')), index);
    expect(again.omitted.map((item) => item.id)).toEqual(analysis.omitted.map((item) => item.id));
    expect(new Set(analysis.omitted.map((item) => item.id)).size).toBe(analysis.omitted.length);
    const scores = analysis.omitted.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const text = byPrefix('000').text;
    for (const item of analysis.omitted) {
      expect(item.score).toBeGreaterThanOrEqual(0);
      expect(item.score).toBeLessThanOrEqual(1);
      if (item.claim) expect(text.slice(item.claim.start, item.claim.end)).toBe(item.claim.text);
    }
  });

  it('counts only the article’s content sentences', () => {
    expect(analysis.article.sentences).toBe(10);
  });

  it('reports the trade figure that differs in scope', () => {
    const trade = analysis.discrepancies.find((entry) => entry.corpus.doc.startsWith('001'));
    expect(trade?.article.quote).toMatch(/\$240\.1 billion in 2023/);
    expect(trade?.corpus.quote).toMatch(/\$218\.2bn during January-November/);
    expect(trade?.note).toMatch(/differs in scope: 2023 vs January-November/);
  });

  it('leaves out a report the reader set aside as another story, in related coverage and in every item', () => {
    const aside = byPrefix('002').id;
    const without = analyze(asArticle(byPrefix('000')), index, { setAside: new Set([aside]) });
    expect(without.related.map((entry) => entry.doc)).toEqual(analysis.related.map((entry) => entry.doc).filter((doc) => doc !== aside));
    expect(analysis.omitted.some((item) => item.sources.some((source) => source.doc === aside))).toBe(true);
    expect(without.omitted.some((item) => item.sources.some((source) => source.doc === aside))).toBe(false);
    expect(without.omitted.length).toBeGreaterThan(0);
  });

  it('reports progress for both stages', () => {
    const stages = new Set<string>();
    analyze(asArticle(byPrefix('000')), index, { onProgress: (progress) => stages.add(progress.stage) });
    expect([...stages]).toEqual(['related', 'comparing']);
  });
});

describe('analyzing 002 (HuffPost UK) against the rest', () => {
  const analysis = analyze(asArticle(byPrefix('002')), index);

  it('finds the four other reports and none of the unrelated documents', () => {
    expect(prefixes(analysis.related.map((entry) => entry.doc))).toEqual(['000', '001', '003', '004']);
  });

  it('lists facts 002 leaves out, e.g. the Kremlin’s Taiwan statement, and not its own content', () => {
    expect(analysis.omitted.some((item) => item.text.includes('one China'))).toBe(true);
    for (const item of analysis.omitted) {
      expect(item.sources.every((source) => !source.doc.startsWith('002'))).toBe(true);
      expect(item.text).not.toMatch(/repeated interference/);
    }
  });

  it('does not list a sentence whose main clause 002 states, for what it only adds around it', () => {
    // 002: "In exchange, China has access to Russia’s cheap energy exports and natural resources."
    expect(analysis.omitted.filter((item) => item.text.includes('cheap Russian energy imports'))).toEqual([]);
    // 002: "Putin visited Beijing in October"; the others add who Putin is ("who has faced isolation…"),
    // and The Straits Times' reprint of that wire sentence adds the year too.
    expect(analysis.omitted.filter((item) => item.text.includes('rare trip abroad'))).toEqual([]);
  });
});

describe('analyzing 001 (Al Jazeera) against the rest', () => {
  const analysis = analyze(asArticle(byPrefix('001')), index);

  it('gives Xi’s wishes for the election one item, though the outlets word them three ways', () => {
    // "wished the upcoming elections in March to be successful" (wire), "wished Putin well in his
    // coming presidential election" (wire), "wished Putin success in the upcoming elections" (002).
    const wishes = analysis.omitted.filter((item) => item.sources.some((source) => /\bwished\b.*\belections?\b/.test(source.quote)));
    expect(wishes).toHaveLength(1);
    expect(sourcesOf(wishes[0]!)).toEqual(['000', '002', '003', '004']);
  });
});

describe('related coverage', () => {
  it('never lists an unrelated story, even one about the same people', () => {
    for (const seed of seedDocuments) {
      const ids = findRelated(asArticle(seed), index).map((entry) => entry.doc);
      expect(ids).not.toContain(FOOTBALL.id);
      expect(ids).not.toContain(OTHER_PUTIN_STORY.id);
    }
  });

  it('finds nothing for the football report among the seeds', () => {
    expect(findRelated(asArticle(FOOTBALL), index)).toEqual([]);
  });

  it('ranks the wire copies of 000 above the rewritten reports', () => {
    expect(prefixes(findRelated(asArticle(byPrefix('000')), index).slice(0, 2).map((entry) => entry.doc))).toEqual([
      '003',
      '004',
    ]);
  });

  it('excludes the article by its address even when its text differs', () => {
    const withUrl = buildIndex([{ ...byPrefix('003'), url: 'https://example.org/a/' }, byPrefix('001')]);
    const related = findRelated({ ...asArticle(byPrefix('000')), url: 'https://example.org/a' }, withUrl);
    expect(prefixes(related.map((entry) => entry.doc))).toEqual(['001']);
  });
});

/**
 * Other stories a reader keeps: short reports on weather, sport, markets and local affairs,
 * none about China or Russia, in varied words so the corpus's vocabulary grows as real news does.
 */
function otherStories(count: number): CorpusDocument[] {
  const places = ['Leeds', 'Porto', 'Lyon', 'Cork', 'Malmo', 'Bergen', 'Graz', 'Turin', 'Ghent', 'Brno', 'Split', 'Tartu'];
  const subjects = ['storm', 'strike', 'election for mayor', 'bridge repair', 'cup final', 'flood', 'festival', 'bus fare rise', 'heatwave', 'school closure'];
  const actors = ['the council', 'the weather service', 'the transport authority', 'the club', 'the union', 'the organisers', 'the regional governor'];
  const effects = ['closed roads', 'delayed trains', 'cancelled flights', 'crowded hospitals', 'higher prices', 'longer queues', 'empty shelves'];
  return Array.from({ length: count }, (_, n) => {
    const place = places[n % places.length]!;
    const subject = subjects[(n * 7) % subjects.length]!;
    const actor = actors[(n * 3) % actors.length]!;
    const effect = effects[(n * 5) % effects.length]!;
    return {
      id: `other-${n}.txt`,
      url: null,
      title: null,
      source: `Local Paper ${n % 9}`,
      published: null,
      lang: 'en',
      text: [
        `The ${subject} in ${place} caused ${effect} on day ${n % 28 + 1} of the month, ${actor} said.`,
        `Residents of ${place} complained that ${actor} had given too little warning before the ${subject}.`,
        `A spokesperson promised a review of how the ${subject} was handled and said ${effect} should ease by the weekend.`,
        `Figures published by ${actor} showed ${(n * 37) % 900 + 100} people had been affected across the district.`,
      ].join('\n\n'),
    };
  });
}

describe('the other stories a reader keeps', () => {
  const crowded = buildIndex([...seedDocuments, FOOTBALL, OTHER_PUTIN_STORY, ...otherStories(120)]);

  it('change neither the facts an article leaves out nor where the page marks them', () => {
    // Names every report of the story uses are rare among the reader's other articles: weighed
    // by the whole corpus they would pass for what a sentence says, and hide facts.
    for (const seed of seedDocuments) {
      const alone = analyze(asArticle(seed), index);
      const amongOthers = analyze(asArticle(seed), crowded);
      expect(prefixes(amongOthers.related.map((entry) => entry.doc))).toEqual(prefixes(alone.related.map((entry) => entry.doc)));
      const facts = (analysis: Analysis) => analysis.omitted.map((item) => `${item.text} → ${item.claim?.text ?? 'no claim'}`).sort();
      expect(facts(amongOthers)).toEqual(facts(alone));
    }
  });
});
