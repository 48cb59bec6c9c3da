import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noSharedReason, root, shared } from './helpers.js';

/**
 * The evaluation corpora's text never goes into the repository. This guard looks for any run of
 * seven words shared between a tracked file and the corpora in ../shared/data; words are compared without
 * case or punctuation, so a copied sentence cannot hide behind quote marks or commas.
 */
const CORPORA = ['polnear-train', 'polnear-dev', 'szeged-news-dev', 'szeged-wiki'].map((f) => join(shared, 'data', `${f}.jsonl`));
const RUN = 7;
// Generated or numeric files: compromise's name words, the model's weights, the lock file.
const SKIP = /(?:^|\/)(?:package-lock\.json|name-lexicon\.ts|cue-model\.json|content-end-model\.json)$/;

// (an apostrophe breaks a word too: a quote mark before a copied phrase, "'U.S. officials …", must not hide it)
const words = (s: string) => s.toLowerCase().replace(/[’‘']/g, ' ').match(/[a-z0-9]+/g) ?? [];

describe.skipIf(!CORPORA.every(existsSync))(`no corpus text in the repository (${noSharedReason} where absent)`, () => {
  it(`shares no run of ${RUN} words with the corpora`, () => {
    const runs = new Set<string>();
    for (const file of CORPORA) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        const w = words((JSON.parse(line) as { text: string }).text);
        for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
      }
    }
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter((f) => f && !SKIP.test(f));
    const found: string[] = [];
    for (const f of tracked) {
      const w = words(readFileSync(join(root, f), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        if (runs.has(run)) found.push(`${f}: ${run}`);
      }
    }
    expect(found).toEqual([]);
  });
});
