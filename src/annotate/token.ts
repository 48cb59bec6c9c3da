import type { Token } from '../types.js';

/*
 * Every token is made here, with its fields in one order. The extractor reads tokens in nearly every function:
 * tokens of one shape keep those reads fast, where a copy by spread ({ ...t, pos }) or a field written over in
 * place gives V8 another hidden class, and its optimised code is thrown away and compiled again each time one
 * turns up.
 */

export function makeToken(start: number, end: number, text: string, lower: string, pos: string, lemma: string, negated: boolean, sentence: number): Token {
  return { start, end, text, lower, pos, lemma, negated, sentence };
}

/** The token with another part of speech and lemma (a mend of the tagger's reading). */
export const retagged = (t: Token, pos: string, lemma: string = t.lemma): Token =>
  makeToken(t.start, t.end, t.text, t.lower, pos, lemma, t.negated, t.sentence);
