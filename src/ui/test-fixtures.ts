/**
 * Fixed analyses for component tests, built by hand from the seed articles
 * (test/fixtures/seeds/): the Moscow Times report (000) read against the other four.
 * Quotes are copied exactly from the seed texts. Not imported by production code.
 */
import type { Analysis, OmittedItem, RelatedDocument } from '../engine/types';
import type { TabState } from '../messages';

export const DOC = {
  moscowTimes: '000_f6d8503adc2b8999.txt',
  alJazeera: '001_ae30d0a36fc04354.txt',
  huffpost: '002_7c7596a279809a0e.txt',
  afp: '003_70745ba918bb0d59.txt',
  straitsTimes: '004_a74d45a3fa71e733.txt',
} as const;

export const RELATED: RelatedDocument[] = [
  { doc: DOC.afp, title: null, source: 'AFP', score: 0.93 },
  { doc: DOC.straitsTimes, title: 'Xi, Putin accuse US of ‘interference’ during phone call', source: 'The Straits Times', score: 0.88 },
  { doc: DOC.alJazeera, title: null, source: 'Al Jazeera', score: 0.71 },
  {
    doc: DOC.huffpost,
    title: 'Putin And Xi Say They Need To Oppose International Interference – From Other Countries',
    source: 'HuffPost UK',
    score: 0.46,
  },
];

const ONE_CHINA = 'the Russian President reaffirmed his principled position on the Taiwan issue, which is to support the';

/** Merged: one fact, three outlets. */
export const ITEM_ONE_CHINA: OmittedItem = {
  id: 'a1f3-one-china',
  text: 'Putin reaffirmed Russia’s support for the “one China” policy on Taiwan, the Kremlin said.',
  topic: 'Taiwan',
  score: 0.91,
  sources: [
    {
      doc: DOC.alJazeera,
      quote: `“In discussing the situation in the Asia-Pacific region, ${ONE_CHINA} ‘one China’ policy,” the Kremlin said in its statement about the call.`,
    },
    {
      doc: DOC.afp,
      quote: `"In discussing the situation in the Asia-Pacific region, ${ONE_CHINA} 'one China' policy," the Kremlin said in its statement about the call.`,
    },
    {
      doc: DOC.straitsTimes,
      quote: `“In discussing the situation in the Asia-Pacific region, ${ONE_CHINA} ‘one China’ policy,” the Kremlin said in its statement about the call.`,
    },
  ],
  claim: {
    text: 'Xi and Putin denounced the "U.S. policy of interfering in the internal affairs of other states" during an hour-long call.',
    start: 207,
    end: 328,
  },
};

export const ITEM_NO_LIMITS: OmittedItem = {
  id: 'b27c-no-limits',
  text: 'Beijing and Moscow declared a “no limits” partnership days before Russia invaded Ukraine in February 2022.',
  topic: 'Russia–China ties',
  score: 0.84,
  sources: [
    {
      doc: DOC.afp,
      quote:
        'Beijing and Moscow declared a "no limits" partnership days before Russia launched its full-scale military assault on Ukraine, and the two have expanded ties even as most Western countries turned their back on Moscow.',
    },
    {
      doc: DOC.alJazeera,
      quote:
        'Beijing and Moscow declared a “no limits” partnership days before Russia’s invasion of Ukraine in February 2022, and the two have expanded ties even as most Western countries turned their back on Moscow.',
    },
  ],
  claim: {
    text: 'Moscow has looked to Beijing as a crucial economic lifeline since the West hit Russia with unprecedented sanctions over its invasion of Ukraine.',
    start: 510,
    end: 654,
  },
};

export const ITEM_MULTIPOLAR: OmittedItem = {
  id: 'c9d0-multipolar',
  text: 'The two leaders spoke about creating a “multipolar, fairer world order”.',
  topic: 'Russia–China ties',
  score: 0.72,
  sources: [
    {
      doc: DOC.alJazeera,
      quote:
        'The two leaders spoke about creating a “multipolar, fairer world order” in the face of US-led efforts to contain both of Washington’s biggest adversaries, he said.',
    },
    {
      doc: DOC.huffpost,
      quote: 'The two leaders spoke during an hour-long phone call on Thursday and discussed establishing a “multipolar, fairer world order”.',
    },
  ],
  claim: null,
};

/** Only HuffPost UK reports Taiwan's accusation of election interference. */
export const ITEM_TAIWAN_ELECTIONS: OmittedItem = {
  id: 'd4e5-taiwan-elections',
  text: 'Taiwan accused China of “repeated interference” in its elections in January.',
  topic: 'Taiwan',
  score: 0.66,
  sources: [
    {
      doc: DOC.huffpost,
      quote: 'Meanwhile, China was criticised by Taiwan for “repeated interference” in its elections only in January.',
    },
  ],
  claim: {
    text: 'Xi said the two "should closely collaborate strategically, defend the sovereignty, security and development interests of their respective countries, and resolutely oppose interference in internal affairs by external forces," according to a readout from Chinese state broadcaster CCTV.',
    start: 986,
    end: 1270,
  },
};

export const ITEM_ROUBLES: OmittedItem = {
  id: 'e6f7-roubles-yuan',
  text: 'Moscow and Beijing increasingly trade in roubles and yuan as they move away from the US dollar.',
  topic: 'Trade',
  score: 0.58,
  sources: [
    {
      doc: DOC.alJazeera,
      quote:
        'Moscow and Beijing have also increasingly carried out trade in roubles and yuan as they move to phase out trade in US dollars.',
    },
  ],
  claim: null,
};

export const ITEM_UK: OmittedItem = {
  id: 'f8a9-uk-interference',
  text: 'The UK and its allies called out Russia in December 2023 for its own attempts to interfere in UK politics.',
  topic: null,
  score: 0.41,
  sources: [
    {
      doc: DOC.huffpost,
      quote:
        'The UK and its allies actually called out Russia for its own sustained attempts to interfere in UK politics and democratic processes only in December 2023.',
    },
  ],
  claim: null,
};

/** In rank order: Taiwan (1, 4), Russia–China ties (2, 3), Trade (5), no topic (6). */
export const OMITTED: OmittedItem[] = [ITEM_ONE_CHINA, ITEM_NO_LIMITS, ITEM_MULTIPOLAR, ITEM_TAIWAN_ELECTIONS, ITEM_ROUBLES, ITEM_UK];

export const ANALYSIS: Analysis = {
  version: 1,
  article: { title: null, sentences: 17 },
  related: RELATED,
  omitted: OMITTED,
  discrepancies: [
    {
      kind: 'number',
      article: {
        quote:
          'Trade between the two countries has surged in the last two years, hitting $240.1 billion in 2023, or a 26% annual increase, according to Chinese customs data.',
      },
      corpus: {
        doc: DOC.alJazeera,
        quote:
          'Trade between the two countries has surged in the last two years, hitting $218.2bn during January-November, according to Chinese customs data, achieving a goal set by the two countries in 2019 a year ahead of schedule.',
      },
      note: '2023 trade: $240.1bn here, $218.2bn (January–November) in Al Jazeera. A difference of scope, not a conflict.',
    },
  ],
};

export const ARTICLE_TITLE = 'Xi and Putin Accuse U.S. of ‘Interfering’ in Domestic Affairs';

export function doneState(overrides: Partial<Analysis> = {}, truncated = false): Extract<TabState, { kind: 'done' }> {
  return {
    kind: 'done',
    url: 'https://www.themoscowtimes.com/2024/02/08/xi-putin-accuse-us-of-interfering-a84012',
    title: ARTICLE_TITLE,
    source: 'The Moscow Times',
    corpusSize: 5,
    truncated,
    analysis: { ...ANALYSIS, ...overrides },
  };
}
