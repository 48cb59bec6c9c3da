import type { Annotated, Sentence, Span, Token } from '../types.js';
import type { ItsFunction } from 'wink-nlp';
import { its, readDoc } from './nlp.js';
import { mendNames, STATE_ABBREVIATION } from './names.js';
import { mendTitleCase } from './title-case.js';
import { makeToken, retagged } from './token.js';

/** Titles written before a name, which wink may take for a sentence's end ("Rev.", "Pres.", "Atty. Gen."). Not "Jr.", which can end one. */
const TITLES = new Set(['Rev', 'Pres', 'Maj', 'Atty', 'Msgr', 'Sgt', 'Cpl', 'Pvt', 'Capt', 'Cmdr', 'Adm', 'Gen', 'Col', 'Lt', 'Gov', 'Sen',
  'Rep', 'Reps', 'Sens', 'Govs', 'Supt', 'Det', 'Insp', 'Prof', 'Dr', 'Drs', 'Mr', 'Mrs', 'Ms', 'Messrs', 'Hon', 'Amb', 'Fr', 'Sec', 'Treas', 'Brig', 'Cmdt']);

/** Capitalised words that open a sentence and are no name, whatever the tagger says. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'his', 'her', 'their', 'its', 'our', 'my', 'there', 'then', 'when', 'after', 'as']);

/**
 * Sentences and tokens of `text[body]`, with offsets into the whole of `text`.
 *
 * wink-nlp reports token values and sentence token ranges but no character offsets, so each
 * token is found in the text from a cursor. Its quirks are mended here: white-space tokens
 * (a paragraph's leading "\n\n") are dropped, a sentence is also ended at a line break
 * (headlines carry no full stop), a "sentence" that starts with a lower-case word is joined to
 * the one before, and empty "sentences" (wink's stray final one) are dropped. wink reads `plain` where given (the
 * text with its markup blanked, as long as `text`); the tokens are the same characters of `text`.
 */
export function annotate(text: string, body: Span = [0, text.length], plain: string = text): Annotated {
  if (plain.length !== text.length) throw new Error('annotate: the plain text must be as long as the text');
  const [from, to] = body;
  const doc = readDoc(plain.slice(from, to));
  const column = <T>(f: unknown) => doc.tokens().out(f as ItsFunction<T>) as T[];
  const values = doc.tokens().out();
  const pos = column<string>(its.pos);
  const lemma = column<string>(its.lemma);
  const sentenceRanges = doc.sentences().out(its.span as ItsFunction<number[]>) as [number, number][];

  // Character offsets, and a flag where a token is (or holds) a line break.
  const starts = new Array<number>(values.length);
  const breaks = new Array<boolean>(values.length);
  let cursor = from;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    const at = plain.indexOf(v, cursor);
    // A value not found verbatim (never seen, but wink may normalise) keeps the cursor.
    starts[i] = at >= 0 && at < to ? at : cursor;
    breaks[i] = v.includes('\n') && tabCRLF(v);
    if (at >= 0 && at < to) cursor = at + v.length;
  }

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let open = -1; // index in `tokens` where the current sentence began
  const close = () => {
    if (open >= 0 && tokens.length > open) {
      const first = tokens[open]!, last = tokens[tokens.length - 1]!;
      sentences.push({ start: first.start, end: last.end, first: open, last: tokens.length });
    }
    open = -1;
  };
  let depth = 0; // brackets open in the current sentence
  let consumed = 0; // tokens before this one are read (a web address may run past wink's sentence)
  for (const [a, b] of sentenceRanges) {
    // (a break at a token already read, before `consumed`, is no break: the loop starts after it)
    const breakAt = sentenceBreak(values, starts, pos, a, depth);
    for (let i = Math.max(a, consumed); i <= b && i < values.length; i++) {
      if (i === breakAt) { close(); depth = 0; }
      const mark = values[i]!;
      // a quote that opens after a state's abbreviation opens a sentence: "said Ann Ruiz of Eureka, Calif. “It was hard.”"
      // (a quoted sentence, not a title or nickname: 'the Eureka, Calif. "Harbor Days" festival', 'Bend, Ore. "Sam" Dunn')
      if (i > a && (mark === '“' || mark === '"' || mark === '``') && values[i - 1]!.endsWith('.') && STATE_ABBREVIATION.test(values[i - 1]!)
        && starts[i]! > starts[i - 1]! + values[i - 1]!.length && /^[A-Z]/.test(values[i + 1] ?? '') && starts[i + 1] === starts[i]! + values[i]!.length
        && quotedSentence(values, i)) { close(); depth = 0; }
      if (breaks[i]) { close(); depth = 0; continue; }
      if (values[i] === '(') depth++;
      else if ((values[i] === ')' || bracketColon(values, starts, i)) && depth > 0) depth--;
      if (blankValue(values[i] ?? '')) continue;
      if (open < 0) open = tokens.length;
      const start = starts[i]!;
      const v = values[i]!;
      // wink reads "in." as the abbreviation for inches and "no." as the one for number; "in." after anything but a
      // number, and "no." before anything but one, is the word and a full stop ("Readers wrote in.", "They would vote no.")
      const inches = (v === 'in.' || v === 'In.') && !/^[\d.,/½¼¾-]+$/.test(values[i - 1] ?? '');
      const no = (v === 'no.' || v === 'No.') && !/^[\d#]/.test(values[i + 1] ?? '');
      if (inches || no) {
        const sentence = sentences.length;
        const word = v.slice(0, 2), lower = word.toLowerCase();
        tokens.push(makeToken(start, start + 2, word, lower, inches ? 'ADP' : 'DET', lower, sentence));
        tokens.push(makeToken(start + 2, start + 3, '.', '.', 'PUNCT', '.', sentence));
        // and the full stop ends the sentence where wink ran on: "Readers wrote in. Ruiz said …"
        let next = i + 1;
        while (next <= b && tabCRLF(values[next] ?? '')) next++;
        if (next <= b && /^[A-Z"“‘]/.test(values[next] ?? '')) { close(); depth = 0; }
        continue;
      }
      // wink reads "):" as one symbol (an emoticon): after a word, a bracket that closes and a colon ("Sen. Ann Ruiz (D-Ore.): …")
      if (bracketColon(values, starts, i)) {
        tokens.push(makeToken(start, start + 1, ')', ')', 'PUNCT', ')', sentences.length));
        tokens.push(makeToken(start + 1, start + 2, ':', ':', 'PUNCT', ':', sentences.length));
        continue;
      }
      // a web address wink splits at its dots ("Factcheck . org", "www . harbor . gov.") is one name
      // (wink may end its sentence at the first dot: the address runs into the next)
      const site = siteEnd(values, starts, i);
      if (site > i) {
        const last = values[site]!, dot = last.endsWith('.') ? 1 : 0;
        const end = starts[site]! + last.length - dot, word = text.slice(start, end);
        tokens.push(makeToken(start, end, word, word.toLowerCase(), 'PROPN', word.toLowerCase(), sentences.length));
        if (dot) tokens.push(makeToken(end, end + 1, '.', '.', 'PUNCT', '.', sentences.length));
        i = site;
        consumed = site + 1;
        continue;
      }
      // a title wink splits from its full stop ("Sens. | Ann Lee", "Rev. | Ann Ruiz") is one word, as "Sen." and "Rep." are
      // (not a plural title after a determiner or number, a noun that may end the sentence: "lost to the Sens. Ruiz said …")
      // (unless names joined by "and" follow: "the Drs. Ruiz and Dunn", "both Sens. Ruiz and Dunn")
      const stop = values[i + 1] === '.' && TITLES.has(v) && !pluralTitleNoun(values, pos, i) && starts[i + 1] === start + v.length ? i + 2 : -1;
      let after = stop;
      while (after >= 0 && after < values.length && blankValue(values[after]!) && !values[after]!.includes('\n')) after++;
      if (stop >= 0 && after < values.length && /^[A-Z]/.test(values[after] ?? '')) {
        tokens.push(makeToken(start, start + v.length + 1, v + '.', v.toLowerCase() + '.', 'PROPN', v.toLowerCase() + '.', sentences.length));
        i++;
        continue;
      }
      tokens.push(makeToken(start, start + v.length, v, v.toLowerCase(), pos[i] ?? 'X', (lemma[i] ?? v).toLowerCase(), sentences.length));
    }
  }
  close();
  mendTitleCase(plain, tokens, sentences);
  mendNames(tokens, sentences);
  mendGerunds(tokens);
  mendRelativeVerbs(tokens);
  mendParticipleModifiers(tokens);
  mendNounsAfterTo(tokens);
  mendVerbsAfterSubjects(tokens);
  return plain === text ? { text, tokens, sentences } : { text, plain, tokens, sentences };
}

const blankValue = (v: string) => /^\s*$/.test(v);
/** wink's "):" at token i right after a word ("(D-Ore.):"): a bracket and a colon; after a space it is an emoticon ("lost again ):"). */
const bracketColon = (values: readonly string[], starts: readonly number[], i: number): boolean =>
  values[i] === '):' && i > 0 && starts[i] === starts[i - 1]! + values[i - 1]!.length;
/** wink's `tabCRLF` tokens (tabs and line breaks) are its only tokens of white space: told by their value, not a column of types. */
const tabCRLF = (v: string) => /^\s+$/.test(v);

/**
 * A gerund the tagger read as a verb where it is a subject's noun: after an adjective or article and before the
 * clause's finite verb ("Recent polling shows", "Exit polling showed", "The stereotyping is").
 */
function mendGerunds(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!, p = tokens[i - 1]!, n = tokens[i + 1]!;
    if (t.pos !== 'VERB' || !/^[a-z]+ing$/.test(t.text) || /^(?:having|being|doing|going|getting)$/.test(t.lower) || p.sentence !== t.sentence) continue;
    const before = p.pos === 'ADJ' || p.pos === 'DET' || (t.lower === 'polling' && (p.pos === 'PROPN' || p.pos === 'NOUN'));
    const finite = n.pos === 'AUX' || (n.pos === 'VERB' && !/ing$/.test(n.lower));
    if (before && finite) tokens[i] = retagged(t, 'NOUN', t.lower);
  }
}

/** Determiners and possessives that open the object noun phrase of a relative clause's verb. */
const OBJECT_OPENER = /^(?:the|a|an|his|her|their|its|our|this|these|those|that|every|some|no)$/;
/** Nouns that take a that-clause ("the charge that …", "the fact that …"): their "that" opens no relative clause. */
export const COMPLEMENT_NOUN = /^(?:fact|idea|claims?|charges?|fears?|hopes?|belief|evidence|news|notion|sense|view|argument|assertion|suggestion|warnings?|concerns?|worry|worries|possibility|likelihood|chance|word|reports?|signs?|allegations?|rumou?rs?|promise|pledge|assurance|doubts?|theory|conclusion|impression|suspicion|speculation)$/;
/** Nouns of time a demonstrative "that" goes with ("that day the …", "Officials that Monday said"). */
export const TIME_NOUN = /^(?:day|days|week|weeks|month|months|year|years|night|nights|morning|afternoon|evening|time|times|season|winter|summer|spring|fall|autumn|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * A verb the tagger read as a noun right after a relative pronoun: "the group that backs the plan", "voters who favor
 * the plan" (a noun, "that" or "who", the word, then a determiner that opens the verb's object). Not "the plan that
 * voters favor" (a noun after the pronoun is its clause's subject), not after a noun that takes a that-clause ("the
 * charge that pilots the …"), not a time noun ("told the crew that day the …"); not after "which", which as often
 * asks ("asked the mayor which roads the crews …"). The lemma is the verb's: "leaves" → "leave", not "leaf".
 */
function mendRelativeVerbs(tokens: Token[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    const t = tokens[i]!, r = tokens[i - 1]!, h = tokens[i - 2]!, n = tokens[i + 1]!;
    if (t.pos !== 'NOUN' || !/^[a-z]+$/.test(t.text) || (r.lower !== 'that' && r.lower !== 'who') || TIME_NOUN.test(t.lower)) continue;
    if (h.sentence !== t.sentence || n.sentence !== t.sentence || COMPLEMENT_NOUN.test(h.lower)) continue;
    if ((h.pos === 'NOUN' || h.pos === 'PROPN') && OBJECT_OPENER.test(n.lower)) tokens[i] = retagged(t, 'VERB', t.lower.startsWith(t.lemma) ? t.lemma : verbBase(t.lower));
  }
}

/** A possessive determiner: "his team", "their plan" (the possessive "’s" is told by its part of speech). */
export const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/;
/** An article before a noun phrase. */
const ARTICLE = /^(?:the|a|an)$/;

/**
 * A participle the tagger read as a verb where it modifies the noun after it: "the marina’s dismissed bookkeeper",
 * "his proposed ban", "a repeated claim" (an article or possessive, a word in -ed, a noun). It is an adjective: no
 * cue ("dismissed" is none here), and no verb that ends a subject. Not after "’s" for "is" or "has" ("He’s proposed
 * changes"), which the tagger reads as an auxiliary after a pronoun. (After a noun it may read it as the possessive:
 * "The city’s ignored warnings for years" is mended too, as a reader might first take it.)
 */
function mendParticipleModifiers(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!, p = tokens[i - 1]!, n = tokens[i + 1]!;
    if (t.pos !== 'VERB' || !/^[a-z]+ed$/.test(t.lower) || n.pos !== 'NOUN' || p.sentence !== t.sentence || n.sentence !== t.sentence) continue;
    const possessive = p.pos === 'PART' && (p.lower === '’s' || p.lower === "'s");
    if (possessive || ARTICLE.test(p.lower) || POSSESSIVE.test(p.lower)) tokens[i] = retagged(t, 'ADJ', t.lower);
  }
}

/**
 * A plural noun after "to" that the tagger read as an infinitive: "due to fears of reprisals", "turned to questions
 * about the tax". An infinitive never ends in the -s of the third person ("to fear", not "to fears"), so a verb there
 * whose form is its lemma and an -s is a noun; it keeps the tagger's lemma, a regular plural's singular ("fears" →
 * fear). Only where a noun may stand: before a preposition, a conjunction, punctuation or the sentence's end. Not the
 * verb after a "to" that ends a relative clause ("One official she reports to says the pier is unsafe").
 */
function mendNounsAfterTo(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!, p = tokens[i - 1]!, n = tokens[i + 1];
    if (t.pos !== 'VERB' || p.lower !== 'to' || p.sentence !== t.sentence || !/^[a-z]+s$/.test(t.lower) || /ss$/.test(t.lower)) continue;
    if (n && n.sentence === t.sentence && !/^(?:ADP|CCONJ|PUNCT)$/.test(n.pos)) continue;
    if (verbBase(t.lower) === t.lemma || t.lower === t.lemma + 's') tokens[i] = retagged(t, 'NOUN');
  }
}

/**
 * Verbs of saying, thinking and showing that are also common nouns, which the tagger reads as a compound's head after a
 * plural noun, a number or a quantifier: "records show", "critics fear", "four in 10 say", "some think".
 */
const PLURAL_SUBJECT_VERB = /^(?:say|think|want|show|point|fear|note|claim|estimate|doubt|caution)$/;
/** Quantifiers that stand for a plural subject: "Some say …", "Both want …". */
const QUANTIFIER_SUBJECT = /^(?:some|both|many|most|all|few|several)$/;
/**
 * Their forms in -s that the tagger reads as plural nouns after a name: "Ruiz notes that", "Dunn slams the plan" (not
 * "fears" or "doubts", whose noun takes a that-clause of its own: "Voter fears that …"; not "backs", a football
 * position after a team's name, which lowered the held-out check: 0.8001 → 0.7998).
 */
const NAME_SUBJECT_VERB = /^(?:notes|points|estimates|slams|blasts|praises|lists|claims|reports)$/;
/**
 * What may follow such a verb: its object or clause ("show that …", "fear the …", "note it", "estimate 40 …"). Not an
 * auxiliary: "The awards show is …", and "the group that officials say is linked to …" reads as it did, a relative clause
 * inside the subject.
 */
const AFTER_VERB = /^(?:DET|PRON|PROPN|NUM|ADJ|ADV|SCONJ)$/;

/**
 * A verb the tagger read as a noun after its subject: the plain form after a plural noun, a number or a quantifier
 * ("Records show that …", "Polls show Ruiz ahead", "critics fear the plan", "Four in 10 say they …", "Some think it …",
 * and the report set off by commas, "…, court records show."), the form in -s after a name or a pronoun ("Ruiz notes
 * that …", "Reuters reports that …"). Only before what may open the verb's object or clause, and only for a few verbs
 * that double as nouns: a noun after a plural noun is elsewhere a compound's head ("the awards show", "voter fears"),
 * one after a name a plural ("the Ruiz reports were late"). "show" also before a comma or full stop, where the others
 * are as often nouns ("lawmakers' fear."); "point" only before its particle ("Critics point to …", "Dunn points out …").
 */
function mendVerbsAfterSubjects(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!, p = tokens[i - 1]!, n = tokens[i + 1]!;
    if (t.pos !== 'NOUN' || p.sentence !== t.sentence) continue;
    const plain = PLURAL_SUBJECT_VERB.test(t.lower);
    // (the form in -s in lower case only: a title-case headline's verbs are read by the frames as the tagger left them,
    // "Ruiz Slams Ferry Tax, Backs Pier Plan")
    if (!plain && !(NAME_SUBJECT_VERB.test(t.lower) && t.text === t.lower)) continue;
    const subject = plain
      ? ((p.pos === 'NOUN' || p.pos === 'PROPN') && (/^[a-z.-]*[^s'’]s$/i.test(p.lower) || p.lower === 'data')) || p.pos === 'NUM' || QUANTIFIER_SUBJECT.test(p.lower)
      : p.pos === 'PROPN' || (p.pos === 'PRON' && /^(?:he|she|it|who|which|that)$/.test(p.lower));
    if (!subject) continue;
    // the noun phrase the subject ends: not after "a" ("a fireworks show", "A Goldman Sachs note"), not the object of a
    // verb or preposition where it is a quantifier or number ("by one estimate", "is some doubt", "lost all fear"), not a
    // phrase after a preposition before a comma ("At the awards show, …")
    let h = i - 1;
    while (h > 0 && tokens[h - 1]!.sentence === t.sentence && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[h - 1]!.pos)) h--;
    const before = h > 0 && tokens[h - 1]!.sentence === t.sentence ? tokens[h - 1]! : undefined;
    const det = before && /^(?:DET|PRON)$/.test(before.pos) && h > 1 && tokens[h - 2]!.sentence === t.sentence ? tokens[h - 2]! : undefined;
    if (before && /^(?:a|an)$/.test(before.lower)) continue;
    if (before && (p.pos === 'NUM' || QUANTIFIER_SUBJECT.test(p.lower)) && /^(?:ADP|VERB|AUX)$/.test(before.pos)) continue;
    // "show" also as a report set off by commas ("The pier was sold, county records show."): a comma before the phrase
    // and one or a full stop after it, not a relative clause after it ("…, the pets show, which opens …"); and before a
    // bare noun with a verb soon after, where no determiner opens the phrase ("Studies show exercise lowers …", not "The
    // fireworks show crowd was …")
    const commaBefore = before?.text === ',' || (det?.text === ',' && /^(?:DET|PRON)$/.test(before?.pos ?? ''));
    const closes = n.sentence !== t.sentence || n.text === '.' || (n.text === ',' && !/^(?:which|who)$/.test(tokens[i + 2]?.lower ?? ''));
    const clauseAfter = n.pos === 'NOUN' && before?.pos !== 'DET' && tokens.slice(i + 2, i + 5).some((x) => x.sentence === t.sentence && (x.pos === 'VERB' || x.pos === 'AUX'));
    const shown = t.lower === 'show' && ((commaBefore && closes) || clauseAfter);
    // "that" opens a clause, not a relative clause whose verb follows it ("a note that was sent", "reports that were leaked")
    const that = n.lower === 'that' && !/^(?:VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '');
    // "point" only with its particle: "critics point to …", "Ruiz points out …" ("five points to none" has no subject)
    const opens = /^points?$/.test(t.lower) ? n.lower === 'to' || n.lower === 'out' : that || (n.lower !== 'that' && n.sentence === t.sentence && AFTER_VERB.test(n.pos));
    if (opens || shown) tokens[i] = retagged(t, 'VERB', plain ? t.lower : t.lower.slice(0, -1));
  }
}

/** The base form of a verb in -s: "carries" → "carry", "pushes" → "push", "leaves" → "leave". */
function verbBase(w: string): string {
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * Where wink's sentence that starts at token a breaks from the one before: at a where it is a sentence, at a + 1 where
 * its first token goes on the one before, nowhere (-1) where it goes on the one before. (`depth`: brackets the one
 * before left open.) A function of its own, too large to be inlined into annotate's loop: its tests on rare tokens would
 * otherwise throw that loop's optimised code back to the interpreter each time one is met; and the loop compares each
 * token with the index it returns, so no test there runs only on rare tokens.
 */
function sentenceBreak(values: readonly string[], starts: readonly number[], pos: readonly string[], a: number, depth: number): number {
  // wink ends a sentence after an abbreviation in brackets ("Sen. Ann Lee (D-Vt.) | said …",
  // "(D-N. | Y.) said"): a sentence that starts with a lower-case word on the same line, or that
  // closes within a few tokens a bracket the one before left open, goes on the one before; so does one that opens
  // with a comma or semicolon ("Rep. Ann Lee (D-Vt.) | , who …").
  let closesBracket = false;
  for (let k = a; k < a + 4 && k < values.length && depth > 0; k++) if (values[k] === ')' || bracketColon(values, starts, k)) closesBracket = true;
  // nor does a title before a name end one: "Rev. | Ann Ruiz said", "Atty. | Gen. Ruiz"
  const title = a >= 2 && values[a - 1] === '.' && TITLES.has(values[a - 2]!) && starts[a - 1] === starts[a - 2]! + values[a - 2]!.length
    && !pluralTitleNoun(values, pos, a - 2)
    && (pos[a] === 'PROPN' || TITLES.has((values[a] ?? '').replace(/\.$/, ''))) && !FUNCTION_WORDS.has((values[a] ?? '').toLowerCase());
  // nor the first letter of a state's initials after a party ("Sen. Ann Lee, R-N. | Y., said"): the sentence goes on,
  // or ends after the second letter ("said Sen. Ann Lee, R-S. | C. “I know it.”")
  const initials = a >= 2 && /^[A-Z]\.$/.test(values[a] ?? '') && values[a - 1] === '.' && /^[A-Z]$/.test(values[a - 2]!)
    && starts[a - 1] === starts[a - 2]! + 1 && starts[a] === starts[a - 1]! + 1;
  if (initials) {
    let after = a + 1;
    while (after < values.length && blankValue(values[after]!)) after++;
    return /^(?:[a-z,;:)]|$)/.test(values[after] ?? '') ? -1 : a + 1;
  }
  // nor does it end inside a closing '' (wink reads two marks: "''We won.' | ' Then he left."): the second mark goes with the first
  if (a >= 1 && values[a] === "'" && values[a - 1] === "'" && starts[a] === starts[a - 1]! + 1) return a + 1;
  return /^[a-z,;]/.test(values[a] ?? '') || closesBracket || title ? -1 : a;
}

/** The quote opening at token i holds a sentence: three words or more, or punctuation before its closing mark. */
function quotedSentence(values: readonly string[], i: number): boolean {
  let words = 0;
  for (let k = i + 1; k < values.length && k - i < 80; k++) {
    const v = values[k]!;
    if (/^(?:”|"|'')$/.test(v) || (v === "'" && values[k + 1] === "'")) return words >= 3 || /^[.,!?]$/.test(values[k - 1] ?? '');
    if (/^[A-Za-z0-9]/.test(v)) words++;
  }
  return words >= 3;
}

/** Endings of web addresses written without "http" in news text. */
const TLD = /^(?:com|org|net|gov|edu|mil|int|info|io|co|us|uk|ca|de|fr|eu|au|tv|fm|ly|news|Com|Org|Net|Gov|Edu)\.?$/;
/**
 * The last token of a web address from token i, with no space inside ("Factcheck . org", "www . harbor . gov."); else i.
 */
function siteEnd(values: readonly string[], starts: readonly number[], i: number): number {
  // (no dot or hyphen right after: most words, asked first)
  const n0 = values[i + 1];
  if ((n0 !== '.' && n0 !== '-') || !/^[A-Za-z0-9]+$/.test(values[i]!)) return i;
  // words joined by dots or hyphens with no space ("harbor - news . org"); wink may keep a dot on a word ("harbor . gov. uk")
  let j = i, dotted = false;
  const word = (k: number) => k < values.length && /^[A-Za-z0-9]+\.?$/.test(values[k]!);
  for (;;) {
    const v = values[j]!, end = starts[j]! + v.length;
    if (v.endsWith('.') && word(j + 1) && starts[j + 1] === end) { dotted = true; j += 1; continue; }
    if (!v.endsWith('.') && (values[j + 1] === '.' || values[j + 1] === '-') && starts[j + 1] === end && word(j + 2) && starts[j + 2] === end + 1) {
      dotted = values[j + 1] === '.';
      j += 2;
      continue;
    }
    break;
  }
  // (the ending in lower case, or one of the commonest capitalised after a capital, "Harbor.Com": "sank.US officials",
  // "the mayor.Gov. Ruiz" are a missing space)
  return j > i && dotted && TLD.test(values[j]!) && (/^[a-z]/.test(values[j]!) || /^[A-Z]/.test(values[i]!)) ? j : i;
}
/**
 * The plural title at token i ("Sens", its full stop at i + 1) is a noun, no title: after a determiner or number, unless
 * names joined by "and" follow ("lost to the Sens. Ruiz said …" against "the Drs. Ruiz and Dunn").
 */
const pluralTitleNoun = (values: readonly string[], pos: readonly string[], i: number): boolean =>
  /^(?:Sens|Reps|Govs|Drs)$/.test(values[i]!) && (pos[i - 1] === 'DET' || pos[i - 1] === 'NUM') && !namesFollow(values, i + 2);

/** Capitalised names from token i, then "and", "&" or a comma within three words: a plural title's names ("Ruiz and Dunn"). */
function namesFollow(values: readonly string[], i: number): boolean {
  for (let x = i; x < values.length && x < i + 4; x++) {
    const v = values[x]!;
    if (x > i && (v === 'and' || v === '&' || v === ',')) return true;
    if (!/^[A-Z]/.test(v)) return false;
  }
  return false;
}

/** Index of the first token that starts at or after `pos` (`tokens.length` where none does), by binary search. */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Index of the token that holds position `p`, or -1 where none does (white space), by binary search. */
export function tokenAt(T: readonly Token[], p: number): number {
  let lo = 0, hi = T.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = T[mid]!;
    if (t.end <= p) lo = mid + 1;
    else if (t.start > p) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Indexes `[first, last)` of the tokens that lie wholly inside `span`. */
export function tokensIn(doc: Annotated, [start, end]: Span): [number, number] {
  const { tokens } = doc;
  const lo = firstTokenFrom(tokens, start);
  let last = lo;
  while (last < tokens.length && tokens[last]!.end <= end) last++;
  return [lo, last];
}
