import { isLooselyRelated, type Analysis } from '../engine/types';
import type { PageMark } from '../messages';
import { outletName } from '../ui/outlets';

/** Characters of the extracted text sent along with each quote, to tell repeats apart. */
const CONTEXT = 64;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Where a sentence the engine quoted stands in the article text (whitespace aside), or null. */
function locate(text: string, quote: string): { start: number; end: number } | null {
  const at = text.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length };
  // The quote may differ from the text in whitespace only: match word by word.
  const words = squash(quote).split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * The claims to mark on the page for an analysis of `text`: one mark per claim that has
 * omitted items next to it, and one per sentence of the article that another outlet
 * reports differently (merged with the claim's mark when it is the same sentence).
 */
export function pageMarks(analysis: Analysis, text: string): PageMark[] {
  const byRange = new Map<string, PageMark>();
  const looseDocs = new Set(analysis.related.filter(isLooselyRelated).map((entry) => entry.doc));
  /** Documents each mark's card quotes: the mark is loose when every one of them is. */
  const quoted = new Map<string, string[]>();
  const markAt = (start: number, end: number): PageMark => {
    const id = `m${start}-${end}`;
    let mark = byRange.get(id);
    if (!mark) {
      mark = {
        id,
        kind: 'omission',
        quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
        items: [],
        discrepancies: [],
      };
      byRange.set(id, mark);
    }
    return mark;
  };
  for (const item of analysis.omitted) {
    const claim = item.claim;
    if (!claim || claim.end <= claim.start || claim.end > text.length) continue;
    const mark = markAt(claim.start, claim.end);
    quoted.set(mark.id, [...(quoted.get(mark.id) ?? []), ...item.sources.map((source) => source.doc)]);
    mark.items.push({
      id: item.id,
      text: item.text,
      sources: item.sources.map((s) => ({ outlet: outletName(s.doc, analysis.related), quote: s.quote })),
    });
  }
  for (const d of analysis.discrepancies) {
    const found = locate(text, d.article.quote);
    if (!found) continue;
    const mark = markAt(found.start, found.end);
    mark.kind = 'discrepancy';
    quoted.set(mark.id, [...(quoted.get(mark.id) ?? []), d.corpus.doc]);
    mark.discrepancies.push({ note: d.note, articleQuote: d.article.quote, outlet: outletName(d.corpus.doc, analysis.related), otherQuote: d.corpus.quote });
  }
  for (const mark of byRange.values()) {
    const docs = quoted.get(mark.id) ?? [];
    if (docs.length > 0 && docs.every((doc) => looseDocs.has(doc))) mark.loose = true;
  }
  const startOf = (mark: PageMark): number => Number(mark.id.slice(1).split('-')[0]);
  return [...byRange.values()].sort((a, b) => startOf(a) - startOf(b));
}
