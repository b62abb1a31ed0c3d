/**
 * Synthetic corpora of N articles for the engine benchmark, made from the dev news sets
 * (BASIL + ECB+ in ../shared/data/news), deterministic for a given N.
 *
 * How: the 563 real articles are grouped by their event. Synthetic article k belongs to
 * synthetic story floor(k / STORY_SIZE), which is one real event (picked by a seeded PRNG)
 * seen under its own names: every capitalized word not at a sentence start is replaced, with
 * probability NAME_SHARE, by an invented name that is the same throughout the story (so a
 * story's reports stay related to each other and not to the other stories made from the
 * same event), and every number is scaled by a factor of that story. Each article keeps the
 * lead paragraphs of one real report of that event and takes the rest of its body from
 * paragraphs of random other articles (recombined, perturbed the same way), so its
 * vocabulary grows with N as in real text: new names and figures keep coming, common words
 * repeat (Heaps' law), rather than 563 texts repeated.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusDocument } from '../../src/engine';
import { readNews, type NewsRecord } from '../eval/news';

export const newsDir = resolve(process.env['LACUNA_SHARED'] ?? resolve(import.meta.dirname, '../../../shared'), 'data', 'news');
const FILES = ['basil-dev.jsonl', 'ecbplus-dev.jsonl'];

const STORY_SIZE = 4;
const LEAD_PARAGRAPHS = 3;
const BODY_PARAGRAPHS = 6;
const NAME_SHARE = 0.7;

/** The real articles, or null when ../shared is not there. */
export function loadNews(): NewsRecord[] | null {
  const paths = FILES.map((file) => resolve(newsDir, file));
  if (!paths.every((path) => existsSync(path))) return null;
  return paths.flatMap((path) => readNews(path));
}

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'ch', 'dr', 'kr', 'sh', 'st', 'th', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];

function inventName(random: () => number): string {
  const syllables = 2 + Math.floor(random() * 2);
  let name = '';
  for (let i = 0; i < syllables; i++) name += ONSETS[Math.floor(random() * ONSETS.length)]! + VOWELS[Math.floor(random() * VOWELS.length)]!;
  return name[0]!.toUpperCase() + name.slice(1);
}

interface Story {
  names: Map<string, string>;
  scale: number;
  random: () => number;
}

/** A paragraph under a story's names and figures. */
function perturb(paragraph: string, story: Story): string {
  return paragraph
    .replace(/(?<![.!?]\s|^)\b[A-Z][a-z]{2,}\b/g, (word) => {
      let name = story.names.get(word);
      if (name === undefined) {
        name = story.random() < NAME_SHARE ? inventName(story.random) : word;
        story.names.set(word, name);
      }
      return name;
    })
    .replace(/\b\d+(?:\.\d+)?\b/g, (number) => {
      const value = Number(number) * story.scale;
      return number.includes('.') ? value.toFixed(1) : String(Math.max(1, Math.round(value)));
    });
}

const paragraphsOf = (text: string): string[] => text.split(/\n\n+/).filter((paragraph) => paragraph.trim() !== '');

export function syntheticCorpus(records: readonly NewsRecord[], size: number): CorpusDocument[] {
  return [...syntheticDocuments(records, size)];
}

/** Synthetic articles from..to (exclusive), one at a time: a large corpus need not be held whole. */
export function* syntheticDocuments(records: readonly NewsRecord[], to: number, from = 0): Generator<CorpusDocument> {
  const byEvent = new Map<string, NewsRecord[]>();
  for (const record of records) byEvent.set(record.event, [...(byEvent.get(record.event) ?? []), record]);
  const events = [...byEvent.values()];
  let story: Story | null = null;
  let reports: NewsRecord[] = [];
  // A story's names and figures come from its first article on: start there.
  for (let k = from - (from % STORY_SIZE); k < to; k++) {
    if (k % STORY_SIZE === 0) {
      const random = prng(0x1ac + k);
      reports = events[Math.floor(random() * events.length)]!;
      story = { names: new Map(), scale: 0.5 + random() * 1.5, random };
    }
    const current = story!;
    const report = reports[Math.floor(current.random() * reports.length)]!;
    const lead = paragraphsOf(report.text).slice(0, LEAD_PARAGRAPHS);
    const body: string[] = [];
    for (let i = 0; i < BODY_PARAGRAPHS; i++) {
      const other = paragraphsOf(records[Math.floor(current.random() * records.length)]!.text);
      body.push(other[Math.floor(current.random() * other.length)]!);
    }
    const title = report.title ? perturb(report.title, current) : null;
    const text = [...lead, ...body].map((paragraph) => perturb(paragraph, current)).join('\n\n');
    if (k >= from) yield { id: `s${k}`, url: null, title, source: null, published: null, lang: null, text };
  }
}

/** Queries: real articles of the sets, unmodified, spread over both sets. */
export function queryArticles(records: readonly NewsRecord[], count: number, offset = 0): CorpusDocument[] {
  const step = Math.max(1, Math.floor(records.length / count));
  return records
    .filter((_, index) => index % step === offset % step)
    .slice(0, count)
    .map((record) => ({ id: record.id, url: null, title: record.title, source: null, published: null, lang: null, text: record.text }));
}
