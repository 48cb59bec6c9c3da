#!/usr/bin/env node
// npm run eval: scores the built CLI with ../shared/eval/score.mjs on the dev data.
//
//   node scripts/eval.mjs [attribution|hedges|wiki …] [--errors N] [--json]
//
// attribution: PolNeAR dev; hedges: Szeged news dev; wiki: Szeged Wikipedia (2.4 MB, slower).
// Default: attribution and hedges. Needs ../shared beside the project (a user's clone has none).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.error('npm run eval needs ../shared (the evaluation data and scorer) beside the project; it is not there.');
  process.exit(2);
}
const sets = {
  attribution: ['attribution', 'polnear-dev.jsonl'],
  hedges: ['hedges', 'szeged-news-dev.jsonl'],
  wiki: ['hedges', 'szeged-wiki.jsonl'],
};
const args = process.argv.slice(2);
const passOn = [];
for (const flag of ['--errors', '--json']) {
  const i = args.indexOf(flag);
  if (i >= 0) passOn.push(...args.splice(i, flag === '--errors' ? 2 : 1));
}
const chosen = args.length ? args : ['attribution', 'hedges'];
const tmp = mkdtempSync(join(tmpdir(), 'claimledger-eval-'));
const run = (cmd, argv) => {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 && r.status !== 1) { console.error(r.stderr || r.stdout); process.exit(2); }
  return r.stdout;
};
for (const name of chosen) {
  const set = sets[name];
  if (!set) { console.error(`unknown set "${name}" (${Object.keys(sets).join(', ')})`); process.exit(2); }
  const [task, file] = set;
  const gold = join(shared, 'data', file);
  const docs = join(tmp, name);
  run(process.execPath, [join(shared, 'eval', 'score.mjs'), 'texts', gold, docs]);
  run(process.execPath, [join(root, 'dist', 'cli.js'), 'extract', docs, '--out', join(tmp, `${name}.json`), '--quiet']);
  if (!passOn.includes('--json')) console.log(`== ${name}: score.mjs ${task} ${file}`);
  process.stdout.write(run(process.execPath, [join(shared, 'eval', 'score.mjs'), task, gold, join(tmp, `${name}.json`), ...passOn]));
}
rmSync(tmp, { recursive: true, force: true });
