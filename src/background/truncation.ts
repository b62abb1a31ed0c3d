import type { Analysis, CorpusDocument, OmittedItem } from '../engine/types';

/**
 * A page cut short (a paywall) shows only the start of its story. A fact that other outlets
 * report only after the point their own text reaches when it is as long as the visible part
 * may well be in the part the reader could not see: it is not called omitted.
 *
 * For each source of an item: where its sentence starts in that document (a share of its
 * length), against the share of that document the visible part would cover (visible
 * characters ÷ the document's characters). An item stays when one of its sources places it
 * within that share, or when no position can be read.
 */
export function omitBeyondCut(
  analysis: Analysis,
  article: { text: string; truncated: boolean },
  documents: readonly Pick<CorpusDocument, 'id' | 'text'>[],
): Analysis {
  if (!article.truncated) return analysis;
  const visible = squash(article.text).length;
  const texts = new Map<string, string>();
  const textOf = (id: string): string | null => {
    if (!texts.has(id)) {
      const doc = documents.find((d) => d.id === id);
      if (!doc) return null;
      texts.set(id, squash(doc.text));
    }
    return texts.get(id) ?? null;
  };
  const withinCut = (item: OmittedItem): boolean => {
    let known = false;
    for (const source of item.sources) {
      const text = textOf(source.doc);
      if (!text) continue;
      const at = text.indexOf(squash(source.quote));
      if (at < 0) continue;
      known = true;
      if (at / text.length <= Math.min(1, visible / text.length)) return true;
    }
    return !known;
  };
  const omitted = analysis.omitted.filter(withinCut);
  return omitted.length === analysis.omitted.length ? analysis : { ...analysis, omitted };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
