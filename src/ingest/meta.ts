import type { Article } from '../types.js';

/** What a format parser finds in a decoded file: the article's metadata and text, and an id where the document gives itself one (front matter, JSON), else null. */
export type Parsed = Pick<Article, 'title' | 'url' | 'author' | 'published' | 'text' | 'extracted' | 'body' | 'plain'> & { id: string | null };

/** A metadata value as one trimmed line of text, or null when absent, empty or not a scalar. */
export function metaString(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'string') return null;
  const s = collapseSpace(value);
  return s === '' ? null : s;
}

/** An author field: a string, a list (names joined by ", "), or an object with a name. */
export function metaAuthor(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(metaAuthor).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return metaString((value as Record<string, unknown>)['name']);
  }
  return metaString(value);
}

const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A publication date: a Date or a date-time with a zone becomes ISO 8601 UTC; anything else
 * (a bare date "2024-03-05", a date-time without zone, free text) is kept as written.
 */
export function metaDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const s = metaString(value);
  if (s === null) return null;
  if (ZONED_DATE_TIME.test(s)) {
    const d = new Date(s.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  return s;
}

/** The first of the values that gives a non-null result. */
export function firstOf<T>(values: readonly unknown[], pick: (v: unknown) => T | null): T | null {
  for (const v of values) {
    const r = pick(v);
    if (r !== null) return r;
  }
  return null;
}

/** Collapses runs of white space (including NBSP) to one space and trims. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
