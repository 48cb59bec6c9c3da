import { resolve } from 'node:path';
import PQueue from 'p-queue';
import { expandInputs, InputError, loadArticle } from '../ingest/index.js';
import { loadPipeline, PipelineError } from '../pipeline/config.js';
import { processArticle } from '../pipeline/process.js';
import { everyClaim } from '../score/claims.js';
import { emptyLedger, LedgerError, mergeLedger, readLedger, writeLedger, type DocumentResult } from '../track/store.js';
import type { Claim, Ledger } from '../track/types.js';
import { parseExtractArgs, UsageError, extractHelp } from './args.js';
import { Progress } from './progress.js';
import { groupBy } from '../util.js';
import { OrderedResults } from './ordered.js';

export interface Io {
  cwd: string;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** `claimledger extract`: returns the exit code (0 good, 1 some inputs failed, 2 usage or ledger error). */
export async function runExtract(argv: string[], io: Io): Promise<number> {
  const say = (line: string) => io.stderr.write(`claimledger: ${line}\n`);
  let opts;
  let pipeline;
  try {
    opts = parseExtractArgs(argv);
    if (opts === 'help') { io.stdout.write(extractHelp); return 0; }
    pipeline = loadPipeline(opts.pipeline, io.cwd);
  } catch (e) {
    if (e instanceof UsageError || e instanceof PipelineError) { say(`${e.message} (see claimledger extract --help)`); return 2; }
    throw e;
  }
  const out = resolve(io.cwd, opts.out);
  let old: Ledger = emptyLedger();
  try {
    // NDJSON without --out touches no ledger, not even to read it.
    if (opts.writeLedger) old = await readLedger(out);
  } catch (e) {
    if (e instanceof LedgerError) { say(e.message); return 2; }
    throw e;
  }

  const expanded = await expandInputs(opts.paths, io.cwd);
  // The ledger itself is never an input, even where it lies in a folder being walked.
  const files = expanded.files.filter((f) => f === '-' || resolve(io.cwd, f) !== out);
  const errors = expanded.errors;
  let failed = errors.length;
  for (const e of errors) say(`${e.file}: ${e.message}`);

  const previous = new Map(old.documents.map((d) => [d.id, d]));
  const oldClaims = groupBy(old.claims, (c) => c.documentId);
  const unchanged = new Set<DocumentResult>();
  const progress = new Progress(io.stderr, files.length, Boolean(io.stderr.isTTY) && !io.env['CI']);
  const queue = new PQueue({ concurrency: opts.concurrency });
  // A reader that stops early (`| head`) closes the pipe: stop writing to it, finish the work.
  let piped = opts.format === 'ndjson';
  io.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') piped = false; else throw e; });
  const ordered = new OrderedResults(files, (r) => {
    if (piped) for (const c of r.claims) io.stdout.write(JSON.stringify(c) + '\n');
  });
  const fail = (i: number, message: string) => {
    failed++;
    say(`${files[i]}: ${message}`);
    ordered.settle(i, null);
  };

  const one = async (file: string, i: number) => {
    try {
      const article = await loadArticle(file, { cwd: io.cwd, stdin: io.stdin });
      const loser = ordered.claim(article.id, i);
      if (loser >= 0) {
        fail(loser, `document id "${article.id}" is already taken by ${loser === i ? ordered.holder(article.id) : file} in this batch`);
        if (loser === i) return;
      }
      const before = previous.get(article.id);
      let result: DocumentResult;
      if (!opts.force && before && before.sha256 === article.sha256 && before.pipeline === pipeline.fingerprint) {
        const { firstSeen: _f, lastSeen: _l, ...document } = before;
        result = { document: { ...document, path: article.path }, claims: oldClaims.get(article.id) ?? [] };
        unchanged.add(result);
      } else {
        result = processArticle(article, pipeline);
      }
      if (ordered.holder(article.id) === file) ordered.settle(i, result);
    } catch (e) {
      fail(i, e instanceof InputError ? e.message : `could not be processed: ${(e as Error).message ?? String(e)}`);
    } finally {
      progress.tick(file);
    }
  };
  await queue.addAll(files.map((f, i) => () => one(f, i)));
  progress.done();
  const results = ordered.results();

  if (opts.writeLedger && results.length) {
    try {
      await writeLedger(out, mergeLedger(old, results, new Date()));
    } catch (e) {
      say(`${opts.out}: could not write the ledger (${(e as Error).message})`);
      return 2;
    }
  }
  if (!opts.quiet) say(summary(results, results.filter((r) => unchanged.has(r)).length, failed, opts.writeLedger ? opts.out : null));
  return failed ? 1 : 0;
}

function summary(results: DocumentResult[], unchanged: number, failed: number, out: string | null): string {
  // every claim found, those reported within another's content (`embedded`) included
  const claims: Claim[] = results.flatMap((r) => everyClaim(r.claims));
  const kinds = groupBy(claims, (c) => c.kind);
  const byKind = [...kinds].map(([k, v]) => `${v.length} ${k}`).join(', ');
  const docs = `${results.length} document${results.length === 1 ? '' : 's'}${unchanged ? ` (${unchanged} unchanged)` : ''}`;
  const where = out === null ? '' : results.length ? ` → ${out}` : ` (${out} not written)`;
  return `${docs}, ${claims.length} claim${claims.length === 1 ? '' : 's'}${byKind ? ` (${byKind})` : ''}, ${failed} failed${where}`;
}
