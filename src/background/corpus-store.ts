import type { CorpusDocument } from '../engine/types';
import type { CorpusEntry, DemoState, DocumentOrigin, ImportJournal } from '../corpus/types';

export type { CorpusEntry, DemoState, DocumentOrigin, ImportJournal } from '../corpus/types';

/** How far an import committed in batches has got: written to its journal with each batch. */
export interface ImportPosition {
  bytesDone: number;
  resumeAt: ImportJournal['resumeAt'];
}

/** A document offered to the corpus and not stored, with why; `index` is its place in the batch. */
export interface AddSkip {
  index: number;
  id: string;
  reason: string;
}

export interface AddResult {
  added: string[];
  skipped: AddSkip[];
  /** Older documents deleted in the same write to keep the corpus under its size limit. */
  evicted: string[];
}

export interface CorpusIds {
  revision: number;
  ids: string[];
}

/** Where the background gets the corpus from; the analysis code never knows which store it is. */
export interface CorpusStore {
  /** Every document of the corpus. The same array is returned until the corpus changes. */
  documents(): Promise<CorpusDocument[]>;
  /** Every document without its text, for lists. */
  list(): Promise<CorpusEntry[]>;
  /** One document, text included, read alone (the others' texts are not loaded); null when it is not in the corpus. */
  get(id: string): Promise<CorpusDocument | null>;
  /** The documents with these ids that are in the corpus, in the order asked, read in one transaction (no other text is loaded). */
  getMany(ids: readonly string[]): Promise<CorpusDocument[]>;
  /** The ids of the documents kept under this address (as duplicates compare addresses), without reading their texts. */
  idsAt(url: string): Promise<string[]>;
  /** The ids of every document and the revision they belong to, read together without any document's text. */
  ids(): Promise<CorpusIds>;
  /** The corpus's revision: a number every write changes, read alone. */
  revision(): Promise<number>;
  /**
   * Adds documents in one transaction: all that are not duplicates (same id, same address or
   * same text as a stored document or an earlier one of the batch) are stored, or, when
   * anything fails, none is and the corpus stays as it was (the promise rejects). When the
   * corpus is then over its size limit, the oldest unpinned documents are deleted in the
   * same write.
   */
  add(documents: readonly CorpusDocument[], origin: DocumentOrigin): Promise<AddResult>;
  /** Pins or unpins documents (pinned ones are kept whatever the size limit); returns the ids evicted by unpinning. */
  setPinned(ids: readonly string[], pinned: boolean): Promise<string[]>;
  /** The size limit in bytes, null for none. */
  sizeLimit(): Promise<number | null>;
  /** Sets the size limit (null: none) and deletes the oldest unpinned documents over it, in one write; returns their ids. */
  setSizeLimit(bytes: number | null): Promise<string[]>;
  /** Deletes documents by id; returns how many there were. */
  delete(ids: readonly string[]): Promise<number>;
  /** Deletes every document, the demo articles included (they do not come back). */
  clear(): Promise<void>;
  /** Deletes the demo articles and remembers that the reader removed them. */
  removeDemo(): Promise<number>;
  demoState(): Promise<DemoState>;
  /**
   * Imports too large for one transaction: `startImport` writes the import's journal record,
   * each `addToImport` stores one batch (documents carrying the import's id; one transaction
   * with the journal's progress, so a stop between batches leaves both consistent), then
   * `finishImport` applies the size limit and drops the journal, or `removeImport` deletes
   * every document of the import (a rollback; it may run in several transactions and resumes
   * if stopped) and then the journal. `imports` lists the journals: imports under way or
   * interrupted.
   */
  startImport(files: ImportJournal['files']): Promise<ImportJournal>;
  addToImport(id: string, documents: readonly CorpusDocument[], position: ImportPosition): Promise<AddResult>;
  finishImport(id: string): Promise<string[]>;
  removeImport(id: string): Promise<number>;
  imports(): Promise<ImportJournal[]>;
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
