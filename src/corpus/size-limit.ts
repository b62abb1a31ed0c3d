/**
 * The corpus size limit: how much a document weighs, and which documents go, oldest first,
 * when the corpus is over its limit. Pinned documents never go. Pure; the store runs it in
 * the same transaction as the write that made the corpus grow, and the options page runs it
 * to say what a lower limit would delete before it is set.
 */
import type { CorpusDocument } from '../engine/types';
import { toRecord } from './export';

/** What a document weighs: the UTF-8 bytes of its record as the export writes it. */
export function documentBytes(document: CorpusDocument): number {
  return new TextEncoder().encode(JSON.stringify(toRecord(document))).length;
}

export interface SizedItem {
  id: string;
  addedAt: number;
  bytes: number;
  pinned: boolean;
}

/**
 * The ids to delete so that the corpus weighs at most `limit` bytes: unpinned documents,
 * the earliest added first (ties by id). When the pinned ones alone weigh more than the
 * limit, every unpinned one goes and the corpus stays over it. No limit (null): none.
 */
export function chooseEvictions(items: readonly SizedItem[], limit: number | null): string[] {
  if (limit === null) return [];
  let total = items.reduce((sum, item) => sum + item.bytes, 0);
  if (total <= limit) return [];
  const candidates = items.filter((item) => !item.pinned).sort((a, b) => a.addedAt - b.addedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const evicted: string[] = [];
  for (const item of candidates) {
    if (total <= limit) break;
    evicted.push(item.id);
    total -= item.bytes;
  }
  return evicted;
}

/** A limit typed by the reader, in megabytes (1 MB = 1024 × 1024 bytes, as the page shows sizes): bytes, or why it is not one. */
export function parseSizeLimit(input: string): { ok: true; bytes: number } | { ok: false; reason: string } {
  const text = input.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return { ok: false, reason: `“${input.trim()}” is not a size: give a number of megabytes, such as 50.` };
  const megabytes = Number(text);
  if (!(megabytes > 0)) return { ok: false, reason: 'The size limit must be more than 0 MB.' };
  return { ok: true, bytes: Math.round(megabytes * 1024 * 1024) };
}
