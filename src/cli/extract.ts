import { resolve } from 'node:path';
import PQueue from 'p-queue';
import { expandInputs, InputError, loadArticle } from '../ingest/index.js';
import { loadPipeline, PipelineError } from '../pipeline/config.js';
import { processArticle } from '../pipeline/process.js';
import { LedgerError, mergeLedger, readLedger, writeLedger, type DocumentResult } from '../track/store.js';
import type { Claim, Ledger } from '../track/types.js';
import { parseExtractArgs, UsageError, extractHelp } from './args.js';
import { Progress } from './progress.js';
import { groupBy } from './group.js';

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
  let old: Ledger;
  try {
    old = await readLedger(out);
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
  const results: DocumentResult[] = [];
  const seenIds = new Map<string, string>();
  let unchanged = 0;
  const progress = new Progress(io.stderr, files.length, Boolean(io.stderr.isTTY) && !io.env['CI']);
  const queue = new PQueue({ concurrency: opts.concurrency });

  const one = async (file: string) => {
    try {
      const article = await loadArticle(file, { cwd: io.cwd, stdin: io.stdin });
      const clash = seenIds.get(article.id);
      if (clash !== undefined) throw new InputError(file, `document id "${article.id}" is already taken by ${clash} in this batch`);
      seenIds.set(article.id, file);
      const before = previous.get(article.id);
      let result: DocumentResult;
      if (!opts.force && before && before.sha256 === article.sha256 && before.pipeline === pipeline.fingerprint) {
        const { firstSeen: _f, lastSeen: _l, ...document } = before;
        result = { document: { ...document, path: article.path }, claims: oldClaims.get(article.id) ?? [] };
        unchanged++;
      } else {
        result = processArticle(article, pipeline);
      }
      results.push(result);
      if (opts.format === 'ndjson') for (const c of result.claims) io.stdout.write(JSON.stringify(c) + '\n');
    } catch (e) {
      failed++;
      if (e instanceof InputError) say(`${e.file}: ${e.message}`);
      else say(`${file}: could not be processed: ${(e as Error).message ?? String(e)}`);
    } finally {
      progress.tick(file);
    }
  };
  await queue.addAll(files.map((f) => () => one(f)));
  progress.done();

  if (opts.writeLedger && results.length) {
    try {
      await writeLedger(out, mergeLedger(old, results, new Date()));
    } catch (e) {
      say(`${opts.out}: could not write the ledger (${(e as Error).message})`);
      return 2;
    }
  }
  if (!opts.quiet) say(summary(results, unchanged, failed, opts.writeLedger ? opts.out : null));
  return failed ? 1 : 0;
}

function summary(results: DocumentResult[], unchanged: number, failed: number, out: string | null): string {
  const claims: Claim[] = results.flatMap((r) => r.claims);
  const kinds = groupBy(claims, (c) => c.kind);
  const byKind = [...kinds].map(([k, v]) => `${v.length} ${k}`).join(', ');
  const docs = `${results.length} document${results.length === 1 ? '' : 's'}${unchanged ? ` (${unchanged} unchanged)` : ''}`;
  const where = out === null ? '' : results.length ? ` → ${out}` : ` (${out} not written)`;
  return `${docs}, ${claims.length} claim${claims.length === 1 ? '' : 's'}${byKind ? ` (${byKind})` : ''}, ${failed} failed${where}`;
}
