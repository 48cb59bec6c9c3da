import { describe, expect, it } from 'vitest';
import { certaintyOf, type CertaintyEvidence } from '../src/score/certainty.js';
import type { HedgeCategory } from '../src/types.js';

const h = (cueId: string, category: HedgeCategory, weight: number) => ({ cueId, category, weight });
const could = h('epistemic-could', 'epistemic', 0.5);
const reportedly = h('evidential-reportedly', 'evidential', 0.4);
const likely = h('epistemic-likely', 'epistemic', 0.3);
const seenAs = h('perception-seen-as', 'perception', 0.4);
const clearly = h('booster-clearly', 'booster', 0.5);
const whether = h('investigation-whether', 'investigation', 0.5);
const ifCue = h('conditional-if', 'conditional', 0.5);
const would = h('conditional-would', 'conditional', 0.15);
const about = h('approximator-about', 'approximator', 0.2);

// evidence → [level, factbank, score]; the numbers follow the table in src/score/table.ts.
const table: [string, CertaintyEvidence, string, string, number][] = [
  ['the author states a fact', { hedges: [] }, 'certain', 'CT+', 1],
  ['a named person says it', { hedges: [], cue: { cueId: 'speech-say', stance: 'neutral' }, source: 'person' }, 'certain', 'CT+', 1],
  ['"could" halves it', { hedges: [could] }, 'possible', 'PS+', 0.5],
  ['"likely" keeps it probable', { hedges: [likely] }, 'probable', 'PR+', 0.7],
  ['a second hedge takes half its weight', { hedges: [could, reportedly] }, 'possible', 'PS+', 0.4],
  ['anonymous officials, reportedly, could', { hedges: [reportedly, could], cue: { cueId: 'speech-indicate', stance: 'neutral' }, source: 'anonymous' }, 'possible', 'PS+', 0.34],
  ['vague "others" lower it', { hedges: [], cue: { cueId: 'speech-emphasize', stance: 'neutral' }, source: 'vague' }, 'probable', 'PR+', 0.7],
  ['no source at all ("it is believed")', { hedges: [], cue: { cueId: 'belief-believe', stance: 'neutral' }, source: null }, 'probable', 'PR+', 0.7],
  ['"claimed" puts it at a distance', { hedges: [], cue: { cueId: 'speech-claim', stance: 'distancing' }, source: 'person' }, 'probable', 'PR+', 0.75],
  ['"confirmed" endorses it', { hedges: [likely], cue: { cueId: 'speech-confirm', stance: 'endorsing' }, source: 'organization' }, 'probable', 'PR+', 0.79],
  ['"is seen as" is a perception hedge', { hedges: [seenAs] }, 'probable', 'PR+', 0.6],
  ['a booster raises it', { hedges: [could, clearly] }, 'probable', 'PR+', 0.75],
  ['"whether" leaves it unknown', { hedges: [whether] }, 'unknown', 'Uu', 1],
  ['a condition holds it back', { hedges: [ifCue] }, 'probable', 'PR+', 0.7],
  ['the future-in-the-past "would" barely', { hedges: [would] }, 'certain', 'CT+', 0.91],
  ['an approximator does not touch it', { hedges: [about] }, 'certain', 'CT+', 1],
  ['negation flips the polarity', { hedges: [], negation: 'not' }, 'certain', 'CT-', 1],
  ['negated and hedged', { hedges: [could], negation: 'never' }, 'possible', 'PS-', 0.5],
];

describe('certainty table', () => {
  it.each(table)('%s', (_, evidence, level, factbank, score) => {
    const c = certaintyOf(evidence);
    expect({ level: c.level, factbank: c.factbank, score: c.score }).toEqual({ level, factbank, score });
  });

  it('names the evidence behind it, in the order applied', () => {
    const c = certaintyOf({ hedges: [reportedly, could], cue: { cueId: 'speech-indicate', stance: 'neutral' }, source: 'anonymous', negation: 'not' });
    expect(c.basis).toEqual(['epistemic-could', 'evidential-reportedly', 'source:anonymous', 'negation:not']);
  });

  it('takes thresholds from the pipeline', () => {
    expect(certaintyOf({ hedges: [likely] }, { certain: 0.6, probable: 0.4, possible: 0.1 }).level).toBe('certain');
  });
});
