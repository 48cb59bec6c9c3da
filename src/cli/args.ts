import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface ExtractOptions {
  paths: string[];
  out: string;
  format: 'json' | 'ndjson';
  /** Whether the ledger file is written (always for json; for ndjson only when --out is given). */
  writeLedger: boolean;
  concurrency: number;
  pipeline: string;
  force: boolean;
  quiet: boolean;
}

export const extractHelp = `Usage: claimledger extract PATH… [options]

Reads articles and writes their claims into a claim ledger.

PATH is a file, a folder (walked for .txt .md .html .htm .json), a glob in quotes
("news/**/*.md"), or - for standard input.

Options:
  --out FILE          the ledger to create or update (default: output/ledger.json)
  --format json|ndjson
                      json (default) writes the ledger; ndjson prints one top-level claim
                      per line (embedded claims inside it) on stdout as documents finish,
                      and writes the ledger only with --out
  --concurrency N     articles in flight at once (default: 4)
  --pipeline NAME     a bundled pipeline (default; name-tagger, which also runs compromise's
                      tagger on unknown source names; hedges-only; fast, the same as
                      default) or a pipeline .json file
  --force             redo documents whose bytes and pipeline are unchanged
  --quiet             no summary line
  -h, --help          this help

Exit codes: 0 all inputs processed; 1 some inputs failed (the rest were written);
2 usage error, unknown pipeline, a ledger that exists but cannot be read,
or one that cannot be written.

Example:
  claimledger extract fixtures --out output/ledger.json
  cat article.txt | claimledger extract - --format ndjson | jq .content.text
`;

export const mainHelp = `Usage: claimledger <command> [options]

claimledger reads news articles and writes a claim ledger: every attributed claim (who said
it, the cue, what was claimed) and every hedged statement, with its source and certainty.

Commands:
  extract PATH…   extract claims from articles into a ledger (claimledger extract --help)

Options:
  -h, --help      this help
  -v, --version   the version
`;

/** The options of `extract`, checked; a UsageError names what is wrong. */
export function parseExtractArgs(argv: string[]): ExtractOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string', default: 'json' },
        concurrency: { type: 'string', default: '4' },
        pipeline: { type: 'string', default: 'default' },
        force: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (!parsed.positionals.length) throw new UsageError('extract needs at least one PATH (a file, folder, glob or -)');
  if (v.format !== 'json' && v.format !== 'ndjson') throw new UsageError(`--format must be json or ndjson, not "${v.format}"`);
  const concurrency = Number(v.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError(`--concurrency must be a whole number from 1 to 64, not "${v.concurrency}"`);
  }
  return {
    paths: parsed.positionals,
    out: v.out ?? 'output/ledger.json',
    format: v.format,
    writeLedger: v.format === 'json' || v.out !== undefined,
    concurrency,
    pipeline: v.pipeline,
    force: v.force,
    quiet: v.quiet,
  };
}
