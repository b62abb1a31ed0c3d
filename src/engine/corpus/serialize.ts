import type { SentenceKind, ProcessedSentence } from '../text/document';
import { isLanguage } from '../text/language';
import { assembleIndex, type CorpusIndex, type IndexedDocument } from './corpus-index';

const FORMAT = 'lacuna-index';
/** Bump whenever tokenization, segmentation or the stored shape changes: old indexes must be rebuilt. */
export const INDEX_FORMAT_VERSION = 3;

export type StoredSentence = [text: string, start: number, end: number, kind: SentenceKind, terms: string[], names: string[]];

interface StoredIndex {
  format: typeof FORMAT;
  version: number;
  boilerplateLines: Record<string, string[]>;
  documents: Array<Omit<IndexedDocument, 'sentences'> & { sentences: StoredSentence[] }>;
}

export function serializeIndex(index: CorpusIndex): StoredIndex {
  return {
    format: FORMAT,
    version: INDEX_FORMAT_VERSION,
    boilerplateLines: index.boilerplateLines,
    documents: index.documents.map((document) => ({
      ...document,
      sentences: storeSentences(document.sentences),
    })),
  };
}

export function storeSentences(sentences: readonly ProcessedSentence[]): StoredSentence[] {
  return sentences.map((s): StoredSentence => [s.text, s.start, s.end, s.kind, s.terms, s.names]);
}

function fail(reason: string): never {
  throw new Error(`Not a Lacuna corpus index of format version ${INDEX_FORMAT_VERSION}: ${reason}. Rebuild the index.`);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isNullableString = (value: unknown): value is string | null => value === null || typeof value === 'string';
const KINDS: ReadonlySet<unknown> = new Set<SentenceKind>(['content', 'heading', 'boilerplate']);

function readSentence(value: unknown, where: string): ProcessedSentence {
  if (!Array.isArray(value) || value.length !== 6) fail(`${where} is not a sentence record`);
  const [text, start, end, kind, terms, names] = value as unknown[];
  if (typeof text !== 'string' || typeof start !== 'number' || typeof end !== 'number') fail(`${where} has a bad text or offsets`);
  if (!KINDS.has(kind) || !isStringArray(terms) || !isStringArray(names)) fail(`${where} has a bad kind or terms`);
  return { text, start, end, kind: kind as SentenceKind, terms, names };
}

export function readDocument(value: unknown, where: string): IndexedDocument {
  if (!isObject(value) || typeof value['id'] !== 'string') fail(`${where} has no id`);
  for (const field of ['url', 'title', 'source', 'published', 'lang'] as const) {
    if (!isNullableString(value[field])) fail(`${where}.${field} is not a string or null`);
  }
  const language = value['language'];
  if (!isLanguage(language)) fail(`${where}.language is not a language the engine reads`);
  const sentences = value['sentences'];
  if (!Array.isArray(sentences)) fail(`${where} has no sentences`);
  return {
    id: value['id'],
    url: value['url'] as string | null,
    title: value['title'] as string | null,
    source: value['source'] as string | null,
    published: value['published'] as string | null,
    lang: value['lang'] as string | null,
    language,
    sentences: sentences.map((sentence, index) => readSentence(sentence, `${where}.sentences[${index}]`)),
  };
}

export function deserializeIndex(data: unknown): CorpusIndex {
  if (!isObject(data) || data['format'] !== FORMAT) fail('no "format" marker');
  if (data['version'] !== INDEX_FORMAT_VERSION) fail(`stored version is ${String(data['version'])}`);
  const lines = data['boilerplateLines'];
  if (!isObject(lines) || !Object.values(lines).every(isStringArray)) fail('bad "boilerplateLines"');
  const documents = data['documents'];
  if (!Array.isArray(documents)) fail('no "documents" array');
  return assembleIndex(
    documents.map((document, index) => readDocument(document, `documents[${index}]`)),
    lines as Record<string, string[]>,
  );
}
