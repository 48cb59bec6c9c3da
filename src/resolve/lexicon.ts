import { readFileSync } from 'node:fs';
import type { SourceType } from '../types.js';
import { compilePattern, PhraseMatcher } from '../extract/match.js';

/**
 * The source-phrase lexicon, read from `data/sources.json`: one entry per kind of source phrase
 * ("U.S. officials", "people familiar with the matter", "critics", "the report", "Sen.").
 *
 * `patterns` use the phrase matcher's items (`word`, `<lemma>`, `#POS`, `@Cap`, `*`, `?`, `a|b`).
 * The entry whose match covers the head noun of a source phrase decides its type; the
 * longest such match wins, ties go to the entry that comes first in the file.
 *
 * | field            | meaning                                                                      |
 * | ---------------- | ---------------------------------------------------------------------------- |
 * | `type`           | the ledger source type the phrase gives (`title` entries: a person's office)  |
 * | `category`       | a finer label (`official`, `insider`, `quantifier`, `title` …)                |
 * | `weight`         | how much a source of this kind lowers the certainty of what it says, [0, 1]  |
 * | `capitalized`    | the head must be capitalised ("The Post")                                    |
 * | `notCapitalized` | the head must not be capitalised mid-sentence ("post" is a document)          |
 * | `named`          | the matched word is itself a name ("Republicans", "Reuters")                 |
 * | `context`        | `quoted` / `unquoted`: only inside / outside a quotation ("I")               |
 * | `gender`         | `male` / `female`: for pronoun antecedents and titles (Mrs.)                 |
 * | `resolve`        | `person` (he/she → nearest person), `antecedent` (who/which → the noun phrase |
 * |                  | before it), `title` ("the senator" → the person last titled so)               |
 * | `affiliated`     | the type when the phrase ties the class to a name: a proper-name modifier     |
 * |                  | ("Harvard researchers", "Sanders supporters"), a named possessive, or "at /   |
 * |                  | from / of / for / with" + a name ("analysts at Goldman Sachs"); also after a  |
 * |                  | share ("56 percent of voters")                                                |
 * | `definite`       | the type after "the/these/those" or a possessive pronoun, with no name        |
 * |                  | ("the protesters": a particular set, unnamed)                                 |
 */
export type Gender = 'male' | 'female';

export interface SourceEntry {
  id: string;
  patterns: string[];
  type: SourceType;
  category: string;
  weight: number;
  source: string;
  capitalized?: boolean;
  notCapitalized?: boolean;
  /** The matched word is itself a name ("Republicans", "Reuters"), even where capitals say nothing. */
  named?: boolean;
  context?: 'quoted' | 'unquoted';
  gender?: Gender;
  resolve?: 'person' | 'antecedent' | 'title';
  /** The type when the class is tied to a name ("analysts at Goldman Sachs", "Sanders supporters"). */
  affiliated?: SourceType;
  /** The type after a definite determiner with no name ("the protesters"). */
  definite?: SourceType;
  note?: string;
}

export interface SourceLexicon {
  entries: SourceEntry[];
  matcher: PhraseMatcher<SourceEntry>;
  /** Position of each entry in the file: ties between equally long matches go to the earlier one. */
  rank: Map<SourceEntry, number>;
  /** Head words after which "of" introduces the real head: "some of the officials", "a group of experts". */
  partitives: Set<string>;
  /** Single-word titles, lower-cased, for dropping them from names ("Sen. Ted Cruz" → "Ted Cruz"). */
  titleWords: Map<string, SourceEntry>;
  /** Words a title pattern can start with, so a text is scanned for titles without trying every token. */
  titleStarts: Set<string>;
}

export const SOURCE_TYPES: readonly SourceType[] = [
  'person', 'organization', 'group', 'anonymous', 'vague', 'pronoun', 'document', 'author',
];

export const LEXICON_URL = new URL('../../data/sources.json', import.meta.url);

const KNOWN_FIELDS = new Set(['id', 'patterns', 'type', 'category', 'weight', 'source', 'capitalized', 'notCapitalized', 'named', 'context', 'gender', 'resolve', 'affiliated', 'definite', 'note']);

/** Reads and checks the lexicon; throws with the entry's id on the first fault. */
export function readSourceLexicon(url: URL = LEXICON_URL): SourceLexicon {
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { entries?: unknown; partitives?: unknown };
  if (!Array.isArray(raw.entries)) throw new Error(`${url.pathname}: no "entries" array`);
  const entries = raw.entries.map((e, i) => checkEntry(e, i));
  const partitives = Array.isArray(raw.partitives) ? raw.partitives.map((p) => String(p).toLowerCase()) : [];
  const rank = new Map(entries.map((e, i) => [e, i] as const));
  const titleWords = new Map<string, SourceEntry>();
  const titleStarts = new Set<string>();
  for (const e of entries) {
    if (e.category !== 'title') continue;
    for (const p of e.patterns) for (const a of p.trim().split(/\s+/)[0]!.replace(/\?$/, '').split('|')) titleStarts.add(a.replace(/^<(.*)>$/, '$1').toLowerCase());
    for (const p of e.patterns) if (!/\s/.test(p) && !/[<#*|?]/.test(p)) titleWords.set(p.toLowerCase(), e);
  }
  const matcher = new PhraseMatcher(entries.flatMap((e) => e.patterns.map((p) => compilePattern(p, e))));
  return { entries, matcher, rank, partitives: new Set(partitives), titleWords, titleStarts };
}

function checkEntry(e: unknown, i: number): SourceEntry {
  const fail = (why: string): never => {
    throw new Error(`data/sources.json entry ${i} (${(e as { id?: unknown })?.id ?? '?'}): ${why}`);
  };
  if (!e || typeof e !== 'object') return fail('not an object');
  const o = e as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KNOWN_FIELDS.has(k)) fail(`unknown field "${k}"`);
  if (typeof o.id !== 'string' || !o.id) fail('no id');
  if (!Array.isArray(o.patterns) || !o.patterns.length || o.patterns.some((p) => typeof p !== 'string' || !p.trim())) fail('patterns must be non-empty strings');
  if (!SOURCE_TYPES.includes(o.type as SourceType)) fail(`type "${String(o.type)}" is not a source type`);
  if (typeof o.category !== 'string' || !o.category) fail('no category');
  if (typeof o.weight !== 'number' || !(o.weight >= 0 && o.weight <= 1)) fail('weight must be in [0, 1]');
  if (typeof o.source !== 'string' || !o.source) fail('no source (provenance)');
  if (o.context !== undefined && o.context !== 'quoted' && o.context !== 'unquoted') fail('context must be quoted or unquoted');
  if (o.gender !== undefined && o.gender !== 'male' && o.gender !== 'female') fail('gender must be male or female');
  if (o.resolve !== undefined && !['person', 'antecedent', 'title'].includes(o.resolve as string)) fail('resolve must be person, antecedent or title');
  for (const k of ['affiliated', 'definite'] as const) if (o[k] !== undefined && !SOURCE_TYPES.includes(o[k] as SourceType)) fail(`${k} must be a source type`);
  for (const k of ['capitalized', 'notCapitalized', 'named'] as const) if (o[k] !== undefined && typeof o[k] !== 'boolean') fail(`${k} must be a boolean`);
  return o as unknown as SourceEntry;
}

let cached: SourceLexicon | null = null;
/** The project's lexicon, read once. */
export function sourceLexicon(): SourceLexicon {
  return (cached ??= readSourceLexicon());
}
