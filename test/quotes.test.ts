import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/extract/attribution/quotes.js';

// Sentences written for these tests; each row: text, then the quoted stretches found (marks included).
const ROWS: [text: string, quotes: string[]][] = [
  ['“We will win,” she said.', ['“We will win,”']],
  ['"We will win," she said.', ['"We will win,"']],
  ["``We will win,'' she said.", ["``We will win,''"]],
  ["''We will win,'' she said.", ["''We will win,''"]],
  // a quote inside the quote, closed with it: ''' takes both marks
  ["''We call it 'the old pier,''' she said.", ["''We call it 'the old pier,'''"]],
  // a closing mark typed as an opener, after the quote's last word: it closes
  ['“Not yet,“ he said.', ['“Not yet,“']],
  // a quote still open at the paragraph's end stops there (the next paragraph re-opens it)
  ['“We will win.\n“And soon,” she said.', ['“We will win.', '“And soon,”']],
  // an apostrophe is no quote mark
  ["The mayor's plan, she said, is 'dead.'", []],
];

describe('quotes', () => {
  for (const [text, quotes] of ROWS) {
    it(JSON.stringify(text), () => expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(quotes));
  }
});
