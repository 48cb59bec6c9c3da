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
 * Every token is made by annotate/token.ts, every entry by lexicon.ts `cueEntry`, every match by match.ts
 * `makeMatch` and every attribution the frames build by doc.ts `makeFound`; these checks ask V8 itself (%HaveSameMap, a natives-syntax call) about the built modules in dist/
 * (`npm test` builds them first).
 */

/** Runs `body` as an ES module with V8's natives syntax, `dist` bound to dist/'s URL; returns what it prints. */
function natives(body: string): string {
  const dist = pathToFileURL(join(root, 'dist')).href;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', `const dist = ${JSON.stringify(dist)};\n${body}`], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

describe('one hidden class for the objects the extractor reads', () => {
  // sentences written for this test: [text, a word a mend of the tagger's reading rewrites, its part of speech after]
  const mended: [string, string, string][] = [
    ['The chairman, Will Dorsey, said the vote was close.', 'Will', 'PROPN'], // a name read as an auxiliary
    ['Recent polling shows the mayor ahead.', 'polling', 'NOUN'], // a gerund read as a verb
    ['Harbor Board Claims Ferry Fund Was Misused.', 'Claims', 'NOUN'], // a title-case headline
    ['County records show the pier was sold.', 'show', 'VERB'], // a verb read as a noun after a plural subject
    ['The group that backs the plan denied it.', 'backs', 'VERB'], // a verb read as a noun after "that"
    ['His proposed ferry tax died in committee.', 'proposed', 'ADJ'], // a participle before a noun
    ['Pilots stayed home due to fears of a storm.', 'fears', 'NOUN'], // a plural noun after "to"
    ['Readers wrote in. Rev. Ann Ruiz said the pier was safe.', 'Rev.', 'PROPN'], // "in." split, a title joined to its stop
  ];

  it('every token of every document, mended or not', () => {
    const out = natives(`
      const { annotate } = await import(dist + '/annotate/annotate.js');
      const rows = ${JSON.stringify(mended)};
      const docs = rows.map(([t]) => annotate(t).tokens);
      const all = docs.flat();
      const read = rows.map(([, word], k) => docs[k].find((t) => t.text === word)?.pos ?? null);
      console.log(JSON.stringify({ n: all.length, read, other: all.filter((t) => !%HaveSameMap(t, all[0])).map((t) => t.text) }));`);
    const { n, read, other } = JSON.parse(out) as { n: number; read: (string | null)[]; other: string[] };
    // the mends ran (else the check below would see unmended tokens only)
    expect(read).toEqual(mended.map(([, , pos]) => pos));
    expect(n).toBeGreaterThan(60);
    expect(other).toEqual([]);
  });

  it('every match the phrase matcher makes, and those the extractor makes of them', () => {
    const out = natives(`
      const { annotate } = await import(dist + '/annotate/annotate.js');
      const { makeMatch } = await import(dist + '/extract/match.js');
      const { cueMatcher } = await import(dist + '/extract/attribution/lexicon.js');
      const T = annotate('The mayor has said, according to aides, that she took issue with the plan.').tokens;
      const found = cueMatcher().matcher.findAll(T);
      const all = [...found, makeMatch(0, 1, [0], found[0].value), makeMatch(found[0].first, found[0].last + 1, [...found[0].tokens, found[0].last], found[0].value)];
      console.log(JSON.stringify({ ids: found.map((m) => m.value.id), other: all.filter((m) => !%HaveSameMap(m, all[0])).length, holey: all.filter((m) => %HasHoleyElements(m.tokens)).length }));`);
    const { ids, other, holey } = JSON.parse(out) as { ids: string[]; other: number; holey: number };
    expect(ids).toEqual(expect.arrayContaining(['speech-say', 'evidential-according-to']));
    expect(other).toBe(0);
    expect(holey).toBe(0);
  });

  // sentences written for this test, one for each kind of frame: [text, the cue ids its frames build]
  const framed: [string, string][] = [
    ['The mayor said the pier was safe.', 'speech-say'], // a verb and its subject
    ['The plan was criticized by the pilots.', 'speech-criticize'], // a passive with its agent
    ['The pier is safe, according to the harbor master.', 'evidential-according-to'],
    ['Mayor: City Will Not Raise Taxes\n\nThe vote is on Friday.', 'evidential-colon'],
    ['In a new poll, most riders said the fares were too high.', 'evidential-in-poll'],
    ['Her claim that the pier is unsafe drew protests.', 'speech-claim'], // a noun cue and its holder
  ];

  it('every attribution the frames build', () => {
    const out = natives(`
      const { annotate } = await import(dist + '/annotate/annotate.js');
      const { docView } = await import(dist + '/extract/attribution/doc.js');
      const { buildAttribution } = await import(dist + '/extract/attribution/frames.js');
      const { cueMatcher } = await import(dist + '/extract/attribution/lexicon.js');
      const { learnedEntry } = await import(dist + '/extract/attribution/candidates.js');
      const { makeMatch } = await import(dist + '/extract/match.js');
      const all = [];
      // a verb of feeling the filter admits outside the lexicon: who feels it is the source
      const felt = annotate('The new schedule angered many commuters.'), k = felt.tokens.findIndex((t) => t.text === 'angered');
      const f0 = buildAttribution(docView(felt, true), makeMatch(k, k + 1, [k], learnedEntry(felt.tokens[k])), 0, felt.tokens.length, 0, null);
      if (f0) all.push(f0);
      for (const [text] of ${JSON.stringify(framed)}) {
        const a = annotate(text), D = docView(a, false);
        a.sentences.forEach((s, si) => {
          for (const m of cueMatcher().matcher.findAll(a.tokens, s.first, s.last)) {
            const f = buildAttribution(D, m, s.first, s.last, si, null);
            if (f) all.push(f);
          }
        });
      }
      console.log(JSON.stringify({ ids: all.map((f) => f.entry.id), experiencer: all.some((f) => f.experiencer), other: all.filter((f) => !%HaveSameMap(f, all[0])).map((f) => f.entry.id) }));`);
    const { ids, experiencer, other } = JSON.parse(out) as { ids: string[]; experiencer: boolean; other: string[] };
    // every frame ran (else the check below would see fewer kinds of attribution)
    expect(ids).toEqual(expect.arrayContaining(['learned-anger', ...framed.map(([, id]) => id)]));
    expect(experiencer).toBe(true);
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
