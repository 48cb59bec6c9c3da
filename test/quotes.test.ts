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
  // a quote nested in the quote with the same curly marks: the outer quote holds it
  ['“Her claim that the fare “has to do with the tides” is absurd,” wrote Ruiz.', ['“Her claim that the fare “has to do with the tides” is absurd,”']],
  // but an opening mark with no two closing marks after it in the paragraph ends the quote left open
  ['“We will win. “And soon,” she said.', ['“We will win. ', '“And soon,”']],
  // a quote still open at the paragraph's end stops there (the next paragraph re-opens it)
  ['“We will win.\n“And soon,” she said.', ['“We will win.', '“And soon,”']],
  // a paragraph whose double-marked quotes are all short keeps its single-marked ones too
  ["The mayor's plan, she said, is 'dead.' “Not yet,” he said.", ["'dead.'", '“Not yet,”']],
  // but a double-marked quote of four words or more outside them makes them nested or stray marks
  ["The plan, she said, is 'dead.' “We will see about that,” he said.", ['“We will see about that,”']],
  // a British paragraph with a short double-marked phrase
  ["'It is over,' said the harbour master, who called the council's plan \"rotten\".", ["'It is over,'", '"rotten"']],
  // a text with no double marks quotes with single ones (British style); apostrophes stay apostrophes
  ["'We are done,' said Ruiz. 'The pier is closed.'", ["'We are done,'", "'The pier is closed.'"]],
  ['‘We are done,’ said Ruiz, the harbor master’s deputy.', ['‘We are done,’']],
  ["The crew didn't say 'no'. The pilots' guild called it 'a disgrace', and the dockers' union agreed.", ["'no'", "'a disgrace'"]],
  // a plural's apostrophe before a lower-case word closes the quote when no other mark follows
  ["He said 'we need more ships' and left.", ["'we need more ships'"]],
  // a single-marked quote must close in its paragraph; an elision opens none
  ["'Tis the season, said Ruiz.\nThe 'old pier is gone.", []],
  ["Crews will work 'til dawn, the pilots' union said; the band plays rock 'n' roll.", []],
  ["The songs of the '90s were louder, she said. He won in '08.", []],
  // a quote running on into the next paragraph, which re-opens it, is one in each
  ["'We are done with the old pier.\n\n'And we will not rebuild it,' said Ruiz.", ["'We are done with the old pier.", "'And we will not rebuild it,'"]],
  // a capitalised plural's apostrophe before a capital, where the quote's own mark follows
  ["'We asked the Pilots' Association twice,' said Ruiz.", ["'We asked the Pilots' Association twice,'"]],
  // but a lower-case plural's mark before a capital closes its quote
  ["Ruiz called the scheme 'a gift to developers' Monday, while Lee called it 'fair'.", ["'a gift to developers'", "'fair'"]],
  // short single-marked quotes (American headlines, scare quotes) do not make a text British
  ["Mayor calls pier plan 'a joke'\n\nCouncil member says residents were 'misled'\n\nThe vote was close. “It is a joke and everyone knows it,” Ruiz said.", ["'a joke'", "'misled'", '“It is a joke and everyone knows it,”']],
  // a quote may open with a figure
  ["'£40 a ticket is too much,' said Ruiz. '120 boats wait.'", ["'£40 a ticket is too much,'", "'120 boats wait.'"]],
  // single marks in a paragraph with no double mark are quotes, whatever the rest of the text uses (a headline)
  ["Ferry chief: 'We cannot run more boats'\n\nThe board called it \"not good enough\", and the pilots' union agreed.", ["'We cannot run more boats'", '"not good enough"']],
  // a stray double mark (an inch) does not make a single-marked text double-marked, nor a nested quote
  ["The rail is 6\" too low. 'We will fix it,' said Ruiz. 'He told me \"never\", but we will.'", ["'We will fix it,'", "'He told me \"never\", but we will.'"]],
];

describe('quotes', () => {
  for (const [text, quotes] of ROWS) {
    it(JSON.stringify(text), () => expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(quotes));
  }
});
