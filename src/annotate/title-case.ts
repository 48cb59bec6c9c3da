import type { Sentence, Token } from '../types.js';
import type { ItsFunction } from 'wink-nlp';
import { its, readDoc } from './nlp.js';
import { isFirstName, isPlaceName, MINOR, nameTags } from './names.js';
import { sourceLexicon } from '../resolve/lexicon.js';
import { retagged } from './token.js';

/*
 * Title-case headlines ("Harbor Board Slams Ferry Plan", "Mayor’s Claim That …"): wink reads every capitalised word as a
 * name, so the headline's verb and nouns are PROPN with their own text as lemma, and no cue matches them. Such a
 * sentence is read again in lower case; a word wink then reads as an inflected common word takes that reading.
 */

/** Parts of speech a capitalised word of a headline may take from its lower-case reading. */
const COMMON = new Set(['NOUN', 'VERB', 'ADJ']);

/** Mends, in place, the PROPN tokens of title-case sentences of `plain` (the text wink read). */
export function mendTitleCase(plain: string, T: Token[], sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    if (s.last - s.first < 3 || !titleCase(T, s.first, s.last)) continue;
    const lower = plain.slice(s.start, s.end).toLowerCase();
    // (a capital whose lower case is longer, "İ", would shift every offset after it)
    if (lower.length !== s.end - s.start) continue;
    const doc = readDoc(lower);
    const values = doc.tokens().out();
    const pos = doc.tokens().out(its.pos as ItsFunction<string>) as string[];
    const lemma = doc.tokens().out(its.lemma as ItsFunction<string>) as string[];
    const at = new Map<number, number>(); // offset in the text → index of wink's lower-case token there
    let cursor = 0;
    for (let k = 0; k < values.length; k++) {
      const x = lower.indexOf(values[k]!, cursor);
      if (x < 0) continue;
      at.set(s.start + x, k);
      cursor = x + values[k]!.length;
    }
    for (let i = s.first + 1; i < s.last; i++) {
      const t = T[i]!, k = at.get(t.start);
      if (k === undefined || t.pos !== 'PROPN' || values[k] !== t.lower || !/^[A-Z][a-z]+$/.test(t.text)) continue;
      const p = pos[k]!, l = (lemma[k] ?? t.lower).toLowerCase();
      // an inflected common word ("Slams" → slam, "Claims" → claim, "Backed" → back), no known name (compromise's
      // lexicon: "Edwards", "Hughes"), no surname or a name's last word ("Ann Sessions", "Iowa Rivers"), and nothing
      // after a title or an initial, where a surname stands ("Police Chief Banks Denies …", "Judge R. T. Waters")
      if (!COMMON.has(p) || !regular(t.lower, l) || knownName(t.lower)) continue;
      const prev = T[i - 1]!;
      if (prev.pos === 'PROPN' && (isFirstName(prev.lower) || isPlaceName(prev.lower) || /^[A-Z]\.$/.test(prev.text) || sourceLexicon().titleWords.has(prev.lower.replace(/\.$/, '')))) continue;
      T[i] = retagged(t, p, l);
    }
  }
}

/** Name tags of compromise's lexicon (not its job words, "Actor", or demonyms): a word with one is a name. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName', 'Organization', 'SportsTeam', 'Place', 'Country', 'City', 'Region']);
const knownName = (lower: string): boolean => nameTags(lower).some((t) => NAME_TAGS.has(t));

/** `lemma` is `word` less a regular ending: "slams" → slam, "delays" → delay, "parties" → party, "backed" → back, "voting" → vote. */
function regular(word: string, lemma: string): boolean {
  if (lemma === word || lemma.length < 3) return false;
  const ending = (stem: string) => word.startsWith(stem) && /^(?:s|es|ies|ed|d|ied|ing|[a-z]ed|[a-z]ing)$/.test(word.slice(stem.length) || 'x');
  return ending(lemma) || ending(lemma.replace(/y$/, '').replace(/e$/, ''));
}

/**
 * Four capitalised words or more ("Slams", not "NATO" or an initial) outside the ones a title leaves in lower case, and
 * at most one other in lower case.
 */
function titleCase(T: readonly Token[], first: number, last: number): boolean {
  let words = 0, lower = 0;
  for (let i = first; i < last; i++) {
    const t = T[i]!, c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      // (a sentence of prose has its second lower-case word early: stop there)
      if (!MINOR.has(t.lower) && ++lower > 1) return false;
    } else if (c >= 65 && c <= 90 && /^[A-Z][a-z]/.test(t.text) && !MINOR.has(t.lower)) words++;
  }
  return words >= 4;
}
