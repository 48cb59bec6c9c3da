import type { Sentence, Token } from '../types.js';
import { NAME_LEXICON } from './name-lexicon.js';

/*
 * Names the tagger reads as other words. wink-nlp tags a capitalised word by its common-word reading:
 * "Josh Ferrell" and "Grant Ames" open with a verb, "Will Dorsey" with an auxiliary, "Concord resident",
 * ", Jolly said" and ", said Weld" hold a verb or an adverb. A source or subject walk stops at such a word,
 * so the claim loses its speaker. Mended here, before any stage reads the tags.
 */

/** First names from compromise's lexicon (FirstName, MaleName, FemaleName): "Josh", "Grant", "Drew", "Sue". */
let firstNames: Set<string> | null = null;
function isFirstName(lower: string): boolean {
  firstNames ??= new Set([NAME_LEXICON.FirstName, NAME_LEXICON.MaleName, NAME_LEXICON.FemaleName].flatMap((s) => (s ?? '').split('|')));
  return firstNames.has(lower);
}

const MENDABLE = new Set(['VERB', 'AUX', 'ADV']);
/** Capitalised, then lower case: "Concord", not "NATO" or "I". */
const CAPITALISED = /^[A-Z][a-z]/;
/** After these a capital opens a clause, a quote or a title, not a name: quote marks, colon, dash, bracket. */
const OPENS = /^(?:[“”"‘’'`:(\[—–-]|--)$/;

/** A headline in title case: most of its words capitalised ("Senate Will Vote on Budget Deal"). */
function titleCase(T: readonly Token[], s: Sentence): boolean {
  let words = 0, caps = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = T[i]!.text;
    if (!/^[A-Za-z]/.test(t) || t.length < 4) continue; // short function words stay lower case in titles
    words++;
    if (/^[A-Z]/.test(t)) caps++;
  }
  return words >= 3 && caps / words >= 0.6;
}

/** Retags as PROPN the names the tagger read as verbs, auxiliaries or adverbs (in place). */
export function mendNames(T: Token[], sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    if (titleCase(T, s)) continue;
    for (let i = s.first; i < s.last; i++) {
      const t = T[i]!;
      if (!MENDABLE.has(t.pos) || !CAPITALISED.test(t.text)) continue;
      const next = i + 1 < s.last ? T[i + 1]! : undefined;
      const mid = i > s.first && !OPENS.test(T[i - 1]!.text) && !/[.!?]$/.test(T[i - 1]!.text);
      // mid-sentence a capital marks a name; at a sentence's start, a first name before another name
      const name = mid || (isFirstName(t.lower) && !!next && next.pos === 'PROPN' && CAPITALISED.test(next.text));
      if (name) { t.pos = 'PROPN'; t.lemma = t.lower; }
    }
  }
}
