// Trains the learned cue filter (src/extract/attribution/model.ts) on PolNeAR train and writes
// data/models/cue-model.json, then the content-end ranker (src/extract/attribution/content-end.ts) over the
// contents the extractor finds with that filter, written to data/models/content-end-model.json, then the nesting model
// (src/extract/attribution/nesting.ts) over the attributions the extractor finds inside others' contents with the cue
// filter trained out of fold, written to data/models/nest-model.json: hashed-feature weights only, no text.
// Deterministic: documents in file order, fixed-seed shuffles (the cue filter's and the nesting model's weights are the
// mean over five shuffled orders, seeds S to S+4), fixed hyper-parameters, so a rerun reproduces the three files byte
// for byte.
//
//   npm run train                                        # the committed models, from ../shared/data/polnear-train.jsonl
//   node scripts/train.mjs --holdout 0 --out /tmp/m.json # leave out documents i % 5 == 0 (to measure on them);
//                                                        # the ranker goes to /tmp/m.content-end.json, the nesting
//                                                        # model to /tmp/m.nest.json
//   options: --data FILE  --out FILE  --end-out FILE  --nest-out FILE (default: beside --out, else the committed file)  --holdout K
//   --limit N (first N documents)  --epochs E  --seed S (other training orders: how much retraining alone moves the figures)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotate } from '../dist/annotate/annotate.js';
import { cueCandidates, findAttributions, modelFromStored, setCueModel, setEndCollector, setEndModel, END_BITS, NEST_BITS, setNestCollector, endModelFromStored } from '../dist/extract/attribution/index.js';

export const END_PARAMS = { bits: END_BITS, epochs: 6, rate: 0.05, seed: 20261202, scale: 100, prune: 2 };
export const NEST_PARAMS = { bits: NEST_BITS, epochs: 10, rate: 0.1, l2: 1e-4, seed: 20261203, seeds: 5, scale: 100, prune: 2, threshold: -0.4, folds: 5 };
export const PARAMS = { bits: 19, epochs: 6, rate: 0.05, l2: 1e-6, seed: 20240611, seeds: 5, scale: 100, prune: 2, thresholdLexicon: -0.5, thresholdOther: -0.2, thresholdRules: -0.5, vocabMin: 1, average: true, allTokens: false };

/**
 * Candidates of one gold document with labels: 1 for one candidate token inside each gold cue (its lexicon word, else
 * its first), else 0. The other words of a gold cue that are no lexicon entry are left out, as neither: "voiced" in
 * "voiced concern" or "issue" in "took issue with" is part of a cue, and a 0 there taught the filter that the word is
 * none. (A lexicon word inside a longer cue, "suggest" in "appeared to suggest", stays a 0: the frames build such cues
 * around their first lexicon word.)
 */
export function labelled(doc, bits, p = PARAMS, a = annotate(doc.text)) {
  const cands = cueCandidates(a, bits);
  const T = a.tokens;
  const pos = new Set(), inGold = new Set();
  for (const g of doc.attributions) {
    if (!g.cue.length) continue;
    const inside = cands.filter((c) => g.cue.some(([s, e]) => T[c.token].start < e && T[c.token].end > s));
    if (p.allTokens) { for (const c of inside) pos.add(c.token); continue; }
    // a multi-word cue ("took to the radio to say", "were more likely to say") is learned at its first
    // lexicon word (as a rule the reporting verb the frames are built around); else at its first candidate
    const c = inside.find((x) => x.lexicon) ?? inside[0];
    if (c) pos.add(c.token);
    for (const x of inside) if (x !== c && !x.lexicon) inGold.add(x.token);
  }
  return cands.filter((c) => pos.has(c.token) || !inGold.has(c.token)).map((c) => ({ token: c.token, feats: c.feats, y: pos.has(c.token) ? 1 : 0, key: c.lexicon ? null : c.key }));
}

function lcg(seed) { let s = seed >>> 0; return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296; }

/**
 * SGD over `examples` in a fixed-seed shuffled order each epoch: `update(example, w, add)` reads the weights and
 * calls add(f, d) to move weight f by d. Returns the weights averaged over all steps (p.average, the default), else
 * the last ones. Both models train so.
 */
function sgd(examples, p, update) {
  const n = 1 << p.bits;
  const w = new Float64Array(n), u = new Float64Array(n); // u: step-weighted sum of updates (averaging trick)
  const order = examples.map((_, i) => i);
  const rnd = lcg(p.seed);
  let step = 1;
  const add = (f, d) => { w[f] += d; u[f] += step * d; };
  for (let ep = 0; ep < p.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) { update(examples[k], w, add); step++; }
  }
  if (p.average === false) return w;
  const avg = new Float64Array(n);
  for (let i = 0; i < n; i++) avg[i] = w[i] - u[i] / step;
  return avg;
}

/** Logistic regression by SGD over examples [{feats, y}], weights averaged over all steps; returns Float64Array weights. */
export function fit(examples, p = PARAMS) {
  const one = (seed) => sgd(examples, { ...p, seed }, ({ feats, y }, w, add) => {
    let z = 0;
    for (const f of feats) z += w[f];
    const pr = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    const g = (y - pr) * p.rate;
    for (const f of feats) add(f, g - p.l2 * p.rate * w[f]);
  });
  // the mean of the weights of several training orders: one order's quirks (which borderline word ends above the
  // threshold) move with any change to the training data; their mean moves less
  const k = p.seeds ?? 1;
  const w = one(p.seed);
  for (let s = 1; s < k; s++) { const v = one(p.seed + s); for (let i = 0; i < w.length; i++) w[i] += v[i]; }
  if (k > 1) for (let i = 0; i < w.length; i++) w[i] /= k;
  return w;
}

/**
 * The vocabulary of non-lexicon candidates: words (vocabKey hashes) labelled a cue at least vocabMin times.
 * Other words are no candidates, at training as at run time.
 */
export function vocabulary(examples, p = PARAMS) {
  const n = new Map();
  for (const e of examples) if (e.key !== null && e.y) n.set(e.key, (n.get(e.key) ?? 0) + 1);
  return new Set([...n].filter(([, c]) => c >= p.vocabMin).map(([k]) => k));
}

/** Weights of at least `prune`/`scale` in size, as delta-coded indexes and integers (both models' stored form). */
function sparse(w, p) {
  const index = [], weight = [];
  let last = 0;
  for (let i = 0; i < w.length; i++) {
    const q = Math.round(w[i] * p.scale);
    if (Math.abs(q) < p.prune) continue;
    index.push(i - last); weight.push(q); last = i;
  }
  return { index, weight };
}

/** The cue model's stored form. */
export function stored(w, p = PARAMS, vocab = null) {
  const { index, weight } = sparse(w, p);
  const out = { format: 'claimledger-cue-lr-1', bits: p.bits, scale: p.scale, thresholdLexicon: p.thresholdLexicon, thresholdOther: p.thresholdOther, thresholdRules: p.thresholdRules, index, weight };
  if (vocab) { let v = 0; out.vocab = [...vocab].sort((a, b) => a - b).map((k) => { const d = k - v; v = k; return d; }); }
  return out;
}

/**
 * A stored model (any of the three) as its file: its fields other than lists on the first line, in their order, then
 * each list (`vocab`, `index`, `weight`, where present) on a line of its own.
 */
export function serialize(s) {
  const LISTS = ['vocab', 'index', 'weight'];
  const head = Object.entries(s).filter(([k]) => !LISTS.includes(k)).map(([k, v]) => JSON.stringify(k) + ':' + JSON.stringify(v));
  const lists = LISTS.filter((k) => s[k]).map((k) => ',\n' + JSON.stringify(k) + ':[' + s[k].join(',') + ']');
  return '{' + head.join(',') + lists.join('') + '}\n';
}

// ---- the content-end ranker

const EDGE = /[\s"'“”‘’«».,;:!?()[\]—–-]/;
/** Spans trimmed of white space, quote marks and punctuation at their edges, as ../shared/eval/score.mjs trims them. */
function trim(spans, text) {
  const out = [];
  for (let [a, b] of spans) { while (a < b && EDGE.test(text[a])) a++; while (b > a && EDGE.test(text[b - 1])) b--; if (b > a) out.push([a, b]); }
  return out;
}
const overlap = (x, y) => { let n = 0; for (const [a, b] of x) for (const [c, d] of y) n += Math.max(0, Math.min(b, d) - Math.max(a, c)); return n; };
const length = (x) => x.reduce((n, [a, b]) => n + b - a, 0);

/**
 * Ranking examples for the content-end ranker from one gold document, with the cue model in place: each content the
 * extractor could re-end, paired with the gold attribution whose cue overlaps its cue most; the label is the candidate
 * end whose span best matches the gold content (F1 of overlap; the rule's end on ties). No pair, no example.
 */
export function endExamples(doc, a = annotate(doc.text)) {
  const T = a.tokens;
  const gold = doc.attributions.filter((g) => g.cue.length).map((g) => ({ cue: g.cue, content: trim(g.content, doc.text) }));
  const out = [];
  const prevCollector = setEndCollector((c, cue) => {
    let g = null, most = 0;
    for (const x of gold) { const o = overlap(x.cue, cue); if (o > most) { most = o; g = x; } }
    if (!g || !g.content.length) return;
    let best = -1, bestF = 0;
    c.ends.forEach((e, k) => {
      const sp = trim([[T[c.first].start, T[e - 1].end]], doc.text);
      const o = sp.length ? overlap(sp, g.content) : 0;
      if (!o) return;
      const p = o / length(sp), r = o / length(g.content), f = (2 * p * r) / (p + r);
      if (f > bestF + 1e-9 || (Math.abs(f - bestF) <= 1e-9 && e === c.rule)) { bestF = f; best = k; }
    });
    if (best >= 0) out.push({ feats: c.feats, y: best });
  });
  const prevModel = setEndModel(null); // the rule's ends: the examples are what the ranker will be asked to correct
  try { findAttributions(a); } finally { setEndCollector(prevCollector); setEndModel(prevModel); }
  return out;
}

/** Softmax ranking over each example's candidates by SGD, weights averaged over all steps; returns Float64Array weights. */
export function fitEnd(examples, p = END_PARAMS) {
  return sgd(examples, p, ({ feats, y }, w, add) => {
    const z = feats.map((fs) => { let s = 0; for (const f of fs) s += w[f]; return s; });
    const top = Math.max(...z);
    const e = z.map((s) => Math.exp(s - top));
    const sum = e.reduce((a, b) => a + b, 0);
    feats.forEach((fs, c) => {
      const g = ((c === y ? 1 : 0) - e[c] / sum) * p.rate;
      for (const f of fs) add(f, g);
    });
  });
}

/** The ranker's stored form. */
export function storedEnd(w, p = END_PARAMS) {
  return { format: 'claimledger-content-end-1', bits: p.bits, scale: p.scale, ...sparse(w, p) };
}

// ---- the nesting model

/**
 * Indexes of the predicted attributions whose cue pairs with a gold cue, paired one to one by the largest overlap
 * first, as ../shared/eval/score.mjs pairs them.
 */
export function pairedCues(doc, list) {
  const G = doc.attributions.map((g) => trim(g.cue, doc.text)).filter((c) => c.length);
  const cand = [];
  list.forEach((a, i) => { const p = trim(a.cue.spans, doc.text); G.forEach((g, j) => { const o = overlap(p, g); if (o > 0) cand.push([o, i, j]); }); });
  cand.sort((x, y) => y[0] - x[0]);
  const usedP = new Set(), usedG = new Set();
  for (const [, i, j] of cand) { if (usedP.has(i) || usedG.has(j)) continue; usedP.add(i); usedG.add(j); }
  return usedP;
}

/**
 * Examples for the nesting model from one gold document with the cue model in place: each attribution the extractor
 * finds inside another's content, labelled 1 where its cue pairs with a gold cue (PolNeAR marks it as a claim of its own).
 */
export function nestExamples(doc, a = annotate(doc.text)) {
  let got = { list: [], pairs: [] };
  const prev = setNestCollector((list, pairs) => { got = { list, pairs }; });
  try { findAttributions(a); } finally { setNestCollector(prev); }
  const paired = pairedCues(doc, got.list);
  return got.pairs.map(({ inner, feats }) => ({ feats, y: paired.has(inner) ? 1 : 0 }));
}

/** The nesting model's stored form. */
export function storedNest(w, p = NEST_PARAMS) {
  return { format: 'claimledger-nest-lr-1', bits: p.bits, scale: p.scale, threshold: p.threshold, ...sparse(w, p) };
}

/** A cue model's stored form from per-document labelled candidates. */
function cueModelFrom(perDoc, p) {
  const examples = perDoc.flat();
  const vocab = p.vocabMin > 0 ? vocabulary(examples, p) : null;
  const kept = vocab ? examples.filter((e) => e.key === null || vocab.has(e.key)) : examples;
  return { s: stored(fit(kept, p), p, vocab), kept, vocab };
}

/** Each document's nesting examples, read by a cue filter trained on the other folds (documents i % folds). */
export function outOfFoldNestExamples(docs, annotated, perDoc, p = PARAMS, np = NEST_PARAMS) {
  const out = docs.map(() => []);
  for (let f = 0; f < np.folds; f++) {
    setCueModel(modelFromStored(cueModelFrom(perDoc.filter((_, i) => i % np.folds !== f), p).s));
    docs.forEach((d, i) => { if (i % np.folds === f) out[i] = nestExamples(d, annotated[i]); });
  }
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, d) => { const i = args.indexOf('--' + name); return i >= 0 ? args[i + 1] : d; };
  const data = opt('data', fileURLToPath(new URL('../../shared/data/polnear-train.jsonl', import.meta.url)));
  const out = opt('out', fileURLToPath(new URL('../data/models/cue-model.json', import.meta.url)));
  // the ranker goes beside a cue model written elsewhere ("--out /tmp/m.json" → "/tmp/m.content-end.json"), never over the committed one
  const endOut = opt('end-out', args.includes('--out') ? out.replace(/(?:\.json)?$/, '.content-end.json') : fileURLToPath(new URL('../data/models/content-end-model.json', import.meta.url)));
  const nestOut = opt('nest-out', args.includes('--out') ? out.replace(/(?:\.json)?$/, '.nest.json') : fileURLToPath(new URL('../data/models/nest-model.json', import.meta.url)));
  const holdout = opt('holdout', null);
  const limit = +opt('limit', 1e9);
  const p = { ...PARAMS, epochs: +opt('epochs', PARAMS.epochs), seed: +opt('seed', PARAMS.seed), vocabMin: +opt('vocab-min', PARAMS.vocabMin), allTokens: args.includes('--all-tokens') };
  const t0 = performance.now();
  const docs = fs.readFileSync(data, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
  const keptDocs = docs.filter((_, i) => holdout === null || i % 5 !== +holdout);
  const annotated = keptDocs.map((d) => annotate(d.text));
  const perDoc = keptDocs.map((d, i) => labelled(d, p.bits, p, annotated[i]));
  const t1 = performance.now();
  const { s, kept, vocab } = cueModelFrom(perDoc, p);
  fs.writeFileSync(out, serialize(s));
  // the content-end ranker, over the contents the extractor finds with this cue model
  const t2 = performance.now();
  setCueModel(modelFromStored(s));
  const endEx = keptDocs.flatMap((d, i) => endExamples(d, annotated[i]));
  const ender = storedEnd(fitEnd(endEx));
  fs.writeFileSync(endOut, serialize(ender));
  // the nesting model, over what the extractor finds with cue filters trained out of fold (each part of the documents
  // read by a filter that never saw it, as at run time) and this content-end ranker
  const t3 = performance.now();
  const np = NEST_PARAMS;
  setEndModel(endModelFromStored(ender));
  const nestEx = outOfFoldNestExamples(keptDocs, annotated, perDoc, p, np).flat();
  const nester = storedNest(fit(nestEx, np), np);
  fs.writeFileSync(nestOut, serialize(nester));
  const pos = kept.filter((e) => e.y).length;
  console.log(`${kept.length} candidates (${pos} cues; vocabulary ${vocab ? vocab.size : 'all'}) from ${docs.length} documents${holdout === null ? '' : `, fold ${holdout} held out`}; `
    + `features ${(t1 - t0).toFixed(0)} ms, training ${(t2 - t1).toFixed(0)} ms; ${s.index.length} weights, ${fs.statSync(out).size} bytes → ${out}`);
  console.log(`content-end ranker: ${endEx.length} contents; ${(t3 - t2).toFixed(0)} ms; ${ender.index.length} weights, ${fs.statSync(endOut).size} bytes → ${endOut}`);
  console.log(`nesting model: ${nestEx.length} nested attributions (${nestEx.filter((e) => e.y).length} a claim of their own); ${(performance.now() - t3).toFixed(0)} ms; `
    + `${nester.index.length} weights, ${fs.statSync(nestOut).size} bytes → ${nestOut}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) main();
