import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotate } from '../src/annotate/annotate.js';
import { findAttributions } from '../src/extract/attribution/index.js';
import type { Attribution } from '../src/types.js';

/** An attribution as text: what the tables below compare. */
interface Seen { cue: string; source: string | null; content: string[]; quote: Attribution['quote']; category: string }

function run(text: string): Seen[] {
  return findAttributions(annotate(text)).map((a) => ({
    cue: a.cue.spans.map(([s, e]) => text.slice(s, e)).join(' … '),
    source: a.source ? a.source.spans.map(([s, e]) => text.slice(s, e)).join(' … ') : null,
    content: a.content.spans.map(([s, e]) => text.slice(s, e)),
    quote: a.quote,
    category: a.cue.category,
  }));
}

// Sentences written for these tests. Each row: text, then the attribution expected for `cue`.
type Row = [text: string, cue: string, source: string | null, content: string[], quote?: Attribution['quote']];

const DIRECT: Row[] = [
  ['“We will not back down,” Governor Ellis said.', 'said', 'Governor Ellis', ['“We will not back down,”'], 'direct'],
  ['"The budget is balanced," said Maria Lopez, the city\'s finance director.', 'said', "Maria Lopez, the city's finance director", ['"The budget is balanced,"'], 'direct'],
  ['The mayor said: “Nobody will lose their job.”', 'said', 'The mayor', ['“Nobody will lose their job.”'], 'direct'],
  ['Senator Hale told reporters, “The vote is on Tuesday.”', 'told', 'Senator Hale', ['“The vote is on Tuesday.”'], 'direct'],
  ['“This plan is dead,” she said, “and everyone in this building knows it.”', 'said', 'she', ['“This plan is dead,”', '“and everyone in this building knows it.”'], 'direct'],
  ['“Is that really the best they can do?” the spokesman asked.', 'asked', 'the spokesman', ['“Is that really the best they can do?”'], 'direct'],
  ['“We were outspent,” Chen said. “But we were never outworked. Not once.”', 'said', 'Chen', ['“We were outspent,”', '“But we were never outworked. Not once.”'], 'direct'],
  ['“The numbers do not add up,” he continued.', 'continued', 'he', ['“The numbers do not add up,”'], 'direct'],
  // the descriptions after an inverted name: age, home town, appositions, a closing relative clause without a cue
  ['"We are ready," said Jan Holt, 44, of Dayton.', 'said', 'Jan Holt, 44, of Dayton', ['"We are ready,"'], 'direct'],
  ['"We are ready," said Ann Cole, a city tunneling expert.', 'said', 'Ann Cole, a city tunneling expert', ['"We are ready,"'], 'direct'],
  ['"We are ready," said Ann Cole, a lawyer from Ohio, who has worked for the union for years.', 'said', 'Ann Cole, a lawyer from Ohio, who has worked for the union for years', ['"We are ready,"'], 'direct'],
  ['"We are ready," said Ann Cole, a lawyer from Ohio, who said the vote was rigged.', 'said', 'Ann Cole, a lawyer from Ohio', ['"We are ready,"'], 'direct'],
  // after a quote other verbs invert too; after a clause only verbs of saying and writing do
  ['"Our fares are too high," agrees Ann Ruiz, 30, of Salem.', 'agrees', 'Ann Ruiz, 30, of Salem', ['"Our fares are too high,"'], 'direct'],
  // after a clause, a belief verb inverts where its phrase ends the sentence; a verb with an auxiliary never does
  ['The fares will rise, believes the union leader.', 'believes', 'the union leader', ['The fares will rise'], 'indirect'],
  ['The mayor will win, said Ann Ruiz that morning.', 'said', 'Ann Ruiz', ['The mayor will win'], 'indirect'],
  // a participle as a modifier of the name after the cue
  ['"There is no money for it," said one unaligned Salem pilot.', 'said', 'one unaligned Salem pilot', ['"There is no money for it,"'], 'direct'],
  ['"We will appeal," said Salem-based lawyer Ann Ruiz.', 'said', 'Salem-based lawyer Ann Ruiz', ['"We will appeal,"'], 'direct'],
  // a name given to the phrase after the cue
  ['"There was no order to wait," said the dock chief known as Bo.', 'said', 'the dock chief known as Bo', ['"There was no order to wait,"'], 'direct'],
  ['"No comment," said the dock chief known as "the Fixer."', 'said', 'the dock chief known as "the Fixer."', ['"No comment,"'], 'direct'],
  ['"The pier is ours," wrote a reader calling himself Harbor Hawk.', 'wrote', 'a reader calling himself Harbor Hawk', ['"The pier is ours,"'], 'direct'],
  // titles joined by "and" before the name after the cue
  ['The pier will close in May, said harbor pilot and union steward Ann Ruiz.', 'said', 'harbor pilot and union steward Ann Ruiz', ['The pier will close in May'], 'indirect'],
  // a quote with no cue of its own goes on with the last speaker, in a new paragraph too, and after an indirect claim
  ['“The pier is safe,” said Ann Ruiz.\n\n“We checked it twice.”\n\nThe council meets on Friday.', 'said', 'Ann Ruiz', ['“The pier is safe,”', '“We checked it twice.”'], 'direct'],
  ['Ruiz said the pier was safe. “We checked it twice.”', 'said', 'Ruiz', ['the pier was safe', '“We checked it twice.”'], 'mixed'],
  // after a question, the quote is the answer: someone else's words
  ['The reporter asked the captain whether the ferry would run. “Only if the fog lifts.”', 'asked', 'The reporter', ['whether the ferry would run'], 'indirect'],
  ['The pier reopened. “We checked it twice,” Ruiz said. “Then we checked it again.”', 'said', 'Ruiz', ['“We checked it twice,”', '“Then we checked it again.”'], 'direct'],
  // but not a quote another attribution holds: a list of quotes, each signed on the line after it
  ['Readers wrote in.\n\n“The pier is safe.”\n― Ann Ruiz\n\n“The ferry is late.”\n― Tom Lee', '―', 'Ann Ruiz', ['“The pier is safe.”'], 'direct'],
  // a quote inside the quote ends with it ('''): the speaker after it is found
  ["''They told me, 'Go home,''' said the skipper.", 'said', 'the skipper', ["''They told me, 'Go home,'''"], 'direct'],
  // single marks where a text has no double ones (British style)
  ["'We are done,' said Dana Ruiz, the harbor master. 'The pier is closed.'", 'said', 'Dana Ruiz, the harbor master', ["'We are done,'", "'The pier is closed.'"], 'direct'],
  ['‘It is over,’ she added, ‘and we will not reopen it.’', 'added', 'she', ['‘It is over,’', '‘and we will not reopen it.’'], 'direct'],
  ["'The workers' 2019 contract is void,' said Ruiz.", 'said', 'Ruiz', ["'The workers' 2019 contract is void,'"], 'direct'],
  // a quoted phrase that ends a clause of the writer's words: the clause is the content
  ['The new fare plan is “a joke,” Ruiz said.', 'said', 'Ruiz', ['The new fare plan is “a joke,”'], 'mixed'],
  ["But the ferry will 'never run on time again', Ruiz said.", 'said', 'Ruiz', ["the ferry will 'never run on time again'"], 'mixed'],
  ['PORTLAND, Maine (AP) — The plan is “a joke,” Ruiz said.', 'said', 'Ruiz', ['The plan is “a joke,”'], 'mixed'],
  // not after a comma, nor a quote that opens the sentence
  ['Asked about the plan, “It is a joke,” Ruiz said.', 'said', 'Ruiz', ['“It is a joke,”'], 'direct'],
  // a quote left open at a paragraph's end runs on into the next one, where its speaker is named
  ['“We are done with the old pier.\n\n“And we will not rebuild it,” said Ruiz.', 'said', 'Ruiz', ['“We are done with the old pier.', '“And we will not rebuild it,”'], 'direct'],
  ["'We are done with the old pier.\n\n'And we will not rebuild it,' said Ruiz.", 'said', 'Ruiz', ["'We are done with the old pier.", "'And we will not rebuild it,'"], 'direct'],
  // but a closed quote before is its own
  ['“We are done.”\n\n“We will not rebuild it,” said Ruiz.', 'said', 'Ruiz', ['“We will not rebuild it,”'], 'direct'],
  // American headlines and scare quotes in single marks leave the double-marked quotes alone
  ["Mayor calls pier plan 'a joke'\n\nCouncil member says residents were 'misled'\n\n“It is a joke and everyone knows it,” Ruiz said.", 'said', 'Ruiz', ['“It is a joke and everyone knows it,”'], 'direct'],
  ["Ruiz called it a 'temporary' closure. The so-called 'safe harbor' rule applies. “We will reopen,” she said.", 'said', 'she', ['“We will reopen,”'], 'direct'],
  // single-marked paragraphs in a text that also uses double marks
  ['Ruiz called the delay “not good enough”.\n\n\'We have waited two years,\' she told the board.', 'told', 'she', ["'We have waited two years,'"], 'direct'],
  // a party and state's initials after the name, and a web address as a source
  ['“We will win,” said Sen. Ann Ruiz, R-S.C. “We know it.”', 'said', 'Sen. Ann Ruiz, R-S.C.', ['“We will win,”', '“We know it.”'], 'direct'],
  ['The fare is too high, according to Factcheck.org. The mayor left.', 'according to', 'Factcheck.org', ['The fare is too high'], 'indirect'],
  ['"We will win," said Ann Ruiz, 20, of Eureka, Calif. "We know it."', 'said', 'Ann Ruiz, 20, of Eureka, Calif.', ['"We will win,"', '"We know it."'], 'direct'],
  // a one-word quote after a paragraph that ends with a state's abbreviation is no title of that name
  ['Grimm spoke of storms in Eureka, Calif.\n\n"Safety," said Grimm, a harbor pilot.', 'said', 'Grimm, a harbor pilot', ['"Safety,"'], 'direct'],
  // British marks with a stray double one (an inch) and a nested quote
  ["The rail is 6\" too low.\n\n'He told me \"never\", but we will fix it,' said Ruiz.", 'said', 'Ruiz', ["'He told me \"never\", but we will fix it,'"], 'direct'],
];

const INDIRECT: Row[] = [
  // verbs of communication and judgment (Levin 1993) beyond the news reporting-verb lists
  ['The mayor quipped that the bridge was older than the town.', 'quipped', 'The mayor', ['the bridge was older than the town'], 'indirect'],
  ['Analysts speculated that the plant would close.', 'speculated', 'Analysts', ['the plant would close'], 'indirect'],
  ['Her lawyer disputed that the contract had expired.', 'disputed', 'Her lawyer', ['the contract had expired'], 'indirect'],
  ['The minister said the border would reopen next week.', 'said', 'The minister', ['the border would reopen next week'], 'indirect'],
  ['Officials said Tuesday that the bridge was safe.', 'said', 'Officials', ['the bridge was safe'], 'indirect'],
  // "there" or "this" before a verb opens the claim; elsewhere it is a place or time after the cue
  ['The pilot said there is a sandbar by the pier.', 'said', 'The pilot', ['there is a sandbar by the pier'], 'indirect'],
  ['The pilot said this was the last ferry of the year.', 'said', 'The pilot', ['this was the last ferry of the year'], 'indirect'],
  ['The pilot said there that the sandbar had moved.', 'said', 'The pilot', ['the sandbar had moved'], 'indirect'],
  ['The mayor said on Tuesday there will be no ferry cuts.', 'said', 'The mayor', ['there will be no ferry cuts'], 'indirect'],
  ['The mayor said today was a sad day for the harbor.', 'said', 'The mayor', ['today was a sad day for the harbor'], 'indirect'],
  ['The minister said that was a mistake.', 'said', 'The minister', ['that was a mistake'], 'indirect'],
  ['The agency disputed that figure in a statement.', 'disputed', 'The agency', ['that figure in a statement'], 'indirect'],
  ['The department said on Monday that repairs to the bridge would be delayed.', 'said', 'The department', ['repairs to the bridge would be delayed'], 'indirect'],
  ['The mayor said that the tax would rise and that fees would fall.', 'said', 'The mayor', ['the tax would rise and that fees would fall'], 'indirect'],
  ['Longtime Democratic pollster Pat Caddell told Fox News that the party had lost its way.', 'told', 'Longtime Democratic pollster Pat Caddell', ['the party had lost its way'], 'indirect'],
  ['Jane Roe, a spokeswoman for the agency, said the report was accurate.', 'said', 'Jane Roe, a spokeswoman for the agency', ['the report was accurate'], 'indirect'],
  ['The senator, who chairs the committee, warned that funding could run out.', 'warned', 'The senator, who chairs the committee', ['funding could run out'], 'indirect'],
  ['The bridge was safe, officials said.', 'said', 'officials', ['The bridge was safe'], 'indirect'],
  ['The plan, the governor said, would cost too much.', 'said', 'the governor', ['The plan', 'would cost too much'], 'indirect'],
  ['The company has also denied that it broke the law.', 'has also denied', 'The company', ['it broke the law'], 'indirect'],
  ['Dozens of residents, who have reportedly complained that the water tastes odd, met on Monday.', 'complained', 'Dozens of residents', ['the water tastes odd'], 'indirect'],
  ['The mayor went on to say that taxes would rise.', 'went on to say', 'The mayor', ['taxes would rise'], 'indirect'],
  ['Even after the vote, Cole continued to insist that he had never seen the memo.', 'continued to insist', 'Cole', ['he had never seen the memo'], 'indirect'],
  ['The senator continued to question whether the mayor was eligible.', 'continued to question', 'The senator', ['whether the mayor was eligible'], 'indirect'],
  ['The governor made clear that he would veto the bill.', 'made clear', 'The governor', ['he would veto the bill'], 'indirect'],
  ['The chairman insisted the audit was routine.', 'insisted', 'The chairman', ['the audit was routine'], 'indirect'],
  ['The report published Monday found that wages had stalled.', 'found', 'The report published Monday', ['wages had stalled'], 'indirect'],
  ['The treasurer resigned, saying the accounts had been falsified.', 'saying', 'The treasurer', ['the accounts had been falsified'], 'indirect'],
  // a list of predicates shares its subject
  ['The senator praised the plan, called it overdue and vowed to fund it.', 'called', 'The senator', ['it overdue'], 'indirect'],
  ['She praised the budget, called it “overdue” and vowed to sign it.', 'called', 'She', ['it “overdue”'], 'mixed'],
  // (the first verb one the tagger reads as a plural noun: "backs", "Backs" in a title-case headline)
  ['Ruiz backs the pier plan, rejects the ferry tax.', 'rejects', 'Ruiz', ['the ferry tax'], 'indirect'],
  ['Ruiz Backs Pier Plan, Rejects Ferry Tax.\n\nThe vote is on Friday.', 'Rejects', 'Ruiz', ['Ferry Tax'], 'indirect'],
  ['The mayor called the plan “reckless,” denounced the budget and said she would veto it.', 'denounced', 'The mayor', ['the budget'], 'indirect'],
  // a venue between the speaker and the participle or infinitive is not the source
  ["The senator's staff issued a brief statement saying she was recovering.", 'saying', "The senator's staff", ['she was recovering'], 'indirect'],
  ['The senator took to the radio to say the vote was rigged.', 'say', 'The senator', ['the vote was rigged'], 'indirect'],
  // a participle clause that opens the sentence: its subject is the main clause's
  ['After suggesting on Monday that he regretted the vote, Mr. Blake said he would resign.', 'suggesting', 'Mr. Blake', ['he regretted the vote'], 'indirect'],
  ['Praising the volunteers as heroes, the governor closed the shelter.', 'Praising', 'the governor', ['the volunteers as heroes'], 'indirect'],
  // source noun phrases: parenthetical party labels, long appositions, dashes, time phrases, quantifiers
  ['Rep. Jane Roe (D-Ohio) said the bill would pass.', 'said', 'Rep. Jane Roe (D-Ohio)', ['the bill would pass'], 'indirect'],
  ['Gov. Jane Roe (R-OH), said she would sign the bill.', 'said', 'Gov. Jane Roe (R-OH)', ['she would sign the bill'], 'indirect'],
  ['Sen. Mark Doe (R-Texas), who sits on the panel, said the vote was delayed.', 'said', 'Sen. Mark Doe (R-Texas), who sits on the panel', ['the vote was delayed'], 'indirect'],
  ['Jane Roe, an Ohio Democrat who has lived in Dayton for years, said the vote was rigged.', 'said', 'Jane Roe, an Ohio Democrat who has lived in Dayton for years', ['the vote was rigged'], 'indirect'],
  ['Ann Lee, 58, a retired nurse trained in Maine, said she would vote.', 'said', 'Ann Lee, 58, a retired nurse trained in Maine', ['she would vote'], 'indirect'],
  ['Jane Roe — a nurse in Dayton — says the schools are underfunded.', 'says', 'Jane Roe — a nurse in Dayton', ['the schools are underfunded'], 'indirect'],
  // an adverbial or participle aside before the verb is not part of the source
  ['Nell Price, another unaligned harbor pilot, said the tides are late.', 'said', 'Nell Price, another unaligned harbor pilot', ['the tides are late'], 'indirect'],
  // (a participle before names in a row and their noun, or the last part of a hyphenated modifier)
  ['Nell Price, another unaligned Salem Harbor pilot, said the tides are late.', 'said', 'Nell Price, another unaligned Salem Harbor pilot', ['the tides are late'], 'indirect'],
  ['Ruiz, a budget-minded conservative, insists the port must change.', 'insists', 'Ruiz, a budget-minded conservative', ['the port must change'], 'indirect'],
  ['The state-owned ferry line said fares will rise.', 'said', 'The state-owned ferry line', ['fares will rise'], 'indirect'],
  ['Brook, after a long pause, said the plan was fine.', 'said', 'Brook', ['the plan was fine'], 'indirect'],
  // "this" as the object is the content, and a time only before a time noun
  ['The captain would never admit this, but the logbook shows it.', 'would never admit', 'The captain', ['this'], 'indirect'],
  ['The pilots know this route.', 'know', 'The pilots', ['this route'], 'indirect'],
  ['The mayor wrote this week that fares would rise.', 'wrote', 'The mayor', ['fares would rise'], 'indirect'],
  // a gerund after a possessive ends the source's phrase
  ["Another source familiar with Ruiz's thinking said, “The port will close.”", 'said', "Another source familiar with Ruiz's thinking", ['“The port will close.”'], 'direct'],
  // a quote nested in the quote with the same marks
  ['“Her claim that the fare “has to do with the tides” shows she has no clue,” wrote Ann Ruiz, president of the Harbor Group.', 'wrote', 'Ann Ruiz, president of the Harbor Group', ['“Her claim that the fare “has to do with the tides” shows she has no clue,”'], 'direct'],
  // adjuncts before the cue are no source: a time inside the aux chain, "at one point", "most recently"; an adverb
  // alone before "to" is no control chain
  ['Police had last month charged the captain with fraud.', 'charged', 'Police', ['the captain with fraud'], 'indirect'],
  ['The harbor master closed the pier, and most recently praised the new ferry schedule.', 'praised', 'The harbor master', ['the new ferry schedule'], 'indirect'],
  ['She has feuded with the port for years, at one point calling its director a crook.', 'calling', 'She', ['its director a crook'], 'indirect'],
  ['The mayor at one point called the plan a disaster.', 'called', 'The mayor', ['the plan a disaster'], 'indirect'],
  ['Recently, Ann Ruiz of Salem stood at a harbor event here to say she was leaving.', 'say', 'Ann Ruiz of Salem', ['she was leaving'], 'indirect'],
  ['Ruiz spent much of the week portraying Dunn as a liar.', 'portraying', 'Ruiz', ['Dunn as a liar'], 'indirect'],
  ['Much of the crew said the boat was late.', 'said', 'Much of the crew', ['the boat was late'], 'indirect'],
  // a state after its town is part of the phrase ("in Salem, Oregon,"), and an aside that holds one is still an aside
  ['Ruiz, speaking later at a rally in Salem, Oregon, said the fares would rise.', 'said', 'Ruiz', ['the fares would rise'], 'indirect'],
  ['Ann Ruiz, 50, of Salem, Ore., said the fares would rise.', 'said', 'Ann Ruiz, 50, of Salem, Ore.', ['the fares would rise'], 'indirect'],
  ['A woman in Salem, Oregon, told reporters the fares would rise.', 'told', 'A woman in Salem, Oregon', ['the fares would rise'], 'indirect'],
  // a verb wink does not lemmatise ("lambast", "grip"), and messages sent to someone, whom the content leaves out
  ['Skippers griped that the fees were too high.', 'griped', 'Skippers', ['the fees were too high'], 'indirect'],
  ['The coach texted players that the game was canceled.', 'texted', 'The coach', ['the game was canceled'], 'indirect'],
  ['The coach emailed reporters that the game was canceled.', 'emailed', 'The coach', ['the game was canceled'], 'indirect'],
  ['The mayor looked tired after a woman in Salem, Oregon, told him the fares were too high.', 'told', 'a woman in Salem, Oregon', ['the fares were too high'], 'indirect'],
  ['In late 2019, Ruiz rushed to meet with Dunn at the port in Salem, Ore., to discuss the fares.', 'discuss', 'Ruiz', ['the fares'], 'indirect'],
  // a participle after a comma: the last speaker, also after a clause that goes on with the claim
  ['Ruiz said the plan was bad, adding that the port would fail.', 'adding', 'Ruiz', ['the port would fail'], 'indirect'],
  ['Dunn told reporters the deal was dead, and the talks were over, adding that he would not return.', 'adding', 'Dunn', ['he would not return'], 'indirect'],
  // (the quote's marks may be two tokens each)
  ["Ruiz said of the ferry, ''It was late again,'' adding that the pilots were angry.", 'adding', 'Ruiz', ['the pilots were angry'], 'indirect'],
  // a participle after a quote's comma; a weekday after an article; a venue with a weekday
  ['Ruiz talked up her “harbor strategy,” promising to campaign across the state.', 'promising', 'Ruiz', ['to campaign across the state'], 'indirect'],
  ['“There are gulls with more spine than the mayor,” reads a Wednesday editorial in The Salem Herald.', 'reads', 'a Wednesday editorial in The Salem Herald', ['“There are gulls with more spine than the mayor,”'], 'direct'],
  ['“We will win,” said Ruiz in a Friday tweet.', 'said', 'Ruiz', ['“We will win,”'], 'direct'],
  ['Ruiz has strong support among older voters in Salem.', 'support', 'older voters in Salem', ['Ruiz'], 'indirect'],
  // a comparison after a conjunction is no subject: the coordinated verb's subject is the clause's
  ['Dunn runs a ferry in Salem, and like Ruiz has spoken about stricter harbor rules.', 'has spoken about', 'Dunn', ['stricter harbor rules'], 'indirect'],
  // coordinated adjectives in a source
  ['The pilots were breaking the rules, current and former officials said.', 'said', 'current and former officials', ['The pilots were breaking the rules'], 'indirect'],
  ['Five past and present pilots told the board the pier was unsafe.', 'told', 'Five past and present pilots', ['the pier was unsafe'], 'indirect'],
  // (from a review: an adjective before a noun opens an apposition; "which" before "all" may be the object; "as" of a
  // report only; a plain noun phrase before the relative word)
  ['Ruiz, former head of the group that sued the city, said the fares would rise.', 'said', 'Ruiz, former head of the group that sued the city', ['the fares would rise'], 'indirect'],
  ['It was a report that all agreed was flawed.', 'agreed', 'all', ['was flawed'], 'indirect'],
  ['The senator voted for the tax, which her rivals criticized.', 'criticized', 'her rivals', ['the tax'], 'indirect'],
  ['Ten years back the city said the bridge was safe.', 'said', 'the city', ['the bridge was safe'], 'indirect'],
  // a participle's clause that opens the sentence after a measure of time; an adverb before the main clause's verb
  ['Eight years after backing Ann Ruiz, harbor owner Tom Dunn is once again choosing sides.', 'backing', 'harbor owner Tom Dunn', ['Ann Ruiz'], 'indirect'],
  ['Two weeks after announcing her backing for Tom Dunn, Ann Ruiz still believes that the pier is unsafe.', 'announcing', 'Ann Ruiz', ['her backing for Tom Dunn'], 'indirect'],
  // a prepositional aside holding a cue of its own is no part of the source; a restrictive relative clause with its own cue is
  ["Dunn, in the wake of a poll showing Ruiz's standing with riders down to 14 percent, told reporters that the port must do better.", 'told', 'Dunn', ['the port must do better'], 'indirect'],
  ['The judges who ruled that the port could not raise fares, for instance, said the problem was the law.', 'said', 'The judges who ruled that the port could not raise fares', ['the problem was the law'], 'indirect'],
  // the inverted order with a way of saying after the name: "…, said Ruiz in a tweet."
  ['The tax is unfair, said Ruiz in a tweet.', 'said', 'Ruiz', ['The tax is unfair'], 'indirect'],
  ['The tax is unfair, said Ruiz on Twitter.', 'said', 'Ruiz', ['The tax is unfair'], 'indirect'],
  // a quantifier after a preposition's object is the subject itself, no floating one
  ['In recent weeks both said the fares were too high.', 'said', 'both', ['the fares were too high'], 'indirect'],
  ['He and the harbor master both said the fares were too high.', 'said', 'He and the harbor master', ['the fares were too high'], 'indirect'],
  // a participle the filter admits as a feeling, with what it is about: its subject holds it
  ["Ruiz isn't rattled about the ferry's three late runs.", "isn't rattled", 'Ruiz', ["the ferry's three late runs"], 'indirect'],
  // an adjective aside with a verb after it or that the filter admits as a cue is no part of the source
  ['Ruiz, angry that the pier was closed, said the port had failed.', 'said', 'Ruiz', ['the port had failed'], 'indirect'],
  ['Ruiz, wary of the board, said the port had failed.', 'said', 'Ruiz', ['the port had failed'], 'indirect'],
  // a name's verb in -ed the tagger read as an adjective ends the name's phrase
  ['Dunn needled the host, saying the show was late.', 'saying', 'Dunn', ['the show was late'], 'indirect'],
  // a noun cue whose holder follows it ("from") still opens the sentence's subject: its complement ends before the verb
  ['The calls from pilots to cut fares grew louder.', 'calls', 'pilots', ['to cut fares'], 'indirect'],
  // "back" as a verb the tagger read as an adverb; a floating "both" after a relative pronoun or a subject
  ['Women back her by almost 20 points.', 'back', 'Women', ['her by almost 20 points'], 'indirect'],
  ['The pilots, who both back a strong fare cap, met Monday.', 'back', 'The pilots', ['a strong fare cap'], 'indirect'],
  ['The pilots all said the fares were too high.', 'said', 'The pilots', ['the fares were too high'], 'indirect'],
  // "as X has said" at the end: the clause before the comma is the claim
  ['The pier is unsafe, as Ruiz has said.', 'has said', 'Ruiz', ['The pier is unsafe'], 'indirect'],
  ["The fares won't rise, as some pilots have speculated.", 'have speculated', 'some pilots', ["The fares won't rise"], 'indirect'],
  // an object relative clause that ends with its cue is about the noun phrase the relative word follows
  ['Ruiz refused to sign the fare deal, which Dunn vehemently opposed.', 'opposed', 'Dunn', ['the fare deal'], 'indirect'],
  ['The port picked a director who many pilots strongly oppose.', 'oppose', 'many pilots', ['a director'], 'indirect'],
  // a possessive holder before adverbs and hyphenated modifiers
  ["Ruiz's recent cost-free assertion that the pilots cheered was false.", 'assertion', 'Ruiz', ['the pilots cheered'], 'indirect'],
  // a phrase with "across" or "around" before an example between commas
  ['Pilots across the state, including Ann Ruiz, warned that the pier would fall.', 'warned', 'Pilots across the state, including Ann Ruiz', ['the pier would fall'], 'indirect'],
  // a noun cue whose holder follows it and nothing else: what draws it is what it is about
  ['The fare plan drew criticism from pilots.', 'criticism', 'pilots', ['The fare plan'], 'indirect'],
  ['The port was subject to criticism from riders like Ann Ruiz and Tom Dunn.', 'criticism', 'riders like Ann Ruiz and Tom Dunn', ['The port'], 'indirect'],
  // examples after a plural after the cue
  ['The real trouble with the pier, say engineers like Ann Ruiz, a Salem diver, is the tide itself.', 'say', 'engineers like Ann Ruiz, a Salem diver', ['The real trouble with the pier', 'is the tide itself'], 'indirect'],
  ['“The tide is late,” said pilots such as Ann Ruiz.', 'said', 'pilots such as Ann Ruiz', ['“The tide is late,”'], 'direct'],
  // backing "among" a group: the group holds it, the one backed is what it is about
  ['Ruiz enjoys the strongest support among pilots and deckhands surveyed.', 'support', 'pilots and deckhands surveyed', ['Ruiz'], 'indirect'],
  ['Her support among riders is weak.', 'support', 'riders', ['Her'], 'indirect'],
  // and backing "of" a group that a verb like "win" or "have" takes
  ["Ruiz won the endorsement of the pilots' union.", 'endorsement', "the pilots' union", ['Ruiz'], 'indirect'],
  ['The mayor now has the backing of the harbor unions.', 'backing', 'the harbor unions', ['The mayor'], 'indirect'],
  // "most" is the subject unless a subject stands before it or the adverb ranks the clause
  ['Of the doctors surveyed, most strongly recommended the vaccine.', 'recommended', 'most', ['the vaccine'], 'indirect'],
  ['The pilots met, but most quietly told leaders they would vote yes.', 'told', 'most', ['they would vote yes'], 'indirect'],
  // a participle the tagger left to a fronted adverb is no name's verb
  ['Seldom praised by critics, the film drew crowds.', 'praised', null, ['by critics'], 'indirect'],
  // before an article, not before a name ("Several unaffiliated Salem voters")
  ['Several unaffiliated Salem voters said the fares were too high.', 'said', 'Several unaffiliated Salem voters', ['the fares were too high'], 'indirect'],
  // a time that opens the sentence is neither source nor content
  ['This year Ruiz said the fares would rise.', 'said', 'Ruiz', ['the fares would rise'], 'indirect'],
  ['On Monday the governor said the port would close.', 'said', 'the governor', ['the port would close'], 'indirect'],
  // (but it is the claim's subject where the claim resumes with its verb, and the answer where nothing follows)
  ['Last summer, Dunn said, was the hottest on record.', 'said', 'Dunn', ['Last summer', 'was the hottest on record'], 'indirect'],
  ['When did the slump begin? Last year, the coach said.', 'said', 'the coach', ['Last year'], 'indirect'],
  ['Earlier this week, senior pilots on the harbor board also wrote to Dunn, urging the port to cut fares.', 'also wrote', 'senior pilots on the harbor board', ['urging the port to cut fares'], 'indirect'],
  // a one-word name the tagger reads as a verb after the quote that opens the sentence
  ['“The plan is fine,” Blunt, after a short silence, told reporters.', 'told', 'Blunt', ['“The plan is fine,”'], 'direct'],
  // a name the tagger reads as an adverb opens the sentence
  ['Jolly said he would be cautious with the budget.', 'said', 'Jolly', ['he would be cautious with the budget'], 'indirect'],
  // a name after a subordinator or a conjunction, before its apposition
  ['When Ann Ruiz, the director, said fares would rise, the crowd booed.', 'said', 'Ann Ruiz, the director', ['fares would rise'], 'indirect'],
  ['The ferry stopped when Ann Ruiz, her counterpart at Harbor Co, called with an offer.', 'called', 'Ann Ruiz, her counterpart at Harbor Co', ['an offer'], 'indirect'],
  ['The ferry stopped at the dock and the captain, a veteran pilot, said the tide was late.', 'said', 'the captain, a veteran pilot', ['the tide was late'], 'indirect'],
  ['Few pilots would admit this, but Ann Ruiz, a Salem Democrat, says she was unfocused.', 'says', 'Ann Ruiz, a Salem Democrat', ['she was unfocused'], 'indirect'],
  ['Or, as Tom Dunn, a former harbor master, put it: “The gulls are at the gate.”', 'put it', 'Tom Dunn, a former harbor master', ['“The gulls are at the gate.”'], 'direct'],
  ['Win Dunn, a member of the harbor board, said fares would rise.', 'said', 'Win Dunn, a member of the harbor board', ['fares would rise'], 'indirect'],
  // (not over a name or a second phrase: the subject is after the comma)
  ['After the vote, Ruiz, the director, said fares would rise.', 'said', 'Ruiz, the director', ['fares would rise'], 'indirect'],
  ['After the vote, the captain, a veteran, said fares would rise.', 'said', 'the captain, a veteran', ['fares would rise'], 'indirect'],
  // (not where a speaker follows the cue: the inverted order)
  ['Shares rose sharply after the report, said Kevin Moy, an analyst at the bank.', 'said', 'Kevin Moy, an analyst at the bank', ['Shares rose sharply after the report'], 'indirect'],
  ['We will stay until the end, said Tom Dunn.', 'said', 'Tom Dunn', ['We will stay until the end'], 'indirect'],
  // (nor a fronted participle with a day: "Reached Sunday")
  ["Reached Sunday, Ruiz, the port's director, said fares would rise.", 'said', "Ruiz, the port's director", ['fares would rise'], 'indirect'],
  ['Playing Field Promotions, a talent agency, says it will appeal.', 'says', 'Playing Field Promotions, a talent agency', ['it will appeal'], 'indirect'],
  // (not after "and" in a phrase with no finite clause)
  ["In a request about fares and schedules, Ann Ruiz, the port's director, noted the delays.", 'noted', "Ann Ruiz, the port's director", ['the delays'], 'indirect'],
  ['Riders were angry, taking their case to unions and church groups, said Ann Ruiz.', 'said', 'Ann Ruiz', ['Riders were angry, taking their case to unions and church groups'], 'indirect'],
  // a long description in brackets after a name; a relative clause an apposition splits
  ['Sen. Ann Ruiz (a Salem Democrat so young she has been taken for a page) says she was unfocused.', 'says', 'Sen. Ann Ruiz (a Salem Democrat so young she has been taken for a page)', ['she was unfocused'], 'indirect'],
  ['Ms. Ruiz, whose latest boat, the Tern, carries mail to the islands, said the route would close.', 'said', 'Ms. Ruiz, whose latest boat, the Tern, carries mail to the islands', ['the route would close'], 'indirect'],
  // but a sentence adverb before an inverted cue is no name
  ['Privately, said one aide, the deal was dead.', 'said', 'one aide', ['the deal was dead'], 'indirect'],
  ['The memo, written by Oscar Lind in October, says the brakes failed repeatedly.', 'says', 'The memo', ['the brakes failed repeatedly'], 'indirect'],
  ['The report, drawn up by engineers last year, warns that the pier is unsafe.', 'warns', 'The report', ['the pier is unsafe'], 'indirect'],
  // a relative clause between commas keeps its antecedent (not "nobody read")
  ['The memo, which nobody read, shows that the brakes failed.', 'shows', 'The memo, which nobody read', ['the brakes failed'], 'indirect'],
  ['The mayor, however, said the plant would close.', 'said', 'The mayor', ['the plant would close'], 'indirect'],
  ['The mayor, while speaking at a rally, said the plant would close.', 'said', 'The mayor', ['the plant would close'], 'indirect'],
  ['The Tribune, quoting two engineers, wrote that the dam leaked.', 'wrote', 'The Tribune', ['the dam leaked'], 'indirect'],
  ['Mayor John Doe, the city\'s top official, on Tuesday called the plan reckless.', 'called', 'Mayor John Doe, the city\'s top official', ['the plan reckless'], 'indirect'],
  // the speech sense of "call" beside its naming sense ("a group called …"), and "call on" (speech-call-for)
  ['A spokesman called the ruling a setback.', 'called', 'A spokesman', ['the ruling a setback'], 'indirect'],
  ['A rival campaign called the ad false.', 'called', 'A rival campaign', ['the ad false'], 'indirect'],
  ['One voter praised the plan. Another called it a disgrace.', 'called', 'Another', ['it a disgrace'], 'indirect'],
  // the rules for other senses leave "just" before "asked" alone
  ['The senator just asked the mayor whether the road would reopen.', 'asked', 'The senator', ['whether the road would reopen'], 'indirect'],
  ['The union is calling on the mayor to resign.', 'is calling on', 'The union', ['the mayor to resign'], 'indirect'],
  ['Some have urged the governor to resign.', 'have urged', 'Some', ['to resign'], 'indirect'],
  ['Li Wei, head of water, sewers, and streets for the county, warned that rates would rise.', 'warned', 'Li Wei, head of water, sewers, and streets for the county', ['rates would rise'], 'indirect'],
  ['A third of renters, 33%, say they cannot afford the rent.', 'say', 'A third of renters, 33%', ['they cannot afford the rent'], 'indirect'],
  ['But Mr. Cole, a Democrat who described himself as a lifelong union man, said he was angry.', 'said', 'Mr. Cole, a Democrat who described himself as a lifelong union man', ['he was angry'], 'indirect'],
  ['At dawn the captain left the port, saying the storm had passed.', 'saying', 'the captain', ['the storm had passed'], 'indirect'],
  ['The mayor said of the vote, "It was a disgrace," adding that she would appeal.', 'said', 'The mayor', ['"It was a disgrace,"'], 'direct'],
  ['The mayor said of the vote, "It was a disgrace," adding that she would appeal.', 'adding', 'The mayor', ['she would appeal'], 'indirect'],
  ['The mayor called the vote "a disgrace," adding that she would appeal.', 'called', 'The mayor', ['the vote "a disgrace,"'], 'mixed'],
  ['The county atlas lists the bridge as closed, while the state map lists it as open.', 'lists', 'The county atlas', ['the bridge as closed'], 'indirect'],
  ['Among likely voters, 42% say the economy is weak.', 'say', '42%', ['the economy is weak'], 'indirect'],
  // coordinated subjects, when the first conjunct opens the clause
  ['Neither the mayor nor her deputy said they would resign.', 'said', 'Neither the mayor nor her deputy', ['they would resign'], 'indirect'],
  ['The mayor and her aides say the budget is fine.', 'say', 'The mayor and her aides', ['the budget is fine'], 'indirect'],
  ['The mayor met the governor and officials said the budget is fine.', 'said', 'officials', ['the budget is fine'], 'indirect'],
  ['Leading Democrats say the bill is dead.', 'say', 'Leading Democrats', ['the bill is dead'], 'indirect'],
  ['Several on the council argued that the fee was unfair.', 'argued', 'Several on the council', ['the fee was unfair'], 'indirect'],
  ['Aides to the mayor say she will run.', 'say', 'Aides to the mayor', ['she will run'], 'indirect'],
  ['People briefed on the talks say the deal is close.', 'say', 'People briefed on the talks', ['the deal is close'], 'indirect'],
  // approximations and survey participles belong to the subject
  ['Nearly half said they prefer someone new.', 'said', 'Nearly half', ['they prefer someone new'], 'indirect'],
  ['At least 200 said they would stay.', 'said', 'At least 200', ['they would stay'], 'indirect'],
  ['By a wide margin, those surveyed say the city should build more housing.', 'say', 'those surveyed', ['the city should build more housing'], 'indirect'],
  ['Thirty percent of those polled said they would move.', 'said', 'Thirty percent of those polled', ['they would move'], 'indirect'],
  // a second description only of the name the first ends with
  ['"The deal is bad," said Jane Roe, head of the Policy Center, a trade group in Ohio.', 'said', 'Jane Roe, head of the Policy Center, a trade group in Ohio', ['"The deal is bad,"'], 'direct'],
  ['"The deal is bad," said Jane Roe, a former banker, a mother of three.', 'said', 'Jane Roe, a former banker', ['"The deal is bad,"'], 'direct'],
  ['"The tides are shifting," said Tom Ruiz, a Maine-born diver who maps the reef.', 'said', 'Tom Ruiz, a Maine-born diver who maps the reef', ['"The tides are shifting,"'], 'direct'],
  ['The deal is bad, said Ana Cole, then mayor of the harbor town.', 'said', 'Ana Cole, then mayor of the harbor town', ['The deal is bad'], 'indirect'],
  // the speaker between commas inside the claim: the claim's two parts are the content
  ['The trouble with the pier, says Ana Ruiz, a harbor engineer, is that nobody maintains it.', 'says', 'Ana Ruiz, a harbor engineer', ['The trouble with the pier', 'is that nobody maintains it'], 'indirect'],
  ['The old ferry, said Diaz and others, would be missed.', 'said', 'Diaz and others', ['The old ferry', 'would be missed'], 'indirect'],
  // a post-posed speaker with an adjective's complement or a relative clause
  ['The dredging will “take years, not months,” said an engineer close to the project.', 'said', 'an engineer close to the project', ['The dredging will “take years, not months,”'], 'mixed'],
  ['"The pier is unsafe," said a pier inspector who gave only her first name.', 'said', 'a pier inspector who gave only her first name', ['"The pier is unsafe,"'], 'direct'],
  ['"The deal is bad," said Jane Roe, a former banker who lives in Boston.', 'said', 'Jane Roe, a former banker who lives in Boston', ['"The deal is bad,"'], 'direct'],
  // a hyphenated modifier with a participle, a reduced relative with a day phrase: part of the subject
  ['"Turnout is collapsing," Ohio-based Jane Roberts said.', 'said', 'Ohio-based Jane Roberts', ['"Turnout is collapsing,"'], 'direct'],
  ['Donors are paying for a last push against the mayor, filings released on Monday night revealed.', 'revealed', 'filings released on Monday night', ['Donors are paying for a last push against the mayor'], 'indirect'],
  // a one-word answer as content; an adjective with its complement and a hyphenated participle in the source; a mistyped closing mark
  ['Never, the coach replied.', 'replied', 'the coach', ['Never'], 'indirect'],
  ['Most said the schools were safe.', 'said', 'Most', ['the schools were safe'], 'indirect'],
  ['Tickets Sold Out For All Shows\nThe mayor and her aides said the fair was a success.', 'said', 'The mayor and her aides', ['the fair was a success'], 'indirect'],
  ['"We did not vote on that," soft-spoken Cole said.', 'said', 'soft-spoken Cole', ['"We did not vote on that,"'], 'direct'],
  ['People familiar with the talks said the deal was close.', 'said', 'People familiar with the talks', ['the deal was close'], 'indirect'],
  ['The plan will be revised, a source close to him said.', 'said', 'a source close to him', ['The plan will be revised'], 'indirect'],
  ['“Not yet,“ he said.', 'said', 'he', ['“Not yet,“'], 'direct'],
  ['The three trustees have all described the merger as a mistake.', 'described', 'The three trustees', ['the merger as a mistake'], 'indirect'],
  // names the tagger reads as verbs or adverbs ("Josh", "Concord", "Jolly"), a venue aside between commas, "has since said"
  ['Josh Ferrell, the port director, said the cranes were safe.', 'said', 'Josh Ferrell, the port director', ['the cranes were safe'], 'indirect'],
  ['"The cranes are safe," said Concord resident Ida Marsh.', 'said', 'Concord resident Ida Marsh', ['"The cranes are safe,"'], 'direct'],
  ['If the levy fails, Jolly said, the library will close.', 'said', 'Jolly', ['If the levy fails', 'the library will close'], 'indirect'],
  ['The treasurer, in an interview on Friday, said the fund was empty.', 'said', 'The treasurer', ['the fund was empty'], 'indirect'],
  ['The treasurer has since said the fund was empty.', 'said', 'The treasurer', ['the fund was empty'], 'indirect'],
  // a quoted programme title is no quote of what was said; an "as" aside before the content
  ['The ferry fare is too high, the treasurer argued late Tuesday on KLRT’s “Harbor Hour.”', 'argued', 'the treasurer', ['The ferry fare is too high'], 'indirect'],
  ['The editor of the “Harbor Hour” predicted the levy would fail.', 'predicted', 'The editor of the “Harbor Hour”', ['the levy would fail'], 'indirect'],
  ['The treasurer asked, as many voters have, where the ferry money went.', 'asked', 'The treasurer', ['where the ferry money went'], 'indirect'],
  ['The auditor noted, however, that the ledger was incomplete.', 'noted', 'The auditor', ['the ledger was incomplete'], 'indirect'],
  ['The mayor said, on the radio, that the levy failed.', 'said', 'The mayor', ['the levy failed'], 'indirect'],
  ['The treasurer said — on the radio, as it happens — that the fund was empty.', 'said', 'The treasurer', ['the fund was empty'], 'indirect'],
  // a subject with its restrictive relative clause; "'s" for "has"; a participle aside that quotes; ", warning that" read as a verb
  ['Ferry riders who attended the hearing said the fares were too high.', 'said', 'Ferry riders who attended the hearing', ['the fares were too high'], 'indirect'],
  ['The pilots who wrote to the board, in fact, said the channel was unsafe.', 'said', 'The pilots who wrote to the board', ['the channel was unsafe'], 'indirect'],
  // "that" as the relative clause's subject, right before its verb; not a complement's "that", nor an object's infinitive
  ['The union that represents the pilots said the deal was fair.', 'said', 'The union that represents the pilots', ['the deal was fair'], 'indirect'],
  ['A firm that has long owned the pier said it would sell.', 'said', 'A firm that has long owned the pier', ['it would sell'], 'indirect'],
  ['Residents that spoke at the meeting said the pier was unsafe.', 'said', 'Residents that spoke at the meeting', ['the pier was unsafe'], 'indirect'],
  ['The union that backs the pilots said the deal was fair.', 'said', 'The union that backs the pilots', ['the deal was fair'], 'indirect'], // "backs" a verb (annotate)
  // a cue in the subject's relative clause: its content ends where the sentence's own verb begins
  ['A storm that forced the mayor to promise a new pier hit the coast.', 'promise', 'the mayor', ['a new pier'], 'indirect'],
  ['The levy that economists believe will hurt riders passed on Tuesday.', 'believe', 'economists', ['will hurt riders'], 'indirect'],
  ['A clerk who revealed that the mayor used a city car was fired on Monday.', 'revealed', 'A clerk', ['the mayor used a city car'], 'indirect'],
  ['The report that officials say they read was false.', 'say', 'officials', ['they read'], 'indirect'],
  ['Ferry riders who say the fares are too high packed the hall.', 'say', 'Ferry riders', ['the fares are too high'], 'indirect'],
  ['Pilots who say the pier built in 1990 is unsafe signed the letter.', 'say', 'Pilots', ['the pier built in 1990 is unsafe'], 'indirect'],
  ['The levy that economists believe will be costly passed on Tuesday.', 'believe', 'economists', ['will be costly'], 'indirect'],
  ['Residents who doubt the plan signed the letter.', 'doubt', 'Residents', ['the plan'], 'indirect'],
  ['Pilots who told regulators the pier was unsafe resigned.', 'told', 'Pilots', ['the pier was unsafe'], 'indirect'],
  // a subject pronoun before the second verb group: a clause inside the sentence's predicate, not the content's own
  ['People who know him say he is honest.', 'know', 'People', ['him'], 'indirect'],
  ['People who know him say he is honest.', 'say', 'People who know him', ['he is honest'], 'indirect'],
  ['The firm that once owned the pier said it would sell.', 'said', 'The firm that once owned the pier', ['it would sell'], 'indirect'],
  // after a fronted phrase with no verb
  ['On Monday, a storm that forced the mayor to promise a new pier hit the coast.', 'promise', 'the mayor', ['a new pier'], 'indirect'],
  ['Yesterday, the group that officials say is linked to the smugglers denied it.', 'denied', 'the group that officials say is linked to the smugglers', ['it'], 'indirect'],
  // a time phrase with a demonstrative between the subject and its cue is no speaker
  ['Officials that day said the pier was unsafe.', 'said', 'Officials', ['the pier was unsafe'], 'indirect'],
  ['Two pilots at the dock that evening backed the skipper’s account.', 'backed', 'Two pilots at the dock', ['the skipper’s account'], 'indirect'],
  // the sentence's own cue after such a clause: the whole subject speaks, not a noun inside the clause
  ['The group that officials say is linked to the smugglers denied it.', 'denied', 'The group that officials say is linked to the smugglers', ['it'], 'indirect'],
  ['A company that critics say polluted the river said it followed the rules.', 'said', 'A company that critics say polluted the river', ['it followed the rules'], 'indirect'],
  ['A company that critics say polluted the river said it followed the rules.', 'say', 'critics', ['polluted the river'], 'indirect'],
  // (not the sentence's own cue after the clause)
  ['A clerk who has accused the mayor of fraud said on Sunday that he lied.', 'said', 'A clerk who has accused the mayor of fraud', ['he lied'], 'indirect'],
  ['There is evidence that the drug works and doctors say it is safe.', 'say', 'doctors', ['it is safe'], 'indirect'],
  ['It was a strike that forced the mayor to promise a new pier.', 'promise', 'the mayor', ['a new pier'], 'indirect'],
  ["He's said he will run for the harbor board again.", "'s said", 'He', ['he will run for the harbor board again'], 'indirect'],
  ["It's said that the pier is unsafe.", "'s said", null, ['the pier is unsafe'], 'indirect'],
  // "'s" is "has" before a verb with its particle or preposition, and before an intention's "to"; not "is expected to"
  ["Lately she's spoken out against the new ferry toll.", "'s spoken out", 'she', ['the new ferry toll'], 'indirect'],
  ["Tom Dunn, who's called for a second ferry, was not at the meeting.", "'s called for", 'Tom Dunn', ['a second ferry'], 'indirect'],
  ["He's spoken of as a future mayor.", "'s spoken of", null, ['He', 'as a future mayor'], 'indirect'],
  ["The pier is a project she's wanted to finish for a decade.", "'s wanted", 'she', ['to finish for a decade'], 'indirect'],
  ["She's expected to win the harbor seat.", "'s expected", null, ['She', 'to win the harbor seat'], 'indirect'],
  ["She’s forecast record ridership for the ferry line.", "’s forecast", 'She', ['record ridership for the ferry line'], 'indirect'],
  ['At the dock the skipper shrugged, still faulting the board for the delay.', 'faulting', 'the skipper', ['the board for the delay'], 'indirect'],
  ['The mayor, citing “the worst storm in years,” said the ferry would stop.', 'said', 'The mayor', ['the ferry would stop'], 'indirect'],
  ['Dock workers walked off the job, warning that the new cranes were unsafe.', 'warning', 'Dock workers', ['the new cranes were unsafe'], 'indirect'],
  // "When" and "there" are no speakers; the noun before "there" is
  ['When asked about the levy, the mayor smiled.', 'asked', null, ['the levy'], 'indirect'],
  ['There are fears the pier will collapse.', 'are fears', null, ['the pier will collapse'], 'indirect'],
  ['Dock executives there indicate the pier will collapse.', 'indicate', 'Dock executives there', ['the pier will collapse'], 'indirect'],
  ['Many there believe the pier will fall.', 'believe', 'Many there', ['the pier will fall'], 'indirect'],
  ['"We did not discuss it," warm-and-fuzzy Ruiz said.', 'said', 'warm-and-fuzzy Ruiz', ['"We did not discuss it,"'], 'direct'],
  // not a relative clause across a conjunction; a by-agent keeps "'s" a passive
  ['Police have no idea who cut the cable but witnesses say it came from a truck.', 'say', 'witnesses', ['it came from a truck'], 'indirect'],
  ["She's called a liar by her rivals.", "'s called", 'her rivals', ['She', 'a liar'], 'indirect'],
  // the whole subject: a quantifier, an approximation, a partitive, a slash, a hyphenated or participial modifier
  ['Two outside auditors said the harbor fund was short.', 'said', 'Two outside auditors', ['the harbor fund was short'], 'indirect'],
  ['Almost everyone at the dock said the crane was unsafe.', 'said', 'Almost everyone at the dock', ['the crane was unsafe'], 'indirect'],
  ['Many rank-and-file dockers said they would strike.', 'said', 'Many rank-and-file dockers', ['they would strike'], 'indirect'],
  ['Nine of the ferry pilots wrote to the board, saying the channel had silted up.', 'saying', 'Nine of the ferry pilots', ['the channel had silted up'], 'indirect'],
  ['A Gazette/Metro survey found that renters were unhappy.', 'found', 'A Gazette/Metro survey', ['renters were unhappy'], 'indirect'],
  ["The port's newly hired engineer said the crane would be replaced.", 'said', "The port's newly hired engineer", ['the crane would be replaced'], 'indirect'],
  // appositions with a participle or a relative word inside; a connective before the subject; a bracketed abbreviation
  ['Ona Perez, the marina’s dismissed bookkeeper, accused the owners of hiding the losses.', 'accused', 'Ona Perez, the marina’s dismissed bookkeeper', ['the owners of hiding the losses'], 'indirect'],
  ['Ted Ames, a pilot whose ferry ran aground in May, said the channel was too shallow.', 'said', 'Ted Ames, a pilot whose ferry ran aground in May', ['the channel was too shallow'], 'indirect'],
  // a prepositional phrase inside the subject: after a pronoun, a singular noun and "to", or a noun the tagger read as a verb
  ['Someone in the crowd shouted that the mayor was lying.', 'shouted', 'Someone in the crowd', ['the mayor was lying']],
  ['Those around the mayor acknowledge the pier is weak.', 'acknowledge', 'Those around the mayor', ['the pier is weak']],
  ['An adviser to the harbor board said the pier was weak.', 'said', 'An adviser to the harbor board', ['the pier was weak']],
  ['An earlier report in a local paper said the pier was weak.', 'said', 'An earlier report in a local paper', ['the pier was weak']],
  ['The latest polling in Maine shows the mayor ahead.', 'shows', 'The latest polling in Maine', ['the mayor ahead']],
  ['A story by the local radio station says the pier is weak.', 'says', 'A story by the local radio station', ['the pier is weak']],
  ['Many of you have asked whether the pier is safe.', 'have asked', 'Many of you', ['whether the pier is safe']],
  ['In a letter to members the union said the pier was weak.', 'said', 'the union', ['the pier was weak']],
  // a modifier the tagger reads as a verb or preposition; not a verb after its subject
  ['Leaked emails showed the pier was weak.', 'showed', 'Leaked emails', ['the pier was weak']],
  ['But hacking specialists say the files are fake.', 'say', 'hacking specialists', ['the files are fake']],
  ['Aides and outside advisers to Ruiz say the pier is weak.', 'say', 'Aides and outside advisers to Ruiz', ['the pier is weak']],
  ['Officials leaked documents showing the pier was weak.', 'showing', 'Officials', ['the pier was weak']],
  // a relative "where" after the subject's noun, "in particular" in the aux chain
  ['The harbor markets, where traders gather each day, predict a win for the mayor.', 'predict', 'The harbor markets', ['a win for the mayor']],
  ['Critics have in particular noted the high fares.', 'noted', 'Critics', ['the high fares']],
  // an opening bracket with no closing one opens a clause of its own
  ['Ruiz wants to advance the agenda of a harbor council (Dunn cites a memo saying so).', 'cites', 'Dunn', ['a memo saying so']],
  // quantifiers before the phrase
  ['As many as 40 percent of riders said the fare was too high.', 'said', 'As many as 40 percent of riders', ['the fare was too high']],
  ['All but two of the pilots said the channel was safe.', 'said', 'All but two of the pilots', ['the channel was safe']],
  ['At least a dozen captains told the board the channel was shallow.', 'told', 'At least a dozen captains', ['the channel was shallow']],
  ["And most Democratic members of the council don't foresee a vote.", "don't foresee", 'most Democratic members of the council', ['a vote']],
  // a relative "which" after a preposition or a dash is no part of the speaker; nor is a noun before a relative clause
  // whose subject is a name and a noun
  ['It came during a show in which callers asked how much the pier cost.', 'asked', 'callers', ['how much the pier cost']],
  ['It is an arrangement the Harbor Guild campaign has criticized.', 'criticized', 'the Harbor Guild campaign', ['an arrangement']],
  ['The civil rights group the Harbor League said the pier was weak.', 'said', 'The civil rights group the Harbor League', ['the pier was weak']],
  // a noun that names no one before a relative clause without "that" is no part of the speaker
  ['Here are five things Captain Ortiz has said about the pier.', 'has said', 'Captain Ortiz', ['the pier']],
  ['At the moment Dunn announced the closure, the ferry left.', 'announced', 'Dunn', ['the closure']],
  ['That is the reason President Ruiz is seeking a new levy.', 'is seeking', 'President Ruiz', ['a new levy']],
  ['The port gave fishermen something Harbor Watch had long said they needed.', 'said', 'Harbor Watch', ['they needed']],
  ['Mayor Dunn, along with two council members, said the pier was unsafe.', 'said', 'Mayor Dunn, along with two council members', ['the pier was unsafe']],
  ['Dunn, together with two other captains, says the fares are too high.', 'says', 'Dunn, together with two other captains', ['the fares are too high']],
  ['The mayor, who dredged the harbor and who hoped to win again, blamed the pilots.', 'hoped', 'The mayor', ['to win again'], 'indirect'],
  ['Ann Ruiz, also known as Bo, said the fares would rise.', 'said', 'Ann Ruiz', ['the fares would rise'], 'indirect'],
  ['Ann Ruiz, the pilot known as Bo, said the fares would rise.', 'said', 'Ann Ruiz, the pilot known as Bo', ['the fares would rise'], 'indirect'],
  ['Rep. Ida Moss (D-Ore.), an angler representing the coast, said the quota was too low.', 'said', 'Rep. Ida Moss (D-Ore.), an angler representing the coast', ['the quota was too low'], 'indirect'],
  ['Now Lena Ortiz, who ran the ferry line for a decade, hopes the new boats will arrive by spring.', 'hopes', 'Lena Ortiz, who ran the ferry line for a decade', ['the new boats will arrive by spring'], 'indirect'],
  // a quoted name inside an apposition, its comma too; an apposition with a preposition, a quoted name or "that" before its relative clause
  ['Ruiz, the author of "Tide Tables," a book about harbors, said the ferry was late.', 'said', 'Ruiz, the author of "Tide Tables," a book about harbors', ['the ferry was late'], 'indirect'],
  ['Ruiz, the host of the radio show “Harbor Hour,” said the pier was unsafe.', 'said', 'Ruiz, the host of the radio show “Harbor Hour,”', ['the pier was unsafe'], 'indirect'],
  ['Lee, who called it "Plan B," said the pier was unsafe.', 'said', 'Lee', ['the pier was unsafe'], 'indirect'],
  ['Sam Lee, a captain on the ferry "The Gull," who went on to work at the port, said the boats were old.', 'said', 'Sam Lee, a captain on the ferry "The Gull," who went on to work at the port', ['the boats were old'], 'indirect'],
  ['Lena Ruiz, director of Harbor Workers United, a union that has backed the mayor, said the pier was unsafe.', 'said', 'Lena Ruiz, director of Harbor Workers United, a union that has backed the mayor', ['the pier was unsafe'], 'indirect'],
  // a subject with a participle phrase, then an aside with "including"
  ['Dozens of pilots interviewed at the dock this week, including Ms. Ortega, said they had no problem with the plan.', 'said', 'Dozens of pilots interviewed at the dock this week, including Ms. Ortega', ['they had no problem with the plan'], 'indirect'],
  ['Scientists working on the study, including Dr. Lee, said the water was warming.', 'said', 'Scientists working on the study, including Dr. Lee', ['the water was warming'], 'indirect'],
  // (a form in -ed that is the clause's own verb is no participle: the name after the cue is the source)
  ['The firm lobbied for the port on fees and other matters, said Ann Ruiz, its former partner.', 'said', 'Ann Ruiz, its former partner', ['The firm lobbied for the port on fees and other matters'], 'indirect'],
  // a home town between commas is part of the subject; an adverbial aside is not; "two out of three"
  ['Ann Ruiz, 50, of Astoria, said the boats were late.', 'said', 'Ann Ruiz, 50, of Astoria', ['the boats were late'], 'indirect'],
  ['The mayor, of course, said the boats were late.', 'said', 'The mayor', ['the boats were late'], 'indirect'],
  ['Two out of three riders said the boats were late.', 'said', 'Two out of three riders', ['the boats were late'], 'indirect'],
  // examples after a plural, a focus word, "even" in a coordination (alone it is no part of the source)
  ['Critics like Ann Ruiz say the pier is unsafe.', 'say', 'Critics like Ann Ruiz', ['the pier is unsafe'], 'indirect'],
  ['Groups such as Harbor Watch say the pier is unsafe.', 'say', 'Groups such as Harbor Watch', ['the pier is unsafe'], 'indirect'],
  ['Only a handful of riders said the fare was too high.', 'said', 'Only a handful of riders', ['the fare was too high'], 'indirect'],
  ['Other candidates and even a prominent columnist said the fare was too high.', 'said', 'Other candidates and even a prominent columnist', ['the fare was too high'], 'indirect'],
  ['Even her fellow pilots said the channel was too shallow.', 'said', 'her fellow pilots', ['the channel was too shallow'], 'indirect'],
  // a list of subjects; coordinated names with party labels; not a time phrase before the comma
  ['45% of riders, 28% of pilots and 12% of owners say the fare is too high.', 'say', '45% of riders, 28% of pilots and 12% of owners', ['the fare is too high'], 'indirect'],
  ['Riders, pilots and owners say the fare is too high.', 'say', 'Riders, pilots and owners', ['the fare is too high'], 'indirect'],
  ['Former Astoria Mayor Tom Lee (D) and former Salem Mayor Ann Ruiz (R) said the boats were late.', 'said', 'Former Astoria Mayor Tom Lee (D) and former Salem Mayor Ann Ruiz (R)', ['the boats were late'], 'indirect'],
  ['Last week, riders and pilots said the fare was too high.', 'said', 'riders and pilots', ['the fare was too high'], 'indirect'],
  ['In Astoria, riders and pilots say the fare is too high.', 'say', 'riders and pilots', ['the fare is too high'], 'indirect'],
  // a quoted title as a modifier (not a quote with its own comma)
  ['The "Harbor Hour" host said the boats were late.', 'said', 'The "Harbor Hour" host', ['the boats were late'], 'indirect'],
  ['“Tide Tables” star Ann Ruiz said the boats were late.', 'said', '“Tide Tables” star Ann Ruiz', ['the boats were late'], 'indirect'],
  ['Some in the "Harbor First" crowd say the pier is unsafe.', 'say', 'Some in the "Harbor First" crowd', ['the pier is unsafe'], 'indirect'],
  // the way it was said is no part of a post-posed source; nor a floating "both"
  ['"The pier is unsafe," said harbor master Ann Ruiz in a statement.', 'said', 'harbor master Ann Ruiz', ['"The pier is unsafe,"'], 'direct'],
  ['"The pier is unsafe," wrote the mayor on Twitter.', 'wrote', 'the mayor', ['"The pier is unsafe,"'], 'direct'],
  ['He and the harbor master both said the pier was unsafe.', 'said', 'He and the harbor master', ['the pier was unsafe'], 'indirect'],
  // a hyphen typed for a dash, with spaces, bounds an aside as a dash does; a joined one stays inside its word
  ['The mayor - a former pilot - said the pier was unsafe.', 'said', 'The mayor - a former pilot', ['the pier was unsafe'], 'indirect'],
  ['Riders miss the old ferry - a local favorite - others say.', 'say', 'others', ['Riders miss the old ferry - a local favorite'], 'indirect'],
  ['A Maine-based group said the pier was unsafe.', 'said', 'A Maine-based group', ['the pier was unsafe'], 'indirect'],
  // (a review's cases) a finite verb in -ed is no participle; a cue between commas inside the claim, a fronted phrase, a
  // time span or a dateline is no list item; "even" after a clause's "and"; "like" before a noun that is not the example
  ['The bond passed by a wide margin, said the county clerk.', 'said', 'the county clerk', ['The bond passed by a wide margin'], 'indirect'],
  ['The council voted on the plan, including the fares, said Councilor Ray Dunn.', 'said', 'Councilor Ray Dunn', ['The council voted on the plan, including the fares'], 'indirect'],
  ['The new schedule, pilots and deckhands say, is unworkable.', 'say', 'pilots and deckhands', ['The new schedule', 'is unworkable'], 'indirect'],
  ['Nationwide, nurses and doctors say staffing is short.', 'say', 'nurses and doctors', ['staffing is short'], 'indirect'],
  ['Overseas, pilots and deckhands say the rules are stricter.', 'say', 'pilots and deckhands', ['the rules are stricter'], 'indirect'],
  ['Over three years, riders and pilots said the service got worse.', 'said', 'riders and pilots', ['the service got worse'], 'indirect'],
  ['ASTORIA, Ore. - Riders and pilots say the ferry is late.', 'say', 'Riders and pilots', ['the ferry is late'], 'indirect'],
  ['Crane, Kibbe and other pilots said the fare was too high.', 'said', 'Crane, Kibbe and other pilots', ['the fare was too high'], 'indirect'],
  ['Riders were angry and even the captain said the delays were absurd.', 'said', 'the captain', ['the delays were absurd'], 'indirect'],
  ['In cities like Salem officials say the buses are old.', 'say', 'Salem officials', ['the buses are old'], 'indirect'],
  ['The team lost to the Sens. Ruiz said the season was over.', 'said', 'Ruiz', ['the season was over'], 'indirect'],
  ['Harbor Watch, a group that monitors the bay, said the spill was small.', 'said', 'Harbor Watch, a group that monitors the bay', ['the spill was small'], 'indirect'],
  ['The host of "Harbor Hour" said the ferry was late.', 'said', 'The host of "Harbor Hour"', ['the ferry was late'], 'indirect'],
  ["In a memo, Ann Ruiz, the producer of ''Harbor Talk,'' warned her crew about the tides.", 'warned', "Ann Ruiz, the producer of ''Harbor Talk,''", ['her crew about the tides'], 'indirect'],
  // a list of names from the clause's start (not after a fronted place or day)
  ['Ruiz, Dunn and Varga said the pier was unsafe.', 'said', 'Ruiz, Dunn and Varga', ['the pier was unsafe'], 'indirect'],
  ['Ms. Calder, Mr. Dunn and Ms. Varga told the board the cuts went too far.', 'told', 'Ms. Calder, Mr. Dunn and Ms. Varga', ['the cuts went too far'], 'indirect'],
  ['In Salem, Ruiz and Dunn said the pier was unsafe.', 'said', 'Ruiz and Dunn', ['the pier was unsafe'], 'indirect'],
  ['SALEM, Ruiz and Dunn said the pier was unsafe.', 'said', 'Ruiz and Dunn', ['the pier was unsafe'], 'indirect'],
  // "…, said <name>." is the inverted order even where the words before the comma read as a subject; not a verb with an object
  ['Gulls, seals and otters crowd the breakwater, said harbor master Ines Calder.', 'said', 'harbor master Ines Calder', ['Gulls, seals and otters crowd the breakwater'], 'indirect'],
  ['Ruiz, the pilot, warned the mayor.', 'warned', 'Ruiz, the pilot', ['the mayor'], 'indirect'],
  ['Ruiz, the pilot, noted the problem.', 'noted', 'Ruiz, the pilot', ['the problem'], 'indirect'],
  // a short quote inside a relative clause or apposition is part of it; its comma too
  ['The captain, who yelled "Abandon ship," said no one was hurt.', 'said', 'The captain', ['no one was hurt'], 'indirect'],
  ['The mayor, who called the plan "a joke," said he would vote no.', 'said', 'The mayor', ['he would vote no'], 'indirect'],
  ['The plan is "a joke," said Ruiz.', 'said', 'Ruiz', ['The plan is "a joke,"'], 'mixed'],
  ['Pilots like Ann Ruiz, who has flown for 30 years, say the runway is short.', 'say', 'Pilots like Ann Ruiz, who has flown for 30 years', ['the runway is short'], 'indirect'],
  ['Fares, Ruiz and Dunn said, will rise next year.', 'said', 'Ruiz and Dunn', ['Fares', 'will rise next year'], 'indirect'],
  ['Ridership, Ruiz said, has doubled since May.', 'said', 'Ruiz', ['Ridership', 'has doubled since May'], 'indirect'],
  ['The port, Lee said, praised the plan.', 'said', 'Lee', ['The port', 'praised the plan'], 'indirect'],
  // and the claim's own verb there has the claim's subject, not the speaker between commas
  ['CNN, Lee said, called the plan reckless.', 'called', 'CNN', ['the plan reckless'], 'indirect'],
  ['Ruiz, the mayor said, denied the claims.', 'denied', 'Ruiz', ['the claims'], 'indirect'],
  // adjectives and -ing words the learned filter admits: the subject holds the stance, after a copula, "by" or a comma
  ['The mayor has rallied riders by promising to cut fares.', 'promising', 'The mayor', ['to cut fares'], 'indirect'],
  ['The port board scrapped the vote, wary of angering riders.', 'wary', 'The port board', ['angering riders'], 'indirect'],
  ['Ruiz has been outspoken about the fares.', 'has been outspoken', 'Ruiz', ['the fares'], 'indirect'],
  ['But Ann Ruiz, keen all week to needle the mayor, attacked him for his plan.', 'attacked', 'Ann Ruiz', ['him for his plan'], 'indirect'],
  // a conjoined clause's pronoun subject before an aside; no lone article as a post-posed source
  ['He wants a second pier and he, once again, pledged a “harbor revolution” and said that he would win.', 'pledged', 'he', ['a “harbor revolution”'], 'direct'],
  // (a second review's cases) lists of subjects of mixed kinds; a quote with its own comma ends the claim before a
  // source with an apposition; "like the mayor"; no inversion over an object; a coordinated pronoun; plural titles
  ['Police, firefighters and paramedics said the fire was out.', 'said', 'Police, firefighters and paramedics', ['the fire was out'], 'indirect'],
  ['The union, the port and the city said talks would resume.', 'said', 'The union, the port and the city', ['talks would resume'], 'indirect'],
  ['In Salem, teachers, parents and the principal said the bus never came.', 'said', 'teachers, parents and the principal', ['the bus never came'], 'indirect'],
  ['Next door, neighbors and friends said the family was quiet.', 'said', 'neighbors and friends', ['the family was quiet'], 'indirect'],
  ['Fares will rise "a little," Ruiz, the port\'s director, said.', 'said', "Ruiz, the port's director", ['Fares will rise "a little,"'], 'mixed'],
  ['Critics like the mayor say the plan is too costly.', 'say', 'Critics like the mayor', ['the plan is too costly'], 'indirect'],
  ['The port, last year, added Salem.', 'added', 'The port', ['Salem'], 'indirect'],
  ['The Drs. Ruiz and Dunn said the clinic would close.', 'said', 'The Drs. Ruiz and Dunn', ['the clinic would close'], 'indirect'],
  ['Both Sens. Ruiz and Dunn said the bill would pass.', 'said', 'Both Sens. Ruiz and Dunn', ['the bill would pass'], 'indirect'],
  // a verb the tagger read as a noun: after "has been", after a relative "that"
  ['The harbor board has been warning that the old pier could collapse.', 'has been warning', 'The harbor board', ['the old pier could collapse'], 'indirect'],
  ['Both platforms include planks that call for a second pier.', 'call', 'planks', ['a second pier'], 'indirect'],
  ['His warning that the pier would fail was ignored.', 'warning', 'His', ['the pier would fail'], 'indirect'],
  // an addressee, then a clause without "that"
  ['The mayor told the board the cuts went too far.', 'told', 'The mayor', ['the cuts went too far'], 'indirect'],
  ['The mayor told the board the story of the pier.', 'told', 'The mayor', ['the board the story of the pier'], 'indirect'],
  ['The mayor told reporters she would seek a second term.', 'told', 'The mayor', ['she would seek a second term'], 'indirect'],
  ['Ruiz told the Astoria Ledger the plan was dead.', 'told', 'Ruiz', ['the plan was dead'], 'indirect'],
  // a report, a study, a poll with its author
  ['A 2019 report by the Harbor Institute found that fares had doubled.', 'found', 'A 2019 report by the Harbor Institute', ['fares had doubled'], 'indirect'],
  ['A survey by the port authority showed that riders wanted a second pier.', 'showed', 'A survey by the port authority', ['riders wanted a second pier'], 'indirect'],
  ['Sens. Ann Ruiz of Maine and Tom Lee of Ohio said the bill would pass.', 'said', 'Sens. Ann Ruiz of Maine and Tom Lee of Ohio', ['the bill would pass'], 'indirect'],
  // a dateline is not the subject
  ['PORTLAND, Ore. (AP) - Harbor officials said the pier would reopen.', 'said', 'Harbor officials', ['the pier would reopen'], 'indirect'],
  // a day ends an adjunct before the content
  ['The treasurer said on Monday the harbor fund was empty.', 'said', 'The treasurer', ['the harbor fund was empty'], 'indirect'],
  // the preposition a cue takes is not part of what is claimed; "to" is
  ['Dock workers complained bitterly about the new shift rota.', 'complained', 'Dock workers', ['the new shift rota'], 'indirect'],
  ['The council argued against a second ferry terminal.', 'argued', 'The council', ['a second ferry terminal'], 'indirect'],
  // a time phrase between the subject and the cue, or before a relative word, is not the subject
  ['The ferry captain later in the week praised the new timetable.', 'praised', 'The ferry captain', ['the new timetable'], 'indirect'],
  ['The harbor board in recent weeks has said the pier is safe.', 'has said', 'The harbor board', ['the pier is safe'], 'indirect'],
  ['The marina filed its accounts in March, which showed a small surplus.', 'showed', 'its accounts', ['a small surplus'], 'indirect'],
  // a participle with its agent: the agent speaks, and the noun it modifies is the content; as an aside, it leaves the subject alone
  ['The pilots cited a depth of four meters, a figure disputed by harbor staff.', 'disputed', 'harbor staff', ['a figure'], 'indirect'],
  ['Captain Okafor, long mocked by rival skippers, said the reef was moving.', 'said', 'Captain Okafor', ['the reef was moving'], 'indirect'],
  // modifiers inside the subject: an adverb before an adjective, a participle before a noun, "only a quarter of"
  ['The most recent harbor survey shows the pier is popular.', 'shows', 'The most recent harbor survey', ['the pier is popular'], 'indirect'],
  ['Only a quarter of ferry riders say the fares are fair.', 'say', 'Only a quarter of ferry riders', ['the fares are fair'], 'indirect'],
  ['Forty percent of registered voters say the fares are fair.', 'say', 'Forty percent of registered voters', ['the fares are fair'], 'indirect'],
  // "at least" before a number or a share; both parts of a hyphenated modifier; a plural possessive with a straight apostrophe
  ['At least half of the pilots said the toll was unfair.', 'said', 'At least half of the pilots', ['the toll was unfair'], 'indirect'],
  ['Right-wing councillors and average citizens said the toll was unfair.', 'said', 'Right-wing councillors and average citizens', ['the toll was unfair'], 'indirect'],
  ["The dockers' union said the toll was unfair.", 'said', "The dockers' union", ['the toll was unfair'], 'indirect'],
  // a way of saying between the subject and the cue is no part of the subject; a place where the speakers were is
  ['The harbor master in a statement said the pier was safe.', 'said', 'The harbor master', ['the pier was safe'], 'indirect'],
  ['Ruiz in a letter to the board argued that the pier was unsafe.', 'argued', 'Ruiz', ['the pier was unsafe'], 'indirect'],
  ['Officials at the hearing said the pier was unsafe.', 'said', 'Officials at the hearing', ['the pier was unsafe'], 'indirect'],
  // and after "and" or "who" it leaves the speaker to the clause
  ['Ruiz toured the pier on Monday and in an interview said the deck was sound.', 'said', 'Ruiz', ['the deck was sound'], 'indirect'],
  ['Ruiz, who in a letter to the board called the plan reckless, will vote no.', 'called', 'Ruiz', ['the plan reckless'], 'indirect'],
  // a date after a source that follows its cue is no part of it
  ['The new pier was praised by the mayor on Monday.', 'was praised', 'the mayor', ['The new pier'], 'indirect'],
  // the agents of a passive, and its subject as what was said where no complement follows (or with an "as" one)
  ['The fare rise was criticized by the pilots and by the mayor.', 'was criticized', 'the pilots … the mayor', ['The fare rise'], 'indirect'],
  // one phrase where no second "by" splits it; "both … and"; an agent after a place, a time or a naming verb's complement
  ['The fare rise was criticized by the pilots and some harbor officials.', 'was criticized', 'the pilots and some harbor officials', ['The fare rise'], 'indirect'],
  ['The levy, endorsed in May by both the pilots and the mayor, passed easily.', 'endorsed', 'both the pilots and the mayor', ['The levy'], 'indirect'],
  ['The fare rise was criticized by harbor pilots, who called it reckless.', 'was criticized', 'harbor pilots', ['The fare rise'], 'indirect'],
  ['The fare rise was described by the mayor as a necessity.', 'was described', 'the mayor', ['The fare rise', 'as a necessity'], 'indirect'],
  ['Ruiz was told by the harbor master that fares would rise.', 'was told', 'the harbor master', ['fares would rise'], 'indirect'],
  ['“The pier is done,” said Ruiz in May.', 'said', 'Ruiz', ['“The pier is done,”'], 'direct'],
  ['“The pier is done,” said the committee on ethics.', 'said', 'the committee on ethics', ['“The pier is done,”'], 'direct'],
  ['The pier is safe, said Ruiz in May.', 'said', 'Ruiz', ['The pier is safe'], 'indirect'],
  ['The pier is safe, said Ruiz during the spring.', 'said', 'Ruiz', ['The pier is safe'], 'indirect'],
  ['“The pier is done,” said Ruiz last week.', 'said', 'Ruiz', ['“The pier is done,”'], 'direct'],
  ['“The pier is done,” said Ruiz Monday.', 'said', 'Ruiz', ['“The pier is done,”'], 'direct'],
  ['A deal was reached, said a union official on Friday, adding that the strike was over.', 'said', 'a union official', ['A deal was reached'], 'indirect'],
  ['“The pier is done,” said the class of 2019 valedictorian.', 'said', 'the class of 2019 valedictorian', ['“The pier is done,”'], 'direct'],
  // a participle in -ing after the subject's noun is the subject's, with its object
  ['A spokesperson for the union representing ferry crews disputed the company\'s account.', 'disputed', 'A spokesperson for the union representing ferry crews', ['the company\'s account'], 'indirect'],
  ['Residents living near the pier said the noise was unbearable.', 'said', 'Residents living near the pier', ['the noise was unbearable'], 'indirect'],
  ['Scientists not involved in the research cautioned that the sample was small.', 'cautioned', 'Scientists not involved in the research', ['the sample was small'], 'indirect'],
  // a restrictive relative clause that ends in its verb group is the subject's
  ['A pilot who asked not to be named warned that the channel was too shallow.', 'warned', 'A pilot who asked not to be named', ['the channel was too shallow'], 'indirect'],
  ['Residents who spoke said the ferry was late.', 'said', 'Residents who spoke', ['the ferry was late'], 'indirect'],
  ['Voters who think the pier is unsafe said they would vote no.', 'said', 'Voters who think the pier is unsafe', ['they would vote no'], 'indirect'],
  // and a cue inside it says no more than the clause holds
  ['Voters who think the pier is unsafe said they would vote no.', 'think', 'Voters', ['the pier is unsafe'], 'indirect'],
  ['Riders who asked for a second pier say the ferry is too crowded.', 'asked', 'Riders', ['a second pier'], 'indirect'],
  // a relative "what" before the subject is not the speaker
  ['The board ignored what residents said about the noise.', 'said', 'residents', ['the noise'], 'indirect'],
  // a hyphen typed for a dash joins no words into the subject
  ['The ferry is back-riders said it was late.', 'said', 'riders', ['it was late'], 'indirect'],
  // a time phrase after "and", "but" or "who" is not the speaker
  ["The pilots' union has long opposed the toll but last week argued that a smaller fee could work.", 'argued', "The pilots' union", ['a smaller fee could work'], 'indirect'],
  ['The ferry board cut the evening service and on Friday promised that a new timetable would follow.', 'promised', 'The ferry board', ['a new timetable would follow'], 'indirect'],
  ['Captain Ines Vidal, who in March praised the new dredger, will retire at the end of the year.', 'praised', 'Captain Ines Vidal', ['the new dredger'], 'indirect'],
  // a share of a group; a restrictive relative clause that holds a cue of its own
  ['In Maine, 85% of the sailors said the pier was safe.', 'said', '85% of the sailors', ['the pier was safe'], 'indirect'],
  ['Riders who asked for a second pier say the first one is unsafe.', 'say', 'Riders who asked for a second pier', ['the first one is unsafe'], 'indirect'],
  // a name after its cue keeps its age, its description and the state of its town
  ['“The pier is old,” said Ryan Lee, 30, a member of the dockers union in Bath.', 'said', 'Ryan Lee, 30, a member of the dockers union in Bath', ['“The pier is old,”'], 'direct'],
  ['“The pier is old,” said Gus Hale, 23, a student from Bath, Maine.', 'said', 'Gus Hale, 23, a student from Bath, Maine', ['“The pier is old,”'], 'direct'],
  ['“The pier is old,” said Ryan Lee, 30, last week.', 'said', 'Ryan Lee, 30', ['“The pier is old,”'], 'direct'],
  // descriptions with a compound the tagger reads as a verb, a naming participle, a participle before its noun, a
  // relative "that" in an indefinite description
  ['“The pier is old,” said Tom Reed, president of the Harbor Policy think tank.', 'said', 'Tom Reed, president of the Harbor Policy think tank', ['“The pier is old,”'], 'direct'],
  ['“The pier is old,” said Tom Reed, organizer of a group called Save the Pier.', 'said', 'Tom Reed, organizer of a group called Save the Pier', ['“The pier is old,”'], 'direct'],
  ['“The pier is old,” said Tom Reed, managing director at Bayside Marine.', 'said', 'Tom Reed, managing director at Bayside Marine', ['“The pier is old,”'], 'direct'],
  ["“The pier is old,” said Tom Reed, director of the pilots' union, a union that has split from the guild.", 'said', "Tom Reed, director of the pilots' union, a union that has split from the guild", ['“The pier is old,”'], 'direct'],
  ['“The pier is old,” said the harbor master, the ferry would resume Monday.', 'said', 'the harbor master', ['“The pier is old,”'], 'direct'],
  // (a description of what was said is no part of the speaker)
  ['“We are broke,” said Ortiz, a claim that could not be checked.', 'said', 'Ortiz', ['“We are broke,”'], 'direct'],
  // the way it was said, with its modifiers, is no part of the speaker
  ['“The pier is old,” said harbor master Ann Ruiz in a telephone interview.', 'said', 'harbor master Ann Ruiz', ['“The pier is old,”'], 'direct'],
  ['“The pier is old,” said Ruiz in her speech.', 'said', 'Ruiz', ['“The pier is old,”'], 'direct'],
  ['The plan was criticized by fishermen on social media.', 'was criticized', 'fishermen', ['The plan'], 'indirect'],
];

// The speaker of a gerund or an infinitive is the clause's subject, unless a verb like "urge" makes its object the speaker.
const CONTROL: Row[] = [
  ['The mayor took to the radio to say the pier was safe.', 'say', 'The mayor', ['the pier was safe'], 'indirect'],
  // a participle after a verb's object: the object speaks, unless the verb puts out what was said or the object is a
  // venue or a time
  ['After months of refusing to comment, the captain admitted the error.', 'refusing', 'the captain', ['to comment'], 'indirect'],
  // a fronted participle's speaker after a quoted phrase, a two-word preposition, an adverb and its comma, a possessive
  ['Citing “the rules of the sea,” the harbor master refused to move the boat.', 'Citing', 'the harbor master', ['“the rules of the sea,”'], 'direct'],
  // (and a quoted phrase inside the clause before is no content of a cue with a complement of its own)
  ['Citing “the rules of the sea,” the harbor master refused to move the boat.', 'refused', 'the harbor master', ['to move the boat'], 'indirect'],
  ['Instead of calling himself a moderate, Mr. Dunn said he would run.', 'calling', 'Mr. Dunn', ['himself a moderate'], 'indirect'],
  ['Now, after claiming that the May vote favored them, his crew wants a recount.', 'claiming', 'his crew', ['the May vote favored them'], 'indirect'],
  ['Many fishermen carried signs opposing the levy.', 'opposing', 'signs', ['the levy'], 'indirect'],
  // a participle after a preposition's object speaks for that object; not after a place
  ['The mayor met with pilots complaining about the fog.', 'complaining', 'pilots', ['the fog'], 'indirect'],
  ['Ruiz leads among those describing themselves as fishermen.', 'describing', 'those', ['themselves as fishermen'], 'indirect'],
  ['The mayor met pilots complaining about the fog.', 'complaining', 'pilots', ['the fog'], 'indirect'],
  // (not after a verb of deciding, punishing or contacting: its subject gives the reason)
  ['The league fined the Hawks citing unsportsmanlike conduct.', 'citing', 'The league', ['unsportsmanlike conduct'], 'indirect'],
  ['The coach phoned players saying practice was canceled.', 'saying', 'The coach', ['practice was canceled'], 'indirect'],
  ['The union sent letters urging members to vote no.', 'urging', 'The union', ['to vote no'], 'indirect'],
  ['Dunn opened a dockside rally blasting the council.', 'blasting', 'Dunn', ['the council'], 'indirect'],
  ['Ruiz spent Thursday discussing the levy.', 'discussing', 'Ruiz', ['the levy'], 'indirect'],
  ['The city council on Monday approved a resolution condemning the levy.', 'condemning', 'The city council', ['the levy'], 'indirect'],
  // so does a document's relative clause after such a verb
  ['The Harbor Guild released a radio ad that accuses the mayor of lying.', 'accuses', 'The Harbor Guild', ['the mayor of lying'], 'indirect'],
  ['The plan drew criticism from a report that said the pier was weak.', 'said', 'a report', ['the pier was weak'], 'indirect'],
  ['Councillor Diaz held a hearing to demand an audit of the harbor fund.', 'demand', 'Councillor Diaz', ['an audit of the harbor fund'], 'indirect'],
  ['The pilots walked down to the slipway to praise the crew.', 'praise', 'The pilots', ['the crew'], 'indirect'],
  ['The union urged members to reject the offer.', 'urged', 'The union', ['to reject the offer'], 'indirect'],
  ['Diaz spent the spring in supporting the ferry levy.', 'supporting', 'Diaz', ['the ferry levy'], 'indirect'],
  // the object of a verb like "lead", "leave", "cause", "drive" speaks, a quantifier too; so does the phrase after "for"
  // or after "pressure on"; not a span of time or a place
  ['The sudden closure led some pilots to speculate that the pier was unsafe.', 'speculate', 'some pilots', ['the pier was unsafe'], 'indirect'],
  ['The long delay has caused many to wonder whether the ferry will run.', 'wonder', 'many', ['whether the ferry will run'], 'indirect'],
  ['The storm gave the mayor an opening for Ruiz to highlight her record.', 'highlight', 'Ruiz', ['her record'], 'indirect'],
  ['The vote will increase the pressure on the mayor to explain the fares.', 'explain', 'the mayor', ['the fares'], 'indirect'],
  ['The skipper took to the radio for an hour to say the crew was safe.', 'say', 'The skipper', ['the crew was safe'], 'indirect'],
  // "for" names who is to act only after a noun of opportunity or need, or an adjective; "send" and "bring" take a purpose
  ['The skipper was at the dock for the launch to praise the crew.', 'praise', 'The skipper', ['the crew'], 'indirect'],
  ['It may be enough for Ruiz and Dunn to agree on the fares.', 'agree', 'Ruiz and Dunn', ['the fares'], 'indirect'],
  ['The union sent a message to say the strike was over.', 'say', 'The union', ['the strike was over'], 'indirect'],
  ['Dunn has been quiet since accusing the harbor board of fraud.', 'accusing', 'Dunn', ['the harbor board of fraud'], 'indirect'],
  ['Ann Ruiz was on hand to praise the crew.', 'praise', 'Ann Ruiz', ['the crew'], 'indirect'],
  // a participle's clause is not one the tagger made up inside an object ("the kitchen sink" read as a clause)
  ['Ruiz hurled the kitchen sink at Dunn in a speech, accusing his crews of sloth.', 'accusing', 'Ruiz', ['his crews of sloth'], 'indirect'],
  // a participle after an intransitive verb and its time
  ['A lawsuit was filed in 2019 challenging the harbor levy.', 'challenging', 'A lawsuit', ['the harbor levy'], 'indirect'],
  // a participle right after an intransitive verb
  ['New letters have surfaced describing the harbor board as reckless.', 'describing', 'New letters', ['the harbor board as reckless'], 'indirect'],
  // a gerund after "whether", or after a preposition that follows an adjective or adverb
  ['Ruiz has offered few ideas aside from stating that the fare is too high.', 'stating', 'Ruiz', ['the fare is too high'], 'indirect'],
  ['The riders are keen on telling the mayor that the fare is too high.', 'telling', 'The riders', ['the fare is too high'], 'indirect'],
  ['The harbor master closed the ramp and started talking about a new dredging plan.', 'talking about', 'The harbor master', ['a new dredging plan'], 'indirect'],
  ['The skipper resisted openly blaming the harbor board.', 'blaming', 'The skipper', ['the harbor board'], 'indirect'],
  // a participle's speaker is the subject of the clause it follows, not of a clause inside it or an earlier one
  ['When the storm passed, the skipper checked the hull, conceding that the mast was cracked.', 'conceding', 'the skipper', ['the mast was cracked'], 'indirect'],
  ['The board published figures that the fund had grown, insisting that the books were sound.', 'insisting', 'The board', ['the books were sound'], 'indirect'],
  // a verb after "and" shares its subject with the verb before, even inside a subordinate clause
  ['After the vote, when Diaz read out the tide tables and accused Okafor of ignoring them, the hall went quiet.', 'accused', 'Diaz', ['Okafor of ignoring them'], 'indirect'],
  ['On Sunday morning the harbor master tried once more to calm the boaters, writing that the pier was safe.', 'writing', 'the harbor master', ['the pier was safe'], 'indirect'],
  ['Lena Ortiz, who chairs the harbor board, spoke at a forum organized by the union, predicting a strike.', 'predicting', 'Lena Ortiz', ['a strike'], 'indirect'],
  // not the subject of a clause that hangs off the object, an adverb's verb, "that" the determiner, a "by" of means
  ['The harbor master toured the dock where the crane fell and said repairs would start soon.', 'said', 'The harbor master', ['repairs would start soon'], 'indirect'],
  ['Okafor loudly criticized the inspectors, who said the pier was sound.', 'said', 'the inspectors', ['the pier was sound'], 'indirect'],
  ['Residents of that village said the ferry was late.', 'said', 'Residents of that village', ['the ferry was late'], 'indirect'],
  ['The marina announced by email that it would close early.', 'announced', 'The marina', ['by email that it would close early'], 'indirect'],
  ['The skipper resigned, having admitted that the log was wrong.', 'admitted', 'The skipper', ['the log was wrong'], 'indirect'],
  ['"The tide is turning," said Ana Lee, the harbor master, a week after the storm.', 'said', 'Ana Lee, the harbor master', ['"The tide is turning,"'], 'direct'],
  ['AFL-CIO organizer Dana Wu said the strike would go on.', 'said', 'AFL-CIO organizer Dana Wu', ['the strike would go on'], 'indirect'],
  // a noun's holder is not the participle's speaker
  ['The inspector read out Lee’s claim that the pier was sinking, saying the survey found no cracks.', 'saying', 'The inspector', ['the survey found no cracks'], 'indirect'],
];

const EVIDENTIAL: Row[] = [
  ['The vote was delayed, according to two people familiar with the talks.', 'according to', 'two people familiar with the talks', ['The vote was delayed'], 'indirect'],
  ['According to the county clerk, turnout reached a record high.', 'According to', 'the county clerk', ['turnout reached a record high'], 'indirect'],
  // the source runs to the phrase's end, whatever the tagger makes of its words
  ['Turnout fell sharply, according to exit polls.', 'according to', 'exit polls', ['Turnout fell sharply'], 'indirect'],
  ['The talks collapsed, according to people familiar with the negotiations.', 'according to', 'people familiar with the negotiations', ['The talks collapsed'], 'indirect'],
  // "That’s according to X.": the pronoun stands for what the sentence before said
  ['Ferry fares rose 8 percent last year. That’s according to figures the harbor board released on Monday.', 'according to', 'figures the harbor board released on Monday', ['That'], 'indirect'],
  ['Ferry fares rose 8 percent. That’s according to Ann Ruiz, who runs the harbor board.', 'according to', 'Ann Ruiz, who runs the harbor board', ['That'], 'indirect'],
  // a spaced hyphen between numbers is a range, no dash
  ['Ridership fell 10 percent, according to 2019 - 2020 port data.', 'according to', '2019 - 2020 port data', ['Ridership fell 10 percent'], 'indirect'],
  // to a dash, not past it: an aside after the dash is no part of the claim, a clause the source interrupted is
  ['The ferry fare will rise 8 percent, according to the Harbor Institute - about a dollar a trip.', 'according to', 'the Harbor Institute', ['The ferry fare will rise 8 percent'], 'indirect'],
  ['Most riders - 63 percent, according to a Harbor Institute survey - still take the ferry.', 'according to', 'a Harbor Institute survey', ['Most riders - 63 percent', 'still take the ferry'], 'indirect'],
  // a poll phrase opening the sentence is a cue of its own, beside the verb cue of the clause it introduces
  ['In a national Harbor Gazette/Metro poll released Monday, most voters said the mayor should resign.', 'In', 'a national Harbor Gazette/Metro poll released Monday', ['most voters said the mayor should resign'], 'indirect'],
  ['In exit polls, voters said the economy was weak.', 'In', 'exit polls', ['voters said the economy was weak'], 'indirect'],
  ['But in the latest county survey, conducted in May, half of renters say rents are too high.', 'in', 'the latest county survey', ['half of renters say rents are too high'], 'indirect'],
  ['Turnout rose by ten points in the new poll.', 'in', 'the new poll', ['Turnout rose by ten points'], 'indirect'],
  // "reportedly": the report's own words, no one named as their source; the content is the clause around the word
  ['The firm has reportedly hired two more pilots for the ferry.', 'has reportedly', null, ['The firm', 'hired two more pilots for the ferry'], 'indirect'],
  ['Ruiz was reportedly on the boat with her sister.', 'was reportedly', null, ['Ruiz', 'on the boat with her sister'], 'indirect'],
  // in a relative clause set off by commas, no further than the clause; before a verb of saying, that verb speaks
  // ("reportedly" is a hedge of its claim)
  ['The ferry, which reportedly cost $4 million, sank in May.', 'reportedly', null, ['The ferry', 'cost $4 million'], 'indirect'],
  ['Harbor officials reportedly said the pier was unsafe.', 'said', 'Harbor officials', ['the pier was unsafe'], 'indirect'],
  ['The governor would reportedly veto the ferry bill.', 'veto', 'The governor', ['the ferry bill'], 'indirect'],
  // at the head of a that-clause it reports what follows, and the clause goes on past it
  ['Ruiz said that, according to the engineers, the bridge would need new cables.', 'according to', 'the engineers', ['the bridge would need new cables'], 'indirect'],
  ['Ruiz said that, according to the engineers, the bridge would need new cables.', 'said', 'Ruiz', ['that, according to the engineers, the bridge would need new cables'], 'indirect'],
  // (not "that" the pronoun, with nothing after the phrase)
  ['The council did exactly that, according to the minutes.', 'according to', 'the minutes', ['The council did exactly that'], 'indirect'],
];

// Agentless passives the learned filter admits: no source; the subject and what follows are the content.
const AGENTLESS_PASSIVE: Row[] = [
  ['The plan was criticized as reckless.', 'was criticized', null, ['The plan', 'as reckless'], 'indirect'],
  ['He was asked about the budget on Monday.', 'was asked', null, ['He', 'about the budget on Monday'], 'indirect'],
  ['The senator has been widely criticized for the vote.', 'criticized', null, ['The senator', 'for the vote'], 'indirect'],
  // negated passives too
  ['The harbor chief is not expected to attend the hearing.', 'is not expected', null, ['The harbor chief', 'to attend the hearing'], 'indirect'],
  ['The price of the pier was not disclosed.', 'was not disclosed', null, ['The price of the pier'], 'indirect'],
  // the agent a few words after the participle is the source; the subject and the words between are the content
  ['The levy is regarded as unfair by most farmers.', 'is regarded', 'most farmers', ['The levy', 'as unfair'], 'indirect'],
  ['The deal was explained to shareholders by the chief executive.', 'was explained', 'the chief executive', ['The deal'], 'indirect'],
  // a participle that is never a finite verb, after a noun, with no auxiliary: a reduced relative; its agent, where it
  // has one, speaks
  ['The crew won three of the races known as the Harbor Cup.', 'known', null, ['three of the races', 'as the Harbor Cup'], 'indirect'],
  ['The levy, widely seen as unfair to small boats, was repealed in May.', 'widely seen', null, ['The levy', 'as unfair to small boats'], 'indirect'],
  ['A ferry captain known to be fond of speed is the new harbor master.', 'known', null, ['A ferry captain', 'to be fond of speed'], 'indirect'],
  ['The council kept a levy seen as unfair by most fishermen.', 'seen', 'most fishermen', ['a levy', 'as unfair'], 'indirect'],
];

// Multi-word cues from data/cues.json entries observed in news text.
const PHRASES: Row[] = [
  // a verb in -s the tagger reads as a plural noun after a name (annotate's mend) keeps its particle
  ['Dunn points out the flaw in the plan.', 'points out', 'Dunn', ['the flaw in the plan'], 'indirect'],
  ['Critics point to the cost of the new pier.', 'point to', 'Critics', ['the cost of the new pier'], 'indirect'],
  ['Four in 10 say they would ride the ferry more often.', 'say', 'Four in 10', ['they would ride the ferry more often'], 'indirect'],
  // what one responds to is the content; an addressee before a that-clause stays one
  ['Renner never responded to our request for an interview.', 'never responded', 'Renner', ['our request for an interview'], 'indirect'],
  ['Ruiz replied to reporters that the pier was safe.', 'replied', 'Ruiz', ['the pier was safe'], 'indirect'],
  // a participle that opens its clause, with its agent: the agent asked
  ['When asked by a reporter whether the pier was safe, Ruiz said yes.', 'asked', 'a reporter', ['whether the pier was safe'], 'indirect'],
  ['“Absolutely,” the skipper replied, when asked by a harbor clerk if the pier was safe.', 'asked', 'a harbor clerk', ['if the pier was safe'], 'indirect'],
  ['Asked by the host if the ferry would run, Ruiz shook her head.', 'Asked', 'the host', ['if the ferry would run'], 'indirect'],
  // the subject of "was quoted as saying" is the speaker
  ['Carver was quoted as saying that the trams were safe.', 'was quoted as saying', 'Carver', ['the trams were safe'], 'indirect'],
  ['“Our trams are safe,” Carver was quoted as saying.', 'was quoted as saying', 'Carver', ['“Our trams are safe,”'], 'direct'],
  ['Carver was quoted in the Times as saying the trams were safe.', 'was quoted in the Times as saying', 'Carver', ['the trams were safe'], 'indirect'],
  ['Carver was quoted in The New York Times as saying the trams were safe.', 'was quoted in The New York Times as saying', 'Carver', ['the trams were safe'], 'indirect'],
  ['The governor took aim at the unions on Friday.', 'took aim at', 'The governor', ['the unions on Friday'], 'indirect'],
  ['The senator made the case for a higher minimum wage.', 'made the case', 'The senator', ['a higher minimum wage'], 'indirect'],
  ['The union has come out against the merger.', 'has come out against', 'The union', ['the merger'], 'indirect'],
  // "shot" read as a noun: the word form is in the pattern
  ['"The tax is a disgrace," Mayor Cole shot back on Monday.', 'shot back', 'Mayor Cole', ['"The tax is a disgrace,"'], 'direct'],
  ['The mayor played down the risk of a strike.', 'played down', 'The mayor', ['the risk of a strike'], 'indirect'],
  ['The governor has made no secret of her plans to run again.', 'has made no secret of', 'The governor', ['her plans to run again'], 'indirect'],
];

const BELIEF_INTENTION: Row[] = [
  ['Most economists believe the recession is over.', 'believe', 'Most economists', ['the recession is over'], 'indirect'],
  ['The governor plans to sign the bill on Friday.', 'plans', 'The governor', ['to sign the bill on Friday'], 'indirect'],
  ['Local farmers want the state to build a new dam.', 'want', 'Local farmers', ['the state to build a new dam'], 'indirect'],
  ['The agency expects prices to fall in the spring.', 'expects', 'The agency', ['prices to fall in the spring'], 'indirect'],
  ['A poll shows that the race is tied.', 'shows', 'A poll', ['the race is tied'], 'indirect'],
  // the ordinary senses still read, beside the senses data/cues.json rules out with "unless"
  ['Officials know the dam is weak.', 'know', 'Officials', ['the dam is weak'], 'indirect'],
  ['Engineers saw that the bridge was cracking.', 'saw', 'Engineers', ['the bridge was cracking'], 'indirect'],
  ['The council seeks to raise the tax by two percent.', 'seeks', 'The council', ['to raise the tax by two percent'], 'indirect'],
  // preposition "like" is no cue, so the verb inside its clause is
  ['Just like the mayor promised, the road reopened in May.', 'promised', 'the mayor', ['the road reopened in May'], 'indirect'],
  // a verb of feeling in the passive: its subject feels it, and what they feel about is the content
  ['The islanders are worried that the quota will fall.', 'are worried', 'The islanders', ['the quota will fall'], 'indirect'],
  ['The crews have been concerned that the pier is unsafe.', 'have been concerned', 'The crews', ['the pier is unsafe'], 'indirect'],
  ['The captain was not convinced the storm would pass.', 'was not convinced', 'The captain', ['the storm would pass'], 'indirect'],
  ['Harbor bosses are apparently so worried that the pier will close.', 'worried', 'Harbor bosses', ['the pier will close'], 'indirect'],
  // an active verb of feeling with an object: the object feels it, the subject is what it is about; not before a clause
  ['The new ferry schedule angered many commuters.', 'angered', 'many commuters', ['The new ferry schedule'], 'indirect'],
  ["The mayor's remark worried some harbor pilots, who wrote to the board.", 'worried', 'some harbor pilots, who wrote to the board', ["The mayor's remark"], 'indirect'],
  ['Dunn worries the pier will collapse.', 'worries', 'Dunn', ['the pier will collapse'], 'indirect'],
  ['Teachers worry students lack books.', 'worry', 'Teachers', ['students lack books'], 'indirect'],
  ['The pilots are focused on the new levy.', 'are focused', 'The pilots', ['the new levy'], 'indirect'],
  ['The policy has angered fishermen for years.', 'has angered', 'fishermen', ['The policy'], 'indirect'],
  ['Ruiz angered the pilots by calling the pier unsafe.', 'calling', 'Ruiz', ['the pier unsafe'], 'indirect'],
  ['The remark worried some pilots and deckhands, who wrote to the board.', 'worried', 'some pilots and deckhands, who wrote to the board', ['The remark'], 'indirect'],
  // other verbs' passives keep no source, and a speech act's "by" names its speaker
  ['It is feared that the bridge will close.', 'is feared', null, ['the bridge will close'], 'indirect'],
  ['The board was persuaded by engineers that the pier was unsafe.', 'was persuaded', 'engineers', ['the pier was unsafe'], 'indirect'],
  // "said" with only a noun phrase after it: its speaker is there, not the clause's subject before it
  ['Residents are worried the pier will close, said the harbor master.', 'said', 'the harbor master', ['Residents are worried the pier will close'], 'indirect'],
  // "seem to" or "appear to" before a verb of saying or thinking: the subject did it, hedged; the cue runs to that verb
  ['The ferry captain seemed to blame the harbor pilots for the delay.', 'seemed to blame', 'The ferry captain', ['the harbor pilots for the delay'], 'indirect'],
  ['Ruiz appeared to suggest that the fares would rise.', 'appeared to suggest', 'Ruiz', ['the fares would rise'], 'indirect'],
  ['The dock workers seem to believe the strike will end soon.', 'seem to believe', 'The dock workers', ['the strike will end soon'], 'indirect'],
  // (only where the subject can speak, a person, a body or a document; and with the auxiliaries and negation)
  ['The clouds seemed to promise rain.', 'seemed', null, ['The clouds', 'to promise rain'], 'indirect'],
  ['Ruiz did not appear to know the rules.', 'did not appear to know', 'Ruiz', ['the rules'], 'indirect'],
  // an expletive "it" names no one; a referential one stays
  ['In May it looked as if the ferry would stop.', 'looked as if', null, ['the ferry would stop'], 'indirect'],
  ['It seems to me that the ferry is always late.', 'seems', null, ['the ferry is always late'], 'indirect'],
  ['It is hard not to doubt that the new pier is safe.', 'doubt', null, ['the new pier is safe'], 'indirect'],
  ['The report was clear: it recommends closing the pier.', 'recommends', 'it', ['closing the pier'], 'indirect'],
  // other verbs after it stay a perception with no source
  ['The old pier seemed to sag under the weight of the crowd.', 'seemed', null, ['The old pier', 'to sag under the weight of the crowd'], 'indirect'],
];

const NOUNS: Row[] = [
  // a noun cue the tagger read for the verb it is, right after a subject it agrees with
  ['Some Democrats doubt that the ferry will run on time.', 'doubt', 'Some Democrats', ['the ferry will run on time'], 'indirect'],
  ['The union, a group of dockworkers, plans to strike in May.', 'plans', 'The union, a group of dockworkers', ['to strike in May'], 'indirect'],
  ["The mayor's claim that crime had fallen was disputed by the police.", 'claim', 'The mayor', ['crime had fallen'], 'indirect'],
  ['His warning that the dam could fail went unheeded.', 'warning', 'His', ['the dam could fail'], 'indirect'],
  // and a complement with no clause of its own ends before the sentence's verb
  ["The mayor's call for a second pier was rejected.", 'call', 'The mayor', ['a second pier'], 'indirect'],
  ['Her promise to cut fares was welcomed by riders.', 'promise', 'Her', ['to cut fares'], 'indirect'],
  ['His promise to build a pier and widen the channel was broken.', 'promise', 'His', ['to build a pier and widen the channel'], 'indirect'],
  // a light verb's subject holds its object; after a verb of receiving, the "of" phrase does
  ['The harbor chief issued two brief statements about the pier.', 'statements', 'The harbor chief', ['the pier'], 'indirect'],
  ['Most skippers hold strong opinions about the new mooring fees.', 'opinions', 'Most skippers', ['the new mooring fees'], 'indirect'],
  ['The ferry crews have stepped up their criticism of the night shifts.', 'criticism', 'The ferry crews', ['the night shifts'], 'indirect'],
  ['The pilots voiced sharp criticism of the dredging contract.', 'criticism', 'The pilots', ['the dredging contract'], 'indirect'],
  // a verb of its own before a noun cue is no light verb: it keeps its cue and its subject
  ['The mayor downplayed concerns that the pier would flood.', 'downplayed', 'The mayor', ['concerns that the pier would flood'], 'indirect'],
  ['The skipper is keeping up his criticism of the night shifts.', 'criticism', 'The skipper', ['the night shifts'], 'indirect'],
  ['Ann Ruiz has toned down her criticism of the ferry levy.', 'criticism', 'Ann Ruiz', ['the ferry levy'], 'indirect'],
  // an object relative between commas: what it is about is the noun phrase before it
  ['The harbor plan, which riders oppose, was approved.', 'oppose', 'riders', ['The harbor plan'], 'indirect'],
  // "have" and "leave" as light verbs; not an expletive "there"
  ['The old skipper had no doubts about the new pier.', 'doubts', 'The old skipper', ['the new pier'], 'indirect'],
  ['Ann Ruiz left no doubt that she would run for mayor.', 'doubt', 'Ann Ruiz', ['she would run for mayor'], 'indirect'],
  ['There have been calls for a second ferry pier.', 'have been calls for', null, ['a second ferry pier'], 'indirect'],
  // a verb the tagger read as a noun: a coordinated predicate, a plural subject's verb before a that-clause
  ['The co-op sold its old trawler, but plans to buy a larger one.', 'plans', 'The co-op', ['to buy a larger one'], 'indirect'],
  ['Skippers charge that the port overbilled them.', 'charge', 'Skippers', ['the port overbilled them'], 'indirect'],
  // and a reporting clause after its claim, at the sentence's end
  ['The actual number is closer to 2,600, port figures show.', 'show', 'port figures', ['The actual number is closer to 2,600'], 'indirect'],
  ['Fares rose by a third, federal data show.', 'show', 'federal data', ['Fares rose by a third'], 'indirect'],
  // after ", and" a noun stays a noun: no speaker
  ['The harbor master resigned, and claims that he took bribes were never proven.', 'claims', null, ['he took bribes were never proven'], 'indirect'],
];

const HEADLINES: Row[] = [
  ['Mayor: City Will Not Raise Taxes\n\nThe mayor spoke on Monday.', ':', 'Mayor', ['City Will Not Raise Taxes'], 'indirect'],
  // title case hides the verb from the tagger; a quote or a question is speech enough
  ['Governor Ellis: Budget Deal Falls Short Of Promises\n\nThe vote is on Friday.', ':', 'Governor Ellis', ['Budget Deal Falls Short Of Promises'], 'indirect'],
  ['Senator Hale: “No Deal” on the Dam\n\nThe vote is on Friday.', ':', 'Senator Hale', ['“No Deal” on the Dam'], 'mixed'],
  // a speaker whose label-like first word is no label, a transcript answer in one word, a headline opening with "No"
  ['Credit Union: Rates Will Rise Next Year\n\nThe vote is on Friday.', ':', 'Credit Union', ['Rates Will Rise Next Year'], 'indirect'],
  ['SMITH: Absolutely.\nJONES: Thank you.', ':', 'SMITH', ['Absolutely'], 'indirect'],
  ['Mayor: No new taxes this year\n\nThe vote is on Friday.', ':', 'Mayor', ['No new taxes this year'], 'indirect'],
  // three names or more in a title-case headline are no list where a verb follows them, nor common nouns; an
  // anonymised speaker's letter is no interview label
  ['Ruiz: Pike, Dunn And Hale Are Wrong\n\nThe vote is on Friday.', ':', 'Ruiz', ['Pike, Dunn And Hale Are Wrong'], 'indirect'],
  ['Ruiz: Pike, Dunn And Hale Lied\n\nThe vote is on Friday.', ':', 'Ruiz', ['Pike, Dunn And Hale Lied'], 'indirect'],
  ['Mayor: Fares, Fees And Tolls Go Up\n\nThe vote is on Friday.', ':', 'Mayor', ['Fares, Fees And Tolls Go Up'], 'indirect'],
  ['Witness A: I saw him leave the pier before midnight.', ':', 'Witness A', ['I saw him leave the pier before midnight'], 'indirect'],
  // speakers the tagger reads as a verb or a noun ("Lynch", "Cook", "TRUMP"), a capital for its government, a body
  // whose name ends in a kicker word
  ['Lynch: No Outside Pressure On The Harbor Probe\n\nThe vote is on Friday.', ':', 'Lynch', ['No Outside Pressure On The Harbor Probe'], 'indirect'],
  ['Cook: We will appeal the ruling on the pier.', ':', 'Cook', ['We will appeal the ruling on the pier'], 'indirect'],
  ['The debate opened with Mayor Ann Trump.\n\nTRUMP: The ferry will run all winter.', ':', 'TRUMP', ['The ferry will run all winter'], 'indirect'],
  ['Beijing: We will respond firmly to the tariffs.', ':', 'Beijing', ['We will respond firmly to the tariffs'], 'indirect'],
  // a party and state in brackets, a hyphenated name
  ['The hearing went on.\n\nRep. Ida Moss (D-Ore.): “We will not vote for this bill.”', ':', 'Rep. Ida Moss (D-Ore.)', ['“We will not vote for this bill.”'], 'direct'],
  ['Okonkwo-Adeyemi: We will appeal the ruling on the pier.', ':', 'Okonkwo-Adeyemi', ['We will appeal the ruling on the pier'], 'indirect'],
  ['Ruiz (R–Texas): The bill will not pass this year.', ':', 'Ruiz (R–Texas)', ['The bill will not pass this year'], 'indirect'],
  ['Harbor Watch: The Pier Is Unsafe\n\nThe vote is on Friday.', ':', 'Harbor Watch', ['The Pier Is Unsafe'], 'indirect'],
  // a title-case headline's verb, which the tagger reads as a name until the line is read again in lower case
  ['Senator Ann Ruiz Slams New Harbor Plan.\n\nThe vote is on Friday.', 'Slams', 'Senator Ann Ruiz', ['New Harbor Plan'], 'indirect'],
  ['Harbor Board Claims Ferry Fund Was Misused.\n\nThe vote is on Friday.', 'Claims', 'Harbor Board', ['Ferry Fund Was Misused'], 'indirect'],
];

// Cues the learned filter admits where no hand-written frame reads the sentence: the subject (or a
// possessive holder) is the source and the rest of the clause the content; in a passive the by-phrase
// is the source and the subject the content. Verbs the tagger reads as nouns ("surveys show") count as verbs.
const ADMITTED_WITHOUT_FRAME: Row[] = [
  ['Two new surveys show the senator trailing badly.', 'show', 'Two new surveys', ['the senator trailing badly'], 'indirect'],
  ['The almanac lists the mayor as a founding member.', 'lists', 'The almanac', ['the mayor as a founding member'], 'indirect'],
  ["The county's assertion Monday that the landfill was safe drew protests.", 'assertion', 'The county', ['the landfill was safe'], 'indirect'],
  ['The memo was first reported by The Harbor Gazette.', 'reported', 'The Harbor Gazette', ['The memo'], 'indirect'],
  ['The port is a project that the mayor hopes will revive the harbor.', 'hopes', 'the mayor', ['a project', 'will revive the harbor'], 'indirect'],
  ['The mayor tweeted:\nThe tax is a disgrace.', 'tweeted', 'The mayor', ['The tax is a disgrace'], 'indirect'],
  ['The audit, which notes, "Most of the grants went to friends," was published Friday.', 'notes', 'The audit', ['"Most of the grants went to friends,"'], 'direct'],
  // an object relative without "that": the noun phrase before its subject is the content
  ['She painted the hall in the bright colors she prefers.', 'prefers', 'she', ['the bright colors'], 'indirect'],
];

// Where a content that runs on from its cue ends (the content-end ranker, data/models/content-end-model.json):
// past a comma or conjunction that continues what was said, not before a participle or clause of the writer's.
const CONTENT_END: Row[] = [
  // (examples the committed ranker decides by a clear margin, so that a retraining does not flip them)
  ['The union argued that drivers should be paid more, but not managers who earn bonuses.', 'argued', 'The union', ['drivers should be paid more, but not managers who earn bonuses'], 'indirect'],
  ['The county survey found that 52% of renters favor the levy, and 40% of owners oppose it.', 'found', 'The county survey', ['52% of renters favor the levy, and 40% of owners oppose it'], 'indirect'],
  ['Ruiz said the plan was sound, though critics disagreed.', 'said', 'Ruiz', ['the plan was sound'], 'indirect'],
  ['The harbor master said the ferry was late, and the buses were full.', 'said', 'The harbor master', ['the ferry was late'], 'indirect'],
  // never over another attribution's cue
  ['The report found that crime fell, but police warned that the trend might not last.', 'found', 'The report', ['crime fell'], 'indirect'],
  // a phrase fronted in the that-clause does not end it at its comma
  ['The clerk said that next week, the office would reopen.', 'said', 'The clerk', ['next week, the office would reopen'], 'indirect'],
  ['Industry groups have warned that without the bill, the ports will fall behind.', 'have warned', 'Industry groups', ['without the bill, the ports will fall behind'], 'indirect'],
  // nor between the content's subject and its verb, around an apposition
  ['The company said its latest offer, a 4 per cent rise, was fair and affordable.', 'said', 'The company', ['its latest offer, a 4 per cent rise, was fair and affordable'], 'indirect'],
  // nor over the speaker's second cue after "but"
  ['Lam said the authority takes the concerns seriously but noted that clam numbers have varied.', 'said', 'Lam', ['the authority takes the concerns seriously'], 'indirect'],
  // (not where the second verb has only an object to the clause's end: it is the reported subject's)
  ['Lee said the board discussed the layoffs but announced nothing.', 'said', 'Lee', ['the board discussed the layoffs but announced nothing'], 'indirect'],
  ['Ruiz said the pier was safe but said repairs were needed.', 'said', 'Ruiz', ['the pier was safe'], 'indirect'],
  ['Ruiz said the pier was safe but declined to give details.', 'said', 'Ruiz', ['the pier was safe'], 'indirect'],
  // a cue in a relative clause set off by commas: the clause's closing comma ends its content
  ['Officials defended the levy, which critics argue is unfair, at the meeting on Monday.', 'argue', 'critics', ['is unfair'], 'indirect'],
  ['The report, which the council says is independent, found that residents want more buses.', 'says', 'the council', ['is independent'], 'indirect'],
  ['The report, which the council says is independent, found that residents want more buses.', 'found', 'The report', ['residents want more buses'], 'indirect'],
  // (not at a list's comma)
  ['The levy, which critics argue is costly, slow and unfair, will pass.', 'argue', 'critics', ['is costly, slow and unfair'], 'indirect'],
];

// Verbs and nouns of speaking, judging and thinking that the reporting-verb lists leave out (data/cues.json): each a
// cue of its own entry, whether or not PolNeAR's train holds it.
const MORE_CUES: Row[] = [
  ['Ruiz exclaimed that the vote was rigged.', 'exclaimed', 'Ruiz', ['the vote was rigged'], 'indirect'],
  ['Officials reaffirmed that the pier would open in May.', 'reaffirmed', 'Officials', ['the pier would open in May'], 'indirect'],
  ['The captain opined that the channel was too shallow.', 'opined', 'The captain', ['the channel was too shallow'], 'indirect'],
  ['Ruiz marveled that the pier had survived.', 'marveled', 'Ruiz', ['the pier had survived'], 'indirect'],
  // an addressee before the content is left out of it
  ['Skippers persuaded the board to delay the vote.', 'persuaded', 'Skippers', ['to delay the vote'], 'indirect'],
  ['The harbor master ruled out a second pier.', 'ruled out', 'The harbor master', ['a second pier'], 'indirect'],
  ['Several pilots singled out the dredging contract.', 'singled out', 'Several pilots', ['the dredging contract'], 'indirect'],
  ["The union's complaint that the levy was unfair went unanswered.", 'complaint', 'The union', ['the levy was unfair'], 'indirect'],
  ["The mayor's accusation that the council lied drew jeers.", 'accusation', 'The mayor', ['the council lied'], 'indirect'],
  ["The council's forecast that fares would rise proved wrong.", 'forecast', 'The council', ['fares would rise'], 'indirect'],
  ['Her proposal to cut fares drew support.', 'proposal', 'Her', ['to cut fares'], 'indirect'],
  ['Their objection that the channel was too shallow was noted.', 'objection', 'Their', ['the channel was too shallow'], 'indirect'],
  ['The rumor that the mayor would resign was false.', 'rumor', null, ['the mayor would resign'], 'indirect'],
  ['Several council members chimed in that the budget was short.', 'chimed in', 'Several council members', ['the budget was short'], 'indirect'],
  // a verb of manner of speaking speaks only with a quote
  ['“Move the boats!” the harbor master bellowed.', 'bellowed', 'the harbor master', ['“Move the boats!”'], 'direct'],
  // a phrasal verb that would take in the report after it is no entry: the report keeps its own cue and speaker
  ['Two more women have come forward to say the coach abused them.', 'say', 'Two more women', ['the coach abused them'], 'indirect'],
  ['Mendez hit out at critics who said the plan was unaffordable.', 'said', 'critics', ['the plan was unaffordable'], 'indirect'],
];
// the entry each of them is read with, by its cue
const MORE_CUE_IDS: Record<string, string> = {
  exclaimed: 'speech-exclaim', reaffirmed: 'speech-reaffirm', opined: 'speech-opine', marveled: 'speech-marvel', persuaded: 'speech-persuade',
  'ruled out': 'speech-rule-out', 'singled out': 'speech-single-out', complaint: 'speech-noun-complaint', accusation: 'speech-noun-accusation',
  forecast: 'speech-noun-forecast', proposal: 'speech-noun-proposal', objection: 'speech-noun-objection', rumor: 'speech-noun-rumor',
  'chimed in': 'speech-chime', bellowed: 'speech-bellow', say: 'speech-say', said: 'speech-say',
};
// other senses of such words: no claim
const MORE_CUES_NOT: string[] = [
  'The church bells chimed at noon.',
  'The wounded sailor moaned in pain.',
  'He smeared butter on the toast.',
  'Please verify your email address.',
  'I beg to differ.',
];

// A short quote that is not a title keeps its speaker: scare quotes are no programme names.
const SCARE_QUOTES: [text: string, cue: string, source: string][] = [
  ['It is a “very good deal,” Ruiz said.', 'said', 'Ruiz'],
  ['The ruling was a “disgrace,” said the mayor.', 'said', 'the mayor'],
];

function check(rows: Row[]) {
  for (const [text, cue, source, content, quote] of rows) {
    it(`${cue} in: ${text.replace(/\n/g, ' ').slice(0, 70)}`, () => {
      const got = run(text).find((a) => a.cue === cue);
      expect(got, JSON.stringify(run(text))).toBeDefined();
      expect(got!.source).toBe(source);
      expect(got!.content).toEqual(content);
      if (quote) expect(got!.quote).toBe(quote);
    });
  }
}

describe('direct quotes', () => check(DIRECT));
describe('indirect speech', () => check(INDIRECT));
describe('evidentials', () => {
  check(EVIDENTIAL);
  it('"reportedly" before a verb of saying makes no claim of its own', () => {
    expect(run('Harbor officials reportedly said the pier was unsafe.').map((a) => a.cue)).toEqual(['said']);
  });
  // a question, a phrase set off by commas, a noun phrase, an adjective with no verb: "reportedly" is a hedge there
  it.each([
    'Did the mayor reportedly resign?',
    'The suspect, reportedly a former deckhand, fled the pier.',
    'The reportedly stolen boat drifted into the harbor.',
    'Ruiz left the meeting reportedly furious.',
  ])('"reportedly" makes no claim in: %s', (text) => {
    expect(run(text).filter((a) => /reportedly/.test(a.cue))).toEqual([]);
  });
});
describe('speakers of gerunds and infinitives', () => check(CONTROL));
describe('beliefs, intentions, perception', () => check(BELIEF_INTENTION));
describe('noun cues', () => check(NOUNS));
describe('more verbs and nouns of speaking and thinking', () => {
  check(MORE_CUES);
  it.each(MORE_CUES.map(([text, cue]) => [cue, MORE_CUE_IDS[cue], text] as const))('%s is read with %s', (cue, id, text) => {
    expect(id).toBeDefined();
    const doc = annotate(text);
    const a = findAttributions(doc).find((x) => x.cue.spans.map(([s, e]) => text.slice(s, e)).join(' … ') === cue);
    expect(a?.cue.cueId).toBe(id);
  });
  it.each(MORE_CUES_NOT)('no claim in: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});
describe('headlines', () => check(HEADLINES));
describe('agentless passives', () => check(AGENTLESS_PASSIVE));
describe('multi-word cues', () => check(PHRASES));
describe('admitted cues without a frame', () => check(ADMITTED_WITHOUT_FRAME));
describe('where a content ends', () => check(CONTENT_END));
describe('scare quotes', () => {
  for (const [text, cue, source] of SCARE_QUOTES) it(`${cue} by ${source} in: ${text}`, () => expect(run(text).find((a) => a.cue === cue)?.source).toBe(source));
});

describe('not attributions', () => {
  const NONE: string[] = [
    'The committee met regarding the new budget.',
    'The bridge, which opened in 1990, carries 40,000 cars a day.',
    'The bridge was painted on Monday.',
    // a verb after an impersonal "it" and an adjective with "to" speaks for nobody
    'It is hard to say when the bridge will open.',
    "It's too early to tell whether the plan will work.",
    'It is still too soon to say whether the levy will pass.',
    // "continued to" takes speech verbs only; standings in the polls are no poll finding; a perception in the passive
    'The company continued to push into new markets.',
    'The senator rose in the polls after the debate.',
    'The painting was seen by thousands of visitors.',
    // "back" as an adverb
    'The ferry came back the next day.',
    'The crew fought back the flames.',
    'Officials set the clock back an hour on Sunday.',
    'Dunn was back a year later.',
    // "as" for "while"; a noun cue whose holder follows it after a verb that does not receive it
    'Reporters laughed, as Dunn joked.',
    'The hearing featured criticism from pilots.',
    // a colon after a page label, or before a bare name, number or list, gives no speaker and no claim
    "Editor's note: An earlier version misstated the budget.",
    'UPDATE: The road has reopened to traffic.',
    'For instance: The bridge carries 40,000 cars a day.',
    'Contributing: Jane Roe and Tom Pike.',
    'Ellis: 46.\nHale: 41.',
    // an interview's turns and a form's fields: "Q:" and "A:" mark who asks and who answers, not who speaks
    'Q: Have you talked to the mayor?\nA: Not since the vote on the pier.',
    // a list of names after a colon, some of them read as verbs ("Will", "Grant", "Manning")
    'Ohio: Ann Ruiz-Pike, J. Dunn, Will Hale, Grant Young and Kathleen Manning.',
    // a surname the tagger reads as an auxiliary, a verb or a noun after a first name ("George Will", "Tom Cross")
    'Speakers: Ann Ruiz, George Will, Grant Young and Kathleen Manning.',
    'Winners: Ann Lynch, Tom Cross and Dale Church.',
    'Name: Ann Ruiz.\nAge: 27.\nEmail: Send your questions to the harbor desk.',
    // a kicker or a topic lead-in before a colon names nobody who speaks (data/cues.json labels, soleLabels)
    'LOOK: Crowds Line The Pier For The New Ferry',
    'WATCH: The New Ferry Leaves The Pier',
    'Fact-Check: The mayor misstated the harbor budget.',
    'Analysis: The ferry plan is doomed.',
    // a bracket that holds no party: a page label, a news agency's dateline
    'Ferry strike (UPDATE): Talks resume on Monday.',
    'WASHINGTON (AP): Heavy rain flooded the harbor on Monday.',
    'The upshot: the ferry will not run in winter.',
    // an aside in brackets that is no party and state
    'Mayor (pictured): Taxes will not rise this year',
    // a question asks whose word it is; "according to plan" says it went as planned
    'Ferry fares rose 8 percent. That’s according to whom?',
    'The new ferry sailed on Monday. Everything is going according to plan.',
    // manner of speaking without anything said; walking back to a place
    'Sirens screamed through the night.',
    'The protesters walked back to the square after the rally.',
    'The indicators continued to point toward a slowdown.',
    // another sense of a cue word (data/cues.json "unless"): naming, cancelling, recalling and phoning "call";
    // a compound "roll call"; the parenthetical and the noun "say" and its idioms; a byline and the adjective
    // "reported"; "believe me"; the reflexive "found himself" and "finds its way"
    'A new group called River Watch formed in May.',
    'A film called “The Dam” opened on Friday.',
    'The group called Clean Harbor held a rally in May.',
    'The firm called off the merger after the vote.',
    'The old mill called to mind a quieter era.',
    'The council received dozens of phone calls about the noise.',
    'The roll call for the new members lasted an hour.',
    'The plan costs more than, say, a new school.',
    'Tenants will have their say about the rent rules.',
    'That is easier said than done.',
    'Suffice it to say, the bridge is late.',
    'Lee reported from Denver, and Cole from Boston.',
    'The number of reported cases rose in May.',
    'Believe me, it was hard.',
    'The mayor found himself in a difficult spot.',
    'The river finds its way to the sea.',
    // other senses of lexicon verbs (the "unless" rules of data/cues.json): discourse "you see", "see fit",
    // the noun "talk show", advice "may want to", running for office, "time will tell", "all told",
    // "tell the difference", adjective "telling", "ask yourself", preposition "like", "as we know it", adjective "known"
    'Voters, you see, care most about the price of gas.',
    'Residents may spend the money as they see fit.',
    'The senator appeared on talk shows that reach millions of viewers.',
    'Shoppers may want to compare prices before the holiday.',
    'Three county commissioners are seeking reelection in November.',
    "The former mayor is seeking the party's nomination for governor.",
    'Only time will tell whether the new bridge pays for itself.',
    'All told, the county spent $4 million on the repairs.',
    'Most voters cannot tell the difference between the two plans.',
    'The most telling sign is that the mayor skipped the vote.',
    'Ask yourself whether the bridge is worth the toll.',
    'The budget is not like the one passed last year.',
    'The town as we know it was built by the railroad.',
    'There were no known witnesses to the crash.',
  ];
  for (const text of NONE) it(text, () => expect(run(text)).toEqual([]));

  // sentences the rules for other senses must leave alone (written for this test)
  const KEPT: [string, string][] = [
    ['A conservative group called the mayor\'s plan a disaster.', 'called'],
    ['A rival campaign called Smith a liar.', 'called'],
    ['The group called the ruling a setback.', 'called'],
    ["It's reported that the mayor will resign.", "'s reported"],
    ['The county in 2020 reported that cases had doubled.', 'reported'],
    ["It's believed the fire started in the kitchen.", "'s believed"],
    ['The recording captured her saying the deal was dead.', 'saying'],
    ['Many more told reporters that they heard shots.', 'told'],
    ['The mayor left early, as he knew the bridge would close.', 'knew'],
    ['The survey shows up to a third of renters cannot pay.', 'shows'],
    ['Auditors found their way of counting was flawed.', 'found'],
    ['The senator walked back his remarks on Tuesday.', 'walked back'],
  ];
  for (const [text, cue] of KEPT) it(`keeps "${cue}" in: ${text}`, () => expect(run(text).map((a) => a.cue)).toContain(cue));

  // an anonymous source's request claims nothing
  // an apposition ending in a noun a reporting verb shares is no reporting clause
  for (const text of ['The festival ends Sunday with its main event, a fireworks show.', 'The data came from one source, a 2019 government report.']) {
    it(`reads no cue in: ${text}`, () => expect(run(text)).toEqual([]));
  }

  const ANONYMITY: [string, string][] = [
    ['A pilot who asked not to be named warned that the channel was too shallow.', 'warned'],
    ['A pilot, who asked that he not be identified, said the channel was too shallow.', 'said'],
    ['An aide who asked for anonymity said the vote would fail.', 'said'],
  ];
  for (const [text, cue] of ANONYMITY) it(`reads no request in: ${text}`, () => expect(run(text).map((a) => a.cue)).toEqual([cue]));

  it('gives "When asked by reporters," with nothing asked no content from the main clause', () => {
    const asked = run('When asked by reporters, the mayor declined to comment.').find((a) => a.cue === 'asked');
    expect(asked?.source ?? null).toBeNull();
    expect(asked?.content ?? []).not.toContain('the mayor declined to comment');
  });

  it('reads an article after a common noun as the start of a new subject: "the figure | the mayor cited"', () => {
    // (the content, "the figure", is not found yet: the ledger gives what follows the cue)
    const got = run('The pier will cost double the figure the mayor cited when she announced it.').find((a) => a.cue === 'cited');
    expect(got?.source).toBe('the mayor');
    expect(run('Only half a dozen pilots said the channel was safe.')[0]?.source).toBe('Only half a dozen pilots');
  });

  it.each([
    // a list with a serial comma that opens the sentence; not ", and" between clauses
    ['Ruiz, Dunn, and Lee said the fare was too high.', 'said', 'Ruiz, Dunn, and Lee'],
    ['The ferry sailed late on Monday, and the pilots said the fog was thick.', 'said', 'the pilots'],
    // two restrictive relative clauses joined by "and who"
    ['A skipper who fished off the pier and who would not give her name said the tide was high.', 'said', 'A skipper who fished off the pier and who would not give her name'],
    // "most" before an adjective cue after "is" is a degree, not the subject
    ['Of all his work, the skipper is most proud of the new pier.', 'proud', 'the skipper'],
    // "none of whom" is a relative clause too: the main verb keeps its subject
    ['The pilots, none of whom opposed the deal, criticized the mayor.', 'criticized', 'The pilots'],
    // a first name decides the gender past a title or a place, not a possessor's name
    ['Senator Mary Dunn kept up his criticism of the levy.', 'criticism', 'his'],
    // "for X to" after a verb of asking or lobbying
    ['The union lobbied for the council to condemn the levy.', 'condemn', 'the council'],
    // an aside between commas inside the aux chain
    ['Harbor officials have, in fact, praised the pilots for their help.', 'praised', 'Harbor officials'],
    ['A new poll of riders has, however, revealed that the fare is too high.', 'revealed', 'A new poll of riders'],
    // a quantity of time is no subject
    ['The mayor many times said the ferry was safe.', 'said', 'The mayor many times'],
    // a possessive pronoun stands for the light verb's subject only where they agree
    ['Mary Dunn had his support until the vote.', 'support', 'his'],
    ['Joe Dunn\'s wife raised her concerns about the pier.', 'concerns', "Joe Dunn's wife"],
    ['The mayor threw doubt on the harbor survey.', 'doubt', 'The mayor'],
    // "both of whom" is a relative like "who": its antecedent speaks, and the main verb keeps its subject
    ['Two pilots, both of whom opposed the fare deal, are backing the levy.', 'opposed', 'Two pilots'],
    ['Two pilots, both of whom opposed the fare deal, are backing the levy.', 'are backing', 'Two pilots'],
    // so do a quantifier, "nobody", and the subject after a relative "which"
    ['The fare rise fed the unease many riders feel about the ferry.', 'feel', 'many riders'],
    ['The question nobody asked was the cost.', 'asked', 'nobody'],
    ['The ferry had a curfew rule, which critics said was unfair.', 'said', 'critics'],
    // but a phrase of a noun and a quantifier with "of" stays whole
    ['Most of the pilots said the channel was safe.', 'said', 'Most of the pilots'],
    // a noun the tagger reads as an adjective before "of": "chief", "average"
    ['The chief of staff, Joe Kasper, told reporters the pier was safe.', 'told', 'The chief of staff, Joe Kasper'],
    // an age with "then" or "now" between commas is an apposition, no time
    ['Mr. Dunn, then 38, said he was tired of the ferry.', 'said', 'Mr. Dunn, then 38'],
    ['An average of recent harbor polls shows the mayor ahead.', 'shows', 'An average of recent harbor polls'],
  ])('finds where the subject starts in: %s', (text, cue, source) => {
    expect(run(text).find((a) => a.cue === cue)?.source).toBe(source);
  });

  it.each([
    // a gerund a law forbids has no doer; "none of whom" did not
    ['The new law forbids criticizing the harbor board in public.', 'criticizing'],
    ['The skippers, none of whom backed the quota, left the hall.', 'backed'],
    // a verb that is not of saying does not invert after a list of actions; a gerund a plan includes has no doer; a
    // gerund that is its clause's subject neither
    ['The union held a vote on Monday, then endorsed the mayor.', 'endorsed'],
    ['The agenda includes discussing the new pier.', 'discussing'],
    ['The pilots stayed quiet, since criticizing the mayor is risky.', 'criticizing'],
  ])('gives no source in: %s', (text, cue) => {
    const got = run(text).find((a) => a.cue === cue);
    expect(got).toBeDefined();
    expect(got!.source).toBeNull();
  });

  it('keeps the ordinary sense beside the rules for other senses ("All told," but "were told, in …, that")', () => {
    expect(run('Residents were told, in a letter sent Monday, that the plant would close.').map((a) => a.cue)).toEqual(['were told']);
    expect(run('Residents may want the council to lower the fee.').map((a) => a.cue)).toEqual(['may want']);
  });

  it('gives "put out a statement Monday saying …" one attribution, its cue the noun and the participle', () => {
    expect(run('The union put out a statement Monday saying the strike would go ahead.')).toEqual([
      { cue: 'statement … saying', source: 'The union', content: ['the strike would go ahead'], quote: 'indirect', category: 'speech' },
    ]);
    expect(run('The mayor released a statement late on Friday, saying the road would reopen.').map((a) => [a.cue, a.source])).toEqual([['statement … saying', 'The mayor']]);
  });

  it('reads ", saying" after a determiner "that" as a new cue, not as one nested in a that-clause', () => {
    expect(run('The agency disputed that estimate in a statement, saying its own count was higher.').map((a) => [a.cue, a.source, a.content.join(' … ')]))
      .toEqual([['disputed', 'The agency', 'that estimate in a statement'], ['saying', 'The agency', 'its own count was higher']]);
  });

  it('gives a title-case headline whose lead-in ends in a cue verb that verb\'s claim only, not a second one at the colon', () => {
    expect(run('Cook Says: We Will Appeal The Ruling').map((a) => [a.cue, a.source])).toEqual([['Says', 'Cook']]);
    expect(run('Harbor Board Warns: Fares Will Rise').map((a) => [a.cue, a.source])).toEqual([['Warns', 'Harbor Board']]);
    // a base-form verb after a plural that names nobody
    expect(run('Experts Warn: Fares Will Rise').map((a) => [a.cue, a.source])).toEqual([['Warn', 'Experts']]);
    // not where the verb's subject would be only part of the lead-in; nor a name the tagger reads as a verb in its base form
    expect(run('Ellis Hope: Fares Will Rise').map((a) => [a.cue, a.source])).toContainEqual([':', 'Ellis Hope']);
    expect(run('Top Aide To Ruiz Says: Bill Is Dead').map((a) => [a.cue, a.source])).toContainEqual([':', 'Top Aide To Ruiz Says']);
    expect(run('Dr. Hope: The vaccine works.').map((a) => [a.cue, a.source])).toContainEqual([':', 'Dr. Hope']);
  });

  it('reads a place in capitals before a report in the third person as a dateline, not a speaker', () => {
    expect(run('WASHINGTON: The Senate voted on Monday to close the harbor.').map((a) => a.cue)).not.toContain(':');
    expect(run('NEW DELHI: The government on Monday announced a new port.').map((a) => [a.cue, a.source])).toEqual([['announced', 'The government']]);
    // a place that says "we" speaks, as a speaker in capitals does
    expect(run('GEORGIA: We will appeal the ruling.').map((a) => [a.cue, a.source])).toEqual([[':', 'GEORGIA']]);
    expect(run('HALE: The Senate will vote on Monday.').map((a) => [a.cue, a.source])).toEqual([[':', 'HALE']]);
  });

  it('keeps a title-case claim whose names are followed by verbs in the past or in -s: no name list', () => {
    expect(run('Ruiz: Pat Lied, Tom Cheated And Sue Knew').map((a) => [a.cue, a.source])).toEqual([[':', 'Ruiz']]);
    expect(run('Coach: Drew Starts, Josh Sits And Grant Returns').map((a) => [a.cue, a.source])).toEqual([[':', 'Coach']]);
    expect(run('Coach: Josh Ready, Drew Out And Grant Doubtful').map((a) => [a.cue, a.source])).toEqual([[':', 'Coach']]);
    expect(run('Coach: Josh Start, Drew Sit And Grant Play').map((a) => [a.cue, a.source])).toEqual([[':', 'Coach']]);
  });

  it('skips cues inside a quote', () => {
    const text = '“I think they said no,” the coach said.';
    const got = run(text);
    expect(got.map((a) => a.cue)).toEqual(['said']);
  });
});

// The learned cue filter (data/models/cue-model.json): words outside the lexicon, nested cues.
describe('learned cue filter', () => {
  it('admits a stance verb outside the lexicon, with a learned- id', () => {
    const text = 'Critics hammered the mayor for the delays.';
    const doc = annotate(text);
    const [a] = findAttributions(doc);
    expect(a?.cue.cueId).toBe('learned-hammer');
    expect(run(text)).toMatchObject([{ cue: 'hammered', source: 'Critics', content: ['the mayor for the delays'] }]);
  });

  it('reads a lexicon verb wink does not lemmatise with its entry', () => {
    const [a] = findAttributions(annotate('Critics lambasted the mayor for the delays.'));
    expect(a?.cue.cueId).toBe('speech-lambaste');
  });
  const NESTED: [string, string[]][] = [
    ['She said the workers knew the plant was unsafe.', ['said']],
    ['He said officials believe the dam is safe.', ['said']],
  ];
  for (const [text, cues] of NESTED) it(`keeps the outer cue only: ${text}`, () => expect(run(text).map((a) => a.cue)).toEqual(cues));
});

// An attribution inside another's content, read by the nesting model (data/models/nest-model.json): reported within
// the outer one (the ledger's `embedded`), or a claim of its own beside it. (Rows the committed model decides with
// room: 0.75 or more on its log-odds from the threshold, so that a retraining does not flip them.)
const WITHIN: [text: string, cue: string, within: string | null][] = [
  ['According to a survey by the port authority, most commuters say they would pay more for a faster crossing.', 'say', 'According to'],
  ['Ortiz said the crossing was safe, according to a statement from her office.', 'said', 'according to'],
  ['“The pier is safe,” the mayor said Tuesday, according to a transcript of the meeting.', 'said', 'according to'],
  ['The survey shows most riders say the ferry is too slow.', 'say', 'shows'],
  // a participle of saying that opens the outer content after its comma is a claim of its own (a rule, not the model)
  ['The ferry operator responded in a statement, saying the timetable was never final.', 'saying', null],
  ['Ruiz told the crew to wait, adding that the pier was unsafe.', 'adding', null],
  // a clause of the writer's that the outer content ran into
  ['Seventy percent of riders say the service is reliable, compared with 55 percent who said so last year.', 'said', null],
];

describe('reported within another attribution', () => {
  for (const [text, cue, within] of WITHIN) {
    it(`${cue} ${within ? `within ${within}` : 'stands alone'}: ${text.slice(0, 60)}`, () => {
      const list = findAttributions(annotate(text));
      const cueText = (a: Attribution) => a.cue.spans.map(([s, e]) => text.slice(s, e)).join(' … ');
      const a = list.find((x) => cueText(x) === cue);
      expect(a, JSON.stringify(list.map(cueText))).toBeDefined();
      expect(a!.within === undefined ? null : cueText(list[a!.within]!)).toBe(within);
    });
  }
  it('marks nothing where no content holds another cue', () => {
    expect(findAttributions(annotate('Ruiz said the pier was safe. Lee said it was not.')).every((a) => a.within === undefined)).toBe(true);
  });
});

describe('shape', () => {
  it('gives exact offsets, cue metadata and sentence indexes', () => {
    const text = 'It rained.\n\nThe agency claimed the data was lost.';
    const doc = annotate(text);
    const [a] = findAttributions(doc);
    expect(a).toBeDefined();
    expect(a!.cue).toMatchObject({ lemma: 'claim', cueId: 'speech-claim', category: 'speech', stance: 'distancing' });
    expect(text.slice(...a!.cue.spans[0]!)).toBe('claimed');
    expect(a!.sentences).toEqual([1]);
  });
});

// The article the project was conceived for (kept outside the repository, in ../shared).
const FIXTURE = new URL('../../shared/fixtures/us-mexico-cartels.txt', import.meta.url);
describe.skipIf(!existsSync(FIXTURE))('us-mexico-cartels fixture (skipped: ../shared/fixtures is absent)', () => {
  const text = existsSync(FIXTURE) ? readFileSync(FIXTURE, 'utf8') : '';
  const got = text ? run(text) : [];
  const find = (cue: string) => got.find((a) => a.cue === cue);
  it('U.S. officials indicated', () => {
    expect(find('indicated')).toMatchObject({ source: 'U.S. officials', content: ['failure to dismantle cartels could prompt a robust U.S. response'] });
  });
  it('some officials advocate', () => {
    expect(find('advocate')).toMatchObject({ source: 'some officials', content: ['direct military intervention against cartel networks'] });
  });
  it('others emphasize', () => {
    expect(find('emphasize')?.source).toBe('others');
    expect(find('emphasize')?.content[0]).toMatch(/^the need for a collaborative approach/);
  });
  it('the opinion held by others suggests', () => {
    expect(find('suggests')?.source).toMatch(/opinion held by others$/);
    expect(find('suggests')?.content[0]).toMatch(/^working closely with Mexico could yield/);
  });
});
