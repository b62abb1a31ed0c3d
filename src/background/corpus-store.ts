import type { CorpusDocument } from '../engine/types';

/** Where the background gets the corpus from; the analysis code never knows which store it is. */
export interface CorpusStore {
  /** Every document of the corpus. */
  documents(): Promise<CorpusDocument[]>;
}

function field(record: Record<string, unknown>, name: string, where: string): string | null {
  const value = record[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`${where}: "${name}" must be a string or null`);
  return value;
}

/** Checks the bundled corpus file (an array of records with text) and returns its documents. */
export function parseBundledCorpus(data: unknown): CorpusDocument[] {
  if (!Array.isArray(data)) throw new Error('demo corpus: expected an array of records');
  return data.map((value: unknown, index) => {
    const where = `demo corpus record ${index + 1}`;
    if (typeof value !== 'object' || value === null) throw new Error(`${where}: not an object`);
    const record = value as Record<string, unknown>;
    const id = field(record, 'id', where);
    const text = field(record, 'text', where);
    if (!id) throw new Error(`${where}: has no id`);
    if (!text) throw new Error(`${where}: has no text`);
    return {
      id,
      text,
      url: field(record, 'url', where),
      title: field(record, 'title', where),
      source: field(record, 'source', where),
      published: field(record, 'published', where),
      lang: field(record, 'lang', where),
    };
  });
}

/** The demo corpus shipped inside the extension, read once. */
export function bundledCorpusStore(load: () => Promise<unknown>): CorpusStore {
  let documents: Promise<CorpusDocument[]> | null = null;
  return {
    documents() {
      documents ??= load().then(parseBundledCorpus);
      documents.catch(() => (documents = null));
      return documents;
    },
  };
}
