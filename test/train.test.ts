import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.js';
import { cueCandidates, cueModel, endModel, endModelFromStored, modelFromStored, nestModel, nestModelFromStored } from '../src/extract/attribution/index.js';
import { NEST_MODEL_URL } from '../src/extract/attribution/nesting.js';
import { MODEL_URL } from '../src/extract/attribution/model.js';
import { END_MODEL_URL } from '../src/extract/attribution/content-end.js';
// @ts-expect-error plain ESM script without types
import { fit, stored, serialize, PARAMS, labelled, endExamples, fitEnd, storedEnd, END_PARAMS, nestExamples, storedNest, NEST_PARAMS } from '../scripts/train.mjs';

/**
 * A committed model file loads: under `maxBytes`, no words but its own field names (`names`, joined by "|"), and the
 * model read from it is the one the extractor uses (`committed`). Returns that model for the caller's own checks.
 */
function loadsAsCommitted<M extends { w: Float32Array }>(url: URL, maxBytes: number, names: string, committed: M | null, fromStored: (s: never) => M): M {
  const raw = readFileSync(url, 'utf8');
  expect(raw.length).toBeLessThan(maxBytes);
  expect(/[a-zA-Z]{3,}/.test(raw.replace(new RegExp(`"(?:${names})"`, 'g'), ''))).toBe(false);
  expect(committed).not.toBeNull();
  expect(fromStored(JSON.parse(raw) as never).w).toEqual(committed!.w);
  return committed!;
}

describe('learned cue model (data/models/cue-model.json)', () => {
  it('loads: numbers only, small, thresholds set', () => {
    const m = loadsAsCommitted(MODEL_URL, 512 * 1024, 'format|claimledger-cue-lr-1|bits|scale|thresholdLexicon|thresholdOther|thresholdRules|vocab|index|weight', cueModel(), modelFromStored);
    expect(m.w.length).toBe(1 << m.bits);
  });

  it('a tiny training run is deterministic', () => {
    // sentences written for this test
    const docs = [
      'The senator said the bill would pass. Critics blasted the plan on Monday.',
      'Officials warned that the river could flood. The river rose quickly.',
    ];
    const examples = docs.flatMap((t) => cueCandidates(annotate(t), 12).map((c: { feats: number[]; lexicon: string | null }) => ({ feats: c.feats, y: c.lexicon ? 1 : 0 })));
    const p = { ...PARAMS, bits: 12, epochs: 2 };
    const a = serialize(stored(fit(examples, p), p));
    const b = serialize(stored(fit(examples, p), p));
    expect(a).toBe(b);
    expect(a.length).toBeGreaterThan(50);
  });
});

describe('training labels of the cue filter (labelled)', () => {
  // [text, the gold cue, the words labelled 1, the words labelled 0]: one word of a gold cue is its 1 (its lexicon
  // word, else its first); its other words outside the lexicon are no example at all, its lexicon words stay 0
  it.each([
    ['The pilots voiced concern about the pier.', 'voiced concern', ['concern'], ['pilots', 'pier']],
    ['Ruiz took issue with the fares.', 'took issue', ['took'], ['fares']],
    // no lexicon word in the gold cue: its first candidate is the 1
    ['Ruiz came out swinging against the new fares.', 'came out swinging', ['came'], ['new', 'fares']],
    ['Ruiz appeared to suggest that the fares would rise.', 'appeared to suggest', ['appeared'], ['suggest', 'fares', 'rise']],
  ])('%s (gold cue "%s")', (text, cue, ones, zeros) => {
    const a = annotate(text);
    const start = text.indexOf(cue);
    const doc = { id: 't', text, attributions: [{ cue: [[start, start + cue.length]], source: [], content: [] }] };
    const ex = labelled(doc, 12, { ...PARAMS, bits: 12 }, a) as { token: number; y: number }[];
    const word = (e: { token: number }) => a.tokens[e.token]!.text;
    expect(ex.filter((e) => e.y === 1).map(word)).toEqual(ones);
    expect(ex.filter((e) => e.y === 0).map(word)).toEqual(zeros);
  });
});

describe('content-end ranker (data/models/content-end-model.json)', () => {
  it('loads: numbers only, small', () => {
    loadsAsCommitted(END_MODEL_URL, 128 * 1024, 'format|claimledger-content-end-1|bits|scale|index|weight', endModel(), endModelFromStored);
  });

  it('learns from gold contents, deterministically', () => {
    // a document written for this test, with its gold attribution: the content runs past the comma
    const text = 'The clerk said the office would reopen next week, and the fees would fall.';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
    const doc = { text, attributions: [{ cue: [at('said')], source: [at('The clerk')], content: [at('the office would reopen next week, and the fees would fall')] }] };
    const ex = endExamples(doc);
    expect(ex.length).toBe(1);
    expect(ex[0].feats.length).toBeGreaterThan(1); // the rule's end and the sentence's end at least
    expect(ex[0].y).toBe(ex[0].feats.length - 1); // the sentence's end
    const p = { ...END_PARAMS, bits: 12, epochs: 2 };
    expect(serialize(storedEnd(fitEnd(ex, p), p))).toBe(serialize(storedEnd(fitEnd(ex, p), p)));
  });
});

describe('nesting model (data/models/nest-model.json)', () => {
  it('loads: numbers only, small, a threshold set', () => {
    const m = loadsAsCommitted(NEST_MODEL_URL, 64 * 1024, 'format|claimledger-nest-lr-1|bits|scale|threshold|index|weight', nestModel(), nestModelFromStored);
    expect(typeof m.threshold).toBe('number');
  });

  // a document written for this test, annotated both ways: the inner cue a claim of its own, or inside the outer content
  const text = 'The survey shows most riders say the ferry is too slow.';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
  const outer = { cue: [at('shows')], source: [at('The survey')], content: [at('most riders say the ferry is too slow')] };
  const inner = { cue: [at('say')], source: [at('most riders')], content: [at('the ferry is too slow')] };

  it('labels an inner attribution by whether gold marks its cue, deterministically', () => {
    const nested = nestExamples({ text, attributions: [outer] });
    expect(nested.map((e: { y: number }) => e.y)).toEqual([0]);
    expect(nestExamples({ text, attributions: [{ ...outer, content: [at('most riders')] }, inner] }).map((e: { y: number }) => e.y)).toEqual([1]);
    // a second document, where gold marks the inner claim as one of its own
    const text2 = 'Seventy percent of riders say the service is reliable, compared with 55 percent who said so last year.';
    const at2 = (s: string) => [text2.indexOf(s), text2.indexOf(s) + s.length];
    const beside = nestExamples({ text: text2, attributions: [
      { cue: [at2('say')], source: [at2('Seventy percent of riders')], content: [at2('the service is reliable')] },
      { cue: [at2('said')], source: [at2('55 percent')], content: [at2('so')] },
    ] });
    expect(beside.map((e: { y: number }) => e.y)).toEqual([1]);
    const p = { ...NEST_PARAMS, epochs: 2 };
    const model = serialize(storedNest(fit([...nested, ...beside], p), p));
    expect(model).toBe(serialize(storedNest(fit([...nested, ...beside], p), p)));
    const weights = JSON.parse(model).weight as number[];
    expect(weights.length).toBeGreaterThan(0);
    expect(weights.every((w) => Number.isFinite(w))).toBe(true);
  });
});
