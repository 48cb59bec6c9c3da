#!/usr/bin/env node
// npm run bench: the pipeline's throughput next to wink-nlp's bare tagging of the same files, as whole
// processes in the same run (the machine is shared and noisy: compare the ratio, not the seconds).
//
//   node scripts/bench.mjs [--mb 3] [--rounds 3]
//
// Corpus: news texts from ../shared/data (PolNeAR) when it is there, else the project's own fixture
// articles repeated up to the size asked for. Written to a temporary folder, never into the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const targetBytes = arg('--mb', 3) * 1e6;
const rounds = arg('--rounds', 3);

const dir = mkdtempSync(join(tmpdir(), 'claimledger-bench-'));
const corpus = join(dir, 'corpus');
const { files, bytes, from } = buildCorpus(corpus, targetBytes);
console.log(`corpus: ${files} articles, ${(bytes / 1e6).toFixed(2)} MB (${from})`);

const runs = { wink: [], 'wink-min': [], pipeline: [] };
const rss = { wink: 0, 'wink-min': 0, pipeline: 0 };
const commands = {
  wink: [join(root, 'scripts/wink-tag.mjs'), corpus, '--pipe', 'default'],
  'wink-min': [join(root, 'scripts/wink-tag.mjs'), corpus, '--pipe', 'minimal'],
  pipeline: [join(root, 'dist/cli.js'), 'extract', corpus, '--out', join(dir, 'ledger.json'), '--quiet'],
};
for (let r = 0; r < rounds; r++) {
  for (const name of Object.keys(commands)) {
    // Each round extracts the corpus into a new ledger, as a first run over it would.
    rmSync(join(dir, 'ledger.json'), { force: true });
    const rssFile = join(dir, `${name}.rss`);
    const t0 = process.hrtime.bigint();
    const res = spawnSync(process.execPath, ['--import', join(root, 'scripts/rss.mjs'), ...commands[name]], {
      env: { ...process.env, CLAIMLEDGER_RSS_FILE: rssFile, CI: '1' }, encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (res.status !== 0) { console.error(`${name} failed (exit ${res.status}):\n${res.stderr}`); process.exit(1); }
    runs[name].push(seconds);
    rss[name] = Math.max(rss[name], Number(readFileSync(rssFile, 'utf8')));
  }
}
rmSync(dir, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name) => {
  // wink: winkNLP(model) with its default pipe; wink-min: sentences and POS only
  const s = median(runs[name]);
  return `${name.padEnd(9)} ${s.toFixed(2).padStart(6)} s  ${(bytes / 1e6 / s).toFixed(2).padStart(6)} MB/s  ${(files / s).toFixed(1).padStart(7)} articles/s  peak ${(rss[name] / 2 ** 20).toFixed(0)} MiB  (runs: ${runs[name].map((x) => x.toFixed(2)).join(', ')})`;
};
for (const name of Object.keys(commands)) console.log(row(name));
const ratio = (name) => (median(runs[name]) / median(runs.pipeline)).toFixed(2);
console.log(`ratio wink/pipeline: ${ratio('wink')} (budget ≥ 0.35: the pipeline may take up to ~2.9× wink's bare tagging, winkNLP(model) as documented)`);
console.log(`ratio wink-min/pipeline: ${ratio('wink-min')} (stricter: wink with only sentences and POS, as the pipeline's own annotation runs it)`);

function buildCorpus(out, target) {
  spawnSync('mkdir', ['-p', out]);
  let n = 0, size = 0;
  const write = (text) => { const name = `a${String(n++).padStart(5, '0')}.txt`; writeFileSync(join(out, name), text); size += Buffer.byteLength(text); };
  const shared = join(root, '..', 'shared', 'data');
  const sources = ['polnear-train.jsonl', 'polnear-dev.jsonl'].map((f) => join(shared, f)).filter(existsSync);
  if (sources.length) {
    for (const f of sources) {
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (size >= target) break;
        if (line.trim()) write(JSON.parse(line).text);
      }
    }
    return { files: n, bytes: size, from: 'PolNeAR texts from ../shared/data' };
  }
  const fixtures = join(root, 'fixtures', 'articles');
  const texts = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(fixtures, f), 'utf8'));
  if (!texts.length || statSync(fixtures).size === 0) throw new Error('no corpus: neither ../shared/data nor fixtures/*.txt');
  while (size < target) write(texts[n % texts.length]);
  return { files: n, bytes: size, from: 'the project fixtures, repeated (../shared is absent)' };
}
