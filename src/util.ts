import type { Span } from './types.js';

/** Small helpers the stages share. */

/** Items grouped by key, in first-seen order (Map.groupBy arrives only with Node 21). */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item); else out.set(k, [item]);
  }
  return out;
}

/** Code-unit order of strings: the same on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The text of a span list as the ledger shows it: each span's text, joined by " … " where a quote is split. */
export function spanText(text: string, spans: readonly Span[]): string {
  return spans.map(([a, b]) => text.slice(a, b)).join(' … ');
}
