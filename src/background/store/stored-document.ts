/** A document as the corpus database stores it, and what the store says of it: its entry, its label, why a write failed. */
import type { CorpusDocument } from '../../engine/types';
import { documentBytes } from '../../corpus/size-limit';
import type { CorpusEntry, DocumentOrigin } from '../../corpus/types';
import type { WireLinked } from './wire-links';
import { errorText } from '../../error-text';
import { openingOfText } from '../../corpus/opening';

/** A document as stored (schema version 3). */
export interface StoredDocument extends CorpusDocument, WireLinked {
  /** Absent when the document has no usable address (it is then not in the index). */
  urlKey?: string;
  textKey: string;
  origin: DocumentOrigin;
  addedAt: number;
  /** What it weighs toward the size limit; absent on documents stored before it was recorded. */
  bytes?: number;
  /** Kept whatever the size limit; absent means not pinned. */
  pinned?: boolean;
  /** The import (committed in batches) that added it. */
  importId?: string;
  /**
   * For a document without a title: the start of its first sentence, to name it by in lists,
   * worked out once when it is stored (absent on documents stored before it was: worked out
   * when listed).
   */
  opening?: string;
}

/** A write that did not happen; the message says why, for a person. Nothing was changed. */
export class CorpusWriteError extends Error {
  override name = 'CorpusWriteError';
}

/** Why a write failed, for a person; a full storage is named as such. */
export function describeWriteError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return "the browser's storage for Lacuna is full; delete articles or clear space and try again. Nothing was changed.";
  return `${errorText(error)}. Nothing was changed.`;
}

export function toDocument(stored: CorpusDocument): CorpusDocument {
  return { id: stored.id, url: stored.url, title: stored.title, source: stored.source, published: stored.published, lang: stored.lang, text: stored.text };
}

/** A stored document named for a person: its title (or id), and its outlet. */
export function label(stored: StoredDocument): string {
  return `"${stored.title ?? stored.id}"${stored.source ? ` (${stored.source})` : ''}`;
}

export function toEntry(stored: StoredDocument): CorpusEntry {
  return {
    id: stored.id,
    url: stored.url,
    title: stored.title,
    source: stored.source,
    published: stored.published,
    lang: stored.lang,
    origin: stored.origin,
    addedAt: stored.addedAt,
    chars: stored.text.length,
    bytes: bytesOf(stored),
    pinned: stored.pinned === true,
    copiesOf: stored.copiesOf ?? [],
    ...(stored.opening ? { opening: stored.opening } : untitledOpening(stored)),
  };
}

/** The opening an untitled document is named by in lists (src/corpus/opening.ts); nothing for a titled one. */
export function untitledOpening(document: Pick<CorpusDocument, 'title' | 'text'>): { opening?: string } {
  // Any title but a blank or missing one counts (one the database cannot store is for the write to refuse).
  const { title } = document;
  if (typeof title === 'string' ? title.trim() !== '' : title != null) return {};
  const opening = openingOfText(document.text);
  return opening ? { opening } : {};
}

export function bytesOf(stored: StoredDocument): number {
  return stored.bytes ?? documentBytes(toDocument(stored));
}
