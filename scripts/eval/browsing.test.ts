import { evaluateBrowsing } from './browsing';
import type { BenchPage } from '../bench/dataset';

const page = (id: string, site: string, title: string, paragraphs: string[]): BenchPage => ({
  id,
  url: `https://${site}/news/${id}`,
  gold: '',
  html: `<html><head><title>${title}</title><meta property="og:site_name" content="${site}"></head><body><article><h1>${title}</h1>${paragraphs
    .map((text) => `<p>${text}</p>`)
    .join('')}</article></body></html>`,
});

const FLOOD = [
  'The Kessel river burst its levee at Dornbach on Tuesday night and 4,000 residents were evacuated by boat, the regional fire service said on Wednesday morning.',
  'Mayor Ilse Varga said the lower town would stay closed until the water fell, and that the levee had been due for repair since a survey in 2019 found it weak.',
  'Volunteers filled sandbags through the night at the sports hall, where the evacuated families were given beds, food and dry clothes by the Red Cross.',
];
const FLOOD_AGAIN = [
  'About 4,000 people fled Dornbach after the Kessel levee gave way on Tuesday night; fire crews took them out by boat from the flooded lower town.',
  'Ilse Varga, the mayor, told reporters the lower town would remain shut until the river fell, and said repairs to the weak levee had waited since 2019.',
  'Families spent the night at the sports hall, where the Red Cross handed out beds, hot food and dry clothes while volunteers filled sandbags outside.',
];
const FOOTBALL = [
  'The football club won the cup final after extra time on Saturday, its captain scoring twice in front of a sold-out stadium and thousands of travelling fans.',
  'The manager said the win was the best day of his career and thanked the supporters, who had followed the team across the country for every round.',
  'The club will play in the continental competition next season for the first time in its history, with the draw for the first round due in August.',
];

describe('related coverage among pages read in a row', () => {
  const pages = [
    page('a', 'kessel-courier.example', 'Levee bursts at Dornbach', FLOOD),
    page('b', 'valley-news.example', 'Thousands flee Dornbach flood', FLOOD_AGAIN),
    page('c', 'sports-daily.example', 'Cup final won after extra time', FOOTBALL),
  ];

  it('counts pairs of one story as right, each way, and finds them', () => {
    const result = evaluateBrowsing(pages, { stories: [{ story: 'flood', pages: ['a', 'b'] }], arguable: [] });
    expect(result).toMatchObject({ pages: 3, withAny: 2, right: 2, wrong: 0, arguable: 0, relevant: 2 });
  });

  it('counts a found pair of two stories as wrong, and a labelled arguable pair as neither', () => {
    const twoStories = evaluateBrowsing(pages, { stories: [{ story: 'flood', pages: ['a'] }, { story: 'flood again', pages: ['b'] }], arguable: [] });
    expect(twoStories).toMatchObject({ right: 0, wrong: 2, relevant: 0 });
    expect(twoStories.wrongPairs).toEqual(expect.arrayContaining([expect.stringMatching(/^Levee bursts at Dornbach ~ Thousands flee Dornbach flood \(0\.\d\d\)$/)]));
    const arguable = evaluateBrowsing(pages, { stories: [], arguable: [{ why: 'two floods', pages: ['b', 'a'] }] });
    expect(arguable).toMatchObject({ right: 0, wrong: 0, arguable: 2 });
  });
});
