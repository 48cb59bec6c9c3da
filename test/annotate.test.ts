import { describe, expect, it } from 'vitest';
import { annotate, tokensIn } from '../src/annotate/annotate.js';

const sentencesOf = (text: string) => annotate(text).sentences.map((s) => text.slice(s.start, s.end));

describe('annotate: sentences', () => {
  it.each([
    ['a headline without a full stop ends at its line break', 'Mayor Quits\n\nThe mayor resigned. Nobody knew why.', ['Mayor Quits', 'The mayor resigned.', 'Nobody knew why.']],
    ['no empty final sentence', 'One sentence here.\n', ['One sentence here.']],
    ['CRLF line breaks', 'Title Line\r\n\r\nFirst sentence. Second one.\r\n', ['Title Line', 'First sentence.', 'Second one.']],
    ['abbreviations do not end a sentence', 'The U.S. team won. Sen. Ann Lee said so.', ['The U.S. team won.', 'Sen. Ann Lee said so.']],
    ['a quote with its speaker', '“We will win,” he said. Then he left.', ['“We will win,” he said.', 'Then he left.']],
    ['an abbreviation in brackets does not end a sentence', 'Sen. Ann Lee (D-Vt.) on Saturday criticized the bill. It failed.', ['Sen. Ann Lee (D-Vt.) on Saturday criticized the bill.', 'It failed.']],
    ['nor before a comma', 'Rep. Ida Moss (D-Ore.), who wrote the bill, voted no. It failed.', ['Rep. Ida Moss (D-Ore.), who wrote the bill, voted no.', 'It failed.']],
    ['nor before a colon after the bracket (wink reads "):" as one symbol)', 'Rep. Ida Moss (D-Ore.): We will vote no. It failed.', ['Rep. Ida Moss (D-Ore.): We will vote no.', 'It failed.']],
    ['nor does one with two initials', 'Rep. Tom Hale (R-N.J.) said the bill was dead. (It was.) Then it passed.', ['Rep. Tom Hale (R-N.J.) said the bill was dead.', '(It was.)', 'Then it passed.']],
    ['a title before a name does not end a sentence', 'Rev. Ann Ruiz blessed the boats. Atty. Gen. Tom Hale came too.', ['Rev. Ann Ruiz blessed the boats.', 'Atty. Gen. Tom Hale came too.']],
    ['nor after a title that ends it, before "The"', "The vote was called by the board's Pres. The ferry sailed late.", ["The vote was called by the board's Pres.", 'The ferry sailed late.']],
    ['but "Jr." may', 'The boats were blessed by Tom Hale Jr. Then it rained.', ['The boats were blessed by Tom Hale Jr.', 'Then it rained.']],
    ["nor a party and state's initials after a name", 'Sen. Ann Lee, R-N.Y., voted no. It failed.', ['Sen. Ann Lee, R-N.Y., voted no.', 'It failed.']],
    ['which end it after their second letter where it ends', '“We won,” said Sen. Ann Lee, R-S.C. “It was close.”', ['“We won,” said Sen. Ann Lee, R-S.C.', '“It was close.”']],
    ["nor does a closing '' between its two marks", "Ruiz left. ''The pier is shut.'' Then it rained.", ['Ruiz left.', "''The pier is shut.''", 'Then it rained.']],
    ["a quote after a state's abbreviation opens one", '"We won," said Ann Ruiz of Eureka, Calif. "It was close."', ['"We won," said Ann Ruiz of Eureka, Calif.', '"It was close."']],
    ['a title or nickname in quotes after a state stays in its sentence', 'The Eureka, Calif. "Harbor Days" fair was canceled.', ['The Eureka, Calif. "Harbor Days" fair was canceled.']],
    ['a web address ends no sentence at its first dot', 'Ruiz told Harbor.com. The pier shut.', ['Ruiz told Harbor.com.', 'The pier shut.']],
    ['a lower-case word after a line break still starts a sentence', 'Notes\nrain is likely today.', ['Notes', 'rain is likely today.']],
  ])('%s', (_, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('annotate: tokens', () => {
  const texts = [
    'Officials reportedly indicated that it could happen.',
    '\n\nA paragraph after blank lines, with “curly quotes” and don’t.\r\nNext line — with a dash.',
    'Emoji 🙂 and accents: café, naïve. 3,000 drivers; $4 million.',
    'Sen. Ann Ruiz (D-Ore.): We will vote no on the harbor bill.',
  ];
  it.each(texts)('every token is exactly text.slice(start, end): %j', (text) => {
    const a = annotate(text);
    expect(a.tokens.length).toBeGreaterThan(5);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of a.sentences) {
      expect(a.tokens[s.first]!.start).toBe(s.start);
      expect(a.tokens[s.last - 1]!.end).toBe(s.end);
    }
  });

  it('keeps offsets into the whole text when given a body span', () => {
    const text = '---\ntitle: x\n---\nThe council said no.';
    const body = text.indexOf('The');
    const a = annotate(text, [body, text.length]);
    expect(a.tokens[0]).toMatchObject({ text: 'The', start: body });
    expect(a.tokens.map((t) => t.text)).not.toContain('title');
  });

  it.each([
    ['Readers wrote in. Then the pier closed.', ['Readers', 'wrote', 'in', '.', 'Then', 'the', 'pier', 'closed', '.'], 2],
    ['The mayor weighed in.', ['The', 'mayor', 'weighed', 'in', '.'], 1],
    // where wink runs the two sentences together, the full stop still ends the first
    ['Dozens of readers wrote in. Ruiz said the pier would reopen.', ['Dozens', 'of', 'readers', 'wrote', 'in', '.', 'Ruiz', 'said', 'the', 'pier', 'would', 'reopen', '.'], 2],
    // after a number it stays the abbreviation for inches
    ['The tide rose 6 in. overnight.', ['The', 'tide', 'rose', '6', 'in.', 'overnight', '.'], 1],
    // and "no." is the word and a full stop, unless a number follows
    ['The pilots voted no. The strike goes on.', ['The', 'pilots', 'voted', 'no', '.', 'The', 'strike', 'goes', 'on', '.'], 2],
    ['Pier No. 5 is closed.', ['Pier', 'No.', '5', 'is', 'closed', '.'], 1],
    // a web address wink splits at its dots is one word, without the full stop that ends the sentence
    ['The fare is too high, according to Factcheck.org. Ruiz left.', ['The', 'fare', 'is', 'too', 'high', ',', 'according', 'to', 'Factcheck.org', '.', 'Ruiz', 'left', '.'], 2],
    ['See www.harbor.gov.', ['See', 'www.harbor.gov', '.'], 1],
    ['A report on harbor.gov.uk said so.', ['A', 'report', 'on', 'harbor.gov.uk', 'said', 'so', '.'], 1],
    // a capital after the dot is a missing space, no address
    ['The ferry sank.US pilots said so.', ['The', 'ferry', 'sank', '.', 'US', 'pilots', 'said', 'so', '.'], 2],
    ['Ruiz wrote on Harbor.Com that the pier was safe.', ['Ruiz', 'wrote', 'on', 'Harbor.Com', 'that', 'the', 'pier', 'was', 'safe', '.'], 1],
    ['Ruiz wrote on harbor-news.org that the pier was shut.', ['Ruiz', 'wrote', 'on', 'harbor-news.org', 'that', 'the', 'pier', 'was', 'shut', '.'], 1],
    // a title wink splits from its full stop is one word, as "Sen." is
    ['Sens. Ann Ruiz and Rev. Tom Lee spoke.', ['Sens.', 'Ann', 'Ruiz', 'and', 'Rev.', 'Tom', 'Lee', 'spoke', '.'], 1],
    ["The vote was called by the board's Pres. The ferry sailed late.", ['The', 'vote', 'was', 'called', 'by', 'the', 'board', "'s", 'Pres.', 'The', 'ferry', 'sailed', 'late', '.'], 2],
    // wink's "):" (an emoticon to it) is a bracket and a colon after a word, an emoticon after a space
    ['Rep. Ida Moss (D-Ore.): No.', ['Rep.', 'Ida', 'Moss', '(', 'D', '-', 'Ore', '.', ')', ':', 'No', '.'], 1],
    ['Dunn (who wrote "lost again ):" on Sunday) left.', ['Dunn', '(', 'who', 'wrote', '"', 'lost', 'again', '):', '"', 'on', 'Sunday', ')', 'left', '.'], 1],
  ] as const)('"in." and "no." end a sentence unless a number comes before or after: %j', (text, words, sentences) => {
    const a = annotate(text);
    expect(a.tokens.map((t) => t.text)).toEqual(words);
    expect(a.sentences).toHaveLength(sentences);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives lemmas and POS', () => {
    const a = annotate('She said the plan would not work.');
    const said = a.tokens.find((t) => t.text === 'said')!;
    expect(said).toMatchObject({ lemma: 'say', pos: 'VERB' });
    expect(a.tokens.find((t) => t.text === 'not')).toMatchObject({ lemma: 'not', pos: 'PART' });
  });
});

describe('annotate: names the tagger reads as other words', () => {
  // sentences written for these tests: [text, word, its POS after annotate]
  const rows: [string, string, string][] = [
    ['Josh Ferrell, the port director, said the cranes were safe.', 'Josh', 'PROPN'],
    ['"The cranes are safe," said Concord resident Ida Marsh.', 'Concord', 'PROPN'],
    ['If the levy fails, Jolly said, the library will close.', 'Jolly', 'PROPN'],
    ['The chairman, Will Dorsey, said the vote was close.', 'Will', 'PROPN'],
    // a capital after a first name is a surname, lower case after it or not
    ['Columnist George Will wrote that the levy was doomed.', 'Will', 'PROPN'],
    ['Harbor chief Ian Read said the cranes were safe.', 'Read', 'PROPN'],
    ['Harbor Chief Ann Says fares will rise.', 'Says', 'VERB'],
    // after a quote's closing mark, before a verb of saying: the speaker
    ['“The port should close,” Will wrote.', 'Will', 'PROPN'],
    // a verb that opens a sentence or follows a quote mark or a colon stays a verb, and so do title-case headlines
    ['Grant them the money, the mayor said.', 'Grant', 'VERB'],
    ['The sign read: Stop the Tolls Now.', 'Stop', 'VERB'],
    ['Will Voters Back The Harbor Bond This Fall?', 'Will', 'AUX'],
    ['Mayor Says Pier Will Close', 'Says', 'VERB'],
    ['Harbor Chief Lee Says fares will rise.', 'Says', 'VERB'],
    ['3) Cut the fares before the vote.', 'Cut', 'VERB'],
    ['The mayor paused … Then she said the pier would close.', 'Then', 'ADV'],
  ];
  it.each(rows)('%j: %s is %s', (text, word, pos) => {
    const t = annotate(text).tokens.find((x) => x.text === word)!;
    expect(t.pos).toBe(pos);
    if (pos === 'PROPN') expect(t.lemma).toBe(word.toLowerCase());
  });
});

describe('annotate: gerunds the tagger reads as verbs', () => {
  // [text, word, its POS after annotate]: a subject's noun before the finite verb; a participle stays a verb
  it.each([
    ['Recent polling shows the mayor ahead.', 'polling', 'NOUN'],
    ['Exit polling showed a close race.', 'polling', 'NOUN'],
    ['The stereotyping is unfair to pilots.', 'stereotyping', 'NOUN'],
    ['The pilots were polling riders on the dock.', 'polling', 'VERB'],
    ['The remaining pilots said the pier was safe.', 'remaining', 'ADJ'],
  ])('%s: %s is %s', (text, word, pos) => {
    expect(annotate(text).tokens.find((t) => t.text === word)?.pos).toBe(pos);
  });
});

/** A table row's check: `word` in `text` has this POS and lemma after annotate. */
function wordReads(text: string, word: string, pos: string, lemma: string): void {
  expect(annotate(text).tokens.find((t) => t.text === word)).toMatchObject({ pos, lemma });
}

describe('annotate: title-case headlines', () => {
  // [text, word, its POS and lemma after annotate]: wink reads each capitalised word as a name; the line read again in
  // lower case gives an inflected word its common reading. Names stay: a known name, a first name's surname, a place's
  // last word, a word that is no regular inflection, a sentence that is not title case.
  it.each([
    ['Senator Ann Ruiz Slams Harbor Plan After Storm.', 'Slams', 'NOUN', 'slam'],
    ['Harbor Board Claims Ferry Fund Was Misused.', 'Claims', 'NOUN', 'claim'],
    ['Union Chief Blasts City Over Ferry Cuts.', 'Cuts', 'NOUN', 'cut'],
    ['Mayor Defends Pier Plan As Voters Balk.', 'Voters', 'NOUN', 'voter'],
    ['Ann Sessions Praises Harbor Pilots.', 'Sessions', 'PROPN', 'sessions'],
    ['Harbor Chief Edwards Praises Pilots.', 'Edwards', 'PROPN', 'edwards'],
    ['Iowa Rivers Flood Again After Storm.', 'Rivers', 'PROPN', 'rivers'],
    ['Mayor Lee Praises the Harbor Pilots in a short speech.', 'Praises', 'PROPN', 'praises'],
    // a surname after a title or an initial stays, so a title's own verb does too ("Mayor Praises …" is left as it was)
    ['Police Chief Banks Denies Harbor Raid Claims.', 'Banks', 'PROPN', 'banks'],
    ['Police Chief Banks Denies Harbor Raid Claims.', 'Claims', 'NOUN', 'claim'],
    ['Mayor Praises Pilots For Quick Rescue.', 'Praises', 'PROPN', 'praises'],
    // initials are no capitalised words: a line of prose with one lower-case word is no headline
    ['“No,” said Judge R. T. Waters.', 'Waters', 'PROPN', 'waters'],
    // a job word in compromise's lexicon is no name; a verb in -ys; no regular inflection (wink's lemma "vise")
    ['Teachers Union Leaders Reject Contract Offer.', 'Leaders', 'NOUN', 'leader'],
    ['Board Delays Ferry Vote After Storm.', 'Delays', 'NOUN', 'delay'],
    ['Harbor Vice Chair Quits Ferry Board.', 'Vice', 'PROPN', 'vise'],
    // a capital whose lower case is longer leaves the line as wink read it
    ['İzmir Harbor Board Claims Ferry Fund Was Misused.', 'Claims', 'PROPN', 'claims'],
  ])('%s: %s is %s', wordReads);
});

describe('annotate: verbs the tagger reads as nouns after a relative pronoun', () => {
  // [text, word, its POS and lemma after annotate]: a noun, "that" or "who", the word, a determiner of its object
  // (wink reads the first three as nouns)
  it.each([
    ['The group that backs the plan denied it.', 'backs', 'VERB', 'back'],
    ['Voters who favor the plan said so.', 'favor', 'VERB', 'favor'],
    ['A levy that finances the ferry passed.', 'finances', 'VERB', 'finance'],
    // a noun after the pronoun is its clause's subject (no determiner after it)
    ['The plan that voters favor is dead.', 'voters', 'NOUN', 'voter'],
    // "which" as often asks; a noun that takes a that-clause; a time noun after a demonstrative "that"
    ['He asked the mayor which roads the crews would clear.', 'roads', 'NOUN', 'road'],
    ['Ruiz charges that pilots the union hired were unsafe.', 'pilots', 'NOUN', 'pilot'],
    ['He told the crew that day the pier was closed.', 'day', 'NOUN', 'day'],
  ])('%s: %s is %s', wordReads);
});

describe('annotate: verbs the tagger reads as nouns after their subject', () => {
  // [text, word, its POS and lemma after annotate]: a plain form after a plural noun, a form in -s after a name (wink
  // reads the first nine as nouns; a form in -s in a title-case headline stays as the title-case mend leaves it)
  it.each([
    ['The pier was sold in 2019, county records show.', 'show', 'VERB', 'show'],
    ['Harbor records show that the pier was sold twice.', 'show', 'VERB', 'show'],
    ['Polls show Ruiz ahead in the east.', 'show', 'VERB', 'show'],
    ['Harbor pilots fear the storm will close the channel.', 'fear', 'VERB', 'fear'],
    ['Ruiz notes that the pier was built in 1931.', 'notes', 'VERB', 'note'],
    ['Dunn points out the flaw in the plan.', 'points', 'VERB', 'point'],
    ['Reuters reports that fares will rise in May.', 'reports', 'VERB', 'report'],
    ['Studies show exercise lowers blood pressure.', 'show', 'VERB', 'show'],
    ['Critics point to the cost of the new pier.', 'point', 'VERB', 'point'],
    // a compound's head; "points" with no subject before its particle
    ['She hosts a radio show every Sunday.', 'show', 'NOUN', 'show'],
    ['The awards show is on Monday.', 'show', 'NOUN', 'show'],
    ['The fireworks show crowd was huge.', 'show', 'NOUN', 'show'],
    ['The levy won by ten points to three.', 'points', 'NOUN', 'point'],
    // after "a", the object of a preposition or a verb, before a relative clause's verb, in a title-case headline; a
    // plural after a name; a noun that takes a that-clause of its own
    ['A Harbor Bank note that was sent to clients warned of a slowdown.', 'note', 'NOUN', 'note'],
    ['Port reports that were leaked in 2010 showed the losses.', 'reports', 'NOUN', 'report'],
    ['By one estimate the toll has doubled.', 'estimate', 'NOUN', 'estimate'],
    ['At the awards show, Ruiz said the speech had been cut.', 'show', 'NOUN', 'show'],
    ['Dunn Slams Ruiz Over Ferry Plan', 'Slams', 'NOUN', 'slam'],
    ['The Ruiz reports were late.', 'reports', 'NOUN', 'report'],
    ['Voter fears that the ferry would close proved wrong.', 'fears', 'NOUN', 'fear'],
  ])('%s: %s is %s', wordReads);
});

describe('annotate: participles before a noun, and plural nouns after "to"', () => {
  // [text, word, its POS and lemma after annotate]: wink reads a participle between an article or a possessive and a
  // noun as a verb, and a plural noun after "to" as an infinitive
  it.each([
    ['Ona Perez, the marina’s dismissed bookkeeper, accused the owners.', 'dismissed', 'ADJ', 'dismissed'],
    ['His proposed ferry tax died in committee.', 'proposed', 'ADJ', 'proposed'],
    ['The crews lost a repeated bid for the pier.', 'repeated', 'ADJ', 'repeated'],
    // "’s" for "has" is an auxiliary: the participle is the verb; a participle before no noun stays a verb
    ['He’s proposed changes to the ferry plan.', 'proposed', 'VERB', 'propose'],
    ["He's proposed changes to the ferry plan.", 'proposed', 'VERB', 'propose'],
    ['The marina’s owners dismissed the bookkeeper.', 'dismissed', 'VERB', 'dismiss'],
    ['Pilots stayed home due to fears of a storm.', 'fears', 'NOUN', 'fear'],
    ['The mayor turned to questions about the tax.', 'questions', 'NOUN', 'question'],
    // the verb after a "to" that ends a relative clause: no noun stands before a determiner
    ['One official she reports to says the pier is unsafe.', 'says', 'VERB', 'say'],
    ['The pilot she talked to thinks the fares will rise.', 'thinks', 'VERB', 'think'],
  ])('%s: %s is %s', wordReads);
});

describe('tokensIn', () => {
  const text = 'The mayor said the bridge would not reopen.';
  const doc = annotate(text);
  it.each<[string, string]>([
    ['the bridge would not reopen', 'the bridge would not reopen'],
    ['mayor said', 'mayor said'],
    ['e mayor sa', 'mayor'],
    ['reopen.', 'reopen .'],
  ])('tokens wholly inside the span of %j', (part, expected) => {
    const start = text.indexOf(part);
    const [first, last] = tokensIn(doc, [start, start + part.length]);
    expect(doc.tokens.slice(first, last).map((t) => t.text).join(' ')).toBe(expected);
  });
});

describe('annotate: no memory between documents', () => {
  // wink-nlp learns the out-of-vocabulary chunks it keeps whole: "Vexmoor’s," and "Quillan's."
  // come out as `Vexmoor’s` `,` and teach it "Vexmoor’s", after which it no longer split
  // "Vexmoor’s allies" (nor "Tarrow's", taught by "Tarrow's-backed").
  const teacher = 'Reporters asked about Vexmoor’s, Quillan\'s. and Tarrow\'s-backed plans: nobody answered.';
  const text = 'Vexmoor’s allies met Quillan\'s aides. Tarrow\'s office said nothing.';
  const view = (t: string) => annotate(t).tokens.map(({ text, start, end, pos, lemma }) => ({ text, start, end, pos, lemma }));

  it('a document reads the same alone and after another', () => {
    const alone = view(text);
    expect(alone.map((t) => t.text).join(' ')).toBe('Vexmoor ’s allies met Quillan \'s aides . Tarrow \'s office said nothing .');
    for (const t of alone) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(view(teacher).map((t) => t.text)).toContain('Vexmoor’s');
    expect(view(text)).toEqual(alone);
  });
});
