import { readFileSync } from 'node:fs';
import type { HedgeCategory } from '../../types.js';
import { contextProblem, type PhraseContext } from '../match.js';

/** Patterns that must end on the token just before the cue (`before`) or start just after it (`after`). */
export type HedgeContext = PhraseContext;

/**
 * The hedge lexicon: one entry per cue, read from `data/hedges.json`.
 *
 * `patterns` use the phrase matcher's items (`word`, `<lemma>`, `#POS`, `@Cap`, `*`, `?`, `a|b`).
 * The context rules are data too; `findHedges` interprets them:
 *
 * | field         | the cue is kept only when …                                                       |
 * | ------------- | --------------------------------------------------------------------------------- |
 * | `pos`         | its first token's POS tag is one of these                                         |
 * | `notPos`      | its first token's POS tag is none of these                                        |
 * | `notCapitalized` | it is not capitalised in mid-sentence ("in May", "Will Smith")                 |
 * | `onlyWith`    | one of `before` ends right before it, or one of `after` starts right after it      |
 * | `unless`      | none of `before` ends right before it, and none of `after` starts right after it   |
 *
 * Context patterns are matched inside the cue's sentence only.
 */
export interface HedgeEntry {
  id: string;
  patterns: string[];
  category: HedgeCategory;
  /** How much the cue lowers certainty, in [0, 1]; for boosters how much it raises it. */
  weight: number;
  /** Where the entry comes from: a published lexicon, a style guide, an observed pattern in news text. */
  source: string;
  pos?: string[];
  notPos?: string[];
  notCapitalized?: boolean;
  onlyWith?: HedgeContext;
  unless?: HedgeContext;
  /** Why the rules are what they are; ignored by the code. */
  note?: string;
}

export const HEDGE_CATEGORIES: readonly HedgeCategory[] = [
  'epistemic', 'doxastic', 'evidential', 'perception', 'conditional', 'approximator', 'investigation', 'booster',
];

export const LEXICON_URL = new URL('../../../data/hedges.json', import.meta.url);

const KNOWN_FIELDS = new Set(['id', 'patterns', 'category', 'weight', 'source', 'pos', 'notPos', 'notCapitalized', 'onlyWith', 'unless', 'note']);

/** Reads and checks the lexicon's shape; throws with the entry's id on the first fault. */
export function readLexicon(url: URL = LEXICON_URL): HedgeEntry[] {
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { entries?: unknown };
  if (!Array.isArray(raw.entries)) throw new Error(`${url.pathname}: no "entries" array`);
  return raw.entries.map((e, i) => checkEntry(e, i));
}

function checkEntry(e: unknown, i: number): HedgeEntry {
  const o = e as Record<string, unknown>;
  const where = `hedge entry ${typeof o?.id === 'string' ? o.id : '#' + i}`;
  if (!o || typeof o !== 'object') throw new Error(`${where}: not an object`);
  for (const k of Object.keys(o)) if (!KNOWN_FIELDS.has(k)) throw new Error(`${where}: unknown field "${k}"`);
  const strings = (v: unknown, field: string, optional: boolean): void => {
    if (v === undefined && optional) return;
    if (!Array.isArray(v) || !v.length || !v.every((s) => typeof s === 'string' && s.trim())) {
      throw new Error(`${where}: "${field}" must be a non-empty list of strings`);
    }
  };
  if (typeof o.id !== 'string' || !o.id) throw new Error(`${where}: no id`);
  strings(o.patterns, 'patterns', false);
  if (!HEDGE_CATEGORIES.includes(o.category as HedgeCategory)) throw new Error(`${where}: bad category ${String(o.category)}`);
  if (typeof o.weight !== 'number' || !(o.weight >= 0 && o.weight <= 1)) throw new Error(`${where}: weight must be in [0, 1]`);
  if (typeof o.source !== 'string' || !o.source) throw new Error(`${where}: no source`);
  strings(o.pos, 'pos', true);
  strings(o.notPos, 'notPos', true);
  if (o.notCapitalized !== undefined && typeof o.notCapitalized !== 'boolean') throw new Error(`${where}: notCapitalized must be boolean`);
  for (const k of ['onlyWith', 'unless'] as const) {
    const problem = o[k] === undefined ? null : contextProblem(o[k]);
    if (problem) throw new Error(`${where}: "${k}" ${problem}`);
  }
  return o as unknown as HedgeEntry;
}
