// Trains the learned cue filter (src/extract/attribution/model.ts) on PolNeAR train and writes
// data/models/cue-model.json: hashed-feature weights only, no text. Deterministic: documents in file
// order, a fixed-seed shuffle, fixed hyper-parameters, so a rerun reproduces the file byte for byte.
//
//   npm run train                       # the committed model, from ../shared/data/polnear-train.jsonl
//   node scripts/train.mjs --holdout 0  # leave out documents i % 5 == 0 (to measure on them)
//   options: --data FILE  --out FILE  --holdout K  --limit N (first N documents)  --epochs E  --seed S (another
//   training order: how much retraining alone moves the figures)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { annotate } from '../dist/annotate/annotate.js';
import { cueCandidates } from '../dist/extract/attribution/index.js';

export const PARAMS = { bits: 17, epochs: 6, rate: 0.05, l2: 1e-6, seed: 20240611, scale: 100, prune: 2, thresholdLexicon: -0.35, thresholdOther: -0.2, thresholdRules: -0.35, vocabMin: 2, average: true, allTokens: false };

/** Candidates of one gold document with labels: 1 for one candidate token inside each gold cue (its lexicon word, else its first). */
export function labelled(doc, bits, p = PARAMS) {
  const a = annotate(doc.text);
  const cands = cueCandidates(a, bits);
  const T = a.tokens;
  const pos = new Set();
  for (const g of doc.attributions) {
    if (!g.cue.length) continue;
    const inside = cands.filter((c) => g.cue.some(([s, e]) => T[c.token].start < e && T[c.token].end > s));
    if (p.allTokens) { for (const c of inside) pos.add(c.token); continue; }
    // a multi-word cue ("took to the radio to say", "were more likely to say") is learned at its first
    // lexicon word (as a rule the reporting verb the frames are built around); else at its first candidate
    const c = inside.find((x) => x.lexicon) ?? inside[0];
    if (c) pos.add(c.token);
  }
  return cands.map((c) => ({ feats: c.feats, y: pos.has(c.token) ? 1 : 0, key: c.lexicon ? null : c.key }));
}

function lcg(seed) { let s = seed >>> 0; return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296; }

/** Logistic regression by SGD over examples [{feats, y}], weights averaged over all steps; returns Float64Array weights. */
export function fit(examples, p = PARAMS) {
  const n = 1 << p.bits;
  const w = new Float64Array(n), u = new Float64Array(n); // u: step-weighted sum of updates (averaging trick)
  const order = examples.map((_, i) => i);
  const rnd = lcg(p.seed);
  let step = 1;
  for (let ep = 0; ep < p.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) {
      const { feats, y } = examples[k];
      let z = 0;
      for (const f of feats) z += w[f];
      const pr = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const g = (y - pr) * p.rate;
      for (const f of feats) { const d = g - p.l2 * p.rate * w[f]; w[f] += d; u[f] += step * d; }
      step++;
    }
  }
  if (!p.average) return w;
  const avg = new Float64Array(n);
  for (let i = 0; i < n; i++) avg[i] = w[i] - u[i] / step;
  return avg;
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

/** The stored form: weights of at least `prune`/`scale` in size, as delta-coded indexes and integers. */
export function stored(w, p = PARAMS, vocab = null) {
  const index = [], weight = [];
  let last = 0;
  for (let i = 0; i < w.length; i++) {
    const q = Math.round(w[i] * p.scale);
    if (Math.abs(q) < p.prune) continue;
    index.push(i - last); weight.push(q); last = i;
  }
  const out = { format: 'claimledger-cue-lr-1', bits: p.bits, scale: p.scale, thresholdLexicon: p.thresholdLexicon, thresholdOther: p.thresholdOther, thresholdRules: p.thresholdRules, index, weight };
  if (vocab) { let v = 0; out.vocab = [...vocab].sort((a, b) => a - b).map((k) => { const d = k - v; v = k; return d; }); }
  return out;
}

export function serialize(s) {
  return '{"format":' + JSON.stringify(s.format) + ',"bits":' + s.bits + ',"scale":' + s.scale + ',"thresholdLexicon":' + s.thresholdLexicon
    + ',"thresholdOther":' + s.thresholdOther + ',"thresholdRules":' + s.thresholdRules + (s.vocab ? ',\n"vocab":[' + s.vocab.join(',') + ']' : '') + ',\n"index":[' + s.index.join(',') + '],\n"weight":[' + s.weight.join(',') + ']}\n';
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name, d) => { const i = args.indexOf('--' + name); return i >= 0 ? args[i + 1] : d; };
  const data = opt('data', fileURLToPath(new URL('../../shared/data/polnear-train.jsonl', import.meta.url)));
  const out = opt('out', fileURLToPath(new URL('../data/models/cue-model.json', import.meta.url)));
  const holdout = opt('holdout', null);
  const limit = +opt('limit', 1e9);
  const p = { ...PARAMS, epochs: +opt('epochs', PARAMS.epochs), seed: +opt('seed', PARAMS.seed), vocabMin: +opt('vocab-min', PARAMS.vocabMin), allTokens: args.includes('--all-tokens') };
  const t0 = performance.now();
  const docs = fs.readFileSync(data, 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l));
  const examples = [];
  docs.forEach((d, i) => { if (holdout === null || i % 5 !== +holdout) examples.push(...labelled(d, p.bits, p)); });
  const t1 = performance.now();
  const vocab = p.vocabMin > 0 ? vocabulary(examples, p) : null;
  const kept = vocab ? examples.filter((e) => e.key === null || vocab.has(e.key)) : examples;
  const w = fit(kept, p);
  const s = stored(w, p, vocab);
  fs.writeFileSync(out, serialize(s));
  const pos = kept.filter((e) => e.y).length;
  console.log(`${kept.length} candidates (${pos} cues; vocabulary ${vocab ? vocab.size : 'all'}) from ${docs.length} documents${holdout === null ? '' : `, fold ${holdout} held out`}; `
    + `features ${(t1 - t0).toFixed(0)} ms, training ${(performance.now() - t1).toFixed(0)} ms; ${s.index.length} weights, ${fs.statSync(out).size} bytes → ${out}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) main();
