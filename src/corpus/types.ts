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
}

/** Whether the bundled demo articles are in the corpus, were removed by the reader, or not yet loaded. */
export type DemoState = 'loaded' | 'removed' | 'not-loaded';

export interface ImportProgress {
  /** Files read so far, of `total`; `saving` once all are read and the write is under way. */
  done: number;
  total: number;
  file: string | null;
  saving: boolean;
}

export interface ImportReport {
  added: number;
  skipped: RecordIssue[];
  warnings: RecordIssue[];
  /** Articles removed to keep the corpus under its size limit, the earliest added first (the imported ones last). */
  evicted: number;
  /** Set when nothing was imported because the write failed; the corpus is as it was. */
  error: string | null;
}
