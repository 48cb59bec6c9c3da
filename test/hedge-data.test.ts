import { describe, expect, it } from 'vitest';
import { compilePattern } from '../src/extract/match.js';
import { HEDGE_CATEGORIES, readLexicon } from '../src/extract/hedges/index.js';

const entries = readLexicon();

/** wink-nlp's Universal POS tags. */
const UD_TAGS = new Set([
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE',
]);

const contextPatterns = (e: (typeof entries)[number]) =>
  [e.onlyWith?.before, e.onlyWith?.after, e.unless?.before, e.unless?.after].flatMap((l) => l ?? []);

describe('hedge lexicon (data/hedges.json)', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThan(30);
  });

  it('ids are unique and name their category ("epistemic-could")', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) expect(e.id.startsWith(e.category + '-'), e.id).toBe(true);
  });

  it('weights are in [0, 1] and categories are valid', () => {
    for (const e of entries) {
      expect(e.weight, e.id).toBeGreaterThanOrEqual(0);
      expect(e.weight, e.id).toBeLessThanOrEqual(1);
      expect(HEDGE_CATEGORIES, e.id).toContain(e.category);
    }
  });

  it('every entry names its source', () => {
    for (const e of entries) expect(e.source.trim().length, e.id).toBeGreaterThan(5);
  });

  it('no pattern is listed twice, within or across entries', () => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      for (const p of e.patterns) {
        const key = p.trim().toLowerCase().replace(/\s+/g, ' ');
        // The same words may appear under two entries only when one of them is kept by a context rule.
        const owner = seen.get(key);
        if (owner) expect(Boolean(e.onlyWith) || Boolean(entries.find((x) => x.id === owner)?.onlyWith), `${p}: ${owner} and ${e.id}`).toBe(true);
        seen.set(key, e.id);
      }
      expect(new Set(e.patterns).size, e.id).toBe(e.patterns.length);
    }
  });

  it('every pattern and context pattern compiles', () => {
    for (const e of entries) {
      for (const p of [...e.patterns, ...contextPatterns(e)]) expect(() => compilePattern(p, e.id), `${e.id}: ${p}`).not.toThrow();
    }
  });

  it('POS items name real tags, and every alternative of a POS item carries its #', () => {
    for (const e of entries) {
      const tags = [...(e.pos ?? []), ...(e.notPos ?? [])];
      for (const t of tags) expect(UD_TAGS.has(t), `${e.id}: ${t}`).toBe(true);
      for (const p of [...e.patterns, ...contextPatterns(e)]) {
        for (const item of p.split(/\s+/)) {
          for (const alt of item.replace(/\?$/, '').split('|')) {
            if (alt.startsWith('#')) expect(UD_TAGS.has(alt.slice(1)), `${e.id}: ${p}`).toBe(true);
            // "#NOUN|PROPN" would match the word "propn": write "#NOUN|#PROPN".
            else expect(UD_TAGS.has(alt), `${e.id}: bare tag ${alt} in ${p}`).toBe(false);
          }
        }
      }
    }
  });
});
