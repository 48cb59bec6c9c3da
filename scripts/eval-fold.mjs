#!/usr/bin/env node
// Held-out check of the attribution extractor on PolNeAR train: trains the cue model without fold K
// (documents i % 5 === K), then scores the extractor on fold K with ../shared/eval/score.mjs.
// Dev is for measuring; this is how a change is judged before it is kept (see docs/attribution-errors.md).
//
//   npm run build && node scripts/eval-fold.mjs [--fold 0]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../dist/annotate/annotate.js';
import { findAttributions, modelFromStored, setCueModel } from '../dist/extract/attribution/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const train = join(shared, 'data', 'polnear-train.jsonl');
if (!existsSync(train)) {
  console.error('eval-fold needs ../shared/data/polnear-train.jsonl beside the project; it is not there.');
  process.exit(2);
}
const i = process.argv.indexOf('--fold');
const fold = i > 0 ? Number(process.argv[i + 1]) : 0;
const tmp = mkdtempSync(join(tmpdir(), 'claimledger-fold-'));
const model = join(tmp, 'model.json');
execFileSync(process.execPath, [join(root, 'scripts', 'train.mjs'), '--holdout', String(fold), '--out', model], { stdio: 'inherit' });
setCueModel(modelFromStored(JSON.parse(readFileSync(model, 'utf8'))));

const docs = readFileSync(train, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((_, k) => k % 5 === fold);
const safe = (id) => id.replace(/[^A-Za-z0-9._-]/g, '_');
const documents = [], claims = [];
for (const d of docs) {
  documents.push({ id: d.id, path: `${safe(d.id)}.txt`, hedges: [] });
  for (const a of findAttributions(annotate(d.text))) {
    claims.push({ documentId: d.id, cue: { spans: a.cue.spans }, source: a.source ? { spans: a.source.spans } : null, content: { spans: a.content.spans }, hedges: [] });
  }
}
writeFileSync(join(tmp, 'gold.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
writeFileSync(join(tmp, 'ledger.json'), JSON.stringify({ documents, claims }));
console.log(`== fold ${fold} of PolNeAR train (${docs.length} documents), model trained without it`);
process.stdout.write(execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), 'attribution', join(tmp, 'gold.jsonl'), join(tmp, 'ledger.json')], { encoding: 'utf8', maxBuffer: 1 << 26 }));
rmSync(tmp, { recursive: true, force: true });
