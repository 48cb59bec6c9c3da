import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Claim, Ledger } from '../src/track/types.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const cli = join(root, 'dist', 'cli.js');
/** ../shared beside the project: there in CI and on the developers' machines, absent in a user's clone. */
export const shared = join(root, '..', 'shared');
export const hasShared = existsSync(join(shared, 'fixtures'));
export const noSharedReason = '../shared is not beside the project (a user clone): skipped';

export const tempDir = () => mkdtempSync(join(tmpdir(), 'claimledger-test-'));

/** Runs the built CLI as a user would; never throws. */
export function run(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stderr.split('\n').filter(Boolean) };
}

/** The text a document's offsets index: the ledger's `text`, else the file's decoded text. */
export function textOf(ledger: Ledger, documentId: string, read: (path: string) => string): string {
  const d = ledger.documents.find((x) => x.id === documentId)!;
  return d.text ?? read(d.path).replace(/^\uFEFF/, '');
}

/** Every span of a claim, with its role, for offset checks. */
export function spansOf(c: Claim): { role: string; text: string; spans: [number, number][] }[] {
  const out = [{ role: 'content', text: c.content.text, spans: c.content.spans }];
  if (c.cue) out.push({ role: 'cue', text: c.cue.text, spans: c.cue.spans });
  if (c.source) out.push({ role: 'source', text: c.source.text, spans: c.source.spans });
  for (const h of c.hedges) out.push({ role: `hedge ${h.cueId}`, text: h.text, spans: h.spans });
  return out;
}

/** One compact line a claim, for golden files: what a fact-checker reads at a glance. */
export function goldenLine(c: Claim): string {
  const src = c.source ? `[${c.source.text}|${c.source.type}${c.source.name ? `|${c.source.name}` : ''}]` : '[-]';
  const cue = c.cue ? `${c.cue.text}(${c.cue.cueId})` : '-';
  const hedges = c.hedges.map((h) => h.cueId).join(',') || '-';
  const line = `${c.line}:${c.column} ${c.kind}/${c.quote} ${src} ${cue} «${c.content.text}» hedges=${hedges} ${c.certainty.factbank} ${c.certainty.score}`;
  // a claim reported within this one's content, on the lines below it
  return [line, ...(c.embedded ?? []).map((e) => '  ⤷ ' + goldenLine(e).replace(/\n/g, '\n  '))].join('\n');
}

export { everyClaim } from '../src/score/claims.js';
