import type { Token } from '../types.js';

/**
 * The one phrase matcher every cue list uses (reporting cues, hedges, source phrases).
 *
 * A pattern is a space-separated sequence of items, each matching one token:
 *
 * | item      | matches a token …                          | example            |
 * | --------- | ------------------------------------------ | ------------------ |
 * | `word`    | whose lower-cased text is `word`           | `according to`     |
 * | `<lemma>` | whose lemma is `lemma` (any inflection)    | `<say>`            |
 * | `#TAG`    | whose wink-nlp POS tag is `TAG`            | `<be> #ADV? seen`  |
 * | `@Cap`    | that starts with a capital letter          | `called @Cap`      |
 * | `*`       | any token                                  |                    |
 *
 * An item ending in `?` is optional. `a|b` inside an item gives alternatives: `<say>|<tell>`. A verb whose lemma
 * wink gets wrong matches `<lemma>` by its regular forms too (see `inflections`).
 */
export interface Pattern<T> {
  items: Item[];
  /** What the pattern stands for (a cue entry). */
  value: T;
  /** The pattern as written, for messages. */
  source: string;
}

/** `forms`: a lemma's regular inflections (see `inflections`), else null. */
interface Alt { kind: 'word' | 'lemma' | 'pos' | 'cap' | 'any'; value: string; forms: ReadonlySet<string> | null }
interface Item { alts: Alt[]; optional: boolean }

/** A match: tokens `[first, last)` of the document. */
export interface Match<T> {
  first: number;
  last: number;
  /** Token indexes the pattern's non-optional items matched, in order (optional items that matched too). */
  tokens: number[];
  value: T;
}

/** A match; every match is made here, in one shape (see annotate/token.ts). */
export function makeMatch<T>(first: number, last: number, tokens: number[], value: T): Match<T> {
  return { first, last, tokens, value };
}

export function compilePattern<T>(source: string, value: T): Pattern<T> {
  const items = source.trim().split(/\s+/).map((raw): Item => {
    const optional = raw.length > 1 && raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const alts = body.split('|').map((a): Alt => {
      if (a === '*') return { kind: 'any', value: '', forms: null };
      if (a === '@Cap') return { kind: 'cap', value: '', forms: null };
      if (a.startsWith('<') && a.endsWith('>') && a.length > 2) {
        const value = a.slice(1, -1).toLowerCase();
        const forms = inflections(value);
        return { kind: 'lemma', value, forms: forms.length ? new Set(forms) : null };
      }
      if (a.startsWith('#') && a.length > 1) return { kind: 'pos', value: a.slice(1), forms: null };
      return { kind: 'word', value: a.toLowerCase(), forms: null };
    });
    if (alts.some((a) => a.kind === 'pos') && body.split('|').some((a) => /^[A-Z]+$/.test(a))) {
      throw new Error(`pattern "${source}": write every POS alternative with its own #, as in #NOUN|#PROPN`);
    }
    return { alts, optional };
  });
  if (!items.length || items.every((i) => i.optional)) throw new Error(`pattern "${source}" has no required item`);
  return { items, value, source };
}

/**
 * The regular inflections of a lemma (-s, -ed, -ing, with a doubled final consonant where it may double), for the
 * verbs wink's lemmatiser does not know: it reads "lambasted" as "lambast" and "griped" as "grip", and leaves
 * "upbraided" as it is. They match a token wink tags a verb (an adjective keeps its own lemma: "expected delays").
 * Lemmas of four letters or more: a shorter one's forms are other words ("be" → "bed", "see" → "seed"). Forms that
 * are no word cost nothing; irregular forms are wink's to know.
 */
export function inflections(l: string): string[] {
  if (l.length < 4 || !/^[a-z]+$/.test(l)) return [];
  const y = /[^aeiou]y$/.test(l);
  const out = [
    /(?:s|sh|ch|x|z)$/.test(l) ? l + 'es' : y ? l.slice(0, -1) + 'ies' : l + 's',
    /e$/.test(l) ? l + 'd' : y ? l.slice(0, -1) + 'ied' : l + 'ed',
    /ie$/.test(l) ? l.slice(0, -2) + 'ying' : /[^eoy]e$/.test(l) ? l.slice(0, -1) + 'ing' : l + 'ing',
  ];
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(l)) out.push(l + l.at(-1)! + 'ed', l + l.at(-1)! + 'ing');
  return out;
}

const altMatches = (a: Alt, t: Token): boolean =>
  a.kind === 'word' ? t.lower === a.value
    : a.kind === 'lemma' ? t.lemma === a.value || t.lower === a.value || (a.forms !== null && t.pos === 'VERB' && a.forms.has(t.lower))
      : a.kind === 'pos' ? t.pos === a.value
        : a.kind === 'cap' ? /^\p{Lu}/u.test(t.text)
          : true;

/**
 * Some alternative of the item matches the token (a loop: this runs for every token a pattern is tried on). It must
 * never run a matcher itself: `step` keeps the path of the try in progress in one shared array.
 */
function itemMatches(item: Item, t: Token): boolean {
  for (const a of item.alts) if (altMatches(a, t)) return true;
  return false;
}

/** What `matchAt` answers for most tokens, without allocating (shared: callers only read it, its type says so). */
const NO_MATCHES: readonly never[] = [];

/**
 * Patterns indexed by what their first required item can match, so a document is scanned once:
 * at each token only the patterns whose first item could start there are tried.
 */
export class PhraseMatcher<T> {
  private readonly byKey = new Map<string, Pattern<T>[]>();
  private readonly anywhere: Pattern<T>[] = [];

  constructor(patterns: Iterable<Pattern<T>>) {
    for (const p of patterns) {
      const first = p.items[0]!;
      const keys = first.optional ? null : first.alts.map((a) => (a.kind === 'word' || a.kind === 'lemma' ? a.value : null));
      if (!keys || keys.some((k) => k === null)) { this.anywhere.push(p); continue; }
      for (const a of first.alts) if (a.forms) keys.push(...a.forms);
      for (const k of new Set(keys as string[])) {
        const list = this.byKey.get(k) ?? [];
        list.push(p);
        this.byKey.set(k, list);
      }
    }
  }

  /** Every match starting at token `i`, longest first (read only: where none starts, one shared empty list). */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): readonly Match<T>[] {
    const t = tokens[i];
    if (!t) return NO_MATCHES;
    // Most tokens start no pattern: answer them without allocating.
    const byWord = this.byKey.get(t.lower);
    const byLemma = t.lemma !== t.lower ? this.byKey.get(t.lemma) : undefined;
    if (!byWord && !byLemma && !this.anywhere.length) return NO_MATCHES;
    const out: Match<T>[] = [];
    if (byWord) this.tryAll(byWord, null, tokens, i, limit, out);
    // a pattern keyed by both the word and its lemma ("said", "<say>") is tried once
    if (byLemma) this.tryAll(byLemma, byWord ?? null, tokens, i, limit, out);
    if (this.anywhere.length) this.tryAll(this.anywhere, null, tokens, i, limit, out);
    return out.length > 1 ? out.sort((a, b) => b.last - a.last) : out.length ? out : NO_MATCHES;
  }

  private tryAll(list: readonly Pattern<T>[], skip: readonly Pattern<T>[] | null, tokens: readonly Token[], i: number, limit: number, out: Match<T>[]): void {
    for (const p of list) {
      if (skip && skip.includes(p)) continue;
      const m = matchItems(p.items, tokens, i, limit);
      if (m && m.length) out.push(makeMatch(m[0]!, m[m.length - 1]! + 1, m, p.value));
    }
  }

  /**
   * Matches over `tokens[from, to)`, scanning left to right; where matches overlap the
   * longest one starting first wins, so "according to" is not also "to".
   */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): Match<T>[] {
    const out: Match<T>[] = [];
    for (let i = from; i < to; ) {
      const [best] = this.matchAt(tokens, i, to);
      if (best) { out.push(best); i = best.last; } else i++;
    }
    return out;
  }
}

/**
 * The token indexes `step` matches, written in place: most tries fail, and a failed one allocates nothing (a new
 * array for every try allocated it and its store each time). Grown for a pattern longer than it.
 */
let path = new Int32Array(32);

/** Greedy match with backtracking over optional items; returns the matched token indexes. */
function matchItems(items: Item[], tokens: readonly Token[], at: number, limit: number): number[] | null {
  if (items.length > path.length) path = new Int32Array(items.length);
  const n = step(items, tokens, limit, 0, at, 0);
  if (n < 0) return null;
  const out: number[] = [];
  for (let k = 0; k < n; k++) out.push(path[k]!);
  return out;
}

/** Matches items[k…] from token `at`, with n indexes in `path` so far; the indexes' count on success, else -1. */
function step(items: Item[], tokens: readonly Token[], limit: number, k: number, at: number, n: number): number {
  if (k === items.length) return n;
  const item = items[k]!;
  const t = at < limit ? tokens[at] : undefined;
  if (t && itemMatches(item, t)) {
    path[n] = at;
    const done = step(items, tokens, limit, k + 1, at + 1, n + 1);
    if (done >= 0) return done;
  }
  return item.optional ? step(items, tokens, limit, k + 1, at, n) : -1;
}

/** Patterns around a match, as a lexicon writes them: `before` ends right before it, `after` starts right after it. */
export interface PhraseContext {
  before?: string[];
  after?: string[];
}

/** A pattern a lexicon may write: it compiles, and any `@` item is spelled `@Cap` (`@cap` would silently be a word). */
function writablePattern(p: unknown): boolean {
  if (typeof p !== 'string' || !p.trim() || /@(?!Cap\b)/.test(p)) return false;
  try { compilePattern(p, true); return true; } catch { return false; }
}

/**
 * What is wrong with a context as a lexicon writes it (`{before?, after?}`, each side a non-empty list of
 * patterns), or null when nothing is. `both`: each side is required.
 */
export function contextProblem(c: unknown, both = false): string | null {
  if (!c || typeof c !== 'object' || Array.isArray(c)) return 'must be an object {before?, after?}';
  const o = c as Record<string, unknown>;
  for (const side of Object.keys(o)) if (side !== 'before' && side !== 'after') return `has an unknown side "${side}"`;
  if (o.before === undefined && o.after === undefined) return 'is empty';
  for (const side of ['before', 'after'] as const) {
    const l = o[side];
    if (l === undefined && !both) continue;
    if (!Array.isArray(l) || !l.length || !l.every(writablePattern)) return `"${side}" must be a non-empty list of patterns`;
  }
  return null;
}

/** A context list compiled once: a matcher and the longest pattern's length in tokens. */
export interface Context { matcher: PhraseMatcher<true>; width: number }

export const compileContext = (patterns: readonly string[] | undefined): Context | null =>
  patterns?.length
    ? {
      matcher: new PhraseMatcher(patterns.map((p) => compilePattern(p, true as const))),
      width: Math.max(...patterns.map((p) => p.trim().split(/\s+/).length)),
    }
    : null;

/** Some pattern of `c` ends on token `at - 1` (and starts at or after `from`). */
export function endsBefore(c: Context, tokens: readonly Token[], at: number, from: number): boolean {
  for (let j = at - 1; j >= from && j >= at - c.width; j--) {
    if (c.matcher.matchAt(tokens, j, at).some((m) => m.last === at)) return true;
  }
  return false;
}

/** Some pattern of `c` starts on token `at` (and ends before `to`). */
export const startsAt = (c: Context, tokens: readonly Token[], at: number, to: number): boolean =>
  at < to && c.matcher.matchAt(tokens, at, to).length > 0;
