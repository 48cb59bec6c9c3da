#!/usr/bin/env node
// Held-out check of the attribution extractor on PolNeAR train: trains the cue model, the content-end ranker and the
// nesting model without fold K (documents i % 5 === K), then scores the extractor on fold K with ../shared/eval/score.mjs.
// `--fold all` does so for each of the five folds and prints their F1 and its mean (five to eight minutes: each fold
// trains six cue filters, the nesting model's five out of fold among them):
// retraining alone moves one fold's cue F1 by about ±0.003, so changes are judged on the mean.
// Dev is for measuring; this is how a change is judged before it is kept (see docs/attribution-errors.md).
//
//   npm run build && node scripts/eval-fold.mjs [--fold 0|1|2|3|4|all]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../dist/annotate/annotate.js';
import { endModelFromStored, findAttributions, modelFromStored, nestModelFromStored, setCueModel, setEndModel, setNestModel } from '../dist/extract/attribution/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const train = join(shared, 'data', 'polnear-train.jsonl');
if (!existsSync(train)) {
  console.error('eval-fold needs ../shared/data/polnear-train.jsonl beside the project; it is not there.');
  process.exit(2);
}
const i = process.argv.indexOf('--fold');
const arg = i > 0 ? process.argv[i + 1] : '0';
const folds = arg === 'all' ? [0, 1, 2, 3, 4] : [Number(arg)];
const all = readFileSync(train, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const safe = (id) => id.replace(/[^A-Za-z0-9._-]/g, '_');
const tmp = mkdtempSync(join(tmpdir(), 'claimledger-fold-'));
const ROLES = ['cue', 'source', 'content', 'attribution'];
const scores = [];
for (const fold of folds) {
  const model = join(tmp, `model-${fold}.json`);
  const ender = join(tmp, `content-end-${fold}.json`), nester = join(tmp, `nest-${fold}.json`);
  execFileSync(process.execPath, [join(root, 'scripts', 'train.mjs'), '--holdout', String(fold), '--out', model, '--end-out', ender, '--nest-out', nester], { stdio: folds.length > 1 ? 'ignore' : 'inherit' });
  setCueModel(modelFromStored(JSON.parse(readFileSync(model, 'utf8'))));
  setEndModel(endModelFromStored(JSON.parse(readFileSync(ender, 'utf8'))));
  setNestModel(nestModelFromStored(JSON.parse(readFileSync(nester, 'utf8'))));
  const docs = all.filter((_, k) => k % 5 === fold);
  const documents = [], claims = [];
  for (const d of docs) {
    documents.push({ id: d.id, path: `${safe(d.id)}.txt`, hedges: [] });
    // an attribution reported within another is no claim of the ledger's top level (the ledger's `embedded`)
    for (const a of findAttributions(annotate(d.text))) {
      if (a.within !== undefined) continue;
      claims.push({ documentId: d.id, cue: { spans: a.cue.spans }, source: a.source ? { spans: a.source.spans } : null, content: { spans: a.content.spans }, hedges: [] });
    }
  }
  const gold = join(tmp, `gold-${fold}.jsonl`), ledger = join(tmp, `ledger-${fold}.json`);
  writeFileSync(gold, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  writeFileSync(ledger, JSON.stringify({ documents, claims }));
  const score = (...extra) => execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), 'attribution', gold, ledger, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (folds.length === 1) {
    console.log(`== fold ${fold} of PolNeAR train (${docs.length} documents), model trained without it`);
    process.stdout.write(score());
  } else {
    const r = JSON.parse(score('--json'));
    scores.push(ROLES.map((k) => r[k].f1));
    console.log(`fold ${fold} (${docs.length} documents)  ` + ROLES.map((k, j) => `${k} ${scores[scores.length - 1][j].toFixed(3)}`).join('  '));
  }
}
if (scores.length > 1) console.log('mean of folds  ' + ROLES.map((k, j) => `${k} ${(scores.reduce((s, x) => s + x[j], 0) / scores.length).toFixed(3)}`).join('  ') + '  (F1, each fold held out)');
rmSync(tmp, { recursive: true, force: true });
