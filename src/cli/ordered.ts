import type { DocumentResult } from '../track/store.js';

/**
 * A batch's results kept in input order, whatever order they finish in: NDJSON lines come out
 * in the order the files were given, and where two files give the same document id the one
 * given first keeps it — at any concurrency.
 */
export class OrderedResults {
  private readonly slots: (DocumentResult | null | undefined)[];
  private readonly owner = new Map<string, number>();
  private next = 0;

  /** `emit` receives each result once every earlier file is settled. */
  constructor(private readonly files: readonly string[], private readonly emit: (r: DocumentResult) => void) {
    this.slots = new Array<DocumentResult | null | undefined>(files.length);
  }

  /**
   * File `i` holds document `id`. Returns the index of the file that loses it to an earlier one
   * (`i` itself, or a later file that claimed it first and is now dropped), or -1.
   */
  claim(id: string, i: number): number {
    const held = this.owner.get(id);
    if (held === undefined) { this.owner.set(id, i); return -1; }
    if (held < i) return i;
    this.owner.set(id, i);
    this.settle(held, null);
    return held;
  }

  /** The file that holds `id`, for messages. */
  holder(id: string): string | undefined {
    const i = this.owner.get(id);
    return i === undefined ? undefined : this.files[i];
  }

  /** File `i` is done: its result, or null where it failed. */
  settle(i: number, result: DocumentResult | null): void {
    this.slots[i] = result;
    while (this.next < this.slots.length && this.slots[this.next] !== undefined) {
      const r = this.slots[this.next++];
      if (r) this.emit(r);
    }
  }

  /** The results that stood, in input order. */
  results(): DocumentResult[] {
    return this.slots.filter((r): r is DocumentResult => Boolean(r));
  }
}
