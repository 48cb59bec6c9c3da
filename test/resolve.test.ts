import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.js';
import { resolveSources } from '../src/resolve/index.js';
import type { ResolvedSource } from '../src/resolve/index.js';
import type { Attribution, CueCategory, SourceType, Span } from '../src/types.js';
import { NAME_LEXICON, ORG_WORDS } from '../src/annotate/name-lexicon.js';
import { nameInfo } from '../src/resolve/names.js';
import { noSharedReason, shared } from './helpers.js';

/** The `nth` (0-based) whole-word occurrence of `phrase` in `text`. */
function spanOf(text: string, phrase: string, nth = 0): Span {
  const esc = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const all = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index!);
  const at = all[nth];
  if (at === undefined) throw new Error(`"${phrase}" #${nth} not in the text`);
  return [at, at + phrase.length];
}

/** An attribution with only its source span (and its cue's lemma and category) mattering here. */
const attribution = (spans: Span[] | null, lemma = 'say', category: CueCategory = 'speech'): Attribution => ({
  cue: { spans: [[0, 0]], lemma, cueId: `${category}-${lemma}`, category, stance: 'neutral' },
  source: spans ? { spans } : null,
  content: { spans: [[0, 0]] },
  quote: 'indirect',
  sentences: [0],
});

/** Sources written as `phrase` or `phrase@n` (the n-th occurrence), resolved together in one document. */
function resolve(text: string, ...phrases: string[]): ResolvedSource[] {
  const atts = phrases.map((p) => {
    const [phrase, nth] = p.split('@') as [string, string | undefined];
    return attribution([spanOf(text, phrase, nth ? Number(nth) : 0)]);
  });
  return resolveSources(annotate(text), atts) as ResolvedSource[];
}

type Row = [text: string, source: string, type: SourceType, name: string | null, cueIds: string[]];

const check = (text: string, source: string, type: SourceType, name: string | null, cueIds: string[]) => {
  const [r] = resolve(text, source);
  expect(r).toBeTruthy();
  expect(text.slice(r!.spans[0]![0], r!.spans[0]![1])).toBe(source.split('@')[0]);
  expect({ type: r!.type, name: r!.name, cueIds: r!.cueIds }).toEqual({ type, name, cueIds });
};

describe('resolveSources: anonymous sources (unnamed but specific)', () => {
  it.each<Row>([
    ['U.S. officials said the talks would resume next week.', 'U.S. officials', 'anonymous', null, ['anon-official']],
    ['A senior official said the plan was dead.', 'A senior official', 'anonymous', null, ['anon-official']],
    ['Administration officials said the order was final.', 'Administration officials', 'anonymous', null, ['anon-official']],
    ['Some of the officials said otherwise.', 'Some of the officials', 'anonymous', null, ['anon-official']],
    ['People familiar with the matter said the deal was close.', 'People familiar with the matter', 'anonymous', null, ['anon-familiar']],
    ['Sources close to the campaign said the candidate would withdraw.', 'Sources close to the campaign', 'anonymous', null, ['anon-familiar']],
    ['A spokesman declined to comment but said the review continues.', 'A spokesman', 'anonymous', null, ['anon-spokesperson']],
    ['A spokeswoman for the ministry said the visas were valid.', 'A spokeswoman for the ministry', 'anonymous', null, ['anon-spokesperson']],
    ['Two aides said the governor was furious.', 'Two aides', 'anonymous', null, ['anon-aide']],
    ['A Kentucky Republican said the bill would fail.', 'A Kentucky Republican', 'anonymous', null, ['anon-partisan']],
    ['A senator said the vote would be close.', 'A senator', 'anonymous', null, ['title-senator']],
  ])('%j: %j', check);
});

describe('resolveSources: vague sources (weasel words)', () => {
  it.each<Row>([
    ['Some said the vote was rigged.', 'Some', 'vague', null, ['vague-some']],
    ['Others disagreed, saying the vote was fair.', 'Others', 'vague', null, ['vague-others']],
    ['Critics say the bill goes too far.', 'Critics', 'vague', null, ['vague-critics']],
    ['Many believe the economy will improve.', 'Many', 'vague', null, ['vague-many']],
    ['Several told the board the ferries were crowded.', 'Several', 'vague', null, ['vague-many']],
    ['Opponents say the rise would hurt islanders most.', 'Opponents', 'vague', null, ['vague-public']],
    ['Observers noted a shift in tone.', 'Observers', 'vague', null, ['vague-observers']],
    ['Some experts warned of a recession.', 'Some experts', 'vague', null, ['vague-experts']],
    ['It is believed that the ship sank.', 'It', 'vague', null, ['vague-impersonal']],
    ['It has been suggested that the ship sank.', 'It', 'vague', null, ['vague-impersonal']],
    ['The contrasting view held by others suggests a delay.', 'The contrasting view held by others', 'vague', null, ['vague-others']],
    ['Those who oppose the plan say it costs too much.', 'Those who oppose the plan', 'vague', null, ['vague-people']],
  ])('%j: %j', check);
});

describe('resolveSources: documents, groups, organizations', () => {
  it.each<Row>([
    ['The report said costs rose sharply.', 'The report', 'document', null, ['doc-report']],
    ['A statement from the ministry said talks continue.', 'A statement from the ministry', 'document', null, ['doc-statement']],
    ['The lawsuit alleges fraud.', 'The lawsuit', 'document', null, ['doc-legal']],
    ['The letter, signed by 40 lawmakers, urged a vote.', 'The letter, signed by 40 lawmakers', 'document', null, ['doc-letter']],
    ['A new poll shows the race tightening.', 'A new poll', 'document', null, ['doc-poll']],
    ['Republicans said they would block the bill.', 'Republicans', 'group', 'Republicans', ['group-party']],
    ['On Monday House Democrats said they would vote no.', 'House Democrats', 'group', 'House Democrats', ['group-party']],
    ['In the survey, 56 percent of voters said the economy was weak.', '56 percent of voters', 'group', null, ['group-share', 'vague-public']],
    ['About 4 in 10 said the economy was weak.', 'About 4 in 10', 'group', null, ['group-share']],
    ['The State Department said the visa was revoked.', 'The State Department', 'organization', 'State Department', ['org-government']],
    ['A day later the Department of Homeland Security said the rule stands.', 'the Department of Homeland Security', 'organization', 'Department of Homeland Security', ['org-government']],
    ['The White House said the meeting was productive.', 'The White House', 'organization', 'White House', ['org-government']],
    ['The Post reported that the deal had collapsed.', 'The Post', 'organization', 'Post', ['org-media']],
    ['On Sunday the New York Post reported the story.', 'the New York Post', 'organization', 'New York Post', ['org-media']],
    ['Reuters reported that the talks had stalled.', 'Reuters', 'organization', 'Reuters', ['org-media']],
    ['The Trump campaign said the story was false.', 'The Trump campaign', 'organization', 'Trump campaign', ['org-organization']],
    ['The company said profits fell.', 'The company', 'organization', null, ['org-organization']],
    ['The FBI said it was investigating.', 'The FBI', 'organization', 'FBI', []],
    ['Mexico said it would cooperate.', 'Mexico', 'organization', 'Mexico', []],
    ['Xinhua, the official news agency, said the talks went well.', 'Xinhua, the official news agency', 'organization', 'Xinhua', ['org-government']],
  ])('%j: %j', check);
});

describe('resolveSources: named people', () => {
  it.each<Row>([
    ['Sen. Ted Cruz said the bill was dead.', 'Sen. Ted Cruz', 'person', 'Ted Cruz', ['title-senator']],
    ['Longtime Democratic pollster Pat Caddell said voters were angry.', 'Longtime Democratic pollster Pat Caddell', 'person', 'Pat Caddell', []],
    ['Sebastian Gorka, a deputy assistant to the president, said the strikes were legal.',
      'Sebastian Gorka, a deputy assistant to the president', 'person', 'Sebastian Gorka', []],
    ['Port Authority spokesman Dan Ruiz said no decision was made.', 'Port Authority spokesman Dan Ruiz', 'person', 'Dan Ruiz', []],
    ['Senate Majority Leader Mitch McConnell said the vote would be held.', 'Senate Majority Leader Mitch McConnell', 'person', 'Mitch McConnell', ['title-leader']],
    ['Secretary of Commerce Ana Lima told reporters the talks would go on.', 'Secretary of Commerce Ana Lima', 'person', 'Ana Lima', ['title-secretary']],
    ['Rep. Raúl Grijalva of Arizona said the sale was a mistake.', 'Rep. Raúl Grijalva of Arizona', 'person', 'Raúl Grijalva', ['title-representative']],
    ['The White House press secretary, Sean Spicer, said the crowd was large.', 'The White House press secretary, Sean Spicer', 'person', 'Sean Spicer', ['anon-spokesperson']],
    ['Mr. Lindqvist said the bridge was safe.', 'Mr. Lindqvist', 'person', 'Lindqvist', ['title-mr']],
    ['Lindqvist said the bridge was safe.', 'Lindqvist', 'person', 'Lindqvist', []],
    // a title or a description before a name with its institution after "of"
    ['Professor Sunita Rao of Northfield University said the rise was overdue.', 'Professor Sunita Rao of Northfield University', 'person', 'Sunita Rao', ['title-dr']],
    ['Transport economist Sunita Rao of Northfield University said the rise was overdue.', 'Transport economist Sunita Rao of Northfield University', 'person', 'Sunita Rao', []],
  ])('%j: %j', check);

  it('gives a later surname mention the earlier full name', () => {
    const text = 'Sebastian Gorka spoke on Monday. Gorka said the strikes were legal.';
    expect(resolve(text, 'Gorka@1')[0]).toMatchObject({ type: 'person', name: 'Sebastian Gorka', cueIds: [] });
  });

  it('drops titles from the earlier full name too', () => {
    const text = 'Gov. Ana Ferreira toured the site. Later, Ms. Ferreira said the plant would reopen.';
    expect(resolve(text, 'Ms. Ferreira')[0]).toMatchObject({ type: 'person', name: 'Ana Ferreira', cueIds: ['title-mrs'] });
  });

  it('gives "the senator" the name of the person last titled so', () => {
    const text = 'Sen. Ted Cruz spoke first. The senator said the bill was dead.';
    expect(resolve(text, 'The senator')[0]).toMatchObject({ type: 'person', name: 'Ted Cruz', cueIds: ['title-senator'] });
    expect(resolve('The senator said the bill was dead.', 'The senator')[0]).toMatchObject({ type: 'person', name: null });
  });

  it('gives a title with a name after it that name, not the person last titled so', () => {
    const text = 'Port director Lina Okafor opened the meeting. The city\'s finance director, Paul Renner, warned that the budget was tight.';
    expect(resolve(text, "The city's finance director, Paul Renner")[0]).toMatchObject({ type: 'person', name: 'Paul Renner' });
  });
});

describe('resolveSources: pronouns and the author', () => {
  it.each<Row>([
    ['They said the road was closed.', 'They', 'pronoun', null, ['pronoun-they']],
    ['It said profits fell.', 'It', 'pronoun', null, ['pronoun-it']],
    ['He said the plan was dead.', 'He', 'pronoun', null, ['pronoun-he']],
    ['I believe the decision was wrong.', 'I', 'author', null, ['author-first-person']],
    ['“I will win,” the senator said.', 'I', 'pronoun', null, ['pronoun-first-person-quoted']],
  ])('%j: %j', check);

  it('counts a later mention of a speaker no name list knows as a person ("said Kofi Mensah" … "Mensah disagreed. He …")', () => {
    const text = '"We have had enough," said Kofi Mensah. Tom Lee, the ferry company\'s chief, said he was disappointed. Mensah disagreed. He said the offer was poor.';
    const [, , he] = resolve(text, 'Kofi Mensah', 'Tom Lee', 'He');
    expect(he).toMatchObject({ type: 'person', name: 'Kofi Mensah', cueIds: ['pronoun-he'] });
  });

  it('leaves a pronoun unresolved after a surname two speakers share', () => {
    const text = '"We will win," said Adaeze Boateng. "We have the votes," said Kwame Boateng, her brother. Boateng has run the ferry since 2010. He said the fares would stay.';
    const [, , he] = resolve(text, 'Adaeze Boateng', 'Kwame Boateng, her brother', 'He');
    expect(he).toMatchObject({ type: 'pronoun', name: null });
  });

  it('resolves he/she to the nearest preceding person of that gender', () => {
    const text = 'Donald Trump met Hillary Clinton on Monday. He said the talks went well. She said they did not.';
    const [he, she] = resolve(text, 'He', 'She');
    expect(he).toMatchObject({ type: 'person', name: 'Donald Trump', cueIds: ['pronoun-he'] });
    expect(she).toMatchObject({ type: 'person', name: 'Hillary Clinton', cueIds: ['pronoun-she'] });
  });

  it('resolves a pronoun to a person source of an earlier attribution, and chains', () => {
    const text = 'Sen. Ted Cruz said the bill was dead. He added that it had no votes. Later he said it again.';
    const r = resolve(text, 'Sen. Ted Cruz', 'He', 'he');
    expect(r.map((x) => [x.type, x.name])).toEqual([['person', 'Ted Cruz'], ['person', 'Ted Cruz'], ['person', 'Ted Cruz']]);
  });

  it('leaves a pronoun unresolved beyond the window of three sentences', () => {
    const text = 'Pat Caddell spoke first. The room was full. The lights were dim. The air was cold. Tea was served. He said the plan was dead.';
    expect(resolve(text, 'He')[0]).toMatchObject({ type: 'pronoun', name: null, cueIds: ['pronoun-he'] });
  });

  it('gives a relative pronoun its antecedent', () => {
    const text = 'The threat alarmed U.S. officials, who said it was premature.';
    expect(resolve(text, 'who')[0]).toMatchObject({ type: 'anonymous', name: null, cueIds: ['pronoun-relative', 'anon-official'] });
    const t2 = 'The plan was backed by Sebastian Gorka, an adviser on the National Security Council, who said it was legal.';
    expect(resolve(t2, 'who')[0]).toMatchObject({ type: 'person', name: 'Sebastian Gorka' });
  });
});

describe('resolveSources: shape', () => {
  it('returns one result per attribution, in order, null where there is no source', () => {
    const text = 'Officials said the plan was dead. It is believed that talks failed.';
    const out = resolveSources(annotate(text), [attribution([spanOf(text, 'Officials')]), attribution(null)]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ text: 'Officials', spans: [spanOf(text, 'Officials')], type: 'anonymous' });
    expect(out[1]).toBeNull();
  });

  it('joins a split source with an ellipsis', () => {
    const text = 'The senator, speaking on Monday, and his aides said the bill was dead.';
    const out = resolveSources(annotate(text), [attribution([spanOf(text, 'The senator'), spanOf(text, 'his aides')])]);
    expect(out[0]!.text).toBe('The senator … his aides');
  });
});

const FIXTURE = join(shared, 'fixtures', 'us-mexico-cartels.txt');

describe.skipIf(!existsSync(FIXTURE))(`resolveSources: the U.S.–Mexico cartels fixture (${noSharedReason} where absent)`, () => {
  const text = existsSync(FIXTURE) ? readFileSync(FIXTURE, 'utf8') : '';
  it.each<[source: string, type: SourceType, name: string | null, cueIds: string[]]>([
    ['U.S. officials', 'anonymous', null, ['anon-official']],
    ['U.S. officials@1', 'anonymous', null, ['anon-official']],
    // "some officials": anonymous, not vague. The head noun names an accountable class (office
    // holders of the administration just named); "some" only quantifies it. Vague is kept for
    // open classes anyone can be cited as ("some", "others", "critics", "some experts").
    ['some officials', 'anonymous', null, ['anon-official']],
    ['others', 'vague', null, ['vague-others']],
    ['the contrasting opinion held by others', 'vague', null, ['vague-others']],
    ['Sebastian Gorka, a prominent official on the White House National Security Council', 'person', 'Sebastian Gorka', []],
    ['the State Department', 'organization', 'State Department', ['org-government']],
    ['Mexican authorities', 'anonymous', null, ['anon-official']],
  ])('%j', (source, type, name, cueIds) => check(text, source, type, name, cueIds));

  it('gives "who" after "U.S. officials," its antecedent', () => {
    const at = text.indexOf('who have reportedly');
    const [r] = resolveSources(annotate(text), [attribution([[at, at + 3]])]);
    expect(r).toMatchObject({ type: 'anonymous', cueIds: ['pronoun-relative', 'anon-official'] });
  });
});

describe('resolveSources: open classes, tied to a name or not', () => {
  it.each<Row>([
    // "experts", "analysts", "researchers" alone are open classes: vague.
    ['Experts say the risk is low.', 'Experts', 'vague', null, ['vague-experts']],
    ['Some analysts say the risk is low.', 'Some analysts', 'vague', null, ['vague-observers']],
    ['Nuclear safety experts have discounted the claim.', 'Nuclear safety experts', 'vague', null, ['vague-experts']],
    // Tied to a named institution: unnamed but specific, anonymous.
    ['Researchers at Lakeshore Medical School said the drug works.', 'Researchers at Lakeshore Medical School', 'anonymous', null, ['vague-experts']],
    ['Analysts at Goldman Sachs expect growth to slow.', 'Analysts at Goldman Sachs', 'anonymous', null, ['vague-observers']],
    ['Harvard economists said the plan would work.', 'Harvard economists', 'anonymous', null, ['vague-experts']],
    ['Officials from the city said the road would reopen.', 'Officials from the city', 'anonymous', null, ['anon-official']],
    // Generic people nouns: vague with a quantifier or alone; group when named; anonymous when definite.
    ['Some parents said the school was unsafe.', 'Some parents', 'vague', null, ['vague-public']],
    ['Many voters say the economy matters.', 'Many voters', 'vague', null, ['vague-public']],
    ['Voters told pollsters the economy mattered most.', 'Voters', 'vague', null, ['vague-public']],
    ['Some conservatives say the bill goes too far.', 'Some conservatives', 'vague', null, ['vague-ideology']],
    ['Sanders supporters said the vote was rigged.', 'Sanders supporters', 'group', 'Sanders supporters', ['vague-public']],
    ['The union’s members voted to strike.', 'The union’s members', 'group', null, ['vague-public']],
    ['About two-thirds of Democratic caucus voters said housing mattered most.', 'About two-thirds of Democratic caucus voters',
      'group', 'Democratic caucus voters', ['group-share', 'vague-public']],
    ['The protesters said they would return.', 'The protesters', 'anonymous', null, ['vague-public']],
    ['The crowd cheered the decision.', 'The crowd', 'anonymous', null, ['anon-gathering']],
    ['Bill Clinton spoke on Monday. The Clintons have not responded.', 'The Clintons', 'group', 'Clintons', []],
  ])('%j: %j', check);
});

describe('resolveSources: heads, roles and bodies', () => {
  it.each<Row>([
    // A role noun heads the phrase; "campaign" only modifies it (wink tags "operative" ADJ).
    ['A campaign operative said the ad would run.', 'A campaign operative', 'anonymous', null, ['anon-aide']],
    ['Company executives said the strike would hurt sales.', 'Company executives', 'anonymous', null, ['anon-aide']],
    // The singular authority is one body; plural authorities are unnamed office holders.
    ['The transit authority said service would resume.', 'The transit authority', 'organization', null, ['org-government']],
    ['The authority said service would resume.', 'The authority', 'organization', null, ['org-government']],
    ['Health authorities said the water was safe.', 'Health authorities', 'anonymous', null, ['anon-official']],
    ['Two House Committees asked the department to investigate.', 'Two House Committees', 'organization', 'House Committees', ['org-government']],
    ['The nonprofit paid the lobbying firms to advocate its positions.', 'the lobbying firms', 'organization', null, ['org-organization']],
    ['Robert Gordon of Northwestern University said growth would slow.', 'Robert Gordon of Northwestern University', 'person', 'Robert Gordon', []],
    ['In a statement, Gazette Editor-in-Chief Nora Hale said the series would run.', 'Gazette Editor-in-Chief Nora Hale', 'person', 'Nora Hale', ['title-executive']],
    ['Later, the Nevada Democrat said the vote was lost.', 'the Nevada Democrat', 'person', null, ['title-partisan']],
    ['But Herald, the first Republican mayor of the town, said the pier would close.', 'Herald, the first Republican mayor of the town', 'person', 'Herald', ['title-mayor']],
    ['Dana Kessler spoke on Monday. But the former CEO of Acme Motors added that it would not work.', 'the former CEO of Acme Motors', 'person', null, ['title-executive']],
    // Organisations keep their name whole, without a leading "the"; a short name takes an earlier full one.
    ['The Post reported that the deal had collapsed.', 'The Post', 'organization', 'Post', ['org-media']],
    ['The Washington Post first reported the sale. The Post said the deal closed on Friday.', 'The Post', 'organization', 'Washington Post', ['org-media']],
    ['The State Department said the visa was revoked.', 'The State Department', 'organization', 'State Department', ['org-government']],
    ['The interview ran on Monday.\nQ: What do you make of the plan?', 'Q', 'author', null, ['author-interviewer']],
  ])('%j: %j', check);
});

describe('resolveSources: things are not people', () => {
  it.each<Row>([
    // Evidence-like nouns are documents, also sentence-initially where wink tags them PROPN.
    ['Turnout suggests the race is close.', 'Turnout', 'document', null, ['doc-poll']],
    ['The numbers show the race is close.', 'The numbers', 'document', null, ['doc-poll']],
    ['Data suggest the race is close.', 'Data', 'document', null, ['doc-poll']],
    ['Polls show the race is close.', 'Polls', 'document', null, ['doc-poll']],
    ['The figures show a decline.', 'The figures', 'document', null, ['doc-poll']],
    ['Recent polling shows the race is close.', 'Recent polling', 'document', null, ['doc-poll']],
    ['Evidence suggests the claim is false.', 'Evidence', 'document', null, ['doc-poll']],
    ['Amendment would shield some groups, the sponsor said.', 'Amendment', 'document', null, ['doc-legal']],
    ['The campaign unveiled a slogan. The slogan promised lower taxes.', 'The slogan', 'document', null, ['doc-publication']],
    // Abstract nouns: vague (the ledger has no "thing" type; nobody can be asked).
    ['The discussion mainly focused on banks.', 'The discussion', 'vague', null, []],
    // Lower-case elsewhere in the text: a common noun, even after "said".
    ['Violence that threatens the region has alarmed the neighbours, who fear more violence.', 'Violence that threatens the region', 'vague', null, []],
    // A name in quotation marks is the title of a work.
    ['The show follows a chef; “Harbor Lights” follows a fisherman.', '“Harbor Lights”', 'document', 'Harbor Lights', []],
    // After "said" a capitalised sentence-initial word is a name, though wink knows "trump" as a word.
    ['Trump said the wall would be built.', 'Trump', 'person', 'Trump', []],
  ])('%j: %j', check);

  it('reads a capitalised sentence-initial common noun as a thing where the cue allows a thing', () => {
    const text = 'History shows the plan will fail.';
    const [r] = resolveSources(annotate(text), [attribution([spanOf(text, 'History')], 'show', 'perception')]);
    expect(r).toMatchObject({ type: 'vague', name: null });
    const t2 = 'Lindqvist shows the plan will fail.';
    const [r2] = resolveSources(annotate(t2), [attribution([spanOf(t2, 'Lindqvist')], 'show', 'perception')]);
    expect(r2).toMatchObject({ type: 'person', name: 'Lindqvist' });
  });
});

describe('resolveSources: pronoun antecedents', () => {
  it('skips a name inside a quotation for a pronoun outside it', () => {
    const text = 'Asked who leads the party, Donald Trump named the speaker. “I would say Paul for now,” he said.';
    expect(resolve(text, 'he')[0]).toMatchObject({ type: 'person', name: 'Donald Trump' });
  });

  it('prefers the first name of the nearest sentence (the subject) to the nearest name', () => {
    const text = 'When Marco Rubio finally took on Donald Trump, he did it sideways.';
    expect(resolve(text, 'he')[0]).toMatchObject({ type: 'person', name: 'Marco Rubio' });
    const t2 = 'His cousin James Yorke cited the remarks of Vladimir Putin. “He is reckless,” he said.';
    expect(resolve(t2, 'he')[0]).toMatchObject({ type: 'person', name: 'James Yorke' });
  });

  it('prefers the nearer of two speakers in that sentence', () => {
    const text = 'Asked by Stephanopoulos to respond, Ben Carson said the attacks were unfair. Later he said it again.';
    const r = resolve(text, 'Stephanopoulos', 'Ben Carson', 'he');
    expect(r[2]).toMatchObject({ type: 'person', name: 'Ben Carson' });
  });

  it('skips a name that modifies a noun ("the Porter bill")', () => {
    const text = 'Maria Vance attacked his votes against the Porter bill. She said the votes were wrong.';
    expect(resolve(text, 'She')[0]).toMatchObject({ type: 'person', name: 'Maria Vance' });
  });

  it('keeps the gender a title gives when the full name has none', () => {
    const text = 'Quinn Avery spoke first. Robin Hale spoke later. Mr. Hale left early. Like him, she has argued for the plan.';
    expect(resolve(text, 'she')[0]).toMatchObject({ type: 'person', name: 'Quinn Avery' });
  });

  it('gives a relative pronoun after a dash its antecedent', () => {
    const text = 'The plan puzzles economists -- who favor a simpler fee.';
    expect(resolve(text, 'who')[0]).toMatchObject({ type: 'vague', cueIds: ['pronoun-relative', 'vague-experts'] });
  });

  it('reads "I" in an interview answer as the interviewee', () => {
    const text = 'Q: What do you make of the plan?\nA: I think the plan is right.';
    expect(resolve(text, 'I')[0]).toMatchObject({ type: 'pronoun', cueIds: ['pronoun-first-person-quoted'] });
  });
});

describe('name-lexicon.ts', () => {
  it('is the name words and organisation words of the installed compromise', async () => {
    const { default: nlp } = await import('compromise');
    const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, boolean> } };
    const lx = model.one.lexicon;
    for (const [tag, words] of Object.entries(NAME_LEXICON)) {
      const want = Object.entries(lx).filter(([, t]) => (Array.isArray(t) ? t : [t]).includes(tag)).map(([w]) => w).sort();
      expect(words.split('|'), tag).toEqual(want);
    }
    expect(ORG_WORDS.split('|')).toEqual(Object.keys(model.two.orgWords).filter((w) => model.two.orgWords[w] === true).sort());
  });
});

describe('resolveSources: organisation words, without compromise’s tagger', () => {
  it.each<[string, SourceType]>([
    ['Kestrel Holdings', 'organization'],
    ['Lakeside Corps', 'organization'],
    ['Marlow Systems', 'organization'],
    ['Ferris Brook Partners', 'organization'],
    ['WQRB News', 'organization'], // an acronym before the word
    ['Danish Harbor Partners', 'organization'],
    ['Jane Church', 'person'], // a first name before the word: a person
    ['Harbor Police Chief Dana Ruiz', 'person'], // an organisation word inside, a person's name at the end
    ['Quinlan Dorsey', 'person'],
  ])('"%s" is %s', (name, type) => {
    const text = `${name} said the plan would fail.`;
    const a = attribution([spanOf(text, name)]);
    for (const nameTagger of [false, true]) expect(resolveSources(annotate(text), [a], { nameTagger })[0]).toMatchObject({ type });
  });
});

describe('nameInfo: compromise’s tagger for names no lexicon knows (the name-tagger pipeline)', () => {
  // "Bill", "Dean" and "Norm" are no first names in compromise's lexicon (a bill, a dean, a norm); its tagger reads them
  // as such. Without it the lexicon is silent and resolve's own rules decide (a bare capitalised name is a person).
  it.each<[string, boolean, boolean]>([
    ['Dean Varga', false, true],
    ['Bill Okafor', false, true],
    ['Norm Taveras', false, true],
    ['Kestrel Holdings', false, false], // an organisation either way
  ])('%s: a person by the lexicon %s, with the tagger %s', (name, lexicon, tagger) => {
    expect(nameInfo(name, false).person).toBe(lexicon);
    expect(nameInfo(name, true).person).toBe(tagger);
  });
  it.each([[{}], [{ nameTagger: false }], [{ nameTagger: true }]])('resolveSources %j: a bare unknown name is a person', (options) => {
    const text = 'Dean Varga said the fee was fair.';
    expect(resolveSources(annotate(text), [attribution([spanOf(text, 'Dean Varga')])], options)[0]).toMatchObject({ type: 'person', name: 'Dean Varga' });
  });
});
