/** What the corpus lists about its documents: shared by the store, the options page and its components. */
import type { RecordIssue } from '../engine/corpus/records';
import type { ArticleMeta } from '../engine/types';

/** How a document came into the corpus. */
export type DocumentOrigin = 'demo' | 'import' | 'capture' | 'added' | 'feed';

/** A document as the corpus lists it: everything but its text. */
export interface CorpusEntry extends ArticleMeta {
  id: string;
  origin: DocumentOrigin;
  /** When it was added, ms since the epoch (0: before this was recorded). */
  addedAt: number;
  /** Length of its text in characters. */
  chars: number;
  /** What it weighs toward the size limit (src/corpus/size-limit.ts). */
  bytes: number;
  /** Pinned documents are never removed to keep the corpus under its size limit. */
  pinned: boolean;
  /** Documents found, when it was added, to carry the same wire report (agency text republished); see wireGroups. */
  copiesOf: string[];
  /** For an article without a title: the start of its first sentence, to name it by. */
  opening?: string;
}

/**
 * The journal record of an import committed in batches, kept in the corpus database while it
 * runs: when the page running it closes, it is how the next start finds what the import
 * added so far, to remove it, keep it, or go on from where it stopped.
 */
export interface ImportJournal {
  id: string;
  files: Array<{ name: string; size: number }>;
  startedAt: number;
  bytesTotal: number;
  /** Bytes read whose articles are committed. */
  bytesDone: number;
  /** Articles committed so far. */
  added: number;
  /** Where the committed part ends: the last file read and its last line read (null: the whole file); null before the first batch. */
  resumeAt: { file: string; line: number | null } | null;
  /** `removing` once the reader asked to take back what it added (a removal interrupted in turn resumes). */
  state: 'running' | 'removing';
}

/** Whether the bundled demo articles are in the corpus, were removed by the reader, or not yet loaded. */
export type DemoState = 'loaded' | 'removed' | 'not-loaded';

export interface ImportProgress {
  /** Files read so far, of `total`; `saving` once all are read and the write is under way. */
  done: number;
  total: number;
  file: string | null;
  saving: boolean;
  /** Bytes read of all the files, of `bytesTotal`. */
  bytesDone: number;
  bytesTotal: number;
  /** Articles stored so far. */
  articles: number;
  /** Set once Cancel was pressed, while what the import added is being removed. */
  cancelling: boolean;
}

export interface ImportReport {
  added: number;
  skipped: RecordIssue[];
  warnings: RecordIssue[];
  /** Articles removed to keep the corpus under its size limit, the earliest added first (the imported ones last). */
  evicted: number;
  /** Set when nothing was imported because the write failed; the corpus is as it was. */
  error: string | null;
  /** Set when the reader cancelled: nothing was imported, the corpus is as it was. */
  cancelled?: boolean;
}
