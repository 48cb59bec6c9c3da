import { describe, expect, it } from 'vitest';
import { analyzeText } from '../src/index.js';
import { annotate } from '../src/annotate/annotate.js';
import { findAttributions, nestModel, setNestModel } from '../src/extract/attribution/index.js';
import { buildClaims } from '../src/score/claims.js';
import type { Attribution } from '../src/types.js';
import type { Claim } from '../src/track/types.js';
import { everyClaim, goldenLine } from './helpers.js';

// Sentences written for these tests. A claim reported within another's content is recorded under it (`embedded`),
// not beside it: the outer source is who the inner claim is known from.
const EMBEDDED: [text: string, lines: string[]][] = [
  ['The survey shows most riders say the ferry is too slow.', [
    '1:18 attributed/indirect [The survey|document] shows(perception-show) «most riders say the ferry is too slow» hedges=- CT+ 1',
    '  ⤷ 1:34 attributed/indirect [most riders|vague] say(speech-say) «the ferry is too slow» hedges=- PR+ 0.7',
  ]],
  ['Ortiz said the crossing was safe, according to a statement from her office.', [
    '1:1 attributed/indirect [a statement from her office|document] according to(evidential-according-to) «Ortiz said the crossing was safe» hedges=- CT+ 1',
    '  ⤷ 1:12 attributed/indirect [Ortiz|person|Ortiz] said(speech-say) «the crossing was safe» hedges=- CT+ 1',
  ]],
];

describe('claims reported within another claim', () => {
  for (const [text, lines] of EMBEDDED) {
    it(text, () => {
      const { claims } = analyzeText(text);
      expect(claims.map(goldenLine).join('\n')).toBe(lines.join('\n'));
    });
  }

  it('keeps every claim once, with the id it has standing alone, and exact offsets', () => {
    const text = EMBEDDED[0]![0];
    const { claims } = analyzeText(text);
    const all = everyClaim(claims);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const inner = claims[0]!.embedded![0]!;
    // without the nesting model the same claim stands at the top level, with the same id
    const model = nestModel();
    setNestModel(null);
    try {
      const alone = analyzeText(text).claims;
      expect(alone.map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
      expect(alone.every((c) => !c.embedded)).toBe(true);
    } finally { setNestModel(model); }
    expect(inner.id).toMatch(/^c_[0-9a-f]{16}$/);
    for (const c of all) {
      for (const role of [c.content, c.cue, c.source]) {
        if (role) expect(role.spans.map(([a, b]) => text.slice(a, b)).join(' … ')).toBe(role.text);
      }
    }
  });

  it('keeps a claim at the top level where its outer attribution is gone or the chain loops', () => {
    const text = EMBEDDED[0]![0];
    const doc = annotate(text);
    const list = findAttributions(doc);
    const inner = list.findIndex((a) => a.within !== undefined);
    expect(inner).toBeGreaterThanOrEqual(0);
    const build = (attributions: Attribution[]) => buildClaims({ documentId: 't', doc, attributions, sources: attributions.map(() => null), statements: [], hedges: [] });
    // the outer one filtered out: a stale index
    const stale = build(list.filter((_, i) => i !== list[inner]!.within));
    expect(stale.length).toBe(1);
    expect(stale[0]!.embedded).toBeUndefined();
    // two that point at each other
    const looped = list.map((a, i) => ({ ...a, within: 1 - i }));
    expect(build(looped).length).toBe(2);
  });

  it('has no embedded field where nothing is nested', () => {
    const { claims } = analyzeText('Ruiz said the pier was safe.');
    expect(claims.every((c: Claim) => !('embedded' in c))).toBe(true);
  });
});
