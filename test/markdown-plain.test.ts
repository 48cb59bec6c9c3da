import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balancedSpan, plainMarkdown } from '../src/ingest/markdown-plain.js';
import type { Ledger } from '../src/track/types.js';
import { run, tempDir } from './helpers.js';

// Lines written for these tests: Markdown, then what the NLP reads (markup blanked, every offset kept).
const ROWS: [markdown: string, plain: string][] = [
  ['# Ferry fares to rise', '  Ferry fares to rise'],
  ['## Ferry fares to rise ##', '   Ferry fares to rise   '],
  ['- Haugen argues that fares are low.', '  Haugen argues that fares are low.'],
  ['12. Haugen argues that fares are low.', '    Haugen argues that fares are low.'],
  ['* [x] Ruiz said the pier was safe.', '      Ruiz said the pier was safe.'],
  ['> Ruiz said the pier was safe.', '  Ruiz said the pier was safe.'],
  ['The committee **recommends** a rise.', 'The committee   recommends   a rise.'],
  ['The committee _recommends_ a rise, says the ferry_fares file.', 'The committee  recommends  a rise, says the ferry_fares file.'],
  ['The ~~old~~ pier, Ruiz *said*, is `closed`.', 'The   old   pier, Ruiz  said , is  closed .'],
  ['Read [the report](https://example.org/r "R") now.', 'Read  the report                             now.'],
  ['![a ferry](ferry.png) Ruiz said it was late.', '                      Ruiz said it was late.'],
  ['Ruiz<br>said it, see <https://example.org>.', 'Ruiz    said it, see                      .'],
  ['| Ruiz | said |\n|---|---|', '  Ruiz   said  \n         '],
  ['```\nsaid = true\n```\nRuiz said so.', '   \n           \n   \nRuiz said so.'],
  ['Fares rose 5 \\* 2 times.', 'Fares rose 5  * 2 times.'],
  ['[1]: https://example.org/report', '                               '],
  ['See [Pier](https://x.org/Pier_(disambiguation)) now.', 'See  Pier                                       now.'],
  ['if a <b and c> d', 'if a <b and c> d'],
  ['a <b>bold</b> and <a href="x">link</a>', 'a    bold     and             link    '],
  ['\\*not emphasis\\* here', ' *not emphasis * here'],
  ['Mail <ruiz@example.com> now.', 'Mail                    now.'],
];

describe('plainMarkdown', () => {
  it.each(ROWS)('%j', (markdown, plain) => {
    const got = plainMarkdown(markdown);
    expect(got).toBe(plain);
    expect(got.length).toBe(markdown.length);
  });

  it('leaves the front matter before `from` alone', () => {
    const text = '---\ntitle: "*A*"\n---\n- Ruiz said so.';
    expect(plainMarkdown(text, text.indexOf('- '))).toBe('---\ntitle: "*A*"\n---\n  Ruiz said so.');
  });
});

describe('balancedSpan', () => {
  // text, the span's text as extracted, the span's text widened
  it.each([
    ['Ruiz said the pier was *unsafe*.', 'the pier was *unsafe', 'the pier was *unsafe*'],
    ['Lee said the talks had __stalled__ badly.', 'the talks had __stalled', 'the talks had __stalled__'],
    ['She called it *very* dangerous.', 'it *very* dangerous', 'it *very* dangerous'],
    ['**Okafor** said so.', 'Okafor', 'Okafor'],
    ['Rates rose 3 * 4 times.', 'Rates rose 3 * 4', 'Rates rose 3 * 4'],
    ['Ruiz said the plan was *wrong.*', 'the plan was *wrong', 'the plan was *wrong.*'],
  ])('%j', (text, before, after) => {
    const s = text.indexOf(before);
    const [a, b] = balancedSpan(text, plainMarkdown(text), [s, s + before.length]);
    expect(text.slice(a, b)).toBe(after);
  });
});

describe('claimledger extract: a Markdown draft', () => {
  it('reads a list item and emphasis as prose, with the file’s own offsets', () => {
    const dir = tempDir();
    const text = '---\ntitle: Fares\n---\n\n# Fares\n\n- Councillor Ines Haugen, who chairs the committee, **argues** that fares are too low.\n';
    writeFileSync(join(dir, 'draft.md'), text);
    const r = run(['extract', 'draft.md', '--out', 'ledger.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const ledger = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as Ledger;
    expect(ledger.claims.map((c) => [c.source?.text, c.cue?.text, c.content.text])).toEqual([
      ['Councillor Ines Haugen, who chairs the committee', 'argues', 'fares are too low'],
    ]);
    for (const c of ledger.claims) for (const [s, e] of c.content.spans) expect(text.slice(s, e)).toBe(c.content.text);
  });

  it('finds no quote in code: a stray mark in a fence or ``inline`` code opens none', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'draft.md'), '```\nx = "open\n```\n\nAfter ``make`` ran, "We are done," **Ruiz** said.\n');
    const r = run(['extract', 'draft.md', '--out', 'ledger.json'], { cwd: dir });
    expect(r.code).toBe(0);
    const ledger = JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8')) as Ledger;
    expect(ledger.claims.map((c) => [c.source?.text, c.content.text, c.quote])).toEqual([['Ruiz', '"We are done,"', 'direct']]);
  });
});
