/**
 * What makes two corpus documents the same article: the same address, or the same text.
 * Pure; shared by the store and the import path so both decide alike.
 */
import { stableId } from '../engine/hash';

/**
 * The address compared for duplicates: fragment dropped, scheme and host lower-cased, a
 * trailing slash on the path ignored. null when there is no address or it is not a URL.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  parsed.hash = '';
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : parsed.pathname;
  return `${parsed.protocol}//${parsed.host}${path}${parsed.search}`;
}

/** The text compared for duplicates: whitespace collapsed, case kept. */
export function textKey(text: string): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  return `${normalized.length}:${stableId(normalized)}`;
}
