import type { Span, Token } from '../../types.js';
import { firstTokenFrom } from '../../annotate/annotate.js';
import { clauseAt, npTok, REL, trimmed, type Doc, type Found } from './doc.js';
import { cls, fnv1a, mix, readStored, scoreFeatures, weightTable } from './model.js';

/*
 * Where a content that runs on from its cue ends. The frames end it by rule at the clause's end; PolNeAR's
 * contents run on past some commas and conjunctions ("argued that drivers should be paid more, but not managers",
 * "found that 52% of renters favor the levy, and 40% of owners oppose it") and stop at others ("said the plan was
 * sound, though critics disagreed"). A small learned ranker
 * (data/models/content-end-model.json, trained by `npm run train` with the cue model) scores each place the
 * content could end: the rule's end, every comma, dash, semicolon, conjunction or subordinator after the content's
 * first word outside a quote, and the sentence's end; the best wins. Without the file the rule's end stands.
 */

export interface EndModel { bits: number; w: Float32Array }
export interface StoredEndModel { format: 'claimledger-content-end-1'; bits: number; scale: number; index: number[]; weight: number[] }

/** One content the ranker may re-end: its first token, the candidates' end tokens (exclusive) and their features. */
export interface EndChoice { first: number; ends: number[]; rule: number; feats: number[][] }

const SUBORD = new Set(['because', 'while', 'after', 'before', 'if', 'as', 'when', 'though', 'although', 'since', 'until', 'unless', 'whereas', 'so']);
const BOUNDARY_PUNCT = new Set([',', ';', ':', '—', '–', '--', '―', '(']);
const MAX_CANDIDATES = 12;
/** Feature table size (bits) of a ranker trained by scripts/train.mjs. */
export const END_BITS = 16;

const TAGS = ['b', 'R', 'RD', 'B', 'BN', 'BN2', 'BV', 'BL', 'BC', 'BF', 'LEN', 'K', 'TH', 'VB', 'P1', 'Q', 'S0'] as const;
const H = Object.fromEntries(TAGS.map((t) => [t, fnv1a('end:' + t)])) as Record<(typeof TAGS)[number], number>;

/** The kind of place token e is (a content may end just before it), or null where it is none. */
function boundary(D: Doc, e: number, sLast: number): string | null {
  if (e === sLast) return 'END';
  const t = D.T[e]!;
  if (D.qOf[e]! >= 0) return null; // not inside a quote
  if (t.pos === 'PUNCT') return BOUNDARY_PUNCT.has(t.text) ? t.text : null;
  if (t.pos === 'CCONJ') return t.lower;
  if (t.pos === 'SCONJ' || SUBORD.has(t.lower)) return SUBORD.has(t.lower) ? t.lower : 'SCONJ';
  return null;
}

/** What follows a boundary: a new clause, a verb (a second predicate), a participle, or the word's class. */
function after(D: Doc, e: number, sLast: number, cue: Token): string {
  let x = e + 1;
  // ", but declined to …": past the conjunction after a comma
  if (D.T[e]?.text === ',' && x < sLast && D.T[x]!.pos === 'CCONJ') x++;
  const n = x < sLast ? D.T[x]! : undefined;
  if (!n) return 'END';
  if (clauseAt(D, x, sLast)) return 'clause';
  if (n.pos === 'VERB' && /ing$/.test(n.lower)) return 'ing';
  // a verb in the cue's own form is most often a second predicate of the cue's subject ("insisted …, but declined")
  if (n.pos === 'VERB' || n.pos === 'AUX') return sameForm(n, cue) ? 'verb=cue' : 'verb';
  return cls(n);
}
const form = (t: Token) => (/ed$/.test(t.lower) ? 'ed' : /s$/.test(t.lower) ? 's' : t.lemma === t.lower ? 'base' : 'other');
const sameForm = (a: Token, b: Token) => form(a) === form(b);

/**
 * Tokens [first, e) are a noun phrase with no verb, e is a comma, and an apposition or a relative clause between commas
 * follows before a finite verb, inside [first, rule): the phrase is the subject of that verb, no content of its own.
 */
function subjectBeforeApposition(D: Doc, first: number, e: number, rule: number): boolean {
  const T = D.T;
  if (T[e]!.text !== ',') return false;
  const finite = (v: Token) => v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower));
  // (the apposition itself may hold commas: "its offer, a 4% rise, was …" ends neither after "offer" nor after "rise")
  let c0 = first;
  while (c0 < e && T[c0]!.text !== ',') c0++;
  for (let x = first; x < c0; x++) if (!npTok(T[x]!, x === first) || finite(T[x]!)) return false;
  for (let x = c0; x < e; x++) if (finite(T[x]!)) return false;
  // (a second predicate after "and" is no apposition: "touts X, and like its other ads, does not …")
  if (T[e + 1]?.pos === 'CCONJ') return false;
  let c = e + 1;
  while (c < rule && T[c]!.text !== ',' && !finite(T[c]!)) c++;
  if (c < rule && finite(T[c]!)) return c === e + 1 && c0 < e;
  return c + 1 < rule && c > e + 1 && finite(T[c + 1]!);
}

/**
 * The content's candidate ends, or null where the ranker does not apply: a single span that opens right of the
 * cue, inside the cue's sentence (which ends before token sLast), not a quotation.
 */
export function endChoice(D: Doc, f: Found, content: Span[], sLast: number, bits: number): EndChoice | null {
  if (content.length !== 1) return null;
  const T = D.T;
  const [cs, ce] = content[0]!;
  const first = firstTokenFrom(T, cs);
  const rule = firstTokenFrom(T, ce);
  if (first < f.cueTokens[1] || first >= sLast || rule > sLast || rule <= first || D.qOf[first]! >= 0) return null;
  const ends: number[] = [];
  const kinds: string[] = [];
  // a finite cue of the main clause (not a participle, nor a verb in a relative clause): a finite verb after its
  // content's noun phrase belongs to the content ("said its offer, a 4% rise, was fair"), not to the sentence
  const head = T[f.cueTokens[1] - 1]!;
  let mainCue = !/ing$/.test(head.lower) && f.entry.frame !== 'noun' && head.pos !== 'NOUN';
  for (let x = f.cueTokens[0] - 1; mainCue && x >= 0 && T[x]!.sentence === head.sentence; x--) if (REL.has(T[x]!.lower)) mainCue = false;
  for (let e = first + 1; e <= sLast && ends.length < MAX_CANDIDATES; e++) {
    // not over another cue past the rule's end ("found that crime fell, but police warned that …")
    if (e - 1 >= rule && D.cueAt[e - 1]) break;
    const b = e === rule ? (boundary(D, e, sLast) ?? 'RULE') : boundary(D, e, sLast);
    if (b === null) continue;
    // not between a subject and its verb, around an apposition: "said [its latest offer], a 4% rise, was fair"
    if (e < rule && mainCue && subjectBeforeApposition(D, first, e, rule)) continue;
    ends.push(e); kinds.push(b);
  }
  if (!ends.includes(rule)) return null;
  const ri = ends.indexOf(rule);
  const mask = (1 << bits) - 1;
  const L = fnv1a(f.lemma), C = fnv1a(f.entry.category), F = fnv1a(f.entry.frame);
  const cueHead = T[f.cueTokens[1] - 1]!;
  const that = first > 0 && T[first - 1]!.lower === 'that' ? 1 : 0;
  // what the content opens with: a clause ("said he …"), an object ("criticized the plan"), a wh-word, "to"
  const S0 = fnv1a(clauseAt(D, first, sLast) ? 'clause' : cls(T[first]));
  let verb = 0, quote = 0, seen = first; // whether the content up to the candidate holds a verb, a quote (ends ascend)
  const feats = ends.map((e, k) => {
    const out: number[] = [];
    const B = fnv1a(kinds[k]!);
    const f1 = (tag: number, a: number) => out.push(mix(tag, a) & mask);
    const f2 = (tag: number, a: number, b: number) => out.push(mix(mix(tag, a), b) & mask);
    for (; seen < e; seen++) { if (T[seen]!.pos === 'VERB' || T[seen]!.pos === 'AUX') verb = 1; if (D.qOf[seen]! >= 0) quote = 1; }
    const n = e - first;
    const d = k - ri;
    out.push(H.b & mask);
    f1(H.R, e === rule ? 1 : 0);
    f2(H.RD, Math.sign(d) + 1, Math.min(Math.abs(d), 3));
    f1(H.B, B);
    const A = fnv1a(after(D, e, sLast, cueHead));
    f2(H.BN, B, A);
    f2(H.BN2, mix(B, A), fnv1a(cls(e + 2 < sLast ? T[e + 2] : undefined)));
    f2(H.BV, B, verb);
    f2(H.BL, B, L); f2(H.BC, B, C); f2(H.BF, B, F);
    f2(H.LEN, B, n <= 3 ? n : n <= 5 ? 4 : n <= 8 ? 5 : n <= 12 ? 6 : n <= 20 ? 7 : 8);
    f2(H.K, B, Math.min(k, 4));
    f2(H.TH, B, that);
    f2(H.VB, mix(B, A), verb);
    f2(H.P1, B, fnv1a(cls(T[e - 1])));
    f2(H.Q, B, quote);
    f2(H.S0, mix(B, A), S0);
    return out;
  });
  return { first, ends, rule, feats };
}

/** The span of the candidate end the model scores highest, trimmed of edge punctuation. */
export function chooseEnd(D: Doc, m: EndModel, c: EndChoice): Span | null {
  let best = c.ends.indexOf(c.rule), bs = -Infinity;
  c.feats.forEach((fs, k) => { const s = scoreFeatures(m, fs); if (s > bs) { bs = s; best = k; } });
  return trimmed(D, c.first, c.ends[best]!);
}

export const END_MODEL_URL = new URL('../../../data/models/content-end-model.json', import.meta.url);

export function endModelFromStored(s: StoredEndModel): EndModel {
  if (s.format !== 'claimledger-content-end-1') throw new Error(`content-end model: unknown format ${String(s.format)}`);
  return { bits: s.bits, w: weightTable(s) };
}

let cached: EndModel | null | undefined;
/** The committed ranker, or null where data/models/content-end-model.json is absent (the rule's end stands). */
export function endModel(): EndModel | null {
  if (cached === undefined) cached = readStored(END_MODEL_URL, endModelFromStored);
  return cached;
}
/** Replaces the ranker for this process (training and evaluation scripts; null: the rule's end); returns the one before. */
export function setEndModel(m: EndModel | null | undefined): EndModel | null | undefined { const prev = cached; cached = m; return prev; }

/** Training hook: where set, every content the ranker could re-end is reported (scripts/train.mjs). */
type Collector = ((c: EndChoice, cue: Span[]) => void) | null;
let collector: Collector = null;
/** Sets the training hook; returns the one before. */
export function setEndCollector(fn: Collector): Collector { const prev = collector; collector = fn; return prev; }
export const endCollector = () => collector;
