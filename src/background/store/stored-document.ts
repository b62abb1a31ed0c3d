/** A document as the corpus database stores it, and what the store says of it: its entry, its label, why a write failed. */
import type { CorpusDocument } from '../../engine/types';
import { documentBytes } from '../../corpus/size-limit';
import type { CorpusEntry, DocumentOrigin } from '../../corpus/types';
import type { WireLinked } from './wire-links';
import { errorText } from '../../error-text';

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
  };
}

export function bytesOf(stored: StoredDocument): number {
  return stored.bytes ?? documentBytes(toDocument(stored));
}
