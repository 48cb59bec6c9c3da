import { firstTokenFrom, tokenAt } from '../../annotate/annotate.js';
import type { Attribution, Span } from '../../types.js';
import type { Doc } from './doc.js';
import { fnv1a, mix, readStored, scoreFeatures, weightTable } from './model.js';

/*
 * Reported inside a report: "Song said Ruiz had called the plan unworkable", "According to the survey, most riders
 * say …", "The union responded Friday, saying …". The inner cue lies in the outer attribution's content. Read one way
 * it is a claim of its own; read the other, it is part of what the outer source said. PolNeAR reads every token
 * into at most one attribution, so its annotators chose, and news goes both ways: "…, compared with 64 percent who
 * say …" is a claim beside the first one, not inside it, where the outer content ran too far.
 *
 * A small logistic regression (scripts/train.mjs, from the extractor's own output on train with the cue filter
 * trained out of fold) scores each inner attribution against its outer one. Below the threshold the inner one is
 * reported within the outer: `within` names it, and the ledger records the inner claim under the outer claim's
 * `embedded` rather than beside it. Nothing is dropped.
 */

export interface NestModel { bits: number; w: Float32Array; threshold: number }
export interface StoredNestModel { format: 'claimledger-nest-lr-1'; bits: number; scale: number; threshold: number; index: number[]; weight: number[] }

export const NEST_BITS = 14;

/** Words between the outer cue and the inner one that tell a clause of its own from a complement. */
const LINKS = new Set(['that', 'who', 'which', 'because', 'after', 'when', 'while', 'but', 'and', 'as', 'if', 'whether', 'since', 'before',
  'though', 'although', 'where', 'compared', 'than', 'so', 'to', 'by', 'what', 'how', 'why', ',', ';', ':', '—', '(', '“', '”', '"']);

const category = (id: string) => id.slice(0, id.indexOf('-') + 1 || id.length);
const bucket = (d: number) => (d < 0 ? 'before' : d <= 2 ? String(d) : d <= 5 ? '3-5' : d <= 10 ? '6-10' : d <= 20 ? '11-20' : '>20');
const scoreBucket = (s: number | undefined) => (s === undefined ? 'ruled' : s < -0.35 ? 'low' : s < 0.5 ? '<0.5' : s < 1.5 ? '<1.5' : s < 3 ? '<3' : 'high');

/**
 * Hashed features of `inner` reported inside `outer`'s content: both cue entries, what stands between them, the
 * inner source, and the cue filter's score of the cues (`scoreOf`: undefined where a rule decided the cue).
 */
export function nestFeatures(D: Doc, outer: Attribution, inner: Attribution, scoreOf: (a: Attribution) => number | undefined, bits: number): number[] {
  const T = D.T;
  const mask = (1 << bits) - 1;
  const out: number[] = [];
  const add = (...parts: string[]) => {
    let h = fnv1a(parts[0]!);
    for (let k = 1; k < parts.length; k++) h = mix(h, fnv1a(parts[k]!));
    out.push(h & mask);
  };
  const ae = tokenAt(T, outer.cue.spans[outer.cue.spans.length - 1]![1] - 1);
  const bs = firstTokenFrom(T, inner.cue.spans[0]![0]);
  const src = inner.source?.spans[0];
  const ss = src ? firstTokenFrom(T, src[0]) : bs;
  const left = Math.min(ss, bs);
  const A = outer.cue.cueId, B = inner.cue.cueId;
  add('b');
  add('A', A); add('B', B); add('AcBc', category(A), category(B)); add('Ac', category(A)); add('Bc', category(B));
  add('same', String(!outer.sentences.length || !inner.sentences.length || outer.sentences[0] === inner.sentences[0]));
  const seen = new Set<string>();
  for (let x = Math.min(ae + 1, bs); x < left; x++) {
    const w = T[x]!.lower;
    if (LINKS.has(w) && !seen.has(w)) { seen.add(w); add('bw', w); }
  }
  const first = T[ae + 1]?.lower ?? '';
  add('first', first); add('Bfirst', B, first);
  add('beforeB', T[left - 1]?.lower ?? ''); add('beforeBpos', T[left - 1]?.pos ?? '');
  add('Bpos', T[bs]!.pos, /ing$/.test(T[bs]!.lower) ? 'ing' : /ed$/.test(T[bs]!.lower) ? 'ed' : '');
  add('dist', bucket(bs - ae));
  add('Bsrc', String(!!src)); add('Asrc', String(!!outer.source));
  if (src) {
    const se = tokenAt(T, src[1] - 1);
    add('BsrcPron', String(se === ss && T[ss]!.pos === 'PRON'));
    add('BsrcAfter', String(ss > bs));
    const a = outer.source?.spans[0];
    if (a && D.text.slice(a[0], a[1]) === D.text.slice(src[0], src[1])) add('sameSrc');
    add('BsrcBeforeA', String(src[0] < outer.cue.spans[0]![0]));
  }
  add('Aparts', String(Math.min(outer.content.spans.length, 3)));
  add('score', scoreBucket(scoreOf(inner)));
  add('Ascore', scoreBucket(scoreOf(outer)));
  // the inner clause opens the outer content ("said [that] Ruiz believes …"); the inner content runs past the outer one
  let cf = firstTokenFrom(T, outer.content.spans[0]![0]);
  if (T[cf]?.lower === 'that') cf++;
  add('Bopens', String(left === cf));
  const lastOf = (a: Attribution) => a.content.spans[a.content.spans.length - 1]![1];
  add('Bbeyond', String(lastOf(inner) > lastOf(outer)));
  return out;
}

const inside = (x: Span, spans: readonly Span[]) => spans.some(([a, b]) => x[0] >= a && x[0] < b);
const length = (spans: readonly Span[]) => spans.reduce((n, [a, b]) => n + b - a, 0);

/** Each attribution whose cue lies in another's content, with the innermost such other one. */
export function nestedPairs(list: readonly Attribution[]): [outer: number, inner: number][] {
  const out: [number, number][] = [];
  list.forEach((b, j) => {
    let best = -1;
    list.forEach((a, i) => {
      if (i === j || !inside(b.cue.spans[0]!, a.content.spans)) return;
      if (best < 0 || length(a.content.spans) < length(list[best]!.content.spans)) best = i;
    });
    if (best >= 0) out.push([best, j]);
  });
  return out;
}

/**
 * A participle of saying that opens the outer content after the outer cue's comma ("The union responded Friday, saying
 * …", "…, Ruiz said, adding that …") says what the outer cue did: a claim of its own, as PolNeAR marks it 55 times in
 * 58 over train. The outer content then holds nothing but it.
 */
function participleAfter(D: Doc, outer: Attribution, inner: Attribution): boolean {
  const T = D.T;
  const b = firstTokenFrom(T, inner.cue.spans[0]![0]);
  const t = T[b]!;
  if (t.pos !== 'VERB' || !/ing$/.test(t.lower) || T[b - 1]?.text !== ',') return false;
  return firstTokenFrom(T, outer.content.spans[0]![0]) === b;
}

/**
 * Marks the attributions the model reads as reported within another (`within`: the outer one's index in `list`).
 * `scoreOf` gives an attribution's cue filter score (undefined where a rule decided the cue). A chain never loops back on itself.
 */
export function nestReported(D: Doc, list: Attribution[], m: NestModel, scoreOf: (a: Attribution) => number | undefined): void {
  for (const [i, j] of nestedPairs(list)) {
    const inner = list[j]!;
    if (participleAfter(D, list[i]!, inner)) continue;
    const f = nestFeatures(D, list[i]!, inner, scoreOf, m.bits);
    if (scoreFeatures(m, f) >= m.threshold) continue;
    let up: number | undefined = i;
    while (up !== undefined && up !== j) up = list[up]!.within;
    if (up === j) continue;
    inner.within = i;
  }
}

export const NEST_MODEL_URL = new URL('../../../data/models/nest-model.json', import.meta.url);

export function nestModelFromStored(s: StoredNestModel): NestModel {
  if (s.format !== 'claimledger-nest-lr-1') throw new Error(`nesting model: unknown format ${String(s.format)}`);
  return { bits: s.bits, w: weightTable(s), threshold: s.threshold };
}

let cached: NestModel | null | undefined;
/** The committed model, or null where data/models/nest-model.json is absent (every attribution stands alone). */
export function nestModel(): NestModel | null {
  if (cached === undefined) cached = readStored(NEST_MODEL_URL, nestModelFromStored);
  return cached;
}
/** Replaces the model for this process (training and evaluation scripts; null: no nesting); returns the one before. */
export function setNestModel(m: NestModel | null | undefined): NestModel | null | undefined { const prev = cached; cached = m; return prev; }

/** Training hook: where set, the extractor reports every nested pair's features instead of nesting (scripts/train.mjs). */
type Collector = ((list: readonly Attribution[], pairs: { inner: number; feats: number[] }[]) => void) | null;
let collector: Collector = null;
/** Sets the training hook; returns the one before. */
export function setNestCollector(fn: Collector): Collector { const prev = collector; collector = fn; return prev; }
export const nestCollector = () => collector;
