import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../src/track/types.js';
import { cli, run, tempDir } from './helpers.js';

const GOOD_TXT = `Bridge Repairs Delayed

The state transportation department said on Monday that repairs to the river bridge would be delayed until March.

"We found more corrosion than expected," said Ana Ruiz, the department's chief engineer.

Some residents believe the bridge is unsafe.
`;
const GOOD_HTML = `<!doctype html><html><head><title>Library Hours Cut</title><script>throw new Error("never runs")</script></head>
<body><nav>Home | News</nav><article><h1>Library Hours Cut</h1>
<p>The county library will close on Sundays starting next month, the library board announced on Thursday.</p>
<p>Board chair Helen Park told reporters that the budget left no other choice.</p></article><footer>Copyright</footer></body></html>`;

const readLedger = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Ledger;

describe('claimledger extract: a batch with bad inputs', () => {
  const dir = tempDir();
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    writeFileSync(join(dir, 'good.txt'), GOOD_TXT);
    writeFileSync(join(dir, 'good.html'), GOOD_HTML);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Le maire a dit que le caf\xe9 fermera.\n', 'latin1'));
    result = run(['extract', 'good.txt', 'good.html', 'empty.txt', 'binary.txt', 'latin1.txt', 'missing.txt', '--out', 'ledger.json'], { cwd: dir });
  });

  it('exits 1 because some inputs failed', () => {
    expect(result.code).toBe(1);
  });

  it.each([
    ['empty.txt', /empty/i],
    ['binary.txt', /binary|NUL/i],
    ['latin1.txt', /UTF-8/],
    ['missing.txt', /no such file|not found|does not exist/i],
  ])('says in one line what is wrong with %s', (file, reason) => {
    const lines = result.lines.filter((l) => l.includes(file));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
  });

  it('prints no stack trace, and a summary', () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.lines.at(-1)).toMatch(/2 documents, \d+ claims .*4 failed → ledger\.json/);
  });

  it('writes the good inputs’ claims', () => {
    const ledger = readLedger(join(dir, 'ledger.json'));
    expect(ledger.documents.map((d) => d.id).sort()).toEqual(['good.html', 'good.txt']);
    const ids = new Set(ledger.claims.map((c) => c.documentId));
    expect(ids).toEqual(new Set(['good.html', 'good.txt']));
    const html = ledger.documents.find((d) => d.id === 'good.html')!;
    expect(html.text).toContain('Board chair Helen Park');
    expect(html.text).not.toMatch(/never runs|Copyright|Home \| News/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('claimledger extract: re-running', () => {
  const dir = tempDir();
  const out = join(dir, 'ledger.json');
  let first: Ledger;
  beforeAll(() => {
    writeFileSync(join(dir, 'a.txt'), GOOD_TXT);
    writeFileSync(join(dir, 'b.html'), GOOD_HTML);
    expect(run(['extract', '.', '--out', 'ledger.json'], { cwd: dir }).code).toBe(0);
    first = readLedger(out);
  });

  it('changes no claim id and duplicates nothing', () => {
    const again = run(['extract', '.', '--out', 'ledger.json'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.lines.at(-1)).toMatch(/2 documents \(2 unchanged\)/);
    const forced = run(['extract', '.', '--out', 'ledger.json', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    const second = readLedger(out);
    expect(second.claims.map((c) => c.id)).toEqual(first.claims.map((c) => c.id));
    expect(new Set(second.claims.map((c) => c.id)).size).toBe(second.claims.length);
    expect(second.documents).toHaveLength(2);
    expect(second.documents[0]!.firstSeen).toBe(first.documents[0]!.firstSeen);
  });

  it('keeps the ids of claims an edit did not touch, and leaves other documents alone', () => {
    const edited = GOOD_TXT.replace('Some residents believe the bridge is unsafe.', 'Officials said a detour could add twenty minutes to commutes.\n\nSome residents believe the bridge is unsafe.');
    writeFileSync(join(dir, 'a.txt'), edited);
    expect(run(['extract', 'a.txt', '--out', 'ledger.json'], { cwd: dir }).code).toBe(0);
    const after = readLedger(out);
    const before = new Set(first.claims.filter((c) => c.documentId === 'a.txt').map((c) => c.id));
    const now = new Set(after.claims.filter((c) => c.documentId === 'a.txt').map((c) => c.id));
    for (const id of before) expect(now.has(id)).toBe(true);
    expect(now.size).toBeGreaterThan(before.size);
    expect(after.claims.filter((c) => c.documentId === 'b.html')).toEqual(first.claims.filter((c) => c.documentId === 'b.html'));
  });
});

describe('claimledger extract: the ledger file', () => {
  it.each([
    ['not JSON', '{"documents": [', /not valid JSON/],
    ['not a ledger', '{"hello": "world"}', /not a claim ledger/],
    ['another version', '{"version": 9, "documents": [], "claims": []}', /version 9/],
    ['a ledger with a broken document', '{"version": 1, "generator": {"name": "claimledger", "version": "0.1.0"}, "updatedAt": "2026-01-01T00:00:00.000Z", "documents": [{"id": "x"}], "claims": []}', /not a valid claim ledger: \/documents\/0 must have required property/],
  ])('is never overwritten when it is %s (exit 2)', (_, content, reason) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD_TXT);
    writeFileSync(join(dir, 'ledger.json'), content);
    const r = run(['extract', 'a.txt', '--out', 'ledger.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(reason);
    expect(readFileSync(join(dir, 'ledger.json'), 'utf8')).toBe(content);
  });
});

describe('claimledger extract: --out a folder', () => {
  it('is refused in one line, exit 2', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD_TXT);
    const r = run(['extract', 'a.txt', '--out', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.lines).toEqual([expect.stringMatching(/is a folder; --out takes a ledger file/)]);
  });
});

describe('claimledger: usage', () => {
  it.each([
    [['--help'], 0, /Usage: claimledger <command>/],
    [['extract', '--help'], 0, /Usage: claimledger extract PATH/],
    [['--version'], 0, /^\d+\.\d+\.\d+/],
  ])('%j prints its answer and exits %i', (args, code, text) => {
    const r = run(args);
    expect(r.code).toBe(code);
    expect(r.stdout).toMatch(text);
  });

  it.each([
    [['extract'], /needs at least one PATH/],
    [['extract', 'x.txt', '--format', 'xml'], /--format must be json or ndjson/],
    [['extract', 'x.txt', '--concurrency', '0'], /--concurrency/],
    [['extract', 'x.txt', '--pipeline', 'nope'], /unknown pipeline "nope"/],
    [['extract', 'x.txt', '--pipeline', 'bad.json'], /pipeline .*bad\.json: "resolve\.tagger" must be nameTagger/],
    [['extract', 'x.txt', '--bogus'], /bogus/],
    [['frobnicate'], /unknown command/],
  ])('%j is a usage error: exit 2, one line', (args, reason) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{"resolve": {"tagger": true}}');
    const r = run(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(reason);
  });
});

describe('claimledger extract: a batch in input order', () => {
  const dir = tempDir();
  beforeAll(() => {
    // a.md is long, so at any concurrency b.md finishes first
    writeFileSync(join(dir, 'a.md'), `---\nid: same\n---\n${GOOD_TXT.repeat(40)}`);
    writeFileSync(join(dir, 'b.md'), `---\nid: same\n---\nThe mayor said the road would close.\n`);
    writeFileSync(join(dir, 'c.txt'), GOOD_TXT);
  });

  it.each(['1', '8'])('the first file keeps a document id, and NDJSON follows the input order (concurrency %s)', (n) => {
    const r = run(['extract', 'a.md', 'b.md', 'c.txt', '--format', 'ndjson', '--concurrency', n], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.lines.filter((l) => l.includes('already taken'))).toEqual(['claimledger: b.md: document id "same" is already taken by a.md in this batch']);
    const docs = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { documentId: string }).documentId);
    expect([...new Set(docs)]).toEqual(['same', 'c.txt']);
  });

  it('stops writing quietly when the reader closes the pipe', () => {
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(cli)} extract a.md c.txt --format ndjson | head -c 10`], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
  });
});

describe('claimledger extract --pipeline', () => {
  it.each(['default', 'name-tagger', 'fast', 'hedges-only'])('runs the bundled %s pipeline', (name) => {
    const r = run(['extract', '-', '--format', 'ndjson', '--pipeline', name], { cwd: tempDir(), input: GOOD_TXT });
    expect(r.code).toBe(0);
    const kinds = new Set(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { kind: string }).kind));
    expect(kinds.has('attributed')).toBe(name !== 'hedges-only');
  });
});

describe('claimledger extract: NDJSON from stdin', () => {
  it('streams one claim per line and writes no ledger without --out', () => {
    const dir = tempDir();
    const r = run(['extract', '-', '--format', 'ndjson'], { cwd: dir, input: GOOD_TXT });
    expect(r.code).toBe(0);
    const claims = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { documentId: string; content: { text: string } });
    expect(claims.length).toBeGreaterThan(1);
    expect(claims.every((c) => c.documentId === 'stdin')).toBe(true);
    expect(claims.map((c) => c.content.text).join(' ')).toContain('repairs to the river bridge would be delayed');
    expect(existsSync(join(dir, 'output'))).toBe(false);
  });

  it('does not read the default ledger it will not write', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'output'));
    writeFileSync(join(dir, 'output', 'ledger.json'), 'not json');
    const r = run(['extract', '-', '--format', 'ndjson'], { cwd: dir, input: GOOD_TXT });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'output', 'ledger.json'), 'utf8')).toBe('not json');
  });
});
