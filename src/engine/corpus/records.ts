/**
 * Corpus records (cli-contract.md, "Corpus record"): validation of JSON / JSONL records and
 * plain-text files into CorpusDocument. Pure: no DOM, no I/O. Records that carry `html`
 * come back as needing extraction, which the caller (the CLI) does with src/extract.
 */
import type { CorpusDocument } from '../types';

/** Where a record came from, for ids and error messages. `index` is the record's number in
 * its file, from 1 (used in `<file>#<n>` ids); `line` its line in a JSONL file. */
export interface RecordLocation {
  file: string;
  line?: number;
  index?: number;
}

/** The fields of a record other than its body. */
export type RecordMeta = Omit<CorpusDocument, 'text'>;

export type ParsedRecord =
  | { kind: 'text'; document: CorpusDocument; extra: Record<string, unknown> }
  /** A record with `html`: its body must be extracted (see completeHtmlRecord). */
  | { kind: 'html'; html: string; meta: RecordMeta; extra: Record<string, unknown> };

export type CorpusRecordResult =
  | { ok: true; record: ParsedRecord; warnings: string[] }
  | { ok: false; reason: string };

/** A record (or whole file) left out, or a field of a kept record that was dropped. */
export interface RecordIssue {
  file: string;
  line?: number;
  reason: string;
}

/** A JSONL file's records, each with the line it stands on. */
export interface JsonlFile extends Omit<ParsedFile, 'records'> {
  records: Array<{ record: ParsedRecord; line: number }>;
}

export interface ParsedFile {
  records: ParsedRecord[];
  /** Records that could not be used: each names the file, the line (JSONL) and what is wrong. */
  skipped: RecordIssue[];
  /** Records kept with a field dropped (e.g. an unreadable date). */
  warnings: RecordIssue[];
}

const KNOWN = new Set(['id', 'url', 'title', 'source', 'published', 'lang', 'text', 'html']);

const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Line endings to \n, byte-order mark removed. */
function normalizeNewlines(s: string): string {
  return s.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** Text of a short one-line field: whitespace collapsed, null when empty. */
function oneLine(s: string): string | null {
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
}

/** The id a record without one gets: `<file>#<n>`. */
export function recordId(where: RecordLocation): string {
  return `${where.file}#${where.index ?? where.line ?? 1}`;
}

/**
 * Validates one record. Exactly one of `text` / `html` (a non-empty string) is required;
 * `id`, `url`, `title`, `source`, `published`, `lang` are optional strings (or null).
 * Unknown fields are kept in `extra` and otherwise ignored. A `published` value that is
 * not a date is dropped with a warning rather than losing the whole record.
 */
export function parseRecord(value: unknown, where: RecordLocation): CorpusRecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: `record is not a JSON object (it is ${kindOf(value)})` };
  }
  const o = value as Record<string, unknown>;
  const warnings: string[] = [];
  const fields: Partial<Record<'id' | 'url' | 'title' | 'source' | 'published' | 'lang', string | null>> = {};
  for (const key of ['id', 'url', 'title', 'source', 'published', 'lang'] as const) {
    const v = o[key];
    if (v === undefined || v === null) {
      fields[key] = null;
    } else if (typeof v === 'string') {
      fields[key] = oneLine(v);
    } else if (key === 'id' && typeof v === 'number' && Number.isFinite(v)) {
      fields[key] = String(v);
    } else {
      return { ok: false, reason: `"${key}" must be a string or null, not ${kindOf(v)}` };
    }
  }
  if (fields.published && !DATE.test(fields.published)) {
    warnings.push(`"published" is not a YYYY-MM-DD or ISO date ("${fields.published}"); ignored`);
    fields.published = null;
  }

  const hasText = o['text'] !== undefined && o['text'] !== null;
  const hasHtml = o['html'] !== undefined && o['html'] !== null;
  if (hasText && hasHtml) return { ok: false, reason: 'record has both text and html; give only one' };
  if (!hasText && !hasHtml) return { ok: false, reason: 'record has neither text nor html' };
  const bodyKey = hasText ? 'text' : 'html';
  const body = o[bodyKey];
  if (typeof body !== 'string') return { ok: false, reason: `"${bodyKey}" must be a string, not ${kindOf(body)}` };
  if (body.trim() === '') return { ok: false, reason: `"${bodyKey}" is empty` };

  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (!KNOWN.has(k)) extra[k] = v;

  const meta: RecordMeta = {
    id: fields.id ?? recordId(where),
    url: fields.url ?? null,
    title: fields.title ?? null,
    source: fields.source ?? null,
    published: fields.published ?? null,
    lang: fields.lang ?? null,
  };
  if (hasHtml) return { ok: true, record: { kind: 'html', html: body, meta, extra }, warnings };
  return { ok: true, record: { kind: 'text', document: { ...meta, text: normalizeNewlines(body).trim() }, extra }, warnings };
}

/** A CorpusDocument from an html record and what extraction made of its page: the record's
 * own fields win, extraction fills the ones it left empty. */
export function completeHtmlRecord(
  meta: RecordMeta,
  extracted: { url: string | null; title: string | null; source: string | null; published: string | null; lang: string | null; text: string },
): CorpusDocument {
  return {
    id: meta.id,
    url: meta.url ?? extracted.url,
    title: meta.title ?? extracted.title,
    source: meta.source ?? extracted.source,
    published: meta.published ?? extracted.published,
    lang: meta.lang ?? extracted.lang,
    text: extracted.text,
  };
}

function prefix(where: RecordLocation): string {
  if (where.line !== undefined) return `line ${where.line}: `;
  if (where.index !== undefined) return `record ${where.index}: `;
  return '';
}

/** Error text naming the place: "line 3: record has neither text nor html". */
export function describeProblem(where: RecordLocation, reason: string): string {
  return prefix(where) + reason;
}

/**
 * A JSONL file: one record a line; blank lines are ignored. A line that is not JSON or not
 * a valid record is skipped (with its line number); the others are kept. Records without
 * an id get `<file>#<n>`, n counting the file's non-blank lines from 1.
 */
export function parseJsonl(content: string, file: string): JsonlFile {
  const out: JsonlFile = { records: [], skipped: [], warnings: [] };
  const lines = normalizeNewlines(content).split('\n');
  let n = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    n++;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      out.skipped.push({ file, line, reason: `not valid JSON (${err instanceof Error ? err.message : String(err)})` });
      return;
    }
    const result = parseRecord(value, { file, line, index: n });
    if (!result.ok) {
      out.skipped.push({ file, line, reason: result.reason });
      return;
    }
    out.records.push({ record: result.record, line });
    for (const w of result.warnings) out.warnings.push({ file, line, reason: w });
  });
  return out;
}

/** A JSON file: one record, or an array of records (ids `<file>#<n>`, n from 1). */
export function parseJsonFile(content: string, file: string): ParsedFile {
  const out: ParsedFile = { records: [], skipped: [], warnings: [] };
  let value: unknown;
  try {
    value = JSON.parse(normalizeNewlines(content));
  } catch (err) {
    out.skipped.push({ file, reason: `not valid JSON (${err instanceof Error ? err.message : String(err)})` });
    return out;
  }
  const list = Array.isArray(value) ? value : [value];
  list.forEach((item, i) => {
    const where = { file, index: i + 1 };
    const result = parseRecord(item, where);
    const place = Array.isArray(value) ? prefix(where) : '';
    if (!result.ok) {
      out.skipped.push({ file, reason: place + result.reason });
      return;
    }
    out.records.push(result.record);
    for (const w of result.warnings) out.warnings.push({ file, reason: place + w });
  });
  return out;
}

/** Longest first line that is still taken for a title. */
export const MAX_TITLE_LENGTH = 150;

/**
 * A plain-text file as a document. Its first non-empty line is taken as the title when it
 * is short (≤ MAX_TITLE_LENGTH characters) and has no final period; the text is kept as it
 * is (the title line stays in it).
 */
export function textToDocument(text: string, id: string): CorpusDocument {
  const body = normalizeNewlines(text).trim();
  const first = body.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  const isTitle = first.length > 0 && first.length <= MAX_TITLE_LENGTH && !/\.$/.test(first) && first !== body;
  return { id, url: null, title: isTitle ? oneLine(first) : null, source: null, published: null, lang: null, text: body };
}
