import type { Annotated, Span, Token } from '../../types.js';
import { firstTokenFrom, POSSESSIVE } from '../../annotate/annotate.js';
import type { CueEntry } from './lexicon.js';
import { findQuotes, quoteOfTokens, type Quote } from './quotes.js';

/*
 * The extractor's view of a document (`Doc`), the word sets and token predicates,
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

const QUOTE_MARK = /^(?:[“”"‘’]|``|''|`|')$/;
export const REL = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
export const SUBJ_PRON = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'there', 'this', 'these', 'those']);
export const NP_PREP = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'in']);
export const TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'again', 'repeatedly', 'publicly', 'privately', 'previously', 'last', 'this',
  'day', 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'then', 'once', 'twice', 'too', 'also',
  'separately', 'directly', 'flatly', 'bluntly', 'openly', 'simply', 'frequently', 'often', 'ago', 'before', 'afterward',
  'afterwards', 'now', 'there', 'here', 'late', 'early']);
/** A word of time: one of TIME, or a day's name ("Tuesday", read as a name). */
export const timeWord = (t: Token): boolean => TIME.has(t.lower) || (t.pos === 'PROPN' && /day$/.test(t.lower));
export const VENUE = new Set(['statement', 'interview', 'tweet', 'tweets', 'speech', 'email', 'e-mail', 'letter', 'post', 'release',
  'call', 'conference', 'briefing', 'op-ed', 'memo', 'video', 'message', 'appearance', 'remarks', 'debate', 'rally', 'event',
  'hearing', 'meeting', 'address', 'filing', 'report', 'documentary', 'podcast', 'broadcast', 'show', 'program', 'session', 'media']);
export const PLATFORM = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'television', 'tv', 'radio', 'air', 'camera', 'stage']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'am']);
/** Past participles that are never a finite verb: without an auxiliary, a reduced relative ("a race known as …"). */
export const PURE_PARTICIPLE = new Set(['known', 'seen', 'shown', 'written', 'spoken', 'sworn', 'chosen', 'proven', 'mistaken', 'given', 'taken', 'forgotten', 'hidden']);
export const PARTICIPLE = /(?:ed|en|said|told|known|seen|shown|thought|written|heard|found|felt|held|made|taken|given|led|run|done|drawn|chosen|understood|meant|taught|sought|brought)$/;

export const PARTICLES = new Set(['back', 'up', 'out', 'down', 'off', 'away']);
export const OBJ_PREP = new Set(['at', 'for', 'about', 'over', 'on', 'against', 'with', 'of', 'into']);
/** Verb forms that are prepositions in news text: "regarding the plan". */
export const PREPOSITIONAL = new Set(['regarding', 'concerning', 'considering', 'given', 'following', 'including', 'pending', 'barring']);
export const QUANT = new Set(['some', 'many', 'most', 'another', 'others', 'all', 'both', 'few', 'several', 'half', 'none', 'majority', 'plurality', 'minority', 'either', 'neither', 'each', 'one']);
/** Token q opens a relative clause's quantified pronoun: "some of whom", "all of which". */
export const quantRelative = (T: readonly Token[], q: number): boolean =>
  QUANT.has(T[q]?.lower ?? '') && T[q + 1]?.lower === 'of' && /^(?:whom|which)$/.test(T[q + 2]?.lower ?? '');
export const DASH = new Set(['—', '--', '–', '―']);
/** Hyphens typed for a dash, with a space on either side ("the mayor - a former pilot - said"); docView finds them. */
const SPACED_DASH = new WeakSet<Token>();
/** A dash, or a hyphen typed for one. */
export const isDash = (t: Token | undefined): boolean => !!t && (DASH.has(t.text) || SPACED_DASH.has(t));
/** Words that open a complement clause or an embedded question; the rules and the model's features share them. */
export const WH = new Set(['that', 'what', 'how', 'whether', 'why', 'when', 'where', 'who', 'if', 'which']);
export const isPunct = (t: Token | undefined) => !!t && t.pos === 'PUNCT';
export const isMark = (t: Token | undefined) => !!t && QUOTE_MARK.test(t.text);

export function npTok(t: Token, atStart: boolean): boolean {
  switch (t.pos) {
    case 'DET': case 'ADJ': case 'NOUN': case 'PROPN': case 'NUM': return true;
    case 'PRON': return !REL.has(t.lower);
    case 'PART': return t.lower === "'s" || t.lower === '’s';
    case 'PUNCT': return t.text === '’' || (t.text === '-' && !SPACED_DASH.has(t)) || t.text === '&' || t.text === '/' || t.text === '(' || t.text === ')';
    case 'SYM': return t.text === '/'; // "a Gazette/Metro poll"
    case 'VERB': case 'ADV': case 'X': return !atStart && /^[A-Z]/.test(t.text) && !/^[A-Z]+$/.test(t.text) ? true : t.pos === 'X' && /^[A-Z]/.test(t.text);
    default: return false;
  }
}
/** A cue mark on a token in [s, e). */
export const hasCueIn = (D: Doc, s: number, e: number): boolean => D.cueAt.subarray(s, e).some((c) => c !== 0);
export const nounish = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');
/** The last word of a subject: a noun, or a quantifier standing for one ("Some say", "42% say"). */
export const subjectEnd = (t: Token | undefined) => nounish(t) || (!!t && (QUANT.has(t.lower) || t.text === '%'));

/**
 * The extractor's view of a document: its text as the NLP read it (Markdown markup blanked), its quotes, each token's
 * quote, cue marks. Training and extraction share it.
 */
export function docView(doc: Annotated, scored: boolean): Doc {
  const { tokens: T } = doc;
  const text = doc.plain ?? doc.text;
  const quotes = findQuotes(text, T[0]!.start, T[T.length - 1]!.end);
  for (let i = 1; i + 1 < T.length; i++) {
    const t = T[i]!;
    // (not between two numbers: "2019 - 2020", a range)
    if (t.text === '-' && T[i - 1]!.end < t.start && t.end < T[i + 1]!.start && !(T[i - 1]!.pos === 'NUM' && T[i + 1]!.pos === 'NUM')) SPACED_DASH.add(t);
  }
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

/**
 * The quote q is what a participle aside quotes (", citing “the worst storm in years,” said"): returns the comma
 * that opens the aside, or -1.
 */
export function asideQuote(D: Doc, q: number, sFirst: number): number {
  const T = D.T;
  let x = firstTokenFrom(T, D.quotes[q]!.start) - 1;
  for (let n = 0; x > sFirst && n < 5; n++, x--) {
    const t = T[x]!;
    if (t.pos === 'VERB' && /ing$/.test(t.lower)) return T[x - 1]!.text === ',' ? x - 1 : -1;
    if (t.pos === 'PUNCT' || t.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * A quoted title, not quoted speech: a short quote (at most six words) in title case after a determiner, a
 * possessive or a name, as in "the editor of the “Harbor Hour,”", "on KLRT's “Harbor Hour.”" (not "a “very good
 * deal,”", "a “witch hunt,”"). Returns the token after it, or -1.
 */
export function quotedTitle(D: Doc, j: number, end: number): number {
  const q = opensQuote(D, j);
  if (q < 0 || j === 0) return -1;
  const p = D.T[j - 1]!;
  if (!(p.pos === 'DET' || p.pos === 'PROPN' || p.lower === "'s" || p.lower === '’s')) return -1;
  // (not a name ending the sentence before: "… in Eureka, Calif.¶“Safety,” said Grimm")
  if (p.text.endsWith('.') || D.text.slice(p.end, D.T[j]!.start).includes('\n')) return -1;
  return titleCase(D, q, j + 1, end);
}

/** The words of quote q from token j on are a title: one to six, each capitalised or a short function word. Returns the token after the quote, or -1. */
export function titleCase(D: Doc, q: number, j: number, end: number): number {
  let k = j, words = 0;
  for (; k < end && D.qOf[k] === q; k++) {
    const t = D.T[k]!.text;
    if (!/^[A-Za-z0-9]/.test(t)) continue;
    words++;
    if (/^[a-z]/.test(t) && !/^(?:a|an|the|and|or|of|in|on|at|to|for|by|with)$/.test(t)) return -1;
  }
  return words >= 1 && words <= 6 ? k : -1;
}

/**
 * The opening mark of a quoted name that token i closes, inside a noun phrase: a title after a noun, a name, a
 * determiner, an object pronoun, a possessive or "of" ("the author of “Tide Tables,” a book …", "a captain on the ferry
 * “The Gull,” who …", "who called it “Plan B,” said"). A comma inside it is the title's, not the sentence's. Returns the opening token, or -1.
 */
export function quotedNameClosedAt(D: Doc, i: number, sFirst: number): number {
  const o = titleQuoteClosedAt(D, i);
  if (o <= sFirst) return -1;
  const p = D.T[o - 1]!;
  return p.pos === 'DET' || p.pos === 'PROPN' || p.pos === 'NOUN' || (p.pos === 'PRON' && o - 2 > sFirst && D.T[o - 2]!.pos === 'VERB') || p.lower === "'s" || p.lower === '’s' || p.lower === 'of' ? o : -1;
}

/** The opening mark of a quote that token c closes, where its words are a title (see `titleCase`); -1 otherwise. */
export function titleQuoteClosedAt(D: Doc, c: number): number {
  const q = closesQuote(D, c);
  if (q < 0) return -1;
  const o = firstTokenFrom(D.T, D.quotes[q]!.start);
  return o < c && titleCase(D, q, o + 1, c + 1) === c + 1 ? o : -1;
}

/** The closing token of a quoted name that opens at token o, before `end` (see `quotedNameClosedAt`); -1 otherwise. */
export function quotedNameFrom(D: Doc, o: number, end: number, sFirst: number): number {
  if (opensQuote(D, o) < 0) return -1;
  let c = o;
  while (c + 1 < end && D.qOf[c + 1] === D.qOf[o]) c++;
  return quotedNameClosedAt(D, c, sFirst) === o ? c : -1;
}

/** A new clause at i: a subject (pronoun or short noun phrase) then a finite verb. */
export function clauseAt(D: Doc, i: number, end: number): boolean {
  const T = D.T;
  const t = T[i];
  if (!t || D.qOf[i]! >= 0) return false;
  if (t.pos === 'PRON' && SUBJ_PRON.has(t.lower) && t.lower !== 'this' && t.lower !== 'that') {
    const n = T[i + 1];
    return !!n && (n.pos === 'AUX' || n.pos === 'VERB');
  }
  // (a possessive pronoun opens a noun phrase too: "his team wants …")
  const poss = t.pos === 'PRON' && POSSESSIVE.test(t.lower) && (T[i + 1]?.pos === 'NOUN' || T[i + 1]?.pos === 'ADJ');
  if (!(t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ' || poss)) return false;
  let j = poss ? i + 1 : i;
  while (j < end && j - i < 6 && npTok(T[j]!, j === i)) j++;
  // (an adverb may stand before the verb: "Ann Ruiz still believes")
  let k = j;
  while (k > i && k < end && k - j < 2 && T[k]!.pos === 'ADV' && /^(?:still|also|now|never|quickly|repeatedly|later|then|again|often|already|recently|once|long|previously|publicly|privately|strongly|firmly)$/.test(T[k]!.lower)) k++;
  const v = T[k];
  return j > i && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower)));
}

/** Token i opens a clause: the sentence's start, or after a comma, a closing quote, a conjunction or a complementizer. */
export const opensClause = (D: Doc, i: number, sFirst: number): boolean =>
  i === sFirst || closesQuote(D, i - 1) >= 0 || isDash(D.T[i - 1]) || /^(?:,|;|:|that|and|but|while|whereas|although|though|because|as|when|if|since|so)$/.test(D.T[i - 1]!.lower);

/** An attribution as the frames find it, before its content is trimmed and its sentences listed. */
export interface Found {
  cue: Span[];
  cueTokens: [number, number];
  entry: CueEntry;
  lemma: string;
  source: Span[] | null;
  content: Span[];
  /** Index of the sentence the cue is in. */
  sent: number;
  /** The rule's end of the content stands: the content-end ranker does not move it (a noun cue's complement in subject position). */
  fixedEnd: boolean;
  /** The source is the verb's object, who feels it ("The schedule angered riders"): no speaker for a later participle. */
  experiencer: boolean;
}

/**
 * Every Found is made here, its fields in one order (one hidden class for the passes that read them all; a spread of
 * the frame's `base` made another shape per frame).
 */
export function makeFound(base: { readonly entry: CueEntry; readonly lemma: string; readonly sent: number }, cue: Span[], cueTokens: [number, number], source: Span[] | null, content: Span[], experiencer = false): Found {
  return { cue, cueTokens, entry: base.entry, lemma: base.lemma, source, content, sent: base.sent, fixedEnd: false, experiencer };
}
