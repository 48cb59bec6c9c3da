import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.js';
import { findAttributions } from '../src/extract/attribution/index.js';
import { findHedges } from '../src/extract/hedges/index.js';
import { findHedgedStatements } from '../src/extract/statements.js';

/** The author's hedged statements in a text, as [content, hedge texts]. */
function statements(text: string): [string, string[]][] {
  const doc = annotate(text);
  const hedges = findHedges(doc);
  return findHedgedStatements(doc, findAttributions(doc), hedges).map((s) => [
    text.slice(...s.content),
    s.hedges.map((h) => h.text),
  ]);
}

describe('the author’s own hedged statements', () => {
  it.each<[string, string, [string, string[]][]]>([
    ['a hedged sentence, without its full stop', 'The outcome could set a precedent.', [['The outcome could set a precedent', ['could']]]],
    ['an evidential hedge', 'The funds were allegedly misused last summer.', [['The funds were allegedly misused last summer', ['allegedly']]]],
    // "reportedly" makes the sentence a report with no one named as its source: an attribution, not the author's
    ['"reportedly" is a cue', 'The leak reportedly began last summer.', []],
    ['an abbreviation keeps its dot', 'The ruling may hurt exports to the U.S.', [['The ruling may hurt exports to the U.S.', ['may']]]],
    ['a sentence-initial "As" stays when nothing was cut', 'As talks drag on, the deal could collapse.', [['As talks drag on, the deal could collapse', ['could']]]],
    ['only the part outside an attribution, without its joining "and"', 'The plant will close, officials said, and the town may lose 300 jobs.', [['the town may lose 300 jobs', ['may']]]],
    ['a hedge inside an attribution is the attribution’s', 'The mayor said the bridge could reopen in May.', []],
    ['a condition alone is no hedge of truth', 'If it rains, the game moves indoors.', []],
    ['a plain statement', 'The council approved the budget on Tuesday.', []],
  ])('%s', (_, text, expected) => {
    expect(statements(text)).toEqual(expected);
  });
});
