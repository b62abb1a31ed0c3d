/**
 * Articles in scripts written without spaces between words: the same analysis as for English.
 * The texts are short reports written for these tests, each story told twice in other words,
 * next to a story of another kind from the same day.
 */
import { analyze, buildIndex, type ArticleInput } from './index';
import { writtenReport } from './written-report';

describe('a Chinese article', () => {
  const article: ArticleInput = writtenReport('article', '习近平与普京通电话', 'zh', [
    '中国国家主席习近平周四与俄罗斯总统普京通电话。',
    '两国领导人表示反对外部势力干涉内政。',
    '习近平说，中俄应当密切战略协作。',
  ]);
  const sameStory = writtenReport('same-story', '习近平和普京通话', 'zh', [
    '俄罗斯总统普京周四与中国国家主席习近平通电话，双方反对外部势力干涉内政。',
    '克里姆林宫表示，两国领导人还讨论了乌克兰局势。',
    '台湾曾指责中国干预其一月份的选举。',
  ]);
  const weather = writtenReport('weather', '暴雨袭击广东', 'zh', [
    '广东省周四遭遇暴雨袭击，多个城市出现内涝。',
    '气象部门发布红色预警，学校停课。',
    '当地政府组织救援队伍转移受灾群众。',
  ]);
  const analysis = analyze(article, buildIndex([sameStory, weather]));

  it('finds the other report of the call, and not the storm', () => {
    expect(analysis.article.sentences).toBe(3);
    expect(analysis.related.map((entry) => entry.doc)).toEqual(['same-story']);
  });

  it('lists what that report adds, and not what the article already says', () => {
    const omitted = analysis.omitted.map((item) => item.text);
    expect(omitted).toContain('台湾曾指责中国干预其一月份的选举。');
    expect(omitted).toContain('克里姆林宫表示，两国领导人还讨论了乌克兰局势。');
    expect(omitted.some((text) => text.startsWith('俄罗斯总统普京周四'))).toBe(false);
  });
});

describe('a Chinese trade figure stated for another period', () => {
  const article: ArticleInput = writtenReport('article', '中俄贸易创新高', 'zh', [
    '中国海关数据显示，1至11月中俄贸易额为2182亿美元，提前实现了两国设定的目标。',
    '两国领导人周四通电话，表示反对外部势力干涉内政。',
  ]);
  const report = writtenReport('report', '中俄元首通话', 'zh', [
    '中国国家主席习近平周四与俄罗斯总统普京通电话，双方表示反对外部势力干涉内政。',
    '中国海关数据显示，去年中俄双边贸易额达到2401亿美元，同比增长26%。',
  ]);

  it('is a discrepancy of scope, not an omitted fact', () => {
    const analysis = analyze(article, buildIndex([report]));
    expect(analysis.discrepancies.map((found) => [found.kind, found.note])).toEqual([['number', '2182亿美元 here, 2401亿美元 in report: differs in scope: 1至11月 vs 去年']]);
    expect(analysis.omitted.map((item) => item.text)).not.toContain('中国海关数据显示，去年中俄双边贸易额达到2401亿美元，同比增长26%。');
  });

  it('is a true conflict when both give it for one period, however each writes the period', () => {
    const sameTime = writtenReport('same-time', '中俄贸易', 'zh', ['中国海关数据显示，1-11月中俄贸易额为2300亿美元。']);
    const analysis = analyze(article, buildIndex([sameTime]));
    expect(analysis.discrepancies.map((found) => found.note)).toEqual(['2182亿美元 here, 2300亿美元 in same-time: the figures conflict for the same scope']);
  });
});

describe('a Japanese article', () => {
  const article: ArticleInput = writtenReport('article', '岸田首相、物価対策を発表', 'ja', [
    '岸田文雄首相は火曜日、記者会見を開き、新たな物価対策を発表した。',
    '電気代とガス代の補助を三月まで延長する。',
  ]);
  const sameStory = writtenReport('same-story', '政府が物価対策を決定', 'ja', [
    '政府は火曜日、電気代とガス代の補助を三月まで延長する物価対策を決定した。',
    '野党は対策が不十分だと批判している。',
  ]);
  const baseball = writtenReport('baseball', '大谷翔平がホームラン', 'ja', [
    'ドジャースの大谷翔平選手は火曜日の試合で今季十本目のホームランを打った。',
    'チームは五対三で勝利した。',
  ]);
  const analysis = analyze(article, buildIndex([sameStory, baseball]));

  it('finds the other report of the measures, lists what it adds, and leaves the baseball out', () => {
    expect(analysis.related.map((entry) => entry.doc)).toEqual(['same-story']);
    expect(analysis.omitted.map((item) => item.text)).toEqual(['野党は対策が不十分だと批判している。']);
  });
});
