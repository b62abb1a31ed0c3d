/**
 * Numbers for the terms of the term vectors held in memory, so that scoring a candidate
 * compares numbers, not strings. A number means something only while the vectors that use
 * it are held: clear both together.
 */
export class TermIds {
  private readonly ids = new Map<string, number>();
  /** Per numbered term, 1 + its position in the query last marked when stamped with that query. */
  private positions = new Int32Array(0);
  private stamps = new Int32Array(0);
  private stamp = 0;

  get size(): number {
    return this.ids.size;
  }

  /** The term's number, given one if it has none. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }

  /**
   * Marks the query's terms: `position(id)` then gives a numbered term's position among
   * `terms`, or -1, until the next call.
   */
  mark(terms: Iterable<string>): (id: number) => number {
    if (this.positions.length < this.ids.size) {
      const length = Math.max(this.ids.size, this.positions.length * 2, 1024);
      this.positions = new Int32Array(length);
      this.stamps = new Int32Array(length);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const { positions, stamps } = this;
    let at = 0;
    for (const term of terms) {
      const id = this.ids.get(term);
      if (id !== undefined) {
        positions[id] = at;
        stamps[id] = stamp;
      }
      at++;
    }
    return (id) => (stamps[id] === stamp ? positions[id]! : -1);
  }

  clear(): void {
    this.ids.clear();
  }
}
