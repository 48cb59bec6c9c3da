import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim, Ledger } from '../src/track/types.js';
import { everyClaim, goldenLine, hasShared, noSharedReason, root, run, shared, spansOf, tempDir, textOf } from './helpers.js';

const schema = JSON.parse(readFileSync(join(root, 'schema', 'ledger.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** Runs the real CLI over the paths and returns the ledger it wrote. */
function extract(paths: string[], cwd: string): Ledger {
  const dir = tempDir();
  const r = run(['extract', ...paths, '--out', join(dir, 'ledger.json')], { cwd });
  expect(r.stderr).not.toMatch(/failed:|internal error/);
  expect(r.code).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as Ledger;
}

/** A golden ledger is checked in: a missing one fails rather than being written by the run (`npm run fixtures:update` writes them). */
function expectGolden(file: string) {
  const updating = expect.getState().snapshotState.snapshotUpdateState === 'all';
  if (!updating) expect(existsSync(file), `${file} is missing: run npm run fixtures:update and review it`).toBe(true);
}

function checkOffsets(ledger: Ledger, cwd: string) {
  for (const c of everyClaim(ledger.claims)) {
    const text = textOf(ledger, c.documentId, (p) => readFileSync(join(cwd, p), 'utf8'));
    for (const role of spansOf(c)) {
      expect(role.text, `${c.id} ${role.role}`).toBe(role.spans.map(([a, b]) => text.slice(a, b)).join(' … '));
    }
    const first = c.content.spans[0]![0];
    const lines = text.slice(0, first).split('\n');
    expect([c.line, c.column], `${c.id} line/column`).toEqual([lines.length, lines.at(-1)!.length + 1]);
  }
}

describe('the bundled fixture articles', () => {
  const cwd = join(root, 'fixtures', 'articles');
  let ledger: Ledger;
  beforeAll(() => { ledger = extract(['.'], cwd); });

  it('validates against the ledger JSON Schema', () => {
    expect(validate(ledger), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has exact offsets: text.slice(start, end) is every span, line/column the content’s first character', () => {
    checkOffsets(ledger, cwd);
  });

  it.each(['harbor-water.txt', 'transit-strike-2026', 'election-poll.html', 'urn:example:news:clinic-study-2026'])('%s matches its expected ledger', async (id) => {
    const claims = ledger.claims.filter((c) => c.documentId === id);
    expect(claims.length).toBeGreaterThan(0);
    const file = join(root, 'fixtures', 'expected', `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.claims`);
    expectGolden(file);
    await expect(claims.map(goldenLine).join('\n') + '\n').toMatchFileSnapshot(file);
  });
});

describe.skipIf(!hasShared)(`the article claimledger was conceived for (${noSharedReason} where absent)`, () => {
  const cwd = join(shared, 'fixtures');
  let ledger: Ledger;
  let text: string;
  beforeAll(() => {
    ledger = extract(['us-mexico-cartels.txt'], cwd);
    text = readFileSync(join(cwd, 'us-mexico-cartels.txt'), 'utf8');
  });
  const find = (pred: (c: Claim) => boolean) => ledger.claims.find(pred);

  it('validates, with exact offsets', () => {
    expect(validate(ledger), JSON.stringify(validate.errors)).toBe(true);
    checkOffsets(ledger, cwd);
  });

  it('U.S. officials (anonymous) reportedly indicated that failure … could prompt a robust response', () => {
    const c = find((x) => x.cue?.text === 'indicated');
    expect(c).toBeDefined();
    expect(c!.source).toMatchObject({ text: 'U.S. officials', type: 'anonymous' });
    expect(c!.content.text).toBe('failure to dismantle cartels could prompt a robust U.S. response');
    expect(c!.hedges.map((h) => h.text)).toEqual(expect.arrayContaining(['could', 'reportedly']));
    expect(c!.certainty.level).not.toBe('certain');
    expect([c!.line, c!.column]).toEqual([9, 139]);
    expect(text.slice(c!.content.spans[0]![0], c!.content.spans[0]![1])).toBe(c!.content.text);
  });

  it('some officials advocate direct military intervention', () => {
    const c = find((x) => x.cue?.lemma === 'advocate');
    expect(c?.source?.text).toMatch(/some officials/);
    expect(c?.content.text).toMatch(/direct military intervention/);
  });

  it('others (vague) emphasize a collaborative approach', () => {
    const c = find((x) => x.cue?.lemma === 'emphasize');
    expect(c?.source).toMatchObject({ text: 'others', type: 'vague' });
    expect(c?.content.text).toMatch(/collaborative approach/);
  });

  it('the opinion held by others suggests that working closely with Mexico could yield better results', () => {
    const c = find((x) => x.cue?.lemma === 'suggest');
    expect(c?.source?.text).toMatch(/others/);
    expect(c?.source?.type).toBe('vague');
    expect(c?.content.text).toMatch(/^working closely with Mexico could yield more sustainable results/);
    expect(c?.hedges.map((h) => h.text)).toContain('could');
    expect(c?.certainty.level).not.toBe('certain');
  });

  it('Sebastian Gorka is seen as a key proponent of unilateral strikes: a perception hedge', () => {
    const c = find((x) => x.content.text.includes('key proponent of unilateral strikes'));
    expect(c).toBeDefined();
    expect(c!.hedges.some((h) => h.category === 'perception' && /seen as/.test(h.text))).toBe(true);
    expect(c!.certainty.level).not.toBe('certain');
  });

  it('the author’s own hedged statement: could set a precedent', () => {
    const c = find((x) => x.kind === 'hedged' && x.content.text.includes('could set a precedent'));
    expect(c?.hedges.map((h) => h.cueId)).toContain('epistemic-could');
    expect(c?.certainty.factbank).toBe('PS+');
  });

  it('matches its expected ledger', async () => {
    const file = join(root, 'fixtures', 'expected', 'us-mexico-cartels.txt.claims');
    expectGolden(file);
    await expect(ledger.claims.map(goldenLine).join('\n') + '\n').toMatchFileSnapshot(file);
  });
});
