/** What is known of an article besides its text. */
export interface ArticleMeta {
  url: string | null;
  title: string | null;
  /** Outlet name, e.g. "Al Jazeera". */
  source: string | null;
  /** YYYY-MM-DD or an ISO date-time. */
  published: string | null;
  lang: string | null;
}

/** The article being read: what extraction produces and the engine analyzes. */
export interface ArticleInput extends ArticleMeta {
  /** Plain text, paragraphs separated by blank lines. Claim offsets index into it. */
  text: string;
}

/** A document of the corpus: one article of related coverage kept on the machine. */
export interface CorpusDocument extends ArticleInput {
  id: string;
}

export interface RelatedDocument {
  doc: string;
  title: string | null;
  source: string | null;
  /** How closely related, in [0, 1]. */
  score: number;
  /**
   * Related only on a second look: under RELATED_THRESHOLD, taken for being close to the
   * clearly related documents or as the article's mutual near neighbour (not as one of a
   * story's core, the article's closest documents alike among themselves). Weaker evidence
   * that it tells the same story. Absent otherwise. Not part of the CLI's JSON (cli-contract.md).
   */
  loose?: true;
}

/** Weighted cosine from which a document is related by its similarity to the article alone. */
export const RELATED_THRESHOLD = 0.35;

/** Related only on a second look (see RelatedDocument.loose): it may tell another story. */
export function isLooselyRelated(entry: Pick<RelatedDocument, 'loose'>): boolean {
  return entry.loose === true;
}

/** Related coverage all of which is loosely related: what it adds may come from another story. */
export function isLooseCoverage(related: readonly Pick<RelatedDocument, 'loose'>[]): boolean {
  return related.length > 0 && related.every(isLooselyRelated);
}

export interface ItemSource {
  doc: string;
  /** The sentence as it stands in that document (whitespace aside). */
  quote: string;
}

export interface Claim {
  text: string;
  /** Character offsets in the article text. */
  start: number;
  end: number;
}

export interface OmittedItem {
  /** Stable for the same fact and sources across runs. */
  id: string;
  text: string;
  topic: string | null;
  score: number;
  sources: ItemSource[];
  claim: Claim | null;
}

export interface Discrepancy {
  kind: 'number' | 'date' | 'name' | 'other';
  article: { quote: string };
  corpus: { doc: string; quote: string };
  note: string;
}

/** The result of `analyze`; the shape of `lacuna analyze --json` (cli-contract.md). */
export interface Analysis {
  version: 1;
  article: { title: string | null; sentences: number };
  related: RelatedDocument[];
  omitted: OmittedItem[];
  discrepancies: Discrepancy[];
}
