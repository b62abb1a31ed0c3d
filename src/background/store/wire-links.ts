/**
 * Marks a document as a copy of the same wire report as documents already stored: the ones
 * sharing its sampled shingles are the candidates (index `wireKeys`), the closest few are
 * compared in full (src/corpus/wire-copies.ts). A copy lists the stored documents it copies
 * (`copiesOf`); documents already stored are never changed, so removing the new one (an
 * import taken back) leaves every link as it was. Groups are read from the links
 * (wireGroups).
 */
import { areWireCopies, shingles, wireKeys } from '../../corpus/wire-copies';

/** What this needs of the documents' object store (in a write or an upgrade transaction). */
interface DocumentStore {
  get(id: string): Promise<unknown>;
  index(name: 'wireKeys'): { getAllKeys(key: number): Promise<IDBValidKey[]> };
}

/** The fields this reads and sets on a stored document. */
export interface WireLinked {
  id: string;
  text: string;
  /** Sampled shingles, the index keys copies are found by; absent for texts too short to compare. */
  wireKeys?: number[];
  /** Stored documents with the same wire text, found when it was added; absent when none. */
  copiesOf?: string[];
}

/** Candidates must share this many sampled shingles before their texts are compared. */
const MIN_SHARED_KEYS = 2;
/** At most this many candidates, the ones sharing the most keys, are compared in full. */
const COMPARED = 5;

/** Sets `wireKeys` and, when stored documents are copies of the same report, `copiesOf` (the document is not written). */
export async function linkWireCopy(store: DocumentStore, document: WireLinked): Promise<void> {
  const own = shingles(document.text);
  const keys = wireKeys(own);
  delete document.copiesOf;
  if (keys.length === 0) {
    delete document.wireKeys;
    return;
  }
  document.wireKeys = keys;
  const index = store.index('wireKeys');
  const hits = new Map<string, number>();
  for (const ids of await Promise.all(keys.map((key) => index.getAllKeys(key)))) {
    for (const id of ids as string[]) if (id !== document.id) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const candidates = [...hits].filter(([, shared]) => shared >= MIN_SHARED_KEYS).sort((a, b) => b[1] - a[1]).slice(0, COMPARED);
  const copies: string[] = [];
  for (const [id] of candidates) {
    const other = (await store.get(id)) as WireLinked | undefined;
    if (other && areWireCopies(own, shingles(other.text))) copies.push(id);
  }
  if (copies.length > 0) document.copiesOf = copies.sort();
}
