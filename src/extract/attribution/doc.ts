import type { Annotated, Span, Token } from '../../types.js';
import { cueMatcher } from './lexicon.js';
import { findQuotes, quoteOfTokens, type Quote } from './quotes.js';

/*
 * The extractor's view of a document (`Doc`, headline verbs re-tagged), the word sets and token predicates,
 * span and quote helpers, and the clause tests every stage shares.
 */

export interface Doc {
  text: string;
  T: readonly Token[];
  quotes: Quote[];
  qOf: Int32Array;
  /** Token starts a cue (of any frame), so content stops before a parenthetical ", he said". */
  cueAt: Uint8Array;
  /** The learned filter decided the cues (an agentless passive it admits gets a frame: "X was criticized for …"). */
  scored: boolean;
}

const QUOTE_MARK = /^(?:[“”"]|``|''|`|')$/;
export const REL = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
export const SUBJ_PRON = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'there', 'this', 'these', 'those']);
export const NP_PREP = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'in']);
export const TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'again', 'repeatedly', 'publicly', 'privately', 'previously', 'last', 'this',
  'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'then', 'once', 'twice', 'too', 'also',
  'separately', 'directly', 'flatly', 'bluntly', 'openly', 'simply', 'frequently', 'often', 'ago', 'before', 'afterward',
  'afterwards', 'now', 'there', 'here', 'late', 'early']);
export const VENUE = new Set(['statement', 'interview', 'tweet', 'tweets', 'speech', 'email', 'e-mail', 'letter', 'post', 'release',
  'call', 'conference', 'briefing', 'op-ed', 'memo', 'video', 'message', 'appearance', 'remarks', 'debate', 'rally', 'event',
  'hearing', 'meeting', 'address', 'filing', 'report', 'documentary', 'podcast', 'broadcast', 'show', 'program', 'session']);
export const PLATFORM = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'television', 'tv', 'radio', 'air', 'camera', 'stage']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'am']);
export const PARTICIPLE = /(?:ed|en|said|told|known|seen|shown|thought|written|heard|found|felt|held|made|taken|given|led|run|done|drawn|chosen|understood|meant|taught|sought|brought)$/;

export const PARTICLES = new Set(['back', 'up', 'out', 'down', 'off', 'away']);
export const OBJ_PREP = new Set(['at', 'for', 'about', 'over', 'on', 'against', 'with', 'of', 'into']);
/** Verb forms that are prepositions in news text: "regarding the plan". */
export const PREPOSITIONAL = new Set(['regarding', 'concerning', 'considering', 'given', 'following', 'including', 'pending', 'barring']);
export const QUANT = new Set(['some', 'many', 'most', 'another', 'others', 'all', 'both', 'few', 'several', 'half', 'none', 'majority', 'plurality', 'minority', 'either', 'neither', 'each', 'one']);
export const DASH = new Set(['—', '--', '–', '―']);
export const isPunct = (t: Token | undefined) => !!t && t.pos === 'PUNCT';
export const isMark = (t: Token | undefined) => !!t && QUOTE_MARK.test(t.text);

export function npTok(t: Token, atStart: boolean): boolean {
  switch (t.pos) {
    case 'DET': case 'ADJ': case 'NOUN': case 'PROPN': case 'NUM': return true;
    case 'PRON': return !REL.has(t.lower);
    case 'PART': return t.lower === "'s" || t.lower === '’s';
    case 'PUNCT': return t.text === '’' || t.text === '-' || t.text === '&' || t.text === '/' || t.text === '(' || t.text === ')';
    case 'VERB': case 'ADV': case 'X': return !atStart && /^[A-Z]/.test(t.text) && !/^[A-Z]+$/.test(t.text) ? true : t.pos === 'X' && /^[A-Z]/.test(t.text);
    default: return false;
  }
}
export const nounish = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');
/** The last word of a subject: a noun, or a quantifier standing for one ("Some say", "42% say"). */
export const subjectEnd = (t: Token | undefined) => nounish(t) || (!!t && (QUANT.has(t.lower) || t.text === '%'));

/** Lemmas of the lexicon's verb entries (a pattern opening with `<lemma>`), for headline verbs the tagger reads as names. */
let lexiconVerbs: Set<string> | null = null;
function verbLemmas(): Set<string> {
  if (!lexiconVerbs) {
    lexiconVerbs = new Set();
    for (const e of cueMatcher().entries) {
      if (!e.pos.includes('VERB')) continue;
      for (const p of e.patterns) { const m = /^<([a-z-]+)>/.exec(p); if (m) lexiconVerbs.add(m[1]!); }
    }
  }
  return lexiconVerbs;
}
/** The base form of a capitalized third-person verb: "Slams" → slam, "Addresses" → address, "Denies" → deny. */
function verbBase(lower: string): string {
  if (/ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}
/**
 * Tokens with headline verbs re-tagged: in a title-case sentence ("Senator Slams Plan In Heated Debate") the
 * tagger reads every capitalized word as a name. A name right after the subject's name or noun whose base form is a
 * lexicon verb becomes that verb. The document's tokens when nothing changes.
 */
function headlineVerbs(doc: Annotated): readonly Token[] {
  const T = doc.tokens;
  let out: Token[] | null = null;
  for (const s of doc.sentences) {
    let words = 0, caps = 0;
    for (let k = s.first + 1; k < s.last; k++) {
      const t = T[k]!;
      if (t.text.length >= 4 && /^[A-Za-z]/.test(t.text)) { words++; if (/^[A-Z][a-z]/.test(t.text)) caps++; }
    }
    if (words < 3 || caps < 0.8 * words) continue;
    for (let k = s.first + 1; k < s.last; k++) {
      const t = T[k]!, prev = T[k - 1]!;
      if (t.pos !== 'PROPN' || !/^[A-Z][a-z]+$/.test(t.text) || !(prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON')) continue;
      const base = verbBase(t.lower);
      if (!verbLemmas().has(base)) continue;
      out ??= T.slice();
      out[k] = { ...t, pos: 'VERB', lemma: base };
    }
  }
  return out ?? T;
}

/** The extractor's view of a document: its quotes, each token's quote, cue marks. Training and extraction share it. */
export function docView(doc: Annotated, scored: boolean, headlines = true): Doc {
  const { text } = doc;
  const T = headlines ? headlineVerbs(doc) : doc.tokens;
  const quotes = findQuotes(text, T[0]!.start, T[T.length - 1]!.end);
  return { text, T, quotes, qOf: quoteOfTokens(T, quotes), cueAt: new Uint8Array(T.length), scored };
}

export const span = (D: Doc, a: number, b: number): Span => [D.T[a]!.start, D.T[b - 1]!.end];

/** Tokens [a, b) trimmed of edge punctuation other than quote marks; null when empty. */
export function trimmed(D: Doc, a: number, b: number): Span | null {
  while (a < b && isPunct(D.T[a]) && !isMark(D.T[a])) a++;
  while (b > a && isPunct(D.T[b - 1]) && !isMark(D.T[b - 1])) b--;
  return b > a ? span(D, a, b) : null;
}

/** Index of the quote opened by token i, or -1. */
export function opensQuote(D: Doc, i: number): number {
  const q = D.qOf[i] ?? -1;
  return q >= 0 && D.quotes[q]!.start === D.T[i]!.start ? q : -1;
}
/** Index of the quote closed by token i (its last mark), or -1. */
export function closesQuote(D: Doc, i: number): number {
  const q = D.qOf[i] ?? -1;
  return q >= 0 && D.quotes[q]!.end === D.T[i]!.end && isMark(D.T[i]) ? q : -1;
}
export const quoteSpan = (D: Doc, q: number): Span => [D.quotes[q]!.start, D.quotes[q]!.end];

/** A new clause at i: a subject (pronoun or short noun phrase) then a finite verb. */
export function clauseAt(D: Doc, i: number, end: number): boolean {
  const T = D.T;
  const t = T[i];
  if (!t || D.qOf[i]! >= 0) return false;
  if (t.pos === 'PRON' && SUBJ_PRON.has(t.lower) && t.lower !== 'this' && t.lower !== 'that') {
    const n = T[i + 1];
    return !!n && (n.pos === 'AUX' || n.pos === 'VERB');
  }
  if (!(t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ')) return false;
  let j = i;
  while (j < end && j - i < 6 && npTok(T[j]!, j === i)) j++;
  const v = T[j];
  return j > i && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower)));
}

/** Token i opens a clause: the sentence's start, or after a comma, a closing quote, a conjunction or a complementizer. */
export const opensClause = (D: Doc, i: number, sFirst: number): boolean =>
  i === sFirst || closesQuote(D, i - 1) >= 0 || /^(?:,|;|:|that|and|but|while|whereas|although|though|because|as|when|if|since|so)$/.test(D.T[i - 1]!.lower);
