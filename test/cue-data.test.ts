import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.js';
import { loadCues, validateCue, cueMatcher } from '../src/extract/attribution/index.js';
import { compilePattern } from '../src/extract/match.js';

describe('data/cues.json', () => {
  const cues = loadCues();

  it('loads, every entry valid, ids unique', () => {
    expect(cues.length).toBeGreaterThan(100);
    for (const c of cues) expect(validateCue(c), c.id).toEqual([]);
    expect(new Set(cues.map((c) => c.id)).size).toBe(cues.length);
  });

  it('every pattern compiles', () => {
    for (const c of cues) for (const p of c.patterns) expect(() => compilePattern(p, c), `${c.id}: ${p}`).not.toThrow();
  });

  it('ids name their category', () => {
    for (const c of cues) expect(c.id.startsWith(c.category + '-'), c.id).toBe(true);
  });

  it('stance follows the verb: claim/allege/insist distance, confirm/reveal/acknowledge endorse', () => {
    const byId = new Map(cues.map((c) => [c.id, c]));
    for (const id of ['speech-claim', 'speech-allege', 'speech-insist']) expect(byId.get(id)?.stance, id).toBe('distancing');
    for (const id of ['speech-confirm', 'speech-reveal', 'speech-acknowledge']) expect(byId.get(id)?.stance, id).toBe('endorsing');
    expect(byId.get('speech-say')?.stance).toBe('neutral');
    expect(byId.get('evidential-according-to')?.category).toBe('evidential');
  });

  it('entries observed in news text state the precision measured there', () => {
    const observed = cues.filter((c) => c.source.startsWith('observed in news text (PolNeAR train'));
    expect(observed.length).toBeGreaterThan(0);
    for (const c of observed) expect(c.source, c.id).toMatch(/a gold cue in [01]\.\d\d of its occurrences/);
  });

  it('validateCue reports what is wrong', () => {
    expect(validateCue({ id: 'Bad Id', patterns: [], category: 'speech', stance: 'neutral', weight: 2, source: 'x', pos: [], frame: 'rest', trigger: 'always' }))
      .toEqual(expect.arrayContaining(['bad id Bad Id', 'no patterns', 'weight not in [0,1]']));
    const ok = { id: 'speech-x', patterns: ['x'], category: 'speech', stance: 'neutral', weight: 0.5, source: 'x', pos: [], frame: 'rest', trigger: 'always' } as const;
    expect(validateCue({ ...ok, unless: { before: ['a'], sideways: ['b'] } as never })).toEqual(['unless not {before?, after?} lists of patterns']);
    expect(validateCue({ ...ok, unlessAround: { before: ['a'] } as never })).toEqual(['unlessAround not {before, after} lists of patterns']);
    expect(validateCue({ ...ok, labels: ['Note'] })).toEqual(['labels not a list of lower-case words']);
    expect(validateCue({ ...ok, soleLabels: 'q' as never })).toEqual(['soleLabels not a list of lower-case words']);
    expect(validateCue({ ...ok, unless: null as never })).toEqual(['unless not {before?, after?} lists of patterns']);
    expect(validateCue({ ...ok, unless: { after: ['a?'] } })).toEqual(['unless not {before?, after?} lists of patterns']);
    expect(validateCue({ ...ok, unlessAround: { before: ['a'], after: ['@cap'] } })).toEqual(['unlessAround not {before, after} lists of patterns']);
    expect(validateCue({ ...ok, unless: { after: ['off'] }, unlessAround: { before: ['a'], after: ['@Cap'] }, labels: ['note'], soleLabels: ['q'] })).toEqual([]);
  });

  // Inflections the tagger's lemmas must reach (sentences written for this test).
  const INFLECTIONS: [string, string][] = [
    ['She says the road is closed.', 'speech-say'],
    ['They told us the road was closed.', 'speech-tell'],
    ['He wrote that the road was closed.', 'writing-write'],
    ['The firm tweeted that the road was closed.', 'writing-tweet'],
    ['Engineers thought the road was closed.', 'belief-think'],
    ['The mayor has pointed out that the road is closed.', 'speech-point'],
    ['The council is calling for the road to be closed.', 'speech-call-for'],
    ['The council called the road unsafe.', 'speech-call'],
    ['The road is closed, according to police.', 'evidential-according-to'],
  ];
  for (const [text, id] of INFLECTIONS) {
    it(`${id} matches in: ${text}`, () => {
      const doc = annotate(text);
      const ids = cueMatcher().matcher.findAll(doc.tokens).map((m) => m.value.id);
      expect(ids).toContain(id);
    });
  }
});
