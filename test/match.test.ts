import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.js';
import { compilePattern, contextProblem, inflections, PhraseMatcher } from '../src/extract/match.js';

const find = (pattern: string, text: string) => {
  const doc = annotate(text);
  const m = new PhraseMatcher([compilePattern(pattern, pattern)]);
  return m.findAll(doc.tokens).map((x) => text.slice(doc.tokens[x.first]!.start, doc.tokens[x.last - 1]!.end));
};

describe('phrase matcher', () => {
  it.each([
    ['according to', 'According to the report, prices rose.', ['According to']],
    ['<say>', 'She says it, he said it, they are saying it.', ['says', 'said', 'saying']],
    ['<be> #ADV? <see> as', 'He is seen as a leader; she was widely seen as one.', ['is seen as', 'was widely seen as']],
    ['<say>|<tell>', 'He told me and she said so.', ['told', 'said']],
    ['could * reached', 'She could not be reached. He could be reached.', ['could be reached']],
    ['could not be? reached', 'She could not be reached.', ['could not be reached']],
    ['called @Cap', 'A firm called Acme Data said it called the police.', ['called Acme']],
    // verbs wink's lemmatiser does not know: it reads "lambasted" as "lambast", "griped" as "grip"
    ['<lambaste>', 'Critics lambasted the plan; one keeps lambasting it and lambastes it still.', ['lambasted', 'lambasting', 'lambastes']],
    ['<gripe>', 'Skippers griped that the fees were high.', ['griped']],
    ['<upbraid>', 'The judge upbraided the clerk.', ['upbraided']],
    // an adjective keeps its own lemma: "expected" before a noun is no form of <expect>
    ['<expect>', 'Analysts expected it, despite the expected delays.', ['expected']],
  ])('%s in %j', (pattern, text, expected) => {
    expect(find(pattern, text)).toEqual(expected);
  });

  it.each([
    ['lambaste', ['lambastes', 'lambasted', 'lambasting']],
    ['gripe', ['gripes', 'griped', 'griping']],
    ['decry', ['decries', 'decried', 'decrying']],
    ['vie', []],
    ['belie', ['belies', 'belied', 'belying']],
    ['agree', ['agrees', 'agreed', 'agreeing']],
    ['regret', ['regrets', 'regreted', 'regreting', 'regretted', 'regretting']],
    ['blast', ['blasts', 'blasted', 'blasting']],
    ['reproach', ['reproaches', 'reproached', 'reproaching']],
    // a short lemma's forms would be other words ("be" → "bed", "see" → "seed")
    ['see', []],
  ])('the regular forms of <%s>', (lemma, forms) => {
    expect(inflections(lemma)).toEqual(forms);
  });

  it('prefers the longest match starting first', () => {
    const doc = annotate('According to the police, it happened.');
    const m = new PhraseMatcher([compilePattern('according to', 'long'), compilePattern('according', 'short')]);
    expect(m.findAll(doc.tokens).map((x) => x.value)).toEqual(['long']);
  });

  it('tries a pattern keyed by both the word and its lemma once; every pattern that matches, longest first', () => {
    const doc = annotate('He said so.');
    const m = new PhraseMatcher([
      compilePattern('said|<say>', 'both'), compilePattern('<say>', 'lemma'), compilePattern('said', 'word'),
      compilePattern('<say> so', 'longer'), compilePattern('#VERB so', 'anywhere'),
    ]);
    expect(m.matchAt(doc.tokens, 1).map((x) => x.value)).toEqual(['longer', 'anywhere', 'both', 'word', 'lemma']);
  });

  it('refuses a POS alternative without its #, which would match the word', () => {
    expect(() => compilePattern('#NOUN|PROPN said', 1)).toThrow(/#NOUN\|#PROPN/);
  });

  it('refuses a pattern with nothing required', () => {
    expect(() => compilePattern('very?', 1)).toThrow(/no required item/);
  });

  it.each([
    [{ before: ['a'], after: ['off'] }, false, null],
    [{ after: ['@Cap'] }, false, null],
    [{ before: ['a'] }, true, '"after" must be a non-empty list of patterns'],
    [null, false, 'must be an object {before?, after?}'],
    [{}, false, 'is empty'],
    [{ sideways: ['a'] }, false, 'has an unknown side "sideways"'],
    [{ before: [] }, false, '"before" must be a non-empty list of patterns'],
    [{ after: ['a?'] }, false, '"after" must be a non-empty list of patterns'],
    [{ after: ['@cap'] }, false, '"after" must be a non-empty list of patterns'],
  ])('contextProblem(%j, both: %s) is %j', (c, both, expected) => {
    expect(contextProblem(c, both)).toBe(expected);
  });
});
