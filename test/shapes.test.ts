import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

/*
 * The extractor reads tokens and cue entries in nearly every function, and V8 optimises those reads for the hidden
 * class (map) the objects have. Objects of several classes make the reads slower and throw the optimised code away
 * each time a new class turns up: a token copied by spread ({ ...t, pos }) has another class than one made by the
 * annotator, and cue entries parsed from data/cues.json have one class for each set and order of optional fields.
 * Every token is made by annotate/token.ts and every entry by lexicon.ts `cueEntry`; these checks ask V8 itself
 * (%HaveSameMap, a natives-syntax call) about the built modules in dist/.
 */

/** Runs `body` as an ES module with V8's natives syntax, `dist` bound to dist/'s URL; returns what it prints. */
function natives(body: string): string {
  const dist = pathToFileURL(join(root, 'dist')).href;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', `const dist = ${JSON.stringify(dist)};\n${body}`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('one hidden class for the objects the extractor reads', () => {
  // sentences written for this test, each with a word a mend of the tagger's reading rewrites
  const texts = [
    'The chairman, Will Dorsey, said the vote was close.', // a name read as an auxiliary
    'Recent polling shows the mayor ahead.', // a gerund read as a verb
    'Harbor Board Claims Ferry Fund Was Misused.', // a title-case headline
    'The group that backs the plan denied it.', // a verb read as a noun after "that"
    'His proposed ferry tax died in committee.', // a participle before a noun
    'Pilots stayed home due to fears of a storm.', // a plural noun after "to"
    'Readers wrote in. Rev. Ann Ruiz said the pier was safe.', // "in." split, a title joined to its full stop
  ];

  it('every token of every document, mended or not', () => {
    const out = natives(`
      const { annotate } = await import(dist + '/annotate/annotate.js');
      const all = ${JSON.stringify(texts)}.flatMap((t) => annotate(t).tokens);
      console.log(JSON.stringify({ n: all.length, other: all.filter((t) => !%HaveSameMap(t, all[0])).map((t) => t.text) }));`);
    const { n, other } = JSON.parse(out) as { n: number; other: string[] };
    expect(n).toBeGreaterThan(60);
    expect(other).toEqual([]);
  });

  it('every cue entry: the lexicon\'s, those the filter admits, the learned ones', () => {
    const out = natives(`
      const { cueMatcher } = await import(dist + '/extract/attribution/lexicon.js');
      const { acceptedEntry, learnedEntry } = await import(dist + '/extract/attribution/candidates.js');
      const { annotate } = await import(dist + '/annotate/annotate.js');
      const T = annotate('The pilots voiced concern, officials said.').tokens;
      const E = cueMatcher().entries;
      const all = [...E, ...E.map(acceptedEntry), learnedEntry(T[2]), learnedEntry(T[3])];
      console.log(JSON.stringify({ n: all.length, other: all.filter((e) => !%HaveSameMap(e, all[0])).map((e) => e.id) }));`);
    const { n, other } = JSON.parse(out) as { n: number; other: string[] };
    expect(n).toBeGreaterThan(200);
    expect(other).toEqual([]);
  });
});
