#!/usr/bin/env node
import { mainHelp } from './cli/args.js';
import { version } from './version.js';

const [command, ...rest] = process.argv.slice(2);
const io = { cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };

async function main(): Promise<number> {
  switch (command) {
    case 'extract':
      // loaded here, not above: --help and --version answer without loading the NLP models
      return (await import('./cli/extract.js')).runExtract(rest, io);
    case undefined:
      process.stderr.write(mainHelp);
      return 2;
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(mainHelp);
      return 0;
    case '-v':
    case '--version':
      process.stdout.write(`${version}\n`);
      return 0;
    default:
      process.stderr.write(`claimledger: unknown command "${command}" (commands: extract; see claimledger --help)\n`);
      return 2;
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`claimledger: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
