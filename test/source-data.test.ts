import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePattern } from '../src/extract/match.js';
import { LEXICON_URL, readSourceLexicon, SOURCE_TYPES } from '../src/resolve/lexicon.js';

interface RawEntry {
  id: string; patterns: string[]; type: string; category: string; weight: number; source: string;
  context?: string; capitalized?: boolean; notCapitalized?: boolean; resolve?: string; gender?: string;
  affiliated?: string; definite?: string;
}
const raw = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as { description: string; entries: RawEntry[]; partitives: string[] };

describe('data/sources.json', () => {
  it('reads and checks', () => {
    const lex = readSourceLexicon();
    expect(lex.entries.length).toBe(raw.entries.length);
    expect(raw.description.length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    const ids = raw.entries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has weights in [0, 1]', () => {
    expect(raw.entries.filter((e) => !(typeof e.weight === 'number' && e.weight >= 0 && e.weight <= 1)).map((e) => e.id)).toEqual([]);
  });

  it('has only ledger source types', () => {
    expect(raw.entries.filter((e) => !(SOURCE_TYPES as readonly string[]).includes(e.type)).map((e) => e.id)).toEqual([]);
  });

  it('names a provenance and a category for every entry', () => {
    expect(raw.entries.filter((e) => !e.source?.trim() || !e.category?.trim()).map((e) => e.id)).toEqual([]);
  });

  it('has no pattern twice (unless the entries apply in different contexts)', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of raw.entries) {
      for (const p of e.patterns) {
        const key = [p.trim().toLowerCase(), e.context ?? '', e.capitalized ? 'cap' : '', e.notCapitalized ? 'lower' : ''].join('\u0000');
        const other = seen.get(key);
        if (other !== undefined) dups.push(`${p} (${other}, ${e.id})`);
        else seen.set(key, e.id);
      }
    }
    expect(dups).toEqual([]);
  });

  it('compiles every pattern', () => {
    const bad: string[] = [];
    for (const e of raw.entries) for (const p of e.patterns) {
      try { compilePattern(p, e.id); } catch (err) { bad.push(`${e.id}: ${p}: ${(err as Error).message}`); }
    }
    expect(bad).toEqual([]);
  });

  it('uses context, gender and resolve only with their meanings', () => {
    for (const e of raw.entries) {
      if (e.context !== undefined) expect(['quoted', 'unquoted']).toContain(e.context);
      if (e.gender !== undefined) expect(['male', 'female']).toContain(e.gender);
      if (e.resolve !== undefined) expect(['person', 'antecedent', 'title']).toContain(e.resolve);
    }
  });

  it('gives affiliated and definite only ledger source types', () => {
    for (const e of raw.entries) {
      if (e.affiliated !== undefined) expect(SOURCE_TYPES as readonly string[], e.id).toContain(e.affiliated);
      if (e.definite !== undefined) expect(SOURCE_TYPES as readonly string[], e.id).toContain(e.definite);
    }
  });

  it('has no group entry for an open class of people (those are vague, group when tied to a name)', () => {
    const open = ['voters', 'parents', 'students', 'supporters', 'conservatives', 'liberals'];
    const groups = raw.entries.filter((e) => e.type === 'group');
    expect(groups.flatMap((e) => e.patterns.filter((p) => open.includes(p)).map((p) => `${e.id}: ${p}`))).toEqual([]);
    expect(raw.entries.filter((e) => e.patterns.some((p) => open.includes(p))).every((e) => e.type === 'vague' && e.affiliated === 'group')).toBe(true);
  });

  it('lists partitives as single lower-case words', () => {
    expect(raw.partitives.filter((p) => p !== p.toLowerCase() || /\s/.test(p))).toEqual([]);
  });
});
