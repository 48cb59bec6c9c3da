import { existsSync, readFileSync } from 'node:fs';
import type { Token } from '../../types.js';
import type { CueEntry } from './lexicon.js';
import type { Quote } from './quotes.js';
import { WH } from './doc.js';

/*
 * The learned cue filter: a logistic regression over hashed features of one candidate token.
 *
 * Candidates are tokens outside quotes that start a lexicon match, and verbs, nouns and adjectives
 * that start none. The model decides "cue or not" for both: for lexicon cues it replaces the hand
 * complement test of weak cues; for other words it admits the long tail of PolNeAR's cue verbs
 * (the claim's cueId is then `learned-<lemma>`). Features are strings hashed (FNV-1a, 32-bit) into
 * a fixed table, so the weight file holds numbers only. scripts/train.mjs writes it from
 * polnear-train.jsonl; inference is one table lookup per feature.
 */

export interface CueModel {
  /** log2 of the table size. */
  bits: number;
  /** Dense weights, length 2^bits. */
  w: Float32Array;
  /** Decision thresholds on the score (log-odds) for lexicon cues and for other words. */
  thresholdLexicon: number;
  thresholdOther: number;
  /** Below thresholdLexicon and at least this, a lexicon cue is kept where its own rule test passes. */
  thresholdRules: number;
  /** Hashes (vocabKey) of the words outside the lexicon that are candidates: those seen as cues in training. Null: every verb, noun and adjective. */
  vocab: Set<number> | null;
}

/** What the feature function needs to know about the document. */
export interface FeatureContext {
  T: readonly Token[];
  qOf: Int32Array;
  quotes: readonly Quote[];
}

export const CANDIDATE_POS = new Set(['VERB', 'NOUN', 'ADJ']);

const FNV_OFFSET = 0x811c9dc5;
/*
 * The hashes are signed 32-bit integers, which V8 keeps unboxed: an unsigned one above 2^31 is a heap number, allocated
 * wherever a hash is returned from a call V8 did not inline. Only their low bits are used (`& mask`), the same either
 * way; the vocabulary's keys, stored in the model file, are unsigned (`vocabKey`).
 */
/** FNV-1a (32-bit) of a string. */
export function fnv1a(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
/** Mixes one more hashed part into a feature hash (FNV step and a murmur finaliser). */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x01000193);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d);
}

// feature tags, hashed once
const TAGS = ['b', 'L', 'LP', 'W', 'P', 'S3', 'E', 'EC', 'ET', 'N1', 'N12', 'M1', 'M12', 'LN1', 'LN12', 'LM1', 'PN1', 'PM1', 'Ln1', 'Lp1',
  'EN1', 'EM1', 'QR', 'QL', 'LQ', 'CL', 'LCL', 'SP', 'SE', 'CAP', 'SUBJ', 'AUX', 'PC', 'LPC', 'NC', 'LNC', 'GV', 'GVL', 'OB', 'OBL'] as const;
const H = Object.fromEntries(TAGS.map((t) => [t, fnv1a(t)])) as Record<(typeof TAGS)[number], number>;

const SUBJ = new Set(['i', 'he', 'she', 'we', 'they', 'you', 'it', 'who']);
const QMARK = /^[“”"'`‘’]+$/;
const CLS_WORDS = new Set(['that', 'to', 'by', 'as', 'of', 'for', 'about', 'with', 'on', 'in', 'and', 'but', 'not']);

/** A coarse class of a token for context features. */
export function cls(t: Token | undefined): string {
  if (!t) return 'END';
  const l = t.lower;
  if (CLS_WORDS.has(l)) return l;
  if (WH.has(l)) return 'WH';
  if (SUBJ.has(l)) return 'SUBJ';
  if (t.pos === 'PUNCT') {
    if (QMARK.test(t.text)) return 'Q';
    return t.text === ',' || t.text === ':' || t.text === '.' || t.text === '(' || t.text === '—' ? t.text : 'P';
  }
  return t.pos;
}

/**
 * Hashed features of candidate token i (its sentence [sFirst, sLast)), with the lexicon entry that
 * matched there, if any, and the nearest lexicon matches before and after it in the sentence (-1: none). Pushes table indexes into `out`.
 */
export function cueFeatures(C: FeatureContext, i: number, sFirst: number, sLast: number, e: CueEntry | null, prevLex: number, nextLex: number, bits: number, out: number[]): void {
  const T = C.T;
  const t = T[i]!;
  const mask = (1 << bits) - 1;
  const p1 = i - 1 >= sFirst ? T[i - 1] : undefined, p2 = i - 2 >= sFirst ? T[i - 2] : undefined;
  const n1 = i + 1 < sLast ? T[i + 1] : undefined, n2 = i + 2 < sLast ? T[i + 2] : undefined;
  // a verb the tagger read as a noun ("officials advocate for"), rescued by the lexicon's POS check, counts as a verb
  const pos = e && e.pos.length && !e.pos.includes(t.pos) ? e.pos[0]! : t.pos;
  const L = fnv1a(t.lemma || t.lower), P = fnv1a(pos), E = fnv1a(e ? e.id : '-');
  const c1 = fnv1a(cls(n1)), c2 = fnv1a(cls(n2)), cm1 = fnv1a(cls(p1)), cm2 = fnv1a(cls(p2));
  const f1 = (tag: number, a: number) => { out.push(mix(tag, a) & mask); };
  const f2 = (tag: number, a: number, b: number) => { out.push(mix(mix(tag, a), b) & mask); };
  const f3 = (tag: number, a: number, b: number, c: number) => { out.push(mix(mix(mix(tag, a), b), c) & mask); };
  out.push(H.b & mask);
  f1(H.L, L); f2(H.LP, L, P); f1(H.W, fnv1a(t.lower)); f1(H.P, P); f2(H.S3, P, fnv1a(t.lower.slice(-3))); f1(H.E, E);
  if (e) { f2(H.EC, fnv1a(e.category), P); f2(H.ET, fnv1a(e.trigger), fnv1a(e.frame)); }
  f1(H.N1, c1); f2(H.N12, c1, c2); f1(H.M1, cm1); f2(H.M12, cm2, cm1);
  f2(H.LN1, L, c1); f3(H.LN12, L, c1, c2); f2(H.LM1, L, cm1);
  f2(H.PN1, P, c1); f2(H.PM1, P, cm1);
  if (n1) f2(H.Ln1, L, fnv1a(n1.lemma || n1.lower));
  if (p1) f2(H.Lp1, fnv1a(p1.lemma || p1.lower), L);
  if (e) { f2(H.EN1, E, c1); f2(H.EM1, E, cm1); }
  // quotes around: one opening just after, one closing just before
  let qRight = 0, qLeft = 0;
  for (let k = i + 1; k < Math.min(sLast, i + 4); k++) if (C.qOf[k]! >= 0) { qRight = C.quotes[C.qOf[k]!]!.start === T[k]!.start ? 1 : 0; break; }
  for (let k = i - 1; k >= Math.max(sFirst, i - 5); k--) if (C.qOf[k]! >= 0) { qLeft = 1; break; }
  f1(H.QR, qRight); f1(H.QL, qLeft); f2(H.LQ, L, qLeft * 2 + qRight);
  // a finite verb soon after (a clause complement)
  let clause = 0;
  for (let k = i + 1; k < Math.min(sLast, i + 8); k++) {
    const w = T[k]!;
    if (w.pos === 'PUNCT' && w.text !== '’') break;
    if (w.pos === 'AUX' || w.pos === 'VERB') { clause = k - i; break; }
  }
  f1(H.CL, clause > 3 ? 4 : clause);
  f2(H.LCL, L, clause ? 1 : 0);
  // position in the sentence
  const fromStart = i - sFirst, toEnd = sLast - 1 - i;
  f1(H.SP, fromStart === 0 ? 0 : fromStart < 3 ? 1 : fromStart < 8 ? 2 : 3);
  f1(H.SE, toEnd <= 1 ? 0 : toEnd < 4 ? 1 : 2);
  f1(H.CAP, fromStart > 0 && t.text.charCodeAt(0) >= 65 && t.text.charCodeAt(0) <= 90 ? 1 : 0);
  // what stands left: a subject pronoun, a name, a noun, an aux chain
  let k = i - 1;
  while (k >= sFirst && (T[k]!.pos === 'AUX' || T[k]!.pos === 'ADV' || T[k]!.pos === 'PART')) k--;
  const left = k >= sFirst ? T[k]! : undefined;
  f1(H.SUBJ, fnv1a(left ? (SUBJ.has(left.lower) ? 'pron' : left.pos === 'PUNCT' ? 'p' + left.text : left.pos) : 'START'));
  f1(H.AUX, fnv1a(k < i - 1 ? (T[i - 1]!.pos === 'AUX' ? T[i - 1]!.lower : 'adv') : '-'));
  // an earlier cue word in the sentence: this one may sit in its content (PolNeAR rarely marks nested cues)
  let pc = 0, thatBetween = 0;
  if (prevLex >= 0) {
    const d = i - prevLex;
    pc = d <= 3 ? 1 : d <= 8 ? 2 : 3;
    // the separator nearest this word: "disputed that figure in a statement, saying" is a comma, not a that-clause
    for (let x = i - 1; x > prevLex; x--) if (T[x]!.lower === 'that' || T[x]!.pos === 'PUNCT') { thatBetween = T[x]!.lower === 'that' ? 1 : 2; break; }
  }
  f2(H.PC, pc, thatBetween);
  f2(H.LPC, L, pc ? 1 : 0);
  // a later cue word: "…, officials said" after this one
  let nc = 0, between = 0;
  if (nextLex >= 0) {
    const d = nextLex - i;
    nc = d <= 3 ? 1 : d <= 8 ? 2 : 3;
    for (let x = i + 1; x < nextLex; x++) { const w = T[x]!; if (w.text === ',' || C.qOf[x]! >= 0) { between = w.text === ',' ? 1 : 2; break; } }
  }
  f2(H.NC, nc, between);
  f2(H.LNC, L, nc ? 1 : 0);
  // light-verb phrases: the verb that governs a noun ("made statements", "voiced concern"), the noun a verb takes ("cast doubt", "took issue")
  if (pos === 'NOUN') {
    let v = i - 1;
    while (v >= sFirst && v > i - 5 && (T[v]!.pos === 'DET' || T[v]!.pos === 'ADJ' || T[v]!.pos === 'ADV' || T[v]!.pos === 'NUM' || (T[v]!.pos === 'PRON' && !SUBJ.has(T[v]!.lower)))) v--;
    const g = v >= sFirst && T[v]!.pos === 'VERB' ? fnv1a(T[v]!.lemma || T[v]!.lower) : fnv1a('-');
    f1(H.GV, g); f2(H.GVL, g, L);
  } else if (pos === 'VERB') {
    let o = i + 1;
    while (o < sLast && o < i + 4 && (T[o]!.pos === 'DET' || T[o]!.pos === 'ADJ' || T[o]!.pos === 'NUM')) o++;
    const n = o < sLast && T[o]!.pos === 'NOUN' ? fnv1a(T[o]!.lemma || T[o]!.lower) : fnv1a('-');
    f1(H.OB, n); f2(H.OBL, L, n);
  }
}

/** The hash that names a word (lemma and POS) in the model's vocabulary. */
export const vocabKey = (t: Token): number => mix(fnv1a(t.pos), fnv1a(t.lemma || t.lower)) >>> 0;

/** Dot product of the weights with a feature list. */
export function scoreFeatures(m: { readonly w: Float32Array }, feats: readonly number[]): number {
  let s = 0;
  for (const f of feats) s += m.w[f]!;
  return s;
}

export const MODEL_URL = new URL('../../../data/models/cue-model.json', import.meta.url);

/** The stored model: `{ bits, scale, thresholdLexicon, thresholdOther, thresholdRules, index: [...], weight: [...] }`, indexes delta-coded, weights integers × 1/scale. */
export interface StoredModel {
  format: 'claimledger-cue-lr-1';
  bits: number;
  scale: number;
  thresholdLexicon: number;
  thresholdOther: number;
  thresholdRules: number;
  /** vocabKey hashes, sorted, delta-coded. */
  vocab?: number[];
  index: number[];
  weight: number[];
}

/** The weight table of a stored model: delta-coded indexes, integer weights × 1/scale (both models' form). */
export function weightTable(s: { bits: number; scale: number; index: number[]; weight: number[] }): Float32Array {
  const w = new Float32Array(1 << s.bits);
  let idx = 0;
  for (let k = 0; k < s.index.length; k++) {
    idx += s.index[k]!;
    w[idx] = s.weight[k]! / s.scale;
  }
  return w;
}

export function modelFromStored(s: StoredModel): CueModel {
  if (s.format !== 'claimledger-cue-lr-1') throw new Error(`cue model: unknown format ${String(s.format)}`);
  const w = weightTable(s);
  let v = 0;
  const vocab = s.vocab ? new Set(s.vocab.map((d) => (v += d))) : null;
  return { bits: s.bits, w, thresholdLexicon: s.thresholdLexicon, thresholdOther: s.thresholdOther, thresholdRules: s.thresholdRules, vocab };
}

/** A committed model file read through `from`, or null where the file is absent (both models load so). */
export function readStored<S, M>(url: URL, from: (s: S) => M): M | null {
  return existsSync(url) ? from(JSON.parse(readFileSync(url, 'utf8')) as S) : null;
}

let cached: CueModel | null | undefined;
/** The committed model, or null where data/models/cue-model.json is absent (rules only). */
export function cueModel(): CueModel | null {
  if (cached === undefined) cached = readStored(MODEL_URL, modelFromStored);
  return cached;
}
/** Replaces the model for this process (training and evaluation scripts; null: rules only). */
export function setCueModel(m: CueModel | null | undefined): void { cached = m; }
