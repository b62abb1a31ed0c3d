/**
 * Generated JSONL corpora for the import benchmark and the long-import tests: articles of
 * about 3 KB of words drawn from a large made-up vocabulary (Zipf-like, so each text is its
 * own), with one in fifty a lightly edited reprint of an earlier one (a wire copy). The same
 * size and seed give the same file. Written line by line: the file is never held whole.
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { prng } from './corpus';

const SYLLABLES = ['ka', 'lo', 'mi', 'ten', 'ra', 'vo', 'sel', 'du', 'pa', 'rin', 'go', 'fe', 'lu', 'nor', 'ta', 'bes', 'qui', 'har', 'om', 'zel'];
const OUTLETS = ['Northern Ledger', 'Coastal Times', 'Daily Meridian', 'The Courier', 'Evening Standardbearer', 'Wire Service', 'Valley Post', 'Metro Herald'];

function vocabulary(size: number, next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(next() * 3);
    words.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...words];
}

export interface GeneratedRecord {
  id: string;
  url: string;
  title: string;
  source: string;
  published: string;
  text: string;
}

/** Yields `count` records (about 3.3 KB each as JSONL). */
export function* generateRecords(count: number, seed = 1): Generator<GeneratedRecord> {
  const next = prng(seed);
  const words = vocabulary(20_000, next);
  // Zipf-like: index ~ size^u, so a few words are common and most are rare.
  const word = (): string => words[Math.min(words.length - 1, Math.floor(Math.pow(words.length, next())) - 1)]!;
  const sentence = (): string => {
    const n = 8 + Math.floor(next() * 18);
    const body = Array.from({ length: n }, word).join(' ');
    return `${body[0]!.toUpperCase()}${body.slice(1)} ${Math.floor(next() * 1000)}.`;
  };
  const recent: string[] = [];
  for (let i = 0; i < count; i++) {
    let text: string;
    if (i > 10 && next() < 0.02 && recent.length > 0) {
      // A reprint: an earlier text with its last paragraph cut and a line of its own.
      const original = recent[Math.floor(next() * recent.length)]!;
      text = `${original.split('\n\n').slice(0, -1).join('\n\n')}\n\n${sentence()}`;
    } else {
      text = Array.from({ length: 6 }, () => Array.from({ length: 4 }, sentence).join(' ')).join('\n\n');
    }
    recent.push(text);
    if (recent.length > 50) recent.shift();
    const day = String(1 + (i % 28)).padStart(2, '0');
    yield {
      id: `gen-${seed}-${i}`,
      url: `https://news.example/${seed}/${i}`,
      title: sentence().slice(0, 80),
      source: OUTLETS[i % OUTLETS.length]!,
      published: `2024-02-${day}`,
      text,
    };
  }
}

/** Writes a JSONL file of `count` generated records (or of at least `bytes` bytes); kept when it is already there. */
export function writeGeneratedJsonl(path: string, size: { count?: number; bytes?: number }, seed = 1): string {
  if (existsSync(path) && statSync(path).size > 0) return path;
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(`${path}.tmp`, 'w');
  let written = 0;
  const count = size.count ?? Number.MAX_SAFE_INTEGER;
  try {
    for (const record of generateRecords(count, seed)) {
      written += writeSync(fd, `${JSON.stringify(record)}\n`);
      if (size.bytes !== undefined && written >= size.bytes) break;
    }
  } finally {
    closeSync(fd);
  }
  // Renamed only once complete, so a file cut short by a stopped run is never taken for a finished one.
  renameSync(`${path}.tmp`, path);
  return path;
}
