import type { Token } from '../types.js';

/*
 * Every token is made here, with its fields in one order. The extractor reads tokens in nearly every function:
 * tokens of one shape (one V8 hidden class) keep those reads fast. A copy by spread ({ ...t, pos }) has another
 * hidden class than a token built here, and optimised code that meets one is thrown away and compiled again. A mend
 * makes a new token (`retagged`), never writes over a token's fields.
 */

export function makeToken(start: number, end: number, text: string, lower: string, pos: string, lemma: string, sentence: number): Token {
  return { start, end, text, lower, pos, lemma, sentence };
}

/** The token with another part of speech and lemma (a mend of the tagger's reading). */
export const retagged = (t: Token, pos: string, lemma: string = t.lemma): Token =>
  makeToken(t.start, t.end, t.text, t.lower, pos, lemma, t.sentence);
