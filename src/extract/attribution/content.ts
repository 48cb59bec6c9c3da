import { COMPLEMENT_NOUN, firstTokenFrom, TIME_NOUN, tokenAt } from '../../annotate/annotate.js';
import type { Annotated, QuoteKind, Span, Token } from '../../types.js';
import { timeWord, asideQuote, clauseAt, closesQuote, hasCueIn, isDash, isMark, isPunct, npTok, opensQuote, PARTICLES, quotedTitle, quoteSpan, SUBJ_PRON, TIME, trimmed, VENUE, WH, type Doc, type Found } from './doc.js';
import type { CueEntry } from './lexicon.js';

/*
 * Content extent: the adjuncts skipped after a cue, where the content after or before it starts and ends,
 * the quoted sentences that run on after a quote, and the final spans (merged, complementizer dropped, quote kind).
 */

/**
 * The content of indirect speech starts after its complementizer: "said that [the bridge is
 * unsafe]", as the ledger contract has it ("that" as a pronoun stays: "said [that was wrong]").
 */
export function withoutComplementizer(D: Doc, content: Span[]): Span[] {
  const [head, ...rest] = content;
  if (!head) return content;
  const i = tokenStartingAt(D.T, head[0]);
  const t = i >= 0 ? D.T[i] : undefined;
  const next = D.T[i + 1];
  if (!t || t.lower !== 'that' || !next || next.start >= head[1]) return content;
  // A complementizer opens a clause, with a verb after its subject. Not so "that" the pronoun,
  // followed by its verb ("said that was wrong"), nor the determiner of a noun phrase with no
  // verb ("disputed that figure"); wink's tags (SCONJ, DET) do not tell them apart reliably.
  // Before a comma it stays too: "said that, according to the engineers, the bridge …" is how PolNeAR marks it
  // (train: 30 such contents keep "that,"), and "did exactly that, according to …" is the pronoun.
  const finite = (k: number) => D.T[k]!.pos === 'AUX' || (D.T[k]!.pos === 'VERB' && !/ing$/.test(D.T[k]!.lower));
  if (finite(i + 1) || next.pos === 'PUNCT') return content;
  let k = i + 2;
  while (k < D.T.length && D.T[k]!.end <= head[1] && !finite(k)) k++;
  if (k >= D.T.length || D.T[k]!.end > head[1]) return content;
  return [[next.start, head[1]], ...rest];
}

/** Prepositions a cue takes before what it is about: "worried about [the deficit]", "called for [a recount]". */
const CUE_PREP = new Set(['about', 'for', 'of', 'on', 'against', 'with', 'at', 'over', 'upon']);
/**
 * The content right after its cue starts after the preposition the cue takes: "warned about [the deficit]",
 * "pushed for [a recount]" ("to" stays: "vowed [to fight]"; a quote stays whole).
 */
export function withoutPreposition(D: Doc, content: Span[], cueEnd: number): Span[] {
  const [head, ...rest] = content;
  if (!head) return content;
  const i = tokenStartingAt(D.T, head[0]);
  const t = i >= 0 ? D.T[i] : undefined;
  const next = D.T[i + 1];
  if (!t || !CUE_PREP.has(t.lower) || !next || next.start >= head[1] || D.qOf[i]! >= 0) return content;
  let k = cueEnd;
  while (k < i && D.T[k]!.pos === 'ADV') k++;
  if (k !== i) return content;
  // an adjunct, not what the cue takes: a time ("over the weekend", "for weeks"), or a phrase a clause follows
  let j = i + 1;
  while (j < D.T.length && D.T[j]!.end <= head[1] && npTok(D.T[j]!, false)) j++;
  const np = D.T.slice(i + 1, j);
  if (np.some((w) => TIME.has(w.lower) || /^(?:weeks?|months?|years?|days?|hours?|time|weekend|decades?)$/.test(w.lower))) return content;
  const after = D.T[j];
  if (after && after.end <= head[1] && (after.lower === 'that' || WH.has(after.lower) || after.text === ',')) return content;
  return [[next.start, head[1]], ...rest];
}

/** Index of the token that starts at `pos`, or -1. */
function tokenStartingAt(T: readonly Token[], pos: number): number {
  const k = firstTokenFrom(T, pos);
  return T[k]?.start === pos ? k : -1;
}

/** Words of TIME that also open a clause as its subject. */
const SUBJECT_LIKE = new Set(['there', 'here', 'this', 'today', 'tonight', 'yesterday', 'now']);
/** Token x opens a clause as its subject: one of SUBJECT_LIKE before a verb ("said on Tuesday there will be …"). */
const opensAsSubject = (T: readonly Token[], x: number, end: number): boolean =>
  SUBJECT_LIKE.has(T[x]!.lower) && x + 1 < end && (T[x + 1]!.pos === 'AUX' || T[x + 1]!.pos === 'VERB');

/** Skips time words, venues ("in a statement", "on Twitter", "at a rally") and addressees ("to reporters"). */
export function skipAdjuncts(D: Doc, i: number, end: number): number {
  const T = D.T;
  for (let guard = 0; guard < 6 && i < end; guard++) {
    const t = T[i]!;
    // ("said there is …", "said this was …": the clause's subject, not a place or time)
    if (opensAsSubject(T, i, end)) break;
    // ("admit this, but …": "this" is a time only before one, "this week"; before a colon it announces the content, "wrote this: …")
    if (t.lower === 'this' && !(i + 1 < end && (TIME.has(T[i + 1]!.lower) || T[i + 1]!.text === ':' || /^(?:spring|summer|fall|autumn|winter|season|time|day)$/.test(T[i + 1]!.lower)))) break;
    if (TIME.has(t.lower) || (t.pos === 'ADV' && /ly$/.test(t.lower))) { i++; continue; }
    if (t.pos === 'NUM' && i + 1 < end && /^(?:days?|weeks?|months?|years?)$/.test(T[i + 1]!.lower)) { i += 2; continue; }
    if (t.lower === 'of' && i + 1 < end) {
      // "said of the vote, “…”": what the quote is about
      let j = i + 1;
      while (j < end && j - i <= 6 && npTok(T[j]!, j === i + 1)) j++;
      if (j > i + 1 && j < end && (T[j]!.text === ',' || T[j]!.text === ':') && opensQuote(D, j + 1) >= 0) { i = j; continue; }
      break;
    }
    if ((t.lower === 'on' || t.lower === 'at' || t.lower === 'in' || t.lower === 'during' || t.lower === 'to' || t.lower === 'via' || t.lower === 'from') && i + 1 < end) {
      // a short noun phrase after the preposition, ending in a venue word, a day, or a name
      // "on Monday [that repairs …]": after the phrase's first word, "that" opens the content ("on that day" keeps it)
      let j = i + 1;
      // a day or time ends the phrase where a new noun phrase follows: "said on Monday [the deal was dead]"
      const timeEnds = (x: number) => x > i + 1 && TIME.has(T[x - 1]!.lower) && !TIME.has(T[x]!.lower) && T[x]!.lower !== 'of' && T[x]!.pos !== 'PART';
      while (j < end && j - i <= 8 && !(T[j]!.lower === 'that' && j > i + 1) && !timeEnds(j) && !opensAsSubject(T, j, end)
        && (npTok(T[j]!, false) || (T[j]!.lower === 'with' || T[j]!.lower === 'of' || T[j]!.lower === 'on') && j > i + 1)) j++;
      if (j === i + 1) break;
      const words = T.slice(i + 1, j);
      // a programme's quoted title ends the phrase: "on KLRT's “Harbor Hour.”"
      const title = t.lower === 'on' || t.lower === 'in' ? quotedTitle(D, j, end) : -1;
      const ok = title > j || words.some((w) => VENUE.has(w.lower) || TIME.has(w.lower))
        || (t.lower === 'to' && words.every((w) => w.pos !== 'VERB') && (words.length <= 4))
        || ((t.lower === 'on' || t.lower === 'in') && words.length <= 3 && words.every((w) => w.pos === 'PROPN'));
      if (!ok) break;
      if (title > j) j = title;
      // "to reporters that …" yes; "to build a wall" never reaches here (to + VERB is not a noun phrase)
      i = j;
      continue;
    }
    break;
  }
  return i;
}

/**
 * Token i is "that" followed by a phrase set off by commas and then the rest of a clause: "said that, according to the
 * engineers, the bridge …" (not "did exactly that, according to the minutes.").
 */
export function thatHeadsClause(D: Doc, i: number, end: number): boolean {
  const T = D.T;
  if (T[i]?.lower !== 'that' || T[i + 1]?.text !== ',') return false;
  for (let c = i + 3; c < end && c - i <= 20; c++) {
    const t = T[c]!;
    if (D.qOf[c]! >= 0) continue;
    if (t.text === ';' || t.text === '.' || t.text === '?' || t.text === '!') return false;
    if (t.text === ',') return c + 1 < end && T[c + 1]!.pos !== 'PUNCT';
  }
  return false;
}

/**
 * The content starting at r is that of a cue in a relative clause set off by a comma (", which the council says | is
 * independent, found …", ", who he said | had been warned, …", ", which reportedly | cost $4 million, …"): the
 * clause's closing comma ends it (closingComma).
 */
function inCommaRelative(D: Doc, r: number): boolean {
  const T = D.T;
  let x = r - 1;
  while (x >= 0 && r - x <= 4 && (T[x]!.pos === 'VERB' || T[x]!.pos === 'AUX' || T[x]!.pos === 'PART' || T[x]!.pos === 'ADV')) x--;
  if (x === r - 1 || (!D.cueAt[x + 1] && !(x + 2 < r && D.cueAt[x + 2]))) return false;
  const np = x;
  while (x >= 0 && np - x < 8 && npTok(T[x]!, false) && !REL_PRONOUN.has(T[x]!.lower)) x--;
  if (!(x >= 1 && REL_PRONOUN.has(T[x]!.lower) && T[x - 1]!.text === ',')) return false;
  // (not where the relative word is the speaker: ", who has said the fares are too high, …" was as often wrong as
  // right; but an adverb of report has none: ", which reportedly cost $4 million, …")
  if (x < np) return true;
  for (let k = x + 1; k < r; k++) if (D.cueAt[k] && T[k]!.pos === 'ADV') return true;
  return false;
}
const REL_PRONOUN = new Set(['which', 'who', 'whom']);

/**
 * The comma at k closes the relative clause whose content starts at r; not a list's comma ("is costly, slow and
 * unfair, …") nor the first of an aside's right after the verb ("is, in fact, independent, …").
 */
function closingComma(D: Doc, r: number, k: number, sLast: number): boolean {
  const T = D.T;
  let x = r;
  while (x < k && (T[x]!.pos === 'AUX' || T[x]!.pos === 'ADV' || T[x]!.pos === 'PART')) x++;
  if (x === k) return false;
  for (let y = k + 1; y < sLast && y <= k + 3 && T[y]!.text !== ','; y++) if (T[y]!.lower === 'and' || T[y]!.lower === 'or') return false;
  return true;
}

/** Token index where the content that starts at r stops (exclusive), within the sentence. */
function contentEnd(D: Doc, r: number, sLast: number): number {
  const T = D.T;
  const relative = inCommaRelative(D, r);
  for (let k = r + 1; k < sLast; k++) {
    const t = T[k]!;
    // a quote ending in a comma before ", adding …" ends the content; a quote inside it is otherwise kept whole
    const n = T[k + 1];
    if (closesQuote(D, k) >= 0 && T[k - 1]!.text === ',' && n && ((n.pos === 'VERB' && /ing$/.test(n.lower)) || D.cueAt[k + 1])) return k + 1;
    if (D.qOf[k]! >= 0 && D.qOf[k] !== D.qOf[r]) continue;
    if (t.text === ';' || t.text === '(') return k;
    if ((t.text === '―' || t.text === '—' || t.text === '--') && k > r + 2) return k;
    // a second predicate of the speaker: "called X outrageous and called for …"
    if (t.lower === 'and' && k + 1 < sLast && (D.cueAt[k + 1] || (T[k + 1]!.pos === 'VERB' && /ed$/.test(T[k + 1]!.lower)))) return k;
    // "said the authority takes them seriously but noted that …", "… but declined to give details" (not "said the board
    // discussed the layoffs but announced nothing": a second cue with only an object to the clause's end is the board's)
    if (t.lower === 'but' && k + 2 < sLast && D.cueAt[k + 1] && T[k + 1]!.pos === 'VERB') {
      let j = k + 2;
      while (j < sLast && npTok(T[j]!, j === k + 2) && opensQuote(D, j) < 0) j++;
      if (!(j > k + 2 && (j >= sLast || (isPunct(T[j]) && !isMark(T[j]))))) return k;
    }
    if (t.text === ',' && relative && D.qOf[k] === D.qOf[r] && closingComma(D, r, k, sLast)) return k;
    // a phrase set off by commas right after the complementizer: "said that, according to the engineers, the bridge …"
    if (t.text === ',' && k === r + 1 && thatHeadsClause(D, r, sLast)) continue;
    if (t.text === ',' && k + 1 < sLast) {
      const n = T[k + 1]!;
      if (n.lower === 'according' || (n.lower === 'but' && k + 2 < sLast && !isPunct(T[k + 2]))) return k;
      if (/^(?:while|although|though|whereas|however|meanwhile)$/.test(n.lower)) return k;
      if ((n.lower === 'and' || n.lower === 'or' || n.lower === 'so' || n.lower === 'yet') && clauseAt(D, k + 2, sLast)) return k;
      // (not a comma that closes a fronted phrase before the content's own clause: "warned that without the bill, ports will …")
      if (!subordinateOpen(D, r, k) && clauseAt(D, k + 1, sLast) && !frontedPhrase(D, r, k)) return k;
      if (n.pos === 'VERB' && /ing$/.test(n.lower)) return k;
      // parenthetical source: ", he said," / ", the officials said."
      let j = k + 1;
      while (j < sLast && j - k < 8 && npTok(T[j]!, false) && !D.cueAt[j]) j++;
      if (j > k + 1 && j < sLast && D.cueAt[j]) {
        const after = skipAdjuncts(D, j + 1, sLast);
        if (after >= sLast || isPunct(T[after])) return k;
      }
      if (D.cueAt[k + 1] && k + 2 < sLast && npTok(T[k + 2]!, false)) return k; // ", said Smith"
      // the main verb after a participle aside: "X, citing court records, reported that …"
      if (D.cueAt[k + 1] && T[k + 1]!.pos === 'VERB' && /ed$/.test(T[k + 1]!.lower) && T[r - 1]?.pos === 'VERB' && /ing$/.test(T[r - 1]!.lower)) return k;
    }
  }
  return sLast;
}

/** Tokens [r, k) are "that" and a phrase with no verb: a phrase fronted in the clause the complementizer opens. */
function frontedPhrase(D: Doc, r: number, k: number): boolean {
  if (D.T[r]!.lower !== 'that' || k - r < 2) return false;
  for (let x = r + 1; x < k; x++) if (D.T[x]!.pos === 'VERB' || D.T[x]!.pos === 'AUX') return false;
  return true;
}

const SUBORD = new Set(['if', 'when', 'because', 'although', 'though', 'as', 'after', 'before', 'since', 'while', 'unless', 'until', 'once', 'whether', 'where', 'given']);
/** A subordinate clause opened in tokens [r, k) whose comma may come at k. */
function subordinateOpen(D: Doc, r: number, k: number): boolean {
  for (let x = r; x < k; x++) if (SUBORD.has(D.T[x]!.lower) || D.T[x]!.text === ',') return true;
  return false;
}

/** Content that starts at token r and runs to the clause's end, a quote running past the sentence kept whole. */
export function contentFrom(D: Doc, r: number, sLast: number, inSubject = false): Span | null {
  const T = D.T;
  while (r < sLast && (T[r]!.text === ',' || T[r]!.text === ':' || T[r]!.text === '—' || T[r]!.text === '-')) r++;
  if (r >= sLast) return null;
  const end = contentEnd(D, r, sLast);
  const e = inSubject ? subjectClauseEnd(D, r, end) : end;
  // a particle alone says nothing: "Readers wrote in.", "Riders called back."
  if (e - r <= 2 && (PARTICLES.has(T[r]!.lower) || T[r]!.lower === 'in') && (e - r === 1 || isPunct(T[r + 1]))) return null;
  const sp = trimmed(D, r, e);
  if (!sp) return null;
  // a quote still open at the content's end runs on
  const q = D.qOf[e - 1] ?? -1;
  if (q >= 0 && D.quotes[q]!.end > sp[1]) sp[1] = D.quotes[q]!.end;
  return sp;
}

/** True where the tokens from r look like a complement clause, a to-infinitive or a quote. */
export function complementAt(D: Doc, r: number, sLast: number, e: CueEntry): boolean {
  const T = D.T;
  const t = T[r];
  if (!t) return false;
  if (t.text === ':' || opensQuote(D, r) >= 0 || (t.text === ',' && opensQuote(D, r + 1) >= 0)) return true;
  if (WH.has(t.lower)) return true;
  if (t.lower === 'to') return e.category === 'intention' || e.category === 'belief' || e.category === 'perception' || e.frame === 'noun';
  if (e.frame === 'noun') return t.lower === 'for' || t.lower === 'of' || t.lower === 'about';
  if (SUBJ_PRON.has(t.lower) || t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PRON') {
    // a clause: a finite verb within a few tokens
    for (let j = r + 1; j < sLast && j - r <= 8; j++) {
      const w = T[j]!;
      if (w.pos === 'AUX' || (w.pos === 'VERB' && (!/ing$/.test(w.lower) || e.category === 'perception'))) return true;
      if (w.text === ',' || w.text === ';') break;
    }
    if (e.category === 'intention' || e.category === 'belief' || e.category === 'perception') {
      // "wants the U.S. to act", "sees X as Y"
      for (let j = r + 1; j < sLast && j - r <= 8; j++) if (T[j]!.lower === 'to' || T[j]!.lower === 'as') return true;
    }
  }
  return false;
}

/** A colon that ends the cue's sentence ("The mayor tweeted:"): the next sentence is the content. */
export function afterColon(D: Doc, r: number, sLast: number): Span | null {
  const T = D.T;
  if (T[r]?.text !== ':' || r !== sLast - 1 || sLast >= T.length) return null;
  const n = T[sLast]!.sentence;
  let e = sLast;
  while (e < T.length && T[e]!.sentence === n) e++;
  const sp = trimmed(D, sLast, e);
  if (!sp) return null;
  const q = D.qOf[e - 1] ?? -1;
  if (q >= 0 && D.quotes[q]!.end > sp[1]) sp[1] = D.quotes[q]!.end;
  return sp;
}

/** The content left of a cue block whose first outside token is `left`. */
export function leftContent(D: Doc, left: number, sFirst: number, resumes = false): { span: Span; quoted: boolean } | null {
  const T = D.T;
  if (left < sFirst) {
    // the cue opens the sentence: a quote closing the sentence before, in the same paragraph
    const p = sFirst - 1;
    if (p < 0) return null;
    const q = closesQuote(D, p) >= 0 ? closesQuote(D, p) : (isPunct(T[p]) && closesQuote(D, p - 1) >= 0 ? closesQuote(D, p - 1) : -1);
    if (q < 0) return null;
    if (D.text.slice(D.quotes[q]!.end, T[sFirst]!.start).includes('\n')) return null;
    return { span: quoteSpan(D, q), quoted: true };
  }
  let k = left;
  let q = closesQuote(D, k);
  if (q < 0 && (T[k]!.text === ',' || T[k]!.text === ':' || isDash(T[k])) && k - 1 >= sFirst) q = closesQuote(D, k - 1);
  // "the editor of the “Harbor Hour,” predicted …": a title, not what was said; ", citing “…,” said": the aside's quote
  if (q >= 0 && (quotedTitle(D, firstTokenFrom(T, D.quotes[q]!.start), T.length) >= 0 || asideQuote(D, q, sFirst) >= 0)) return null;
  if (q >= 0) {
    // a quoted phrase ending a clause of the writer's words: "The plan is “a joke,” Ruiz said" holds the clause
    const o = firstTokenFrom(T, D.quotes[q]!.start);
    let s = sFirst;
    for (let x = o - 1; x > sFirst; x--) if (T[x]!.text === ';' || T[x]!.text === ':') { s = x + 1; break; }
    // (after a dateline's dash: "HARBOR CITY — The plan is “a joke,” Ruiz said")
    if (s === sFirst) {
      let x = sFirst, caps = false;
      for (; x < o && (/^[A-Z][A-Za-z.'’-]*$/.test(T[x]!.text) || T[x]!.text === ',' || T[x]!.text === '(' || T[x]!.text === ')'); x++) if (/^[A-Z]{2,}$/.test(T[x]!.text)) caps = true;
      if (caps && x < o && (T[x]!.text === '—' || T[x]!.text === '--' || T[x]!.text === '–')) s = x + 1;
    }
    while (s < o && (T[s]!.pos === 'CCONJ' || CONNECTIVE_OPENERS.has(T[s]!.lower))) s++;
    if (o - s >= 2 && !isPunct(T[o - 1]) && D.qOf[s]! < 0 && !D.text.slice(T[s]!.start, D.quotes[q]!.start).includes('\n')) {
      if (!hasCueIn(D, s, o)) return { span: [T[s]!.start, quoteSpan(D, q)[1]], quoted: true };
    }
    return { span: quoteSpan(D, q), quoted: true };
  }
  if (T[k]!.text !== ',' && !isDash(T[k])) return null;
  // the clause before the comma, from the sentence start (or a quote running into it)
  let s = sFirst;
  for (let x = k - 1; x > sFirst; x--) if (T[x]!.text === ';' || T[x]!.text === ':') { s = x + 1; break; }
  const sp = trimmed(D, s, k);
  if (!sp) return null;
  const q0 = D.qOf[s] ?? -1;
  if (q0 >= 0 && D.quotes[q0]!.start < sp[0]) sp[0] = D.quotes[q0]!.start;
  // one word is a content only as an answer or exclamation ("Sorry, Cole said."), not a connective ("But, he said, …")
  // (or as the subject of a claim that resumes after the cue: "Fares, Ruiz said, will rise")
  if (k - s < 2 && !(k - s === 1 && (T[s]!.pos === 'ADJ' || T[s]!.pos === 'INTJ' || /^(?:yes|no|absolutely|exactly|never|nonsense)$/.test(T[s]!.lower)
    || (resumes && (T[s]!.pos === 'NOUN' || T[s]!.pos === 'PROPN'))))) return null;
  return { span: sp, quoted: false };
}

/** The tokens [s, e) are a time phrase only: "Earlier this week", "Six months ago", "In 2008", "On Friday". */
export function timeOnly(D: Doc, s: number, e: number): boolean {
  return D.T.slice(s, e).every((t) => TIME.has(t.lower) || t.pos === 'NUM' || (t.pos === 'PROPN' && /day$/.test(t.lower)) || FRONT_TIME.test(t.lower));
}
/** Words of a time phrase besides TIME's: "Earlier in the spring", "In recent days". */
const FRONT_TIME = /^(?:on|in|at|during|the|a|recent|past|spring|summer|fall|autumn|winter|days?|weeks?|months?|years?|hours?|ago|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Words that open a sentence as a link to the one before, no part of what was said. */
const CONNECTIVE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'now', 'then', 'also']);

/** The noun phrase starting at token i opens its sentence (after determiners): "[The mayor's claim that …] was disputed". */
export function subjectPosition(D: Doc, i: number, sFirst: number): boolean {
  let k = i - 1;
  while (k >= sFirst && (D.T[k]!.pos === 'DET' || D.T[k]!.pos === 'ADJ')) k--;
  return k < sFirst;
}

/**
 * In a that-clause inside the subject ("X's claim that crime had fallen was disputed"), the
 * clause ends where the sentence's own verb begins: the second verb group after the clause's
 * first, unless a conjunction, relative word or comma comes between (then it is kept whole).
 */
function subjectClauseEnd(D: Doc, r: number, e: number): number {
  const T = D.T;
  const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
  let k = r + 1;
  while (k < e && !verbal(T[k]!)) k++;
  // the clause's own verb group ends with its main verb: "had fallen | was disputed"
  while (k < e && (T[k]!.pos === 'AUX' || T[k]!.pos === 'PART' || T[k]!.pos === 'ADV')) k++;
  if (k < e && T[k]!.pos === 'VERB') k++;
  for (; k < e; k++) {
    const t = T[k]!;
    if (t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.text === ',' || /^(?:who|which|that|what|where|when)$/.test(t.lower)) return e;
    if (verbal(t)) return k;
  }
  return e;
}

/** subjectRelative's answer: the subject's first token, the relative word's, the cue's verb group start, where the cue stands, a complement. */
export interface SubjectRelative { start: number; rel: number; verb: number; cueInClause: boolean; complement: boolean }

/**
 * The sentence opens with a noun phrase and its restrictive relative clause ("The group that …", "Voters who …"; after a
 * fronted phrase with no verb: "On Monday, a storm that …"), and
 * the cue at c0 comes after the relative word with no punctuation, conjunction or subordinator between: the relative
 * word's token, and whether the cue is in the clause (no verb of the clause's own before it, its auxiliaries aside,
 * or one whose infinitive the cue is: "that forced the mayor to promise") or is the sentence's
 * own verb after it ("A clerk who has accused the mayor said …"), and whether the "that" opens a noun's complement
 * ("The fact that …"). Null where the sentence opens otherwise, or the clause holds more verbs than that; not "that"
 * before a time word ("Officials that day said").
 */
export function subjectRelative(D: Doc, sFirst: number, c0: number): SubjectRelative | null {
  const T = D.T;
  // a fronted phrase with no verb, up to its comma, goes before the subject: "On Monday, a storm that …"
  for (let x = sFirst; x < c0 && x - sFirst < 7; x++) {
    if (T[x]!.pos === 'VERB' || T[x]!.pos === 'AUX' || D.qOf[x]! >= 0) break;
    if (T[x]!.text === ',') { if (x > sFirst && (T[sFirst]!.pos === 'ADP' || timeWord(T[sFirst]!))) sFirst = x + 1; break; }
  }
  let j = sFirst;
  while (j < c0 && j - sFirst < 8 && npTok(T[j]!, j === sFirst) && !/^(?:that|who)$/.test(T[j]!.lower)) j++;
  if (j === sFirst || j >= c0 || !/^(?:that|who)$/.test(T[j]!.lower) || !(T[j - 1]!.pos === 'NOUN' || T[j - 1]!.pos === 'PROPN')) return null;
  if (T[j]!.lower === 'that' && TIME_NOUN.test(T[j + 1]?.lower ?? '')) return null;
  for (let x = j + 1; x < c0; x++) if (isPunct(T[x]) || T[x]!.pos === 'CCONJ' || T[x]!.pos === 'SCONJ') return null;
  // (a noun's complement clause, "The fact that the pilots say … | worries", ends where the sentence's verb begins too,
  // but the phrase is no speaker: complement)
  const complement = T[j]!.lower === 'that' && COMPLEMENT_NOUN.test(T[j - 1]!.lower);
  let a = c0;
  while (a - 1 > j && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'ADV' || T[a - 1]!.pos === 'PART')) a--;
  const infinitive = T[a]?.lower === 'to' || T[c0 - 1]?.lower === 'to';
  // the clause's verb groups before the cue: none (the cue is in the clause), or one (the cue is the sentence's verb),
  // two where a verb of saying reaches into the next ("that officials say | is tied to …"); more: some other structure
  const groups: number[] = [];
  for (let x = j + 1; x < a; x++) if (opensVerbGroup(T, x)) groups.push(x);
  if (!groups.length || (infinitive && groups.length === 1)) return { start: sFirst, rel: j, verb: a, cueInClause: true, complement };
  if (infinitive) return null;
  const reported = groups.length === 2 && CLAUSAL.test(T[groups[0]!]!.lemma) && groups[1] === groups[0]! + 1;
  return groups.length === 1 || reported ? { start: sFirst, rel: j, verb: a, cueInClause: false, complement } : null;
}

/**
 * Token k opens a verb group: a verb or auxiliary, no gerund, not after an auxiliary or adverb of its group ("would |
 * flood", "has | been", "is | not | expected") nor after "to".
 */
function opensVerbGroup(T: readonly Token[], k: number): boolean {
  const t = T[k]!, p = T[k - 1];
  if (!(t.pos === 'VERB' || t.pos === 'AUX') || /ing$/.test(t.lower)) return false;
  return !p || !(p.pos === 'AUX' || p.pos === 'PART' || p.lower === 'to' || (p.pos === 'ADV' && T[k - 2]?.pos === 'AUX'));
}

/** Verbs whose content is a clause with a subject of its own ("say the fee is fair"): its first verb is the clause's. */
const CLAUSAL = /^(?:say|believe|think|claim|allege|argue|contend|insist|suggest|expect|fear|hope|warn|predict|suspect|estimate|know|agree|acknowledge|report|note|add|conclude|worry|feel|assume|guess|suppose|doubt|reveal|announce|confirm|deny|admit|state|explain|write|find|show|tell|promise|vow|concede|testify|stress|learn|indicate|emphasize|maintain|declare|assert|recall|complain|realize|understand|decide|determine)$/;

/**
 * A cue in the restrictive relative clause of the sentence's subject ("A storm that forced the mayor to promise a new
 * pier | hit the coast", "The levy that economists believe will hurt riders | passed"): its content ends where the
 * sentence's own verb group begins, the content's first verb group or, where the content is a clause of its own, its
 * second. `rel` is subjectRelative's answer for the cue; the end stands (the content-end ranker does not move it).
 */
export function inSubjectRelative(D: Doc, f: Found, rel: SubjectRelative | null, sLast: number): void {
  const T = D.T;
  const [c0, c1] = f.cueTokens;
  if (!rel || !rel.cueInClause) return;
  // (the last span: PolNeAR's content may open with the relative clause's antecedent, "The group … is tied to …")
  const last = f.content[f.content.length - 1];
  if (!last || last[0] < T[c1 - 1]!.end || D.qOf[c0]! >= 0) return;
  const from = firstTokenFrom(T, last[0]), stop = Math.min(firstTokenFrom(T, last[1]), sLast);
  if (from >= stop) return;
  // a clause that opens with its verb has the relative word as its subject ("that critics say | polluted …"); a
  // participle the tagger read as an adjective opens one too ("polluted the river")
  const opensWithVerb = T[from]!.pos === 'VERB' || T[from]!.pos === 'AUX' || (T[from]!.pos === 'ADJ' && /ed$/.test(T[from]!.lower) && T[from + 1]?.pos === 'DET');
  const verbal = (t: Token | undefined) => !!t && (t.pos === 'VERB' || t.pos === 'AUX');
  // (already ending at the sentence's verb: a content cut where the speaker's phrase ends, "Voters who think the pier is
  // unsafe | said", withinSources)
  if (stop < sLast && verbal(T[stop])) return;
  // The content's verb groups, up to a conjunction, subordinator, wh-word, punctuation or quote.
  const groups: number[] = [];
  for (let k = from; k < stop; k++) {
    const t = T[k]!;
    if (k > from && (t.pos === 'CCONJ' || t.pos === 'SCONJ' || WH.has(t.lower) || (isPunct(t) && t.text !== '-') || D.qOf[k]! >= 0)) break;
    // the content's first token opens a group where the clause opens with its verb (the cue before it is no auxiliary);
    // in a clause's own part a participle after its noun opens none ("the pier built in 1990 | is")
    const opens = k === from ? opensWithVerb && !/ing$/.test(t.lower) : opensVerbGroup(T, k);
    const participle = !groups.length && t.pos === 'VERB' && T[k - 1]?.pos === 'NOUN' && !/s$/.test(t.lower) && T[k + 1]?.pos === 'ADP';
    if (opens && !participle) groups.push(k);
  }
  // The sentence's own verb: the first group, or the second where the content is a clause of its own (it opens with its
  // verb or "that", or the cue takes a clause and two groups follow) unless a subject pronoun stands before the second,
  // which then opens a clause inside the sentence's predicate ("who doubt the plan | say it will fail").
  const second = groups[1];
  const clause = opensWithVerb || T[from]!.lower === 'that'
    || (CLAUSAL.test(f.lemma) && second !== undefined && !SUBJ_PRON.has(T[second - 1]!.lower));
  const main = clause ? second : groups[0];
  if (main === undefined || main <= from) return;
  const sp = trimmed(D, from, main);
  if (!sp) return;
  f.content = [...f.content.slice(0, -1), sp];
  f.fixedEnd = true;
}

/**
 * Adds the quoted sentences that follow a claim and have no cue of their own: after a direct quote, or after an indirect
 * claim with a speaker, in the same paragraph or the next ones (a new paragraph of quote with no cue goes on with the
 * last speaker; PolNeAR gives such a sentence to an attribution 98 times in 100).
 */
export function extendQuotes(D: Doc, found: Found[], sentences: Annotated['sentences']): void {
  const T = D.T, Q = D.quotes;
  const hasCue = new Uint8Array(sentences.length);
  const lastOf = new Map<number, Found>(); // the last attribution of each sentence
  for (const f of found) { const si = T[f.cueTokens[0]]!.sentence; hasCue[si] = 1; lastOf.set(si, f); }
  const quoteAfter = (pos: number) => firstQuoteEndingAfter(Q, pos);
  // the attributions whose content holds each quote: a quote another one holds is not this one's ("“…” ― Ann Ruiz", "“…?” Lee asked")
  const holders = new Map<number, Found[]>();
  const hold = (f: Found, [a, b]: Span) => {
    for (let q = quoteAfter(a); q < Q.length && Q[q]!.start < b; q++) { const h = holders.get(q); if (h) h.push(f); else holders.set(q, [f]); }
  };
  for (const f of found) for (const sp of f.content) hold(f, sp);
  for (const f of found) {
    runningInto(D, f, hasCue, holders, hold);
    const last = f.content[f.content.length - 1];
    if (!last) continue;
    const cueSentence = T[f.cueTokens[0]]!.sentence;
    // the quote the last content span ends with
    let qi = quoteAfter(last[1] - 1);
    if (Q[qi]?.end !== last[1]) {
      // an indirect claim with a speaker, the last of its sentence, not a question (the quote after one is an answer): a
      // quote after it, with no cue of its own, is the speaker going on in their own words ("Ruiz said the pier was
      // safe. “We checked it twice.”")
      if (!f.source || lastOf.get(cueSentence) !== f || QUESTION.has(f.lemma)) continue;
      qi = quoteAfter(sentences[cueSentence]!.end) - 1;
    }
    // the quote must end at or after the cue's sentence (not a quote before "…," he said)
    let end = Math.max(last[1], sentences[cueSentence]!.end);
    for (;;) {
      const next = qi + 1;
      const q = Q[next];
      if (!q) break;
      const gap = D.text.slice(end, q.start);
      if (!/^[\s.,;]*$/.test(gap)) break;
      // the quote must start a sentence with no cue of its own
      const tokIdx = tokenAt(T, q.start);
      if (tokIdx < 0) break;
      const si = T[tokIdx]!.sentence;
      if (si <= cueSentence || hasCue[si]) break;
      const sEnd = sentences[si]!;
      if (sEnd.first !== tokIdx) break;
      // and hold the sentence(s): nothing but punctuation after it
      const tail = tokenAt(T, q.end - 1);
      if (tail < 0) break;
      const tailSent = sentences[T[tail]!.sentence]!;
      if (!/^[\s.,;!?]*$/.test(D.text.slice(q.end, tailSent.end)) || hasCue[T[tail]!.sentence]) break;
      if ((holders.get(next) ?? []).some((g) => g !== f)) break;
      f.content.push([q.start, q.end]);
      hold(f, [q.start, q.end]);
      end = q.end;
      qi = next;
    }
  }
}

/**
 * Adds, before a claim's first quote, the paragraphs of quote that run on into it: a quote left open at its
 * paragraph's end goes on in the next one ("“We are done with the old pier.¶“And we will not rebuild it,” said Ruiz").
 */
function runningInto(D: Doc, f: Found, hasCue: Uint8Array, holders: Map<number, Found[]>, hold: (f: Found, s: Span) => void): void {
  const T = D.T, Q = D.quotes;
  const first = f.content[0];
  if (!first) return;
  let qi = firstQuoteEndingAfter(Q, first[0]);
  if (Q[qi]?.start !== first[0]) return;
  for (let prev = qi - 1; prev >= 0; prev--) {
    const p = Q[prev]!, q = Q[qi]!;
    if (p.closed || !/^\s*\n\s*$/.test(D.text.slice(p.end, q.start))) return;
    // a quote with no cue of its own, held by no other claim
    const a = tokenAt(T, p.start), b = tokenAt(T, p.end - 1);
    if (a < 0 || b < 0 || holders.has(prev)) return;
    for (let si = T[a]!.sentence; si <= T[b]!.sentence; si++) if (hasCue[si]) return;
    f.content.unshift([p.start, p.end]);
    hold(f, [p.start, p.end]);
    qi = prev;
  }
}

/** Index of the first quote that ends after `pos` (quotes are sorted and disjoint); quotes.length where none does. */
function firstQuoteEndingAfter(quotes: Doc['quotes'], pos: number): number {
  let lo = 0, hi = quotes.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (quotes[mid]!.end <= pos) lo = mid + 1; else hi = mid; }
  return lo;
}

/** Cues of asking: the quote after one is an answer, someone else's words. */
const QUESTION = new Set(['ask', 'question', 'wonder', 'inquire', 'query']);


export function mergeSpans(spans: Span[]): Span[] {
  const s = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const x of s) {
    const l = out[out.length - 1];
    if (l && x[0] <= l[1]) l[1] = Math.max(l[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

export function quoteKind(D: Doc, content: Span[]): QuoteKind {
  let inQ = 0, total = 0;
  for (const [a, b] of content) {
    total += b - a;
    for (let q = firstQuoteEndingAfter(D.quotes, a); q < D.quotes.length && D.quotes[q]!.start < b; q++) {
      const Q = D.quotes[q]!;
      inQ += Math.max(0, Math.min(b, Q.end) - Math.max(a, Q.start));
    }
  }
  if (!total) return 'none';
  if (inQ >= total * 0.9) return 'direct';
  return inQ > 0 ? 'mixed' : 'indirect';
}
