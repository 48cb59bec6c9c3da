import { firstTokenFrom } from '../../annotate/annotate.js';
import { isFirstName, isPersonName, isPlaceName } from '../../annotate/names.js';
import type { Span, Token } from '../../types.js';
import { makeMatch, type Match } from '../match.js';
import { afterColon, complementAt, contentFrom, leftContent, skipAdjuncts, subjectPosition, thatHeadsClause, timeOnly } from './content.js';
import { BE, makeFound, PURE_PARTICIPLE, clauseAt, TIME, timeWord, closesQuote, DASH, isDash, isMark, isPunct, nounish, NP_PREP, npTok, OBJ_PREP, opensClause, opensQuote, PARTICIPLE, PARTICLES, QUANT, quantRelative, quoteSpan, REL, span, SUBJ_PRON, subjectEnd, trimmed, WH, type Doc, type Found } from './doc.js';
import { cueEntry, cueMatcher, type CueEntry } from './lexicon.js';
import { sourceLexicon } from '../../resolve/lexicon.js';
import { adjunctsBefore, backers, clauseSubject, CONNECTIVE, quoteComma, DATE_NOUN, dateAt, MONTH, datePrep, frontedClause, mainSubjectRight, npRight, npStartLeft, nounHolder, passiveAgent, predicateList, resumedSubject, subjectLeft, venuePhrase } from './source.js';

/*
 * The frames: how each cue's frame (verb, noun, raising, according, colon, dash, in-source) finds its source
 * and content (`Found`), and the fallback for cues the learned filter admits that no frame reads.
 */


/**
 * "It is hard to say when …", "it is too early to tell": a verb after an impersonal "it" and an
 * adjective with "to" speaks for nobody, so it is no cue.
 */
export function impersonalInfinitive(D: Doc, m: Match<CueEntry>, sFirst: number): boolean {
  const T = D.T;
  let k = m.first - 1;
  if (k - 2 < sFirst || T[k]!.lower !== 'to' || !(T[k - 1]!.pos === 'ADJ' || T[k - 1]!.pos === 'ADV')) return false; // "hard", "too soon"
  k -= 2;
  while (k > sFirst && T[k]!.pos === 'ADV') k--; // "too", "very", "still"
  if (!(T[k]!.pos === 'AUX' && BE.has(T[k]!.lower)) && !/^(?:’s|'s)$/.test(T[k]!.lower)) return false;
  while (k - 1 > sFirst && (T[k - 1]!.pos === 'AUX' || T[k - 1]!.pos === 'PART' || T[k - 1]!.pos === 'ADV')) k--; // "may not be", "would have been"
  return k - 1 >= sFirst && /^(?:it|that|this)$/.test(T[k - 1]!.lower);
}

export function buildAttribution(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, si: number, prevSource: Span[] | null): Found | null {
  const e = m.value;
  const T = D.T;
  const base = { entry: e, lemma: e.frame === 'according' || e.frame === 'colon' || e.frame === 'dash' || e.frame === 'in-source' ? T.slice(m.first, m.last).map((t) => t.lower).join(' ') : head(D, m).lemma, sent: si };
  switch (e.frame) {
    case 'according': return according(D, m, sFirst, sLast, base);
    case 'colon': return colon(D, m, sFirst, sLast, base);
    case 'dash': return dash(D, m, sLast, base);
    case 'in-source': return inSource(D, m, sFirst, sLast, base);
    case 'noun': return verbReadAsNoun(D, m, sFirst, sLast) ? verbCue(D, makeMatch(m.first, m.last, m.tokens, asVerb(e)), sFirst, sLast, base, prevSource) : nounCue(D, m, sFirst, sLast, base);
    default: return verbCue(D, m, sFirst, sLast, base, prevSource);
  }
}

type Base = { entry: CueEntry; lemma: string; sent: number };

/**
 * The token after a short aside that opens at the comma (or dash) r and closes at the next one: an "as" clause ("as
 * many voters have"), a phrase without a verb ("among other things", "however") or anything between dashes, before a
 * that-clause, a clause, a wh-word or a quote. r itself where there is none.
 */
function pastAside(D: Doc, r: number, sLast: number): number {
  const T = D.T;
  const as = T[r + 1]!.lower === 'as';
  const mark = T[r]!.text; // a comma, or a dash: "said — on the radio, as it happens — that …"
  for (let x = r + 2; x < sLast - 1 && x < r + 10; x++) {
    const t = T[x]!;
    if (t.text !== mark) {
      // between dashes an aside may hold a clause of its own; between commas only after "as"
      if (D.qOf[x]! >= 0 || (mark === ',' && !as && (t.pos === 'VERB' || t.pos === 'AUX'))) return r;
      continue;
    }
    const n = x + 1;
    if (D.cueAt[n]) return r;
    return as || T[n]!.lower === 'that' || WH.has(T[n]!.lower) || opensQuote(D, n) >= 0 || clauseAt(D, n, sLast) ? n : r;
  }
  return r;
}

/**
 * "He's said he will run", "she’s predicted a win": the "'s" at token s stands for "has" where a person precedes it
 * and a that-clause, a clause or a quote follows the participle (r), or an object after a verb that does not also
 * name or judge ("She's called a liar", "She's widely considered the favorite" are passives); never with a by-agent.
 * "It's said that", "he's asked about it" stay passives.
 */
function perfectS(D: Doc, s: number, r: number, sFirst: number, sLast: number): boolean {
  const T = D.T;
  if (T[s]!.lower !== "'s" && T[s]!.lower !== '’s') return false;
  const subj = s - 1 >= sFirst ? T[s - 1]! : undefined;
  if (!subj || !(/^(?:he|she|who)$/.test(subj.lower) || subj.pos === 'PROPN')) return false;
  for (let x = r; x < sLast && !isPunct(T[x]); x++) if (T[x]!.lower === 'by') return false;
  // a verb with its particle or preposition ("he's spoken out against", "who's called for") or an intention before "to"
  // ("he's wanted to hold"; not "she's expected to win") is no passive
  const m = cueMatcher().matcher.matchAt(T, s + 1, sLast)[0];
  if (m && m.last === r && r - (s + 1) > 1 && (PARTICLES.has(T[r - 1]!.lower) || /^(?:against|for|with|at|on)$/.test(T[r - 1]!.lower))) return true;
  if (m && m.last === r && m.value.category === 'intention' && T[r]?.lower === 'to' && !/^(?:expect|ask|urge|tell|force|require|allow|encourage|invite)$/.test(T[s + 1]!.lemma)) return true;
  const n = T[r];
  if (!n) return false;
  if (n.lower === 'that' || opensQuote(D, r) >= 0 || clauseAt(D, r, sLast)) return true;
  if (NAMING.has(T[r - 1]!.lemma)) return false;
  // an object: "she's forecast record ridership", "he's voiced doubts"
  return n.pos === 'DET' || n.pos === 'NUM' || n.pos === 'PROPN' || n.pos === 'ADJ' || n.pos === 'NOUN' || (n.pos === 'PRON' && !REL.has(n.lower));
}
/**
 * The participle at m.first modifies the noun before it and a by-agent follows: "the plan rejected by the council",
 * "a figure disputed by harbor staff", "Lee, backed by the union,". Only adverbs stand between the noun (or its
 * comma) and the participle, and only adverbs or a time between the participle and "by"; "by a wide margin" is no agent.
 * Returns the index of "by", or -1.
 */
function reducedPassive(D: Doc, m: Match<CueEntry>, a: number, sFirst: number, sLast: number): number {
  const T = D.T;
  const v = T[m.first]!;
  if (v.pos !== 'VERB' || !PARTICIPLE.test(v.lower) || /ing$/.test(v.lower) || a - 1 < sFirst) return -1;
  for (let x = a; x < m.first; x++) if (T[x]!.pos !== 'ADV') return -1;
  const p = T[a - 1]!;
  if (!(p.text === ',' || p.pos === 'NOUN' || (p.pos === 'PROPN' && a - 1 > sFirst))) return -1;
  let r = m.last;
  while (r < sLast && r - m.last < 4 && ((T[r]!.pos === 'ADV' && T[r]!.lower !== 'as') || TIME.has(T[r]!.lower))) r++;
  // (a short phrase of place or time, "endorsed in May by …", "praised in Salem by …"; a naming verb's complement,
  // "considered sacrosanct by …")
  if (T[r]?.lower !== 'by' && r < sLast) {
    let x = r;
    if (T[x]!.pos === 'ADP' && !/^(?:by|of|as)$/.test(T[x]!.lower)) { x++; while (x < sLast && x - r < 4 && npTok(T[x]!, false) && T[x]!.lower !== 'by') x++; }
    else if (NAMING.has(v.lemma) && T[x]!.lower !== 'as') while (x < sLast && x - r < 3 && (T[x]!.pos === 'ADJ' || T[x]!.pos === 'ADV' || (npTok(T[x]!, false) && T[x]!.pos !== 'PRON'))) x++;
    if (x > r + (T[r]!.pos === 'ADP' ? 1 : 0) && T[x]?.lower === 'by') r = x;
  }
  if (T[r]?.lower !== 'by' || r + 1 >= sLast) return -1;
  const n = T[r + 1]!, n2 = T[r + 2];
  if (MEANS.has(n.lower) || (n.pos === 'NOUN' && n2?.lower === 'that')) return -1; // "announced by email that …"
  return n.lower === 'far' || (!!n2 && /^(?:margin|wide|large|narrow|landslide|percent|points?|votes?|miles?|hand|way|%)$/.test(n2.lower)) ? -1 : r;
}
/**
 * A cue between commas inside the claim with its speaker after it: "The trouble, says Ana Ruiz, a harbor engineer, is
 * that …", "The mayor, said Diaz, would never agree". The speaker runs from the cue to the comma before which the claim
 * resumes with a verb; the content is the claim's two parts.
 */
function parenthetical(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number): { source: Span; content: Span[] } | null {
  const T = D.T;
  if (m.first - 2 < sFirst || T[m.first - 1]!.text !== ',' || T[m.first]!.pos !== 'VERB' || /ing$/.test(T[m.first]!.lower)) return null;
  const r = m.last;
  if (r >= sLast || !npTok(T[r]!, false) || opensQuote(D, r) >= 0 || (T[r]!.pos === 'PRON' && !SUBJ_PRON.has(T[r]!.lower))) return null;
  // "The ferry, repaired Monday, will sail again": a time is no speaker
  if (timeWord(T[r]!) || T[r]!.pos === 'NUM') return null;
  // the speaker's phrase and its descriptions, each ended by a comma; then the claim resumes with a verb
  let c = npRight(D, r, sLast, false);
  if (c === r) return null;
  // "said Diaz and others"
  c = andPhrase(D, c, sLast, false);
  for (let n = 0; n < 4 && c < sLast && T[c]!.text === ','; n++) {
    let v = c + 1;
    while (v < sLast && T[v]!.pos === 'ADV') v++;
    const t = T[v];
    if (t && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && !PARTICIPLE.test(t.lower)))) {
      const left = trimmed(D, sFirst, m.first - 1), right = contentFrom(D, c + 1, sLast);
      if (!left || !right || D.cueAt[v]) return null;
      return { source: span(D, r, c), content: [left, right] };
    }
    // another description of the speaker: a noun phrase up to the next comma
    let e = c + 1;
    while (e < sLast && T[e]!.text !== ',' && (npTok(T[e]!, e === c + 1) || (T[e]!.pos === 'ADP' && e > c + 1))) e++;
    if (e === c + 1 || T[e]?.text !== ',') return null;
    c = e;
  }
  return null;
}
/** A noun phrase ending at token c that goes on with "and" and another ("Diaz and others"): the second one's end, else c. */
function andPhrase(D: Doc, c: number, sLast: number, allowApposition: boolean): number {
  const T = D.T;
  if (T[c]?.lower !== 'and' || c + 1 >= sLast || !npTok(T[c + 1]!, false)) return c;
  const e = npRight(D, c + 1, sLast, allowApposition);
  return e > c + 1 ? e : c;
}
/** Verbs that put out what a participle after their object says: "issued a statement saying", "ran ads accusing". */
const PUBLISH = new Set(['issue', 'release', 'publish', 'post', 'send', 'put', 'run', 'air', 'launch', 'file', 'unveil', 'circulate', 'distribute',
  'write', 'pen', 'sign', 'tweet', 'share', 'give', 'deliver', 'make', 'hold', 'introduce', 'submit', 'present', 'produce', 'broadcast', 'mail',
  'email', 'e-mail', 'draft', 'fire', 'blast', 'take', 'pass', 'adopt', 'approve', 'offer', 'leave', 'read', 'display', 'tout', 'cite', 'unleash',
  'plant', 'place', 'bankroll', 'fund', 'finance', 'buy', 'sponsor', 'organize', 'stage', 'host', 'lead', 'withdraw']);
/** Verbs whose object a participle after it describes: "carried signs opposing …", "featured pilots telling …". */
const PRESENT = new Set(['carry', 'hold', 'wave', 'feature', 'include', 'show', 'depict', 'portray', 'receive', 'get', 'hear', 'see', 'watch',
  'meet', 'find', 'draw', 'attract', 'cheer', 'energize', 'recruit', 'quote', 'poll', 'survey', 'interview', 'welcome', 'greet', 'join',
  'face', 'encounter', 'spot', 'notice', 'film', 'record', 'count', 'have', 'leave', 'rally', 'mobilize', 'inspire', 'invite', 'ignore', 'thank', 'confront', 'question', 'give', 'hand']);
/** What a PUBLISH verb puts out. */
const DOCUMENT = /^(?:ads?|spots?|commercials?|statements?|memos?|letters?|columns?|op-eds?|editorials?|articles?|reports?|posts?|tweets?|emails?|e-mails?|messages?|videos?|releases?|papers?|books?|essays?|mailers?|fl[iy]ers?|notes?|resolutions?|petitions?|briefs?)$/;
/** Nouns that follow "by" as a means, not an agent: "announced by email", "criticized by name". */
const MEANS = new Set(['email', 'e-mail', 'phone', 'telephone', 'name', 'letter', 'mail', 'text', 'fax', 'video', 'satellite', 'cable', 'wire', 'hand', 'force', 'default', 'accident', 'mistake', 'design', 'law', 'proxy', 'tweet', 'twitter', 'memo', 'courier', 'post']);
/** Verbs whose object is the subject of the infinitive after it: "urged voters to reject", "pressed the chairman to admit". */
const OBJECT_CONTROL = new Set(['urge', 'press', 'ask', 'pressure', 'force', 'allow', 'encourage', 'persuade', 'convince', 'invite', 'push', 'prompt',
  'cause', 'leave', 'tell', 'order', 'want', 'expect', 'require', 'challenge', 'dare', 'inspire', 'enable', 'implore', 'beg',
  'warn', 'advise', 'remind', 'instruct', 'direct', 'authorize', 'permit', 'compel', 'spur', 'nudge', 'lead', 'drive', 'tempt', 'provoke', 'goad', 'embolden']);
/** Verbs that take a gerund as their object, whose doer is no one in particular: "The law forbids criticizing …", "meant embracing". */
const GERUND_OBJECT = new Set(['forbid', 'prohibit', 'allow', 'permit', 'require', 'discourage', 'include', 'mean', 'entail', 'involve', 'ban', 'bar',
  'recommend', 'justify', 'prevent', 'propose', 'advocate', 'favor', 'favour', 'oppose', 'support', 'encourage', 'mandate', 'need', 'merit', 'warrant']);
/** The gerund's phrase from token r runs into a finite verb before any punctuation: the gerund is a clause's subject. */
function gerundSubject(D: Doc, r: number, sLast: number): boolean {
  for (let x = r; x < sLast && x - r < 8; x++) {
    const t = D.T[x]!;
    if (isPunct(t) || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && x > r)) return true;
  }
  return false;
}
/** Words after which "on X to …" names who is to act: "the pressure on her to say", "called on the board to". */
const ON_AGENT = new Set(['pressure', 'call', 'onus', 'burden', 'rely', 'count', 'depend', 'prevail', 'lean', 'impress']);
/** Nouns after which "for X to …" names who is to act: "an opening for Ruiz to highlight" (not "at the dock for the launch to praise"). */
const FOR_AGENT = new Set(['opening', 'chance', 'opportunity', 'time', 'way', 'push', 'call', 'pressure', 'need', 'reason', 'room', 'incentive',
  'window', 'moment', 'deadline', 'plan', 'demand', 'motion', 'appetite', 'impetus', 'occasion', 'bid', 'campaign', 'effort', 'order', 'request', 'signal']);
/** Verbs after which "for X to …" names who is to act: "lobbied for the council to condemn", "voted for the mayor to resign". */
const FOR_VERB = new Set(['lobby', 'vote', 'push', 'call', 'press', 'argue', 'wait', 'pay', 'arrange', 'petition', 'campaign', 'plead', 'appeal', 'ask', 'pray', 'hope', 'clamor', 'agitate']);
/** Spans of time: "for an hour to say" names no one. */
const TIME_SPAN = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|while|time|moment|night|evening|morning|afternoon)$/;
/** Verbs of beginning, going on, stopping and avoiding that take a gerund: "began talking about", "kept insisting", "avoided directly criticizing". */
const ASPECTUAL = new Set(['begin', 'start', 'keep', 'continue', 'stop', 'quit', 'resume', 'finish', 'cease', 'avoid', 'resist', 'risk', 'consider', 'delay', 'recall', 'regret', 'enjoy']);
/**
 * Verbs of feeling whose passive names who feels ("The crews are worried that …", "Riders were thrilled with …"):
 * the subject holds the attitude, as an active verb's subject does.
 */
const EXPERIENCER = new Set(['worry', 'concern', 'convince', 'persuade', 'thrill', 'delight', 'please', 'disappoint', 'frustrate', 'alarm',
  'trouble', 'hearten', 'dismay', 'upset', 'shock', 'anger', 'outrage', 'surprise', 'impress', 'satisfy', 'bother', 'annoy',
  'scare', 'frighten', 'terrify', 'horrify', 'excite', 'disturb', 'offend', 'irritate', 'stun', 'baffle', 'puzzle', 'amaze', 'disgust']);
/** Of those, verbs whose "by" names who spoke ("was persuaded by engineers that …"): with one, an ordinary passive. */
const PERSUADE = new Set(['convince', 'persuade']);
/** "…, said the harbor master.": "said" with only a noun phrase after it, to the sentence's end, has its speaker there, not before. */
function saidBy(D: Doc, m: Match<CueEntry>, sLast: number): boolean {
  const T = D.T;
  const r = m.last;
  if (head(D, m).lemma !== 'say' || r >= sLast || !npTok(T[r]!, true) || (T[r]!.pos === 'PRON' && !/^[A-Z]/.test(T[r]!.text))) return false;
  const end = npRight(D, r, sLast, true);
  return end > r && (end >= sLast || isPunct(T[end]));
}
/** The verb's lemma is one of EXPERIENCER, or its participle is ("concerned" read as an adjective). */
const experiencer = (t: Token): boolean => EXPERIENCER.has(t.lemma) || EXPERIENCER.has(t.lower.slice(0, -1)) || EXPERIENCER.has(t.lower.slice(0, -2));
/** Verbs whose passive takes a bare complement: "is called a liar", "is considered the favorite". */
const NAMING = new Set(['call', 'consider', 'name', 'deem', 'label', 'elect', 'dub', 'term', 'brand', 'see', 'view', 'regard', 'describe', 'know', 'think', 'believe', 'expect', 'appoint', 'list', 'rate', 'rank']);
const head = (D: Doc, m: Match<CueEntry>): Token => D.T[m.tokens.find((i) => m.value.pos.includes(D.T[i]!.pos)) ?? m.first]!;
/** An adjective the learned filter admits as a cue ("wary", "confident", "outspoken"): no participle of a passive. */
const learnedAdjective = (D: Doc, m: Match<CueEntry>): boolean => m.value.id.startsWith('learned-') && D.T[m.first]!.pos === 'ADJ' && !/ed$/.test(D.T[m.first]!.lower);
/** A participle the filter admits as a feeling, with what it is about: "is rattled about", "been concerned that", "are focused on" (its subject holds it). */
const learnedFeeling = (D: Doc, m: Match<CueEntry>): boolean => m.value.id.startsWith('learned-') && /ed$/.test(D.T[m.first]!.lower)
  && (/^(?:that|about)$/.test(D.T[m.last]?.lower ?? '') || (D.T[m.last]?.lower === 'on' && /^(?:focused|fixated|bent|intent|sold|hooked|keyed)$/.test(D.T[m.first]!.lower)))
  && !/^(?:pressed|asked|questioned|grilled|quizzed|told|briefed|informed|warned)$/.test(D.T[m.first]!.lower); // ("were pressed about": asked)

/**
 * A name the tagger read as an adverb opens the sentence right before an inflected verb: "Jolly said" (not "Often
 * said", "Still waiting", "Just ask", "Reportedly said").
 */
function nameAsAdverb(p: Token, v: Token): boolean {
  // (a short word in -lly may be a name, "Jolly", "Kelly"; other words in -ly are adverbs)
  const ly = /ly$/.test(p.lower) && !(/^[a-z]{2,3}lly$/.test(p.lower) && p.lower !== 'fully' && p.lower !== 'really');
  return p.pos === 'ADV' && /^[A-Z][a-z]+$/.test(p.text) && !ly && !CONNECTIVE.has(p.lower) && !WH.has(p.lower) && !QUANT.has(p.lower)
    && !SENTENCE_ADVERB.has(p.lower) && v.pos === 'VERB' && v.lower !== v.lemma && !/ing$/.test(v.lower);
}
/** The noun at token k ends a preposition's object: "in recent weeks", "after the talks". */
function prepositionObject(T: readonly Token[], k: number, sFirst: number): boolean {
  let x = k;
  while (x - 1 >= sFirst && /^(?:NOUN|ADJ|DET|NUM|PROPN)$/.test(T[x - 1]!.pos)) x--;
  return x - 1 >= sFirst && T[x - 1]!.pos === 'ADP';
}
/** Adverbs that open a sentence before its verb. */
const SENTENCE_ADVERB = new Set(['so', 'back', 'therein', 'whenever', 'enough', 'more', 'most', 'hence', 'perhaps', 'maybe', 'often', 'soon', 'already', 'together', 'first', 'next', 'finally', 'rather', 'ever', 'almost', 'indeed', 'too', 'there', 'sometimes', 'always', 'newly', 'far', 'seldom', 'twice', 'thrice', 'long', 'well', 'quite', 'largely', 'widely']);

function verbCue(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base, prevSource: Span[] | null): Found | null {
  const T = D.T;
  const e = m.value;
  // the aux chain before the cue: "has also said", "did not say", "is expected"
  let a = m.first;
  let passive = false;
  while (a - 1 >= sFirst && m.first - a < 4) {
    const p = T[a - 1]!;
    if (a === m.first && a - 1 === sFirst && nameAsAdverb(p, T[m.first]!) && T[m.first + 1]?.lower !== 'by') break;
    // a floating quantifier belongs to the chain too: "Cole and Hale have all described …"
    // (and after a subject: "who both back a mandate", "the pilots all said")
    // (not after "which" or "that", whose clause it may be the subject of: "a report that all agreed was flawed")
    // (nor after a preposition's object: "In recent weeks both said", "In interviews both said")
    const floating = (p.lower === 'all' || p.lower === 'both' || p.lower === 'each') && a - 2 >= sFirst && (T[a - 2]!.pos === 'AUX' || /^(?:who|they|we)$/.test(T[a - 2]!.lower)
      || (T[a - 2]!.pos === 'NOUN' && /s$/.test(T[a - 2]!.lower) && !prepositionObject(T, a - 2, sFirst)));
    // "has since said": "since" between the auxiliary and the verb
    const since = p.lower === 'since' && a - 2 >= sFirst && T[a - 2]!.pos === 'AUX' && a === m.first;
    // ("most recently defended": a quantifier's word before an adverb in -ly is an adverb too)
    // (only adverbs that rank the clause, "most recently", "most notably": in "Of the doctors, most strongly recommended",
    // "most" is the subject)
    // (or after its subject: "the pilots and their union most strongly opposed")
    // ("is most proud of": before an adjective "most" is a degree too)
    const degree = p.lower === 'most' && ((a === m.first && T[a]!.pos === 'ADJ' && a - 2 >= sFirst && T[a - 2]!.pos === 'AUX') || (a < m.first && /ly$/.test(T[a]!.lower) && (/^(?:recently|notably|famously|prominently|importantly|significantly|memorably|visibly|vocally|controversially|dramatically)$/.test(T[a]!.lower)
      || (a - 2 >= sFirst && (T[a - 2]!.pos === 'NOUN' || T[a - 2]!.pos === 'PROPN' || (T[a - 2]!.pos === 'PRON' && SUBJ_PRON.has(T[a - 2]!.lower)))))));
    // ("are so worried that": "so" a degree after an auxiliary, not "and so said")
    const soDegree = a === m.first && a - 2 >= sFirst && (T[a - 2]!.pos === 'AUX' || (T[a - 2]!.pos === 'ADV' && a - 3 >= sFirst && T[a - 3]!.pos === 'AUX'));
    if (p.pos === 'AUX' || floating || since || (p.pos === 'PART' && (p.lemma === 'not' || p.lower === 'not' || p.lower === "n't" || p.lower === 'n’t')) || (p.pos === 'ADV' && (!QUANT.has(p.lower) || degree) && (p.lower !== 'so' || soDegree) && p.lower !== 'as' && p.lower !== 'when' && p.lower !== 'where' && p.lower !== 'how' && p.lower !== 'why')) {
      // "is seen", "is widely seen": BE right before the participle, or with only adverbs between
      // ("is not expected", "isn’t expected": a negation between too)
      // (not an adjective the filter admits: "has been outspoken", "are wary": the subject holds the stance)
      if (p.pos === 'AUX' && BE.has(p.lower) && (a === m.first || (!passive && T.slice(a, m.first).every((x) => x.pos === 'ADV' || (x.pos === 'PART' && /^(?:not|n't|n’t)$/.test(x.lower)))))) passive = PARTICIPLE.test(T[m.first]!.lower) && !perfectS(D, a - 1, m.last, sFirst, sLast) && !learnedAdjective(D, m) && !learnedFeeling(D, m);
      a--;
    } else break;
  }
  // an aside between commas inside the aux chain: "Officials have, in fact, praised …", "The poll has, however, revealed …"
  if (a === m.first && a - 3 > sFirst && T[a - 1]!.text === ',') {
    let o = a - 2;
    while (o > sFirst && a - o < 6 && T[o]!.text !== ',' && (T[o]!.pos === 'ADV' || T[o]!.pos === 'ADP' || T[o]!.pos === 'DET' || T[o]!.pos === 'NOUN' || T[o]!.pos === 'ADJ')) o--;
    if (o > sFirst && o < a - 2 && T[o]!.text === ',' && T[o - 1]!.pos === 'AUX' && !BE.has(T[o - 1]!.lower)) {
      a = o - 1;
      while (a - 1 >= sFirst && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'PART' || T[a - 1]!.pos === 'ADV')) a--;
    }
  }
  // "When asked by a reporter whether …", "Asked by the host if …": a participle that opens its clause, with its agent
  // (with what was asked: not "When asked by reporters, the mayor declined to comment")
  if (!passive && T[m.last]?.lower === 'by' && a === m.first && PARTICIPLE.test(T[m.first]!.lower)
    && (a === sFirst || (a - 1 >= sFirst && /^(?:when|if|after|while|as|once|before|though|although|until)$/.test(T[a - 1]!.lower)))) {
    const ag = passiveAgent(D, m.last, sLast);
    const n = ag ? T[ag.next] : undefined;
    if (n && (WH.has(n.lower) || /^(?:if|whether|about|to|on|for|that)$/.test(n.lower) || opensQuote(D, ag!.next) >= 0 || n.text === ':')) passive = true;
  }
  // "are worried that …": a verb of feeling's passive has its subject as the source, like an active verb
  const h = head(D, m);
  const feeling = experiencer(h) && !(T[m.last]?.lower === 'by' && PERSUADE.has(h.lemma));
  const feelingActive = feeling && !passive;
  if (feeling) passive = false;
  // an aspectual verb before a gerund cue: "began talking about", "kept saying", "has stopped denying" (its chain too)
  const gerund = /ing$/.test(T[m.first]!.lower);
  let aspect = false;
  if (gerund && T.slice(a, m.first).every((t) => t.pos === 'ADV') && a - 1 >= sFirst && T[a - 1]!.pos === 'VERB' && ASPECTUAL.has(T[a - 1]!.lemma || T[a - 1]!.lower)) {
    a--;
    aspect = true;
    while (a - 1 >= sFirst && m.first - a < 5 && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'ADV' || (T[a - 1]!.pos === 'PART' && T[a - 1]!.lower !== 'to'))) a--;
  }
  // a reduced passive with its agent: "a charge denied by the port", "Okafor, long mocked by rivals"
  // ("The pilots, angered by the rules, …": who is angered holds the feeling, not the cause)
  const by = passive || feeling ? -1 : reducedPassive(D, m, a, sFirst, sLast);
  if (by >= 0) {
    // the agent is the source, the noun phrase the participle modifies the content
    const k = T[a - 1]!.text === ',' ? a - 2 : a - 1;
    const s0 = npStartLeft(D, k, sFirst);
    const ag = passiveAgent(D, by, sLast);
    if (s0 >= 0 && ag) return makeFound(base, [span(D, m.first, m.last)], [m.first, m.last], [ag.source], [span(D, s0, k + 1)]);
  }
  // a participle that is never a finite verb ("known", "seen", "shown", "written") right after a noun or its comma, with
  // no auxiliary and no agent: a reduced relative that names no one ("a string of races known as the Harbor Cup", "The
  // levy, widely seen as unfair, …"); the noun phrase and what follows are the content
  if (!passive && !feeling && PURE_PARTICIPLE.has(T[m.first]!.lower) && a - 1 > sFirst && T.slice(a, m.first).every((t) => t.pos === 'ADV')) {
    const k = T[a - 1]!.text === ',' ? a - 2 : a - 1;
    // (not an attributive participle: "his written reply"; between commas the phrase ends at the next comma: "The levy, widely seen as unfair, was repealed")
    // (and a subject's before the clause's own verb: "A plan known to the pilots | was scrapped")
    const s0 = nounish(T[k]) && !(T[k]!.pos === 'PRON' && !SUBJ_PRON.has(T[k]!.lower)) && T[m.last]?.pos !== 'NOUN' ? npStartLeft(D, k, sFirst) : -1;
    const subject = s0 === sFirst || (s0 > sFirst && (isPunct(T[s0 - 1]) || T[s0 - 1]!.pos === 'CCONJ'));
    let end = sLast;
    for (let x = m.last; x < sLast; x++) {
      const t = T[x]!;
      if (T[a - 1]!.text === ',' ? t.text === ',' : subject && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) && T[x - 1]!.lower !== 'to') { end = x; break; }
    }
    let by = -1;
    for (let x = m.last; x < end && !isPunct(T[x]); x++) if (T[x]!.lower === 'by') { by = x; break; }
    const agent = by >= 0 ? passiveAgent(D, by, end) : null;
    const rest = s0 >= 0 && by !== m.last ? contentFrom(D, m.last, agent ? by : end) : null;
    if (s0 >= 0) return makeFound(base, [span(D, a, m.last)], [m.first, m.last], agent ? [agent.source] : null, rest ? [span(D, s0, k + 1), rest] : [span(D, s0, k + 1)]);
  }
  // the cue span takes the auxiliaries and negation right before the verb ("has also said", "did not say")
  let cueStart = m.first;
  while (cueStart > a && (T[cueStart - 1]!.pos === 'AUX' || T[cueStart - 1]!.pos === 'PART' || /^(?:also|not|never)$/.test(T[cueStart - 1]!.lower))) cueStart--;
  const cue: Span[] = [span(D, cueStart, m.last)];
  // an active verb of feeling with an object: the object feels it, the subject is what they feel about ("The new
  // schedule angered many commuters"; not a clause after it: "Dunn worries the pier will collapse")
  if (feelingActive && !PERSUADE.has(h.lemma) && h.lemma !== 'concern' && T[m.first]!.pos === 'VERB' && !/ing$/.test(T[m.first]!.lower)
    && m.last < sLast && npTok(T[m.last]!, false) && !(T[m.last]!.pos === 'PRON' && SUBJ_PRON.has(T[m.last]!.lower)) && !clauseAt(D, m.last, sLast) && opensQuote(D, m.last) < 0) {
    let end = npRight(D, m.last, sLast, true);
    // (not a span of time: "has angered fishermen | for years")
    for (let x = m.last + 1; x < end; x++) if (T[x]!.pos === 'ADP' && /^(?:years?|months?|weeks?|days?|decades?|hours?|time)$/.test(T[x + 1]?.lower ?? '')) { end = x; break; }
    // ("some analysts and activists", not a clause after "and": "angered the pilots and the mayor resigned")
    const more = andPhrase(D, end, sLast, true);
    if (more > end && T[more]?.pos !== 'VERB' && T[more]?.pos !== 'AUX') end = more;
    const s = subjectLeft(D, a, sFirst);
    // (not after "it", whose that-clause comes later: "It surprised no one that …"; nor a place the name lists know)
    const expletive = !!s && s[1] - s[0] === 1 && /^(?:it|this)$/.test(T[s[0]]!.lower);
    // ("worry" takes a clause without "that" after someone who worries: "Teachers worry students lack books")
    const clauseReading = h.lemma === 'worry' && !!s && voiced(D, s[1] - 1, s[1]);
    if (end > m.last && s && !expletive && !clauseReading && voiced(D, m.last, end)) return makeFound(base, cue, [m.first, m.last], [span(D, m.last, end)], [span(D, s[0], s[1])], true);
  }
  // (a noun cue read as a verb, asVerb below, counts: ", warning that …")
  // ("still saying", "also calling"; and "having suggested …", a perfect participle)
  if (!gerund && a === m.first && T[a - 1]?.lower === 'having' && a - 1 >= sFirst) a--; // "having" the tagger read as a verb
  // (an -ing word the tagger read as an adjective after "by" or a comma is one too, "by promising to cut fares"; and so is
  // an adjective the filter admits after a comma: "…, wary of angering riders", "…, confident that she can win")
  // (the comma may be a quote's: 'talked up her “harbor strategy,” promising …')
  const afterComma = a - 1 >= sFirst && (T[a - 1]!.text === ',' || T[a - 1]!.lower === 'by' || quoteComma(D, a - 1));
  const participle = (((gerund && !aspect && T.slice(a, m.first).every((t) => t.pos === 'ADV' || t.pos === 'PART')) || (T[a]!.lower === 'having' && a < m.first))
    && (T[m.first]!.pos === 'VERB' || (T[m.first]!.pos === 'NOUN' && e.pos.includes('VERB')) || (T[m.first]!.pos === 'ADJ' && afterComma)))
    || (learnedAdjective(D, m) && a === m.first && afterComma && T[a - 1]!.text === ',');
  let source: Span[] | null = null;
  const content: Span[] = [];
  let left = -1; // first token left of the source / cue block

  // "The mayor, said Diaz, would never agree": the speaker after the cue, between commas, inside the claim
  if (!passive && !participle && a === m.first) {
    const inv = parenthetical(D, m, sFirst, sLast);
    if (inv) return makeFound(base, cue, [m.first, m.last], [inv.source], inv.content);
  }

  // --- the source
  let subj: [number, number] | null = null;
  const resumed = participle ? null : resumedSubject(D, a, sFirst);
  // the token before the cue block and any time or venue phrase right before it ("and [on Monday] announced")
  const pre = a - 1 >= sFirst ? adjunctsBefore(D, a - 1, sFirst) : -1;
  // the start of a preposition's object right before a participle ("met with pilots complaining"), or -1
  const po = participle && gerund && a === m.first ? prepObject(D, a, sFirst) : -1;
  if (passive) {
    subj = null;
  } else if (participle && a - 1 >= sFirst && (T[a - 1]!.text === ',' || (pre >= sFirst && pre < a - 1 && T[pre]!.text === ',') || /^(?:and|by|after|while|when|before|in|without|upon|through|whether|besides|[–—-]|--)$/.test(T[a - 1]!.lower)
    // ("despite"/"since" not before a bare noun: "despite opposing votes" is an adjective's)
    // (nor a gerund that is its clause's subject: "…, since criticizing the mayor is risky")
    || (/^(?:despite|since)$/.test(T[a - 1]!.lower) && T[m.last]?.pos !== 'NOUN' && !gerundSubject(D, m.last, sLast))
    // (after an adjective or adverb, not a noun: "keen on telling", "aside from stating", "instead of calling"; not "the snub at endorsing")
    || (/^(?:from|on|at|of)$/.test(T[a - 1]!.lower) && a - 2 >= sFirst && (T[a - 2]!.pos === 'ADJ' || T[a - 2]!.pos === 'ADV'))
    || quoteComma(D, a - 1))) {
    // ", adding that …": the clause's speaker; or the noun phrase the aside follows, where it opens the clause ("But Ann
    // Ruiz, keen all week to needle the mayor, attacked …")
    // (not where the participle's clause opens the sentence: "Eight years after backing Ruiz, Dunn …" has its subject after the comma)
    source = prevSource ?? (frontedClause(D, a, sFirst) ? null : clauseSubject(D, sFirst, a - 1));
    if (!source && T[a - 1]!.text === ',' && a - 2 >= sFirst) {
      const s0 = npStartLeft(D, a - 2, sFirst);
      if (s0 >= 0 && opensClause(D, s0, sFirst)) source = [span(D, s0, a - 1)];
    }
  } else if (pre >= sFirst && coordinatedAt(D, pre, sFirst)) {
    // "Wilson praised X and said …", "… but on Tuesday wrote …": the first verb's subject
    source = prevSource ?? clauseSubject(D, sFirst, a - 1, true);
  } else if (resumed) {
    // "CNN, Lee said, called the plan reckless": the claim's own verb after a speaker between commas has the claim's
    // subject, not the speaker
    subj = resumed;
  } else if (prevSource && !participle && T[m.first]!.pos === 'VERB' && predicateList(D, a, sFirst) && !saidBy(D, m, sLast)) {
    // "She praised the plan, called it overdue and vowed …": one subject for a list of predicates
    source = prevSource;
  } else if (participle && a - 1 > sFirst && nounish(T[a - 1]) && (() => {
    const s0 = npStartLeft(D, a - 1, sFirst);
    // (a verb that puts out what was said may be a cue itself: "approved a resolution condemning …")
    return s0 > sFirst && ((T[s0 - 1]!.pos === 'VERB' && (!D.cueAt[s0 - 1] || (PUBLISH.has(T[s0 - 1]!.lemma) && DOCUMENT.test(T[a - 1]!.lower)))) || venuePhrase(D, s0, a));
  })()) {
    // "the mayor posted a string of messages saying …", "issued a statement saying …": the clause's subject, not the object
    // where the verb puts out what was said, or the object is a venue or a time ("spent Thursday discussing …"); after a
    // verb that shows, holds or meets its object, the object speaks: "carried signs opposing the levy", "met pilots
    // complaining" (not "fined the club citing …", "texted players saying …")
    const s0 = npStartLeft(D, a - 1, sFirst);
    const v = T[s0 - 1]!;
    const own = v.pos === 'VERB' && !D.cueAt[s0 - 1] && PRESENT.has(v.lemma || v.lower) && !venuePhrase(D, s0, a)
      && !T.slice(s0, a).some((t) => timeWord(t) || DATE_NOUN.test(t.lower)) && !(T[s0]!.pos === 'PRON' && !/^(?:many|some|others|all|most)$/.test(T[s0]!.lower))
      // (people or things in the plural, or a name that is no place: not "toured the harbor promoting the levy")
      && ((T[a - 1]!.pos === 'NOUN' && /s$/.test(T[a - 1]!.lower)) || T[a - 1]!.lower === 'people'
        || (T[a - 1]!.pos === 'PROPN' && !isPlaceName(T[a - 1]!.lower)));
    source = own ? [span(D, s0, a)] : prevSource ?? clauseSubject(D, sFirst, a - 1);
  } else if (po >= 0) {
    // a participle after a preposition's object speaks for that object: "met with pilots complaining about …", "among
    // those describing themselves as …"
    source = [span(D, po, a)];
  } else if (participle && pre > sFirst && T[pre]!.pos === 'VERB' && !/ing$/.test(T[pre]!.lower) && !D.cueAt[pre] && !GERUND_OBJECT.has(T[pre]!.lemma || T[pre]!.lower)) {
    // a participle right after an intransitive verb, or after its time: "Stories have emerged describing …", "Letters
    // surfaced last week describing …"
    source = prevSource ?? clauseSubject(D, sFirst, pre);
  } else {
    subj = subjectLeft(D, a, sFirst);
    if (!subj && a - 1 > sFirst && (T[a - 1]!.lower === 'to' || T[a - 1]!.lower === 'by')) {
      // a control chain: "X is expected to endorse", "X went on to ridicule", "X began by saying"
      let c = a - 1, verb = false;
      while (c - 1 >= sFirst && a - c < 9) {
        const p = T[c - 1]!;
        // (a quantifier is an object, not a predicate adjective: "caused many to wonder")
        if (p.pos === 'VERB' || p.pos === 'AUX' || p.pos === 'ADV' || (p.pos === 'ADJ' && !QUANT.has(p.lower)) || p.pos === 'PART' || p.lower === 'to' || p.lower === 'by' || p.lower === 'on') c--;
        else break;
        if (p.pos !== 'ADV') verb = true;
      }
      // (a chain holds a verb: "stood at the dock here to say" has only an adverb before "to")
      if (c < a - 1 && verb) subj = subjectLeft(D, c, sFirst);
      else if (T[a - 1]!.lower === 'to') {
        subj = subjectLeft(D, a - 1, sFirst); // "pressed the chairman to admit"
        // ("an opening for Ruiz to …", "the pressure on her to …": the phrase after "for" or "on")
        // (not a place or a span of time: "came on the program to talk", "was on hand to", "for an hour to say")
        // ("enough for him to claim", "common for news accounts to portray": after an adjective or adverb too)
        const agentPrep = (x: number) => (T[x]!.lower === 'for' && (FOR_AGENT.has(T[x - 1]!.lemma || T[x - 1]!.lower) || T[x - 1]!.pos === 'ADJ' || T[x - 1]!.pos === 'ADV'
          || (T[x - 1]!.pos === 'VERB' && FOR_VERB.has(T[x - 1]!.lemma || T[x - 1]!.lower))) && !TIME_SPAN.test(T[subj![1] - 1]!.lower))
          || (T[x]!.lower === 'on' && ON_AGENT.has(T[x - 1]!.lemma || T[x - 1]!.lower));
        if (subj) for (let x = subj[1] - 2; x > subj[0]; x--) if (agentPrep(x)) { subj = [x + 1, subj[1]]; break; }
        // the noun phrase before "to" speaks only as the object of a verb like "urge" or "press"; else the clause's
        // subject does: "took to the radio to say", "called a hearing to announce", "went to the dock to warn"
        const gov = subj && subj[0] - 1 >= sFirst ? T[subj[0] - 1]! : undefined;
        // (and after "for" or "on": "an opening for Ruiz to highlight", "the pressure on her to say"; not a time)
        const forOn = !!gov && subj![0] - 1 > sFirst && agentPrep(subj![0] - 1) && !timeWord(T[subj![1] - 1]!) && !timeOnly(D, subj![0], subj![1]);
        if (subj && !forOn && !(gov && (gov.pos === 'VERB' || gov.pos === 'AUX') && OBJECT_CONTROL.has(gov.lemma || gov.lower)) && (subj[0] > sFirst || T[subj[0]]!.pos !== 'PRON' || !SUBJ_PRON.has(T[subj[0]]!.lower))) {
          subj = null;
          source = prevSource ?? clauseSubject(D, sFirst, a - 1);
        } else if (!subj && T[a - 2]!.text === ',') source = prevSource ?? clauseSubject(D, sFirst, a - 2); // "…, to discuss"
      }
    }
  }
  let frontStop = -1; // the comma that ends a fronted participle clause
  if (!subj && !source && participle && frontedClause(D, a, sFirst)) {
    // "After meeting the governor, the mayor said …", "Citing the report, officials warned …":
    // the participle's subject is the main clause's, after the comma
    const s = mainSubjectRight(D, m.last, sLast);
    if (s) { source = [span(D, s[0], s[1])]; frontStop = s[0] - 1; }
  }
  // "Gulls, seals and otters crowd the breakwater, said harbor master Ines Calder.": a comma before a bare cue and a noun
  // phrase after it that ends the sentence is the inverted order, whatever phrase the comma ends (the tagger may read
  // "crowd" as a noun)
  // (only "said", and only where the phrase read as the subject holds a clause: a noun then an article, "otters crowd the
  // breakwater"; not "The port, last year, added Salem", "Father Reyes, the pastor, said Mass")
  if (subj && a === m.first && head(D, m).lemma === 'say' && a - 1 > sFirst && T[a - 1]!.text === ','
    && T.slice(subj[0] + 1, subj[1]).some((t, x) => t.pos === 'DET' && T[subj![0] + x]!.pos === 'NOUN') && invertedSpeaker(D, m.last, sLast)) subj = null;
  // a document's relative clause after a verb that puts it out speaks for the verb's subject: "The guild released a
  // radio ad that accuses the mayor …", "The Gazette ran a column that noted …"
  if (subj && subj[1] < a && /^(?:that|which)$/.test(T[subj[1]]!.lower) && subj[1] + 1 === a && subj[0] - 1 > sFirst && T[subj[0] - 1]!.pos === 'VERB'
    && PUBLISH.has(T[subj[0] - 1]!.lemma || T[subj[0] - 1]!.lower) && DOCUMENT.test(T[subj[1] - 1]!.lower)) {
    const main = clauseSubject(D, sFirst, subj[0] - 1);
    if (main) { source = main; subj = null; left = -1; }
  }
  // an expletive "it" names no one: "It is obvious that …", "it appears he …", "it looked as if …", "It is hard not to
  // suspect …" (a referential "it" stays: "it indicates that …")
  // (the raising frame reads "It seems to me that …" itself)
  if (subj && !(e.frame === 'raising' && T[m.last]?.lower === 'to') && subj[1] - subj[0] === 1 && T[subj[0]]!.lower === 'it' && (T[m.first]!.pos === 'ADJ' || /^(?:appear|seem|look|sound)$/.test(h.lemma)
    || T.slice(subj[1], a).some((t) => t.pos === 'ADJ') || /^(?:whether|if|as)$/.test(T[m.last]?.lower ?? ''))) {
    const rest = contentFrom(D, T[m.last]?.lower === 'as' && T[m.last + 1]?.lower === 'if' ? m.last + 2 : m.last, sLast);
    if (rest) return makeFound(base, cue, [m.first, m.last], null, [rest]);
  }
  if (subj) {
    source = [span(D, subj[0], subj[1])];
    left = subj[0] - 1;
    // "The pier is unsafe, as Ruiz has said.": the clause before the comma is the claim
    // (only "as" of a report: a perfect, or a verb of saying or expecting; "Reporters laughed, as Dunn joked." is "while")
    const asReported = T.slice(a, m.first).some((t) => t.lemma === 'have' || /^(?:has|have|had)$/.test(t.lower)) || AS_REPORTED.has(head(D, m).lemma);
    if (asReported && left - 1 > sFirst && T[left]!.lower === 'as' && T[left - 1]!.text === ',' && (m.last >= sLast || (m.last === sLast - 1 && /^[.!?]$/.test(T[m.last]!.text)))) left--;
  } else if (!source) left = a - 1;

  // --- what follows the cue
  let r = m.last;
  const agent = passive ? passiveAgent(D, r, sLast) : null;
  if (agent && T[r]?.lower === 'by') {
    source = [agent.source];
    r = agent.next;
    // a second agent: "was criticized by pilots and (by) the mayor"
    if ((T[r]?.lower === 'and' || T[r]?.lower === 'or') && r + 1 < sLast) {
      const b = T[r + 1]!.lower === 'by' ? r + 2 : r + 1;
      const end = b < sLast && npTok(T[b]!, false) ? npRight(D, b, sLast, false) : b;
      // (one phrase where no second "by" splits it: "by fishermen and some harbor officials")
      if (end > b && (end >= sLast || isPunct(T[end]))) { if (b === r + 1) source = [span(D, firstTokenFrom(T, agent.source[0]), end)]; else source.push(span(D, b, end)); r = end; }
    }
    // with no complement after the agent (the sentence ends, or a time, an aside or a relative clause follows), what was
    // said is the subject: "The move was criticized by pilots, who called it reckless." (not a perception: "The
    // painting was seen by thousands of visitors" reports nothing)
    const past = skipAdjuncts(D, r, sLast);
    const n = T[past];
    const complement = !!n && (WH.has(n.lower) || /^(?:to|as|for|that)$/.test(n.lower) || n.text === ':' || opensQuote(D, past) >= 0);
    const s = subjectLeft(D, a, sFirst);
    if (s && past > m.last && !complement && (past >= sLast || n!.text === ',' || isPunct(n))) {
      if (e.category === 'perception') return null;
      return makeFound(base, cue, [m.first, m.last], source, [span(D, s[0], s[1])]);
    }
    // and the subject with an "as" complement: "The move was criticized by pilots as reckless"
    if (s && n?.lower === 'as') {
      const more = contentFrom(D, past, sLast);
      if (more) return makeFound(base, cue, [m.first, m.last], source, [span(D, s[0], s[1]), more]);
    }
  } else if (agent && e.trigger !== 'quote') {
    // "X is considered unclean by Y", "X was described to him by Y": the agent after a complement
    const s = subjectLeft(D, a, sFirst);
    if (s) {
      const parts: Span[] = [span(D, s[0], s[1])];
      if (agent.between) parts.push(agent.between);
      return makeFound(base, cue, [m.first, m.last], [agent.source], parts);
    }
  }
  // what one responds to is the content, no addressee: "never responded to [our request for an interview]"
  // (an addressee before what was said stays one: "replied to reporters that …")
  const answered = T[r]?.lower === 'to' && RESPOND.has(h.lemma) && r + 1 < sLast && npTok(T[r + 1]!, false)
    && (() => { const n = T[npRight(D, r + 1, sLast, false)]; return !(n && (n.lower === 'that' || n.text === ',' || n.text === ':' || isMark(n))); })();
  if (answered) r++;
  else r = skipAdjuncts(D, r, sLast);
  // inverted: "…," said John Smith, a spokesman.  — nothing (or only a quote) to the left
  const leftIsQuoteOrEdge = left < sFirst || T[left]!.text === ',' || closesQuote(D, left) >= 0 || T[left]!.text === ':';
  const leftQ = left < sFirst ? -1 : closesQuote(D, left) >= 0 ? closesQuote(D, left) : T[left]!.text === ',' && left - 1 >= sFirst ? closesQuote(D, left - 1) : -1;
  // the quote opens the sentence ("“…,” said X"), not a quoted phrase inside a clause ("called it “reckless,” denounced the plan")
  const leftIsQuote = leftQ >= 0 && D.quotes[leftQ]!.start <= T[sFirst]!.start + 1;
  // (a verb with an auxiliary does not invert: "…, are backing the measure" has its subject to the left; after a clause
  // a verb other than of saying or writing inverts only where its phrase ends the sentence: "…, believes the union
  // leader.", not "…, endorsed Senator Ruiz, urging …")
  const anyInverts = leftQ >= 0 || e.category === 'speech' || e.category === 'writing';
  if (!source && !passive && leftIsQuoteOrEdge && r < sLast && npTok(T[r]!, false) && opensQuote(D, r) < 0 && (leftQ >= 0 || T.slice(a, m.first).every((t) => t.pos !== 'AUX'))) {
    let end = npRight(D, r, sLast, true);
    // "…," said harbor pilot and union steward Ann Ruiz: titles joined by "and" before the name (not "said the mayor
    // and the council agreed")
    if (end > r) {
      const e2 = andPhrase(D, end, sLast, true);
      if (e2 > end && (e2 >= sLast || isPunct(T[e2]))) end = e2;
    }
    // "…," said one official who requested anonymity.: a relative clause with no cue of its own runs to the comma or the sentence's end
    if (end > r && (T[end]?.lower === 'who' || T[end]?.lower === 'whom') && left >= sFirst) {
      let y = end + 1;
      while (y < sLast && !D.cueAt[y] && D.qOf[y]! < 0 && T[y]!.text !== ',' && !(isPunct(T[y]) && y === sLast - 1)) y++;
      if (!D.cueAt[y] && D.qOf[y]! < 0 && y > end + 1) end = y;
    }
    // (a date may follow the name: "…, said Ruiz in May.")
    let after = T[end];
    let dated = end;
    if (after && datePrep(after) && dated + 1 < sLast && dateAt(T[dated + 1]!, T[dated + 2])) {
      dated += 2;
      while (dated < sLast && !isPunct(T[dated]) && dated - end < 5 && (timeWord(T[dated]!) || T[dated]!.pos === 'NUM' || T[dated]!.pos === 'PROPN' || DATE_NOUN.test(T[dated]!.lower))) dated++;
      after = T[dated];
    }
    // (or with none: "…, said the mayor that morning.", "…, said Ruiz last week.")
    else if (after && /^(?:this|that|last|next)$/.test(after.lower) && DATE_NOUN.test(T[dated + 1]?.lower ?? '')) { dated += 2; after = T[dated]; }
    // (and a way of saying that ends the sentence: "…, said Ruiz in a tweet.", "…, said Ruiz on Twitter.")
    if (after && !isPunct(after) && left >= sFirst && (T[left]!.text === ',' || leftIsQuote)) {
      const past = skipAdjuncts(D, dated, sLast);
      if (past > dated && (past >= sLast || /^[.!?]$/.test(T[past]!.text))) { dated = past; after = T[past]; }
    }
    // (a phrase with a head, not an article before a quote: "pledged a “harbor revolution”")
    const headed = T.slice(r, end).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || QUANT.has(t.lower));
    const ends = dated >= sLast || (/^[.!?]$/.test(after!.text) && dated === sLast - 1);
    // (a verb that is not of saying inverts after a clause only in the present, right after the comma: "…, believes the
    // union leader."; not "…, then endorsed the mayor.", "… cut fares, endorsed the mayor.")
    const presentInverts = ends && a === m.first && /[^s]s$/.test(T[m.first]!.lower) && T[m.first]!.pos === 'VERB';
    if (end > r && headed && (anyInverts || presentInverts) && (leftIsQuote || dated >= sLast || after!.text === '.' || after!.text === ',' || after!.text === ':' || isPunct(after) || D.cueAt[dated])) {
      source = [span(D, r, end)];
      r = skipAdjuncts(D, dated, sLast);
    }
  }
  // an addressee: "told reporters that …", "urged Congress to …"
  if (e.frame === 'object' && r < sLast && npTok(T[r]!, false) && opensQuote(D, r) < 0) {
    let j = r;
    // (an article after a common noun or an object pronoun opens the clause: "told the board | the cuts went too far",
    // "told him | the fares were too high")
    while (j < sLast && (npTok(T[j]!, false) || (T[j]!.pos === 'ADP' && NP_PREP.has(T[j]!.lower) && j > r)) && j - r < 8
      && !(j > r && (/^(?:the|a|an)$/.test(T[j]!.lower) || /^(?:i|he|she|we|they)$/.test(T[j]!.lower)) && (T[j - 1]!.pos === 'NOUN' || T[j - 1]!.pos === 'PROPN' || /^(?:him|me|us|them)$/.test(T[j - 1]!.lower)) && clauseAt(D, j, sLast))) j++;
    const n = T[j];
    j = skipAdjuncts(D, j, sLast);
    const n2 = T[j];
    if (n2 && (WH.has(n2.lower) || n2.lower === 'to' || n2.text === ':' || n2.text === ',' || opensQuote(D, j) >= 0 || SUBJ_PRON.has(n2.lower) || clauseAt(D, j, sLast))) r = j;
    else if (n && j >= sLast) r = j;
  }

  if (passive && !source) {
    // "it was revealed that …", "the mayor is expected to …"; other passives ("was asked about") are not cues
    const n = T[r];
    if (!n || !(n.lower === 'that' || (n.lower === 'to' && e.category !== 'speech') || (n.lower === 'to' && /^(?:say|report|quote)$/.test(head(D, m).lemma)))) {
      // an agentless passive the learned filter admits ("The plan was criticized as reckless"): no source;
      // the subject and what follows are the content. Without the filter, not a cue.
      if (!D.scored || e.trigger === 'quote') return null;
      const s = subjectLeft(D, a, sFirst);
      if (!s) return null;
      const parts: Span[] = [span(D, s[0], s[1])];
      if (n && !(isPunct(n) && r === sLast - 1)) { const sp = contentFrom(D, r, sLast); if (sp) parts.push(sp); }
      return makeFound(base, cue, [m.first, m.last], null, parts);
    }
  }
  const rightEmpty = r >= sLast || (isPunct(T[r]) && (T[r]!.text === '.' || T[r]!.text === '?' || T[r]!.text === '!') && r === sLast - 1) || (isMark(T[r]) && closesQuote(D, r) >= 0 && r >= sLast - 2);
  if (e.frame === 'raising') return raising(D, m, a, r, sFirst, sLast, base, cue);
  if (e.trigger === 'complement' && !rightEmpty && !complementAt(D, r, sLast, e)) return null;
  if (e.trigger === 'complement' && !source && !passive) return null;
  if (e.trigger === 'quote') {
    // "…," he continued / He continued: "…"
    const j = T[r]?.text === ',' || T[r]?.text === ':' ? r + 1 : r;
    const quoteBefore = left >= sFirst && (closesQuote(D, left) >= 0 || (left - 1 >= sFirst && closesQuote(D, left - 1) >= 0));
    if (!quoteBefore && opensQuote(D, j) < 0 && !(rightEmpty && T[r]?.text === ':')) return null;
  }
  const rightComma = !rightEmpty && T[r]!.text === ',' && opensQuote(D, r + 1) < 0;

  // --- content to the left: a quote just before, or the clause before a comma
  if (left >= sFirst || (left === sFirst - 1 && rightEmpty)) {
    // (the claim resumes after the cue's comma with its verb: the words before may be one, its subject: "Fares, Ruiz said, will rise")
    const resumes = rightComma && (T[r + 1]?.pos === 'AUX' || (T[r + 1]?.pos === 'VERB' && !/ing$/.test(T[r + 1]!.lower)));
    const L = leftContent(D, left, sFirst, resumes);
    // (not a quoted phrase inside the clause before, where the cue has a complement of its own: 'Citing “the rules of
    // the sea,” the harbor master refused to move the boat')
    // (a quote after a verb, a preposition or an adjective is such a phrase)
    const rr = skipAdjuncts(D, r, sLast);
    const ownComplement = !rightEmpty && !rightComma && rr < sLast && !isPunct(T[rr]) && opensQuote(D, T[r]?.text === ':' ? r + 1 : r) < 0;
    const q0 = L && L.quoted ? firstTokenFrom(T, L.span[0]) : -1;
    const embedded = q0 > sFirst && /^(?:VERB|ADP|ADJ|AUX|PART)$/.test(T[q0 - 1]!.pos);
    if (L && L.quoted && (left >= sFirst || rightEmpty) && !(ownComplement && embedded)) {
      // "…," X said (…) — and "…," he said, "…": a split quote
      content.push(L.span);
      let j = r;
      if (T[j]?.text === ',' || T[j]?.text === ':') j++;
      const q = opensQuote(D, j);
      if (q >= 0) content.push(quoteSpan(D, q));
      return makeFound(base, cue, [m.first, m.last], source, content);
    }
    // (a time that opens the sentence is no part of a claim that goes on after the cue's comma: "Earlier this week, the
    // pilots wrote to Dunn, urging …", "On Friday, she told them, she …"; it is the claim's subject where the claim
    // resumes with its verb, "Last summer, Dunn said, was the hottest", and the answer where nothing follows, "Last year,
    // the coach said.")
    const time = L && !L.quoted && rightComma && !resumes && timeOnly(D, firstTokenFrom(T, L.span[0]), firstTokenFrom(T, L.span[1]));
    if (L && (rightEmpty || rightComma) && !time) content.push(L.span);
  }
  if (content.length && rightEmpty) return makeFound(base, cue, [m.first, m.last], source, content);
  // an object relative clause that ends with its cue: "the fare deal, which Dunn opposed", "a director who many pilots
  // oppose" — what it is about is the noun phrase the relative word follows
  // (between commas too: "The harbor plan, which residents oppose, was approved")
  const relativeEnds = rightEmpty || (T[r]?.text === ',' && T[left - 1]?.text === ',' && r + 1 < sLast && (T[r + 1]!.pos === 'AUX' || T[r + 1]!.pos === 'VERB'));
  if (!content.length && relativeEnds && source && left > sFirst && /^(?:which|who|whom)$/.test(T[left]!.lower) && !passive) {
    const k = T[left - 1]!.text === ',' ? left - 2 : left - 1;
    // (a plain noun phrase: in "voted for the tax, which …" the verb is no reduced relative)
    let s0 = k >= sFirst && nounish(T[k]) ? k : -1;
    while (s0 > sFirst && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(T[s0 - 1]!.pos) || /^(?:'s|’s)$/.test(T[s0 - 1]!.lower))) s0--;
    if (s0 >= 0) return makeFound(base, cue, [m.first, m.last], source, [span(D, s0, k + 1)]);
  }
  if (content.length && rightComma) {
    // "The plan, he said, is dead." / "…," he said, adding …
    const n = T[r + 1];
    // (a cue there is the claim's own verb where the words before the cue are its subject: "CNN, Lee said, called it …")
    const own = content.length === 1 && T[r + 1]?.pos === 'VERB' && !/ing$/.test(T[r + 1]!.lower) && left > sFirst && closesQuote(D, left) < 0 && T[left]!.text === ',';
    if (n && (!D.cueAt[r + 1] || own) && n.lower !== 'according' && !(n.pos === 'CCONJ')) {
      const more = contentFrom(D, r + 1, sLast);
      if (more) content.push(more);
    }
    return makeFound(base, cue, [m.first, m.last], source, content);
  }
  if (rightEmpty) return null;

  // --- content to the right
  // an aside between commas before the content: "asked, as many voters have, where …", "said, among other things, that …"
  if ((T[r]!.text === ',' || isDash(T[r]!)) && r + 1 < sLast) r = pastAside(D, r, sLast);
  let j = r;
  if (T[j]!.text === ',' || T[j]!.text === ':') j++;
  const q = opensQuote(D, j);
  if (q >= 0) {
    const Q = D.quotes[q]!;
    // the quote is the content when little but punctuation follows it in the sentence
    let k = j;
    while (k < sLast && D.qOf[k] === q) k++;
    if (k >= sLast - 1 || Q.end >= D.T[sLast - 1]!.start) {
      content.push([Q.start, Q.end]);
      return makeFound(base, cue, [m.first, m.last], source, content);
    }
  }
  // inside a relative clause ("X, who said Y, met …"), the content ends where the main clause resumes
  // (a time phrase may come between: "X, who on Tuesday endorsed Y, said …")
  let stop = frontStop >= 0 ? frontStop : sLast;
  // (and "…, all of which demanded …")
  const quantOf = pre - 3 >= sFirst && quantRelative(T, pre - 2) && T[pre - 3]!.text === ',';
  if (pre - 1 >= sFirst && /^(?:who|which|whom)$/.test(T[pre]!.lower) && (T[pre - 1]!.text === ',' || quantOf)) {
    for (let x = r + 1; x + 1 < sLast; x++) {
      if (T[x]!.text !== ',') continue;
      // the comma may close a quote: "X, which notes, “…,” was released"
      const q = closesQuote(D, x + 1) >= 0 ? 1 : 0;
      const n = T[x + 1 + q], n2 = T[x + 2 + q];
      if (!n || x + 1 + q >= sLast) break;
      if (n.pos === 'AUX' || (n.pos === 'VERB' && !/ing$/.test(n.lower)) || (n.pos === 'ADV' && (n2?.pos === 'VERB' || n2?.pos === 'AUX'))) { stop = x + 2 * q; break; }
    }
  }
  // "fired back at X", "apologized for X", "talked up X": the particle and preposition are not content
  if (e.id.startsWith('learned-')) r = objectStart(D, r, stop, false);
  const sp = contentFrom(D, r, stop) ?? afterColon(D, r, sLast);
  if (!sp) return null;
  content.push(sp);
  if (passive && !source && T[r]?.lower === 'to' && a - 1 >= sFirst) {
    // "the mayor is expected to win": the subject belongs to the content
    const s = subjectLeft(D, a, sFirst);
    if (s) content.unshift(span(D, s[0], s[1]));
  }
  return makeFound(base, cue, [m.first, m.last], source, content);
}

/**
 * Where the object of a verb cue starts at token r (before `stop`): past particles and one preposition
 * ("fired back at X", "talked up X"), and a "that" before a noun phrase where `that` is set.
 */
function objectStart(D: Doc, r: number, stop: number, that: boolean): number {
  const T = D.T;
  while (r < stop - 1 && PARTICLES.has(T[r]!.lower) && T[r]!.pos !== 'NOUN') r++;
  if (r < stop - 1 && (OBJ_PREP.has(T[r]!.lower) || (that && T[r]!.lower === 'that')) && npTok(T[r + 1]!, false)) r++;
  return r;
}

/**
 * A learned cue word the tagger read as a noun but that stands as a verb: right after a noun
 * phrase that opens its clause, with no determiner or possessive of its own, and no verb after it
 * ("Two surveys show voters …", "The almanac lists …", not "the almanac lists are …").
 */
function verbReadAsNoun(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number): boolean {
  const T = D.T;
  if (T[m.first]!.pos !== 'NOUN' || m.first - 1 < sFirst) return false;
  // ", warning that …", ", repeating a false claim": an -ing word after a comma, before an object or a clause, is a participle
  if (/ing$/.test(T[m.first]!.lower) && T[m.first - 1]!.text === ',') {
    const n = T[m.last];
    if (n && (n.lower === 'that' || n.pos === 'DET' || (n.pos === 'PRON' && !REL.has(n.lower)) || n.pos === 'PROPN' || opensQuote(D, m.last) >= 0)) return true;
  }
  // "has been warning that …": an -ing word after "been" or a form of "be", before a clause or an object
  {
    const p = T[m.first - 1]!, n = T[m.last];
    const opens = !!n && (n.lower === 'that' || n.pos === 'DET' || n.pos === 'PROPN' || (n.pos === 'PRON' && !REL.has(n.lower)) || n.lower === 'to' || opensQuote(D, m.last) >= 0);
    if (/ing$/.test(T[m.first]!.lower) && p.pos === 'AUX' && BE.has(p.lower) && opens && !(n!.pos === 'DET' && p.lower !== 'been')) return true;
    // "planks that call for a second pier": a relative clause's verb after "that", "which" or "who"
    if ((p.lower === 'that' || p.lower === 'which' || p.lower === 'who') && m.first - 2 >= sFirst && nounish(T[m.first - 2]) && !!n
      && (n.lower === 'for' || n.lower === 'that' || (n.pos === 'PRON' && !REL.has(n.lower)) || n.pos === 'PROPN') && !/s$/.test(T[m.first]!.lower)) return true;
  }
  // "… but deems the levy unfair", "… and claims that …", "Skippers warn that …": a coordinated predicate, or a
  // plural subject's verb before a that-clause
  {
    const p = T[m.first - 1]!, n = T[m.last];
    const verbish = !!n && (n.lower === 'that' || n.pos === 'DET' || n.pos === 'PROPN' || (n.pos === 'PRON' && !REL.has(n.lower) && n.lower !== 'it') || (n.lower === 'to' && m.value.category === 'intention'));
    // (", and" more often joins a new clause: "The mayor resigned, and claims that … were never proven")
    if (verbish && (p.lower === 'but' || (p.lower === 'and' && T[m.first - 2]?.text !== ',')) && m.first - 2 >= sFirst && T[m.first - 2]!.pos !== 'DET' && !nounish(T[m.first - 2]) && T[m.first - 2]!.pos !== 'ADJ') {
      // only where a finite verb of the same clause stands before the conjunction
      for (let x = m.first - 2; x >= sFirst && T[x]!.text !== ';'; x--) if (T[x]!.pos === 'VERB' && !/ing$/.test(T[x]!.lower)) return true;
    }
    if (n?.lower === 'that' && (p.pos === 'NOUN' || p.pos === 'PROPN') && /s$/.test(p.lower) && !/s$/.test(T[m.first]!.lower) && m.first - 1 === sFirst) return true;
  }
  if (!m.value.id.startsWith('learned-')) return false;
  // after its subject, or a relative pronoun the tagger read as a determiner ("the report, which notes, “…”")
  const p = T[m.first - 1]!;
  if (!subjectEnd(p) && !((p.lower === 'which' || p.lower === 'who') && m.first - 2 >= sFirst && (T[m.first - 2]!.text === ',' || nounish(T[m.first - 2])))) return false;
  const n = T[m.last];
  if (m.last >= sLast || !n || n.pos === 'AUX' || n.pos === 'VERB' || n.lower === 'of' || (isPunct(n) && !(n.text === ',' && opensQuote(D, m.last + 1) >= 0))) return false;
  const subj = subjectLeft(D, m.first, sFirst);
  return !!subj && opensClause(D, subj[0], sFirst);
}

/** The subject of the verb that takes the noun phrase at `first` as its object ("The plan drew [criticism]", "was subject to [criticism]"), else null. */
function receiver(D: Doc, first: number, sFirst: number): Span | null {
  const T = D.T;
  let v = first - 1;
  while (v > sFirst && (/^(?:DET|ADJ|NUM)$/.test(T[v]!.pos) || (T[v]!.lower === 'to' && /^(?:subject|open)$/.test(T[v - 1]!.lower)) || /^(?:subject|open)$/.test(T[v]!.lower)
    || (T[v]!.lower === 'under' && T[v - 1]!.lemma === 'come'))) v--;
  // (a verb of receiving: "drew", "faced", "came under", "was subject to"; not "The hearing featured criticism from …")
  const receiving = /^(?:draw|face|attract|receive|get|earn|win|garner|meet|come|invite|provoke|spark|prompt|incur)$/.test(T[v]!.lemma) || /^(?:subject|open)$/.test(T[v + 1]?.lower ?? '');
  if (!(T[v]!.pos === 'VERB' || T[v]!.pos === 'AUX') || !receiving) return null;
  let a = v;
  while (a - 1 >= sFirst && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'ADV' || T[a - 1]!.pos === 'PART')) a--;
  const subj = subjectLeft(D, a, sFirst);
  return subj ? span(D, subj[0], subj[1]) : null;
}

/** Verbs whose "…, as X said." reports the clause before the comma. */
const AS_REPORTED = new Set(['say', 'note', 'report', 'predict', 'expect', 'write', 'observe', 'point', 'put', 'suggest', 'tell', 'explain', 'acknowledge', 'admit', 'warn', 'concede', 'speculate']);

const verbCache = new Map<string, CueEntry>();
function asVerb(e: CueEntry): CueEntry {
  let v = verbCache.get(e.id);
  if (!v) { v = cueEntry({ ...e, frame: 'rest', pos: ['NOUN', 'VERB'] }); verbCache.set(e.id, v); }
  return v;
}

/**
 * A cue the learned filter admitted but no frame reads ("Two surveys show the senator trailing", "The almanac
 * lists the mayor as …", "the county's assertion Monday that …"): the subject or possessive holder as the
 * source, the rest of the clause as the content, else a quote or clause just before.
 */
export function fallbackFrame(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, si: number): Found | null {
  const T = D.T;
  const e = m.value;
  let a = m.first;
  while (a - 1 >= sFirst && m.first - a < 4 && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'PART' || (T[a - 1]!.pos === 'ADV' && !QUANT.has(T[a - 1]!.lower)))) a--;
  let source: Span[] | null = null;
  let left = a - 1;
  const next = T[m.last];
  // a noun that is its clause's subject ("His opinions are …") is no cue; a verb read as a noun
  // after its own subject is ("the project that the mayor hopes will …")
  if (e.frame === 'noun' && next && (next.pos === 'AUX' || next.pos === 'VERB')) {
    const p = T[m.first - 1];
    if (!p || m.first - 1 < sFirst || !(p.pos === 'NOUN' || p.pos === 'PROPN' || (p.pos === 'PRON' && SUBJ_PRON.has(p.lower)))) return null;
  }
  // a raising cue right before another cue hedges it ("officials, who have reportedly indicated that …"): the inner cue
  // speaks, as the raising frame has it; nor does an adverb of report make a claim where the raising frame makes none
  if (e.frame === 'raising' && (D.cueAt[m.last] || adverbHedgeOnly(D, m, sFirst, sLast))) return null;
  const base = { entry: e, lemma: head(D, m).lemma, sent: si }, cue = [span(D, m.first, m.last)], cueTokens: [number, number] = [m.first, m.last];
  // a passive: the by-phrase is the source, the subject the content ("the memo was first reported by the Gazette");
  // not a perception ("the film was seen by thousands")
  if (e.frame !== 'noun' && PARTICIPLE.test(T[m.first]!.lower) && T.slice(a, m.first).some((t) => t.pos === 'AUX' && BE.has(t.lower))) {
    if (e.category === 'perception') return null;
    const subj = subjectLeft(D, a, sFirst);
    if (!subj) return null;
    const content: Span[] = [span(D, subj[0], subj[1])];
    const agent = passiveAgent(D, m.last, sLast);
    if (agent) { source = [agent.source]; if (agent.between) content.push(agent.between); }
    else { const more = contentFrom(D, skipAdjuncts(D, m.last, sLast), sLast); if (more) content.push(more); }
    return makeFound(base, cue, cueTokens, source, content);
  }
  // "her support among riders": the group is the source, the one backed the content
  const among = e.frame === 'noun' ? backers(D, m.first, m.last, sFirst, sLast) : null;
  if (among) return makeFound(base, cue, cueTokens, [among.source], [among.backed]);
  let r0 = m.last;
  if (e.frame === 'noun') ({ source, r: r0 } = nounHolder(D, m.first, m.last, sFirst, sLast));
  if (!source) {
    // a verb the tagger read as a noun ("Two surveys show …", "The almanac lists …") has a subject noun phrase that opens its clause
    const subj = subjectLeft(D, a, sFirst);
    const opens = !!subj && opensClause(D, subj[0], sFirst);
    if (subj && (e.frame !== 'noun' || (opens && subjectEnd(T[m.first - 1])))) { source = [span(D, subj[0], subj[1])]; left = subj[0] - 1; }
  }
  const r = objectStart(D, skipAdjuncts(D, r0, sLast), sLast, true);
  const rightEmpty = r >= sLast || (isPunct(T[r]) && r >= sLast - 1) || (isMark(T[r]) && closesQuote(D, r) >= 0 && r >= sLast - 2);
  // "The mayor tweeted:" and the next sentence; the rest of the clause; or a quote or clause before
  let content: Span | null = afterColon(D, r, sLast);
  if (!content && !rightEmpty) content = contentFrom(D, r, sLast, e.frame === 'noun' && subjectPosition(D, source ? firstTokenFrom(T, source[0]![0]) : m.first, sFirst));
  // "The plan drew criticism from pilots", "the firm was subject to criticism from lawmakers like …": what draws it is
  // what the holder after the noun is about
  if (!content && rightEmpty && e.frame === 'noun' && source && firstTokenFrom(T, source[0]![0]) > m.first) content = receiver(D, m.first, sFirst);
  if (!content && rightEmpty && left >= sFirst - 1) content = leftContent(D, left, sFirst)?.span ?? null;
  if (!content && rightEmpty && source && left > sFirst && (T[left]!.pos === 'NOUN' || T[left]!.pos === 'PROPN')) {
    // an object relative without "that": "the style he prefers", "a country she does not remember" — the noun phrase before the subject
    let s0 = left;
    while (s0 - 1 >= sFirst && npTok(T[s0 - 1]!, false) && T[s0 - 1]!.pos !== 'VERB' && T[s0 - 1]!.pos !== 'ADV') s0--;
    content = span(D, s0, left + 1);
  }
  if (!content) return null;
  const parts: Span[] = [content];
  if (source && left - 1 >= sFirst && /^(?:that|which)$/.test(T[left]!.lower) && (T[r]?.pos === 'AUX' || T[r]?.pos === 'VERB')) {
    // "a project that the mayor hopes will revive the harbor": the clause's subject is the noun before "that"
    const s0 = npStartLeft(D, left - 1, sFirst);
    if (s0 >= 0) parts.unshift(span(D, s0, left));
  }
  return makeFound(base, cue, cueTokens, source, parts);
}

/** After the cue at r, a speaker's noun phrase ending in a name that runs to the sentence's end. */
function invertedSpeaker(D: Doc, r: number, sLast: number): boolean {
  const T = D.T;
  if (r >= sLast || !npTok(T[r]!, false) || opensQuote(D, r) >= 0 || T[r]!.pos === 'PRON' || T[r]!.pos === 'ADJ') return false;
  const end = npRight(D, r, sLast, true);
  const head = T[end - 1];
  // (a name: "noted the problem", "predicted a storm" have objects)
  // (not a day: "…, said Sunday.")
  return end > r && !!head && head.pos === 'PROPN' && !T.slice(r, end).some((t) => timeWord(t) || MONTH.test(t.lower))
    && (end >= sLast || (isPunct(T[end]) && end === sLast - 1));
}

const SAYS = new Set(['speech', 'writing', 'belief', 'intention']);
/**
 * An adverb of report ("reportedly") that makes no claim of its own: in a question ("Did the mayor reportedly resign?"),
 * in a phrase set off by a comma ("The suspect, reportedly a former employee, fled"), inside a noun phrase ("The
 * reportedly stolen car"), before a comma ("has reportedly, and without notice, hired"), or on a word that is no verb
 * without a verb before it ("left the meeting reportedly furious"). It stays a hedge.
 */
function adverbHedgeOnly(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number): boolean {
  const T = D.T;
  if (T[m.first]!.pos !== 'ADV') return false;
  if (T[sLast - 1]?.text === '?') return true;
  const before = m.first > sFirst ? T[m.first - 1]! : undefined, after = m.last < sLast ? T[m.last] : undefined;
  if (before?.text === ',' || before?.pos === 'DET' || (after !== undefined && isPunct(after))) return true;
  const verbAfter = after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX');
  const verbBefore = before !== undefined && (before.pos === 'VERB' || before.pos === 'AUX');
  return !verbAfter && !verbBefore;
}

/** "X seems Y", "X appears to Y", "X has reportedly Y": no source; the subject and the predicate are the content. */
function raising(D: Doc, m: Match<CueEntry>, a: number, r: number, sFirst: number, sLast: number, base: Base, cue: Span[]): Found | null {
  const T = D.T;
  if (r >= sLast || isPunct(T[r])) return null;
  if (adverbHedgeOnly(D, m, sFirst, sLast)) return null;
  if (D.cueAt[r] || (T[r]!.lower === 'to' && D.cueAt[r + 1])) return null; // "appeared to suggest": the inner cue speaks
  const content: Span[] = [];
  const subj = subjectLeft(D, a, sFirst);
  // "Dunn seemed to blame the pilots": a verb of saying or thinking after "to" is what the subject did, hedged; the
  // subject is its source where it can speak (not "The clouds seemed to promise rain"), and the cue runs from the
  // auxiliaries to that verb (the learned filter seldom admits a cue so close to another)
  const v = T[r]!.lower === 'to' ? r + 1 : T[m.last - 1]!.lower === 'to' ? r : -1;
  if (subj && v > 0 && v < sLast && T[v]!.pos === 'VERB' && !BE.has(T[v]!.lower) && voiced(D, subj[0], subj[1], true)) {
    const inner = cueMatcher().matcher.matchAt(T, v, sLast).find((x) => x.value.pos.includes('VERB') && SAYS.has(x.value.category));
    const rest = inner ? contentFrom(D, inner.last, sLast) : null;
    if (inner && rest) {
      return makeFound({ entry: inner.value, lemma: T[v]!.lemma || T[v]!.lower, sent: base.sent }, [span(D, a, inner.last)], [m.first, inner.last], [span(D, subj[0], subj[1])], [rest]);
    }
  }
  if (subj) {
    const t = T[subj[0]]!;
    if (!(subj[1] - subj[0] === 1 && (t.lower === 'it' || t.lower === 'there'))) content.push(span(D, subj[0], subj[1]));
  }
  const rest = contentFrom(D, r, sLast);
  if (!rest) return null;
  content.push(rest);
  return makeFound(base, cue, [m.first, m.last], null, content);
}

function according(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  let end = npRight(D, m.last, sLast, true);
  // the source runs to the phrase's end: "according to exit polls", "according to people familiar with the plans",
  // "according to figures the campaign released" (the tagger reads some of these nouns as verbs)
  let stop = m.last;
  // (a hyphen inside a name goes on, "ABC-Washington Post"; a dash ends the phrase: "the Harbor Institute - a rise of …")
  while (stop < sLast && stop - m.last <= 20 && !(isPunct(T[stop]) && !/^[’&/-]$/.test(T[stop]!.text)) && !isDash(T[stop]) && !D.cueAt[stop]) stop++;
  if (stop > end && stop - m.last <= 20 && (stop >= sLast || isPunct(T[stop]))) end = stop;
  if (end === m.last) return null;
  const source: Span[] = [span(D, m.last, end)];
  const content: Span[] = [];
  const cue: Span[] = [span(D, m.first, m.last)];
  let beforeStart = sFirst;
  for (let x = m.first - 1; x > sFirst; x--) if (T[x]!.text === ';') { beforeStart = x + 1; break; }
  const before = m.first > beforeStart ? trimmed(D, beforeStart, m.first) : null;
  // at the head of a that-clause ("Ruiz said that, according to the engineers, the bridge …") it reports what follows
  const headOfClause = m.first - 2 > sFirst && thatHeadsClause(D, m.first - 2, sLast);
  if (before && m.first - beforeStart >= 3 && !headOfClause) {
    const q0 = D.qOf[beforeStart] ?? -1;
    if (q0 >= 0 && D.quotes[q0]!.start < before[0]) before[0] = D.quotes[q0]!.start;
    content.push(before);
  } else if (m.first - beforeStart === 2 && /^(?:that|this)$/.test(T[beforeStart]!.lower) && BE.has(T[beforeStart + 1]!.lower)) {
    // "That’s according to X.": the pronoun, which stands for what the sentence before said, is all it reports (not
    // "That’s according to whom?")
    if (T[sLast - 1]?.text === '?') return null;
    return makeFound(base, cue, [m.first, m.last], source, [span(D, beforeStart, beforeStart + 1)]);
  }
  let r = end;
  if (T[r]?.text === ',') r++;
  // after a dash, only the clause the source interrupted goes on ("most riders - 63 percent, according to X - still
  // believe …"), not an aside on the figure ("…, according to X - half a point of the budget")
  let resumes = true;
  if (isDash(T[r])) {
    let v = r + 1;
    while (v < sLast && T[v]!.pos === 'ADV') v++;
    resumes = T[v]?.pos === 'VERB' || T[v]?.pos === 'AUX';
  }
  if (r < sLast - 1 && (resumes || !content.length)) {
    const after = contentFrom(D, r, sLast);
    if (after) content.push(after);
  }
  if (!content.length) return null; // "According to X." alone: nothing it reports in the sentence
  return makeFound(base, cue, [m.first, m.last], source, content);
}

/** A party and state in brackets after a politician's name: "(D)", "(R-Texas)", "(I-Vt.)", "(D-N.Y.)". */
const PARTY_LABEL = /^\((?:D|R|I)(?:\s?[-–]\s?[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)?\)$/;

function colon(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  let s = sFirst;
  while (s < m.first && isMark(T[s])) s++;
  // the lead-in without a party (and state) in brackets: "Sen. Ann Ruiz (D-Ore.):", "Ruiz (R):"; not "(pictured)",
  // "(UPDATE)" or a news agency's "WASHINGTON (AP):"
  let e = m.first;
  if (T[e - 1]?.text === ')') {
    let k = e - 2;
    while (k > s && T[k]!.text !== '(' && e - k < 8) k--;
    if (k > s && T[k]!.text === '(' && PARTY_LABEL.test(D.text.slice(T[k]!.start, T[e - 1]!.end))) e = k;
  }
  const n = e - s;
  if (n < 1 || n > 5 || m.last >= sLast - 1) return null;
  for (let x = s; x < e; x++) {
    const t = T[x]!;
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PART' || (t.text === '’' || t.text === '.'))) {
      // a hyphen inside a name: "Okonkwo-Adeyemi"
      const joined = t.text === '-' && x > s && x + 1 < e && T[x - 1]!.end === t.start && T[x + 1]!.start === t.end;
      if (!joined && !/^[A-Z]/.test(t.text)) return null;
    }
  }
  if (!/^[A-Z]/.test(T[s]!.text)) return null;
  // a page label ("Editor's note:", "UPDATE:", "For instance:") names no speaker: its last word is the label's; some
  // words only as the whole label (an interview's "Q:", not "Witness A:"; the kicker "WATCH:", not "Harbor Watch:")
  const last = T[e - 1]!.lower;
  if (m.value.labels?.includes(last) || (n === 1 && m.value.soleLabels?.includes(last))) return null;
  // a title-case lead-in that ends in a cue verb is that verb's claim, not a second one: an inflected verb ("Mayor
  // Says: Fares Will Rise") or a base form after a plural that names nobody ("Experts Warn:"); not a name read as a verb
  // ("Dr. Hope:", "Ellis Hope:"), nor after a preposition, where the verb's subject would be only part of the lead-in
  // ("Top Aide To Ruiz Says:")
  const lv = T[m.first - 1]!, subj = m.first - 2 >= s ? T[m.first - 2] : undefined;
  const headlineVerb = lv.lemma !== lv.lower || (!!subj && /[^s]s$/.test(subj.lower) && !isPersonName(subj.lower));
  const verbsClaim = D.cueAt[m.first - 1] && lv.pos === 'VERB' && headlineVerb
    && !T.slice(s, m.first - 1).some((t) => t.pos === 'ADP' || /^(?:to|of|for|by)$/.test(t.lower));
  if (verbsClaim) return null;
  // only a headline, a transcript line or a paragraph's lead-in
  const lineStart = D.text.lastIndexOf('\n', T[s]!.start - 1) + 1;
  if (D.text.slice(lineStart, T[s]!.start).trim().replace(/["“`']/g, '') !== '') return null;
  const sp = trimmed(D, m.last, sLast);
  if (!sp) return null;
  // a transcript speaker in capitals ("SMITH: Yes.") may answer in a word
  const transcript = T.slice(s, m.first).every((t) => !/[a-z]/.test(t.text));
  // a dateline is a place in capitals before a report in the third person ("WASHINGTON: The Senate voted …"), where a
  // place that speaks says "we" ("GEORGIA: We will appeal")
  const place = D.text.slice(T[s]!.start, T[e - 1]!.end).toLowerCase();
  if (transcript && isPlaceName(place) && !/^(?:i|we|our|my|us)$/.test(T[m.last]?.lower ?? '')) return null;
  if (!transcript && !saysSomething(T, m.last, sLast)) return null;
  // a transcript turn runs to its paragraph's end
  const para = D.text.indexOf('\n', sp[1]);
  const paraEnd = para < 0 ? D.T[D.T.length - 1]!.end : para;
  const q = D.qOf[m.first] ?? -1;
  if (q >= 0 || opensQuote(D, s - 1) >= 0) sp[1] = Math.max(sp[1], trimEnd(D.text, paraEnd));
  return makeFound(base, [span(D, m.first, m.last)], [m.first, m.last], [span(D, s, m.first)], [sp]);
}

/**
 * What a speaker says after a colon is a clause, a quote or an answer, not a bare name, number or list ("Lee: 46.",
 * "Contributing: Jane Doe."). Title-case headlines hide their verbs from the tagger ("Senator: Budget Deal Falls
 * Short"), so there any word but a name list will do.
 */
function saysSomething(T: readonly Token[], from: number, to: number): boolean {
  if (nameList(T, from, to)) return false;
  let words = 0, caps = 0, other = false;
  for (let x = from; x < to; x++) {
    const t = T[x]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '?' || /^[“”"‘’']$/.test(t.text)) return true;
    if (x === from && /^(?:no|not|never|yes)$/i.test(t.text)) return true; // "Mayor: No new taxes this year"
    if (!/^[A-Za-z]/.test(t.text)) continue;
    words++;
    if (/^[A-Z]/.test(t.text)) caps++;
    if (t.pos !== 'PROPN' && t.pos !== 'CCONJ') other = true;
  }
  return words >= 2 && caps / words >= 0.6 && other;
}

/**
 * Tokens [from, to) are a list of three names or more: capitalised words in groups of one to four, parted by commas
 * or "and" ("Ann Ruiz, Tom Pike, Will Hale and Rob Dunn."). A group's first word is a name, or a first name the tagger
 * reads as a verb or an auxiliary ("Will", "Grant", "Rob"); its later words are names, surnames in -ing the tagger
 * reads as verbs ("Manning"), or an auxiliary, verb or noun in its base form after a first name ("George Will", "Tom
 * Cross", "Dale Church"). Anything else is a title-case headline's claim, not a list: a verb ("Pike, Dunn And Hale
 * Lied", "Pat Lied, Sue Knew"), a common noun ("Fares, Fees And Tolls Go Up"), "No" ("No Taxes, No Tolls, No Fees"),
 * a word that says how someone is ("Josh Ready, Drew Out And Grant Doubtful").
 */
function nameList(T: readonly Token[], from: number, to: number): boolean {
  let items = 0, run = 0;
  // a title-case line ("… And …") writes its verbs in capitals: there a base-form verb is no surname ("Drew Sit And Grant Play")
  let titleCase = false;
  for (let x = from; x < to; x++) if (T[x]!.text === 'And') titleCase = true;
  for (let x = from; x < to; x++) {
    const t = T[x]!;
    if (t.text === ',' || t.lower === 'and') {
      if (run === 0) { if (t.lower === 'and') continue; return false; } // ", and"
      items++; run = 0;
    } else if (run < 4 && nameWord(T, x, run, titleCase)) run++;
    else if (!(run && (t.text === '-' || t.text === '.'))) return false; // "Ruiz-Pike", the closing period
  }
  return items + (run ? 1 : 0) >= 3;
}

/** Token x is a word of a name group in `nameList`, after `run` words of the group (`titleCase`: the line's words are capitalised). */
function nameWord(T: readonly Token[], x: number, run: number, titleCase: boolean): boolean {
  const t = T[x]!;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  if (t.pos === 'PROPN') return true;
  if (run === 0) return t.pos === 'VERB' || t.pos === 'AUX';
  if (t.pos === 'VERB' && /ing$/.test(t.lower)) return true;
  // a surname the tagger reads as another word, after a first name: "George Will", "Tom Cross", "Dale Church"
  return isFirstName(T[x - 1]!.lower) && (t.pos === 'AUX' || ((t.pos === 'NOUN' || (t.pos === 'VERB' && !titleCase)) && t.lemma === t.lower));
}

const trimEnd = (text: string, e: number) => { while (e > 0 && /\s/.test(text[e - 1]!)) e--; return e; };

function dash(D: Doc, m: Match<CueEntry>, sLast: number, base: Base): Found | null {
  const T = D.T;
  // "“words” ― Jane Doe": a name after the dash, a quote just before it
  const end = npRight(D, m.last, sLast, false);
  if (end === m.last || (end < sLast && !(isPunct(T[end]) && end >= sLast - 1))) return null;
  for (let x = m.last; x < end; x++) if (T[x]!.pos !== 'PROPN' && !/^[A-Z]/.test(T[x]!.text)) return null;
  const p = m.first - 1;
  const q = p >= 0 ? closesQuote(D, p) : -1;
  if (q < 0) return null;
  return makeFound(base, [span(D, m.first, m.last)], [m.first, m.last], [span(D, m.last, end)], [quoteSpan(D, q)]);
}

function inSource(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  const noun = T[m.last - 1]!.lower;
  if (!/^(?:poll|polls|survey|surveys|study|analysis)$/.test(noun)) return null;
  // "In a national poll released Monday, most voters said …": the phrase opens the sentence and a comma
  // closes it; a cue of its own whatever other cues the sentence holds. Elsewhere only when it is the sentence's one cue.
  const open = m.first === sFirst || (m.first === sFirst + 1 && T[sFirst]!.pos === 'CCONJ');
  const close = open ? pollPhraseEnd(D, m.last, sLast) : -1;
  if (close < 0) {
    // mid-sentence, one poll with a determiner ("in a new poll"), not standings ("rose in the polls")
    if (!/^(?:a|an|the|this|that)$/.test(T[m.first + 1]!.lower) || /s$/.test(noun)) return null;
    for (let x = sFirst; x < sLast; x++) if (D.cueAt[x] && x !== m.first) return null;
  }
  const source: Span[] = [span(D, m.first + 1, close >= 0 ? close : m.last)];
  const content: Span[] = [];
  if (close >= 0) { let r = close + 1; if (T[r] && /ed$/.test(T[r]!.lower) && T[r]!.pos === 'VERB') { const c2 = pollPhraseEnd(D, r, sLast); if (c2 > r) r = c2 + 1; } const c = contentFrom(D, r, sLast); if (c) content.push(c); }
  else if (m.first - sFirst >= 3) { const b = trimmed(D, sFirst, m.first); if (b) content.push(b); }
  else { let r = m.last; if (T[r]?.text === ',') r++; const c = contentFrom(D, r, sLast); if (c) content.push(c); }
  if (!content.length) return null;
  return makeFound(base, [span(D, m.first, m.first + 1)], [m.first, m.last], source, content);
}

/** The comma that ends a poll phrase at token r, after at most a short participle or prepositional tail ("released Monday", "of likely voters"); -1 if none. */
function pollPhraseEnd(D: Doc, r: number, sLast: number): number {
  for (let k = r; k < sLast && k < r + 10; k++) {
    const t = D.T[k]!;
    if (t.text === ',') return k;
    if (t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ' || isMark(t) || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '.')) return -1;
  }
  return -1;
}

function nounCue(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  const e = m.value;
  // backing among a group, or from a verb's object ("won the endorsement of the union")
  const among = backers(D, m.first, m.last, sFirst, sLast);
  if (among) return makeFound(base, [span(D, m.first, m.last)], [m.first, m.last], [among.source], [among.backed]);
  // the holder: a possessive before ("his claim", "the mayor's repeated claim"), or "by" / "from" after
  const held = nounHolder(D, m.first, m.last, sFirst, sLast);
  const r = held.r;
  const source = held.source ?? verbalNoun(D, m, sFirst);
  if (!complementAt(D, r, sLast, e)) return null;
  const t = T[r]!;
  if (!source && t.lower !== 'that') return null;
  if (!(t.lower === 'that' || t.lower === 'to' || t.lower === 'for' || t.lower === 'of' || t.lower === 'about' || t.text === ':' || opensQuote(D, r) >= 0)) return null;
  if ((t.lower === 'for' || t.lower === 'of' || t.lower === 'about') && !(e.category === 'belief' || e.category === 'intention' || /criticism|call|demand|warning/.test(e.id))) return null;
  const start = t.lower === 'for' || t.lower === 'of' || t.lower === 'about' ? r + 1 : r;
  // (a holder after the noun, "the calls from pilots to …", leaves the noun to open the phrase)
  const holder = source ? firstTokenFrom(D.T, source[0]![0]) : m.first;
  // (a noun read for the verb it is heads no subject)
  const inSubject = !(source && !held.source) && subjectPosition(D, holder < m.first ? holder : m.first, sFirst);
  let stop = sLast;
  if (inSubject && t.lower !== 'that' && t.text !== ':' && opensQuote(D, r) < 0) {
    // "The mayor's call for a second pier | was rejected", "Her plan to cut fares | won praise": the noun phrase is the
    // subject, its complement ends before the sentence's verb
    for (let x = start; x < sLast; x++) {
      const v = T[x]!;
      // (not a clause of its own: "doubts whether Congress will …", "hope of returning if the act doesn't pass")
      if (v.pos === 'SCONJ' || WH.has(v.lower) || v.lower === 'if' || v.lower === 'that') break;
      if (x === start) continue;
      // (not an infinitive's verb: "to build a pier and widen the channel")
      if (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower) && T[x - 1]!.lower !== 'to' && !(x === start + 1 && t.lower === 'to')
        && !(T[x - 1]!.pos === 'CCONJ' && t.lower === 'to'))) { stop = x; break; }
    }
  }
  const sp = contentFrom(D, start, stop, t.lower === 'that' && inSubject);
  if (!sp) return null;
  const found: Found = makeFound(base, [span(D, m.first, m.last)], [m.first, m.last], source, [sp]);
  if (stop < sLast) found.fixedEnd = true;
  return found;
}

/**
 * A noun cue the tagger read for the verb it is, right after its subject, with which it agrees: "Some Democrats doubt
 * that …", "many fishermen fear the council will …", "The union, a group of dockworkers, plans to …". Returns the
 * subject as the source, or null.
 */
function verbalNoun(D: Doc, m: Match<CueEntry>, sFirst: number): Span[] | null {
  const T = D.T;
  const v = T[m.first]!, p = T[m.first - 1];
  if (m.first - 1 < sFirst || !p || !(nounish(p) || p.text === ',') || m.last - m.first !== 1) return null;
  const subj = subjectLeft(D, m.first, sFirst);
  if (!subj) return null;
  let h = subj[1] - 1;
  for (let x = subj[0]; x < subj[1]; x++) if (T[x]!.text === ',') { h = x - 1; break; }
  const head = T[h]!;
  if (!(head.pos === 'NOUN' || head.pos === 'PROPN' || (head.pos === 'PRON' && SUBJ_PRON.has(head.lower)))) return null;
  const plural = head.pos === 'PRON' ? /^(?:i|we|they|you)$/.test(head.lower) : (/[^s]s$/.test(head.lower) || PLURAL_NOUN.test(head.lower));
  const base = v.lower === (v.lemma || v.lower);
  const third = !base && /[^s]s$/.test(v.lower);
  // (a bare common noun before a plural in -s is a compound's modifier: "Voter fears that …", "Harbor worries")
  const named = head.pos === 'PROPN' || T[subj[0]]!.pos === 'DET' || /^(?:his|her|their|its|our|my)$/.test(T[subj[0]]!.lower);
  return (base && plural) || (third && !plural && head.pos !== 'PRON' && named) ? [span(D, subj[0], subj[1])] : null;
}
/** Plurals without an -s. */
const PLURAL_NOUN = /^(?:people|men|women|children|police|fishermen|firemen|clergy|staff|(?:[a-z]+)?(?:men|women))$/;

/**
 * The start of a plain noun phrase that ends right before the participle at `a` and follows "among", "with", "for" or
 * "at" ("with pilots", "among those"), or -1. (After "to" or "from" the object may be an addressee: "made a pitch to
 * voters saying …" is the pitch-maker's.)
 */
function prepObject(D: Doc, a: number, sFirst: number): number {
  const T = D.T;
  let s0 = a;
  while (s0 - 1 > sFirst && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(T[s0 - 1]!.pos) || T[s0 - 1]!.lower === 'those')) s0--;
  if (s0 === a || s0 - 1 <= sFirst || !nounish(T[a - 1]) && T[a - 1]!.lower !== 'those') return -1;
  const p = T[s0 - 1]!;
  if (p.pos !== 'ADP' || !/^(?:among|with|for|at)$/.test(p.lower)) return -1;
  // (not a time or a place: "at noon saying", "with Salem voting")
  if (T.slice(s0, a).some((t) => timeWord(t) || (t.pos === 'PROPN' && isPlaceName(t.lower)))) return -1;
  return s0;
}

/**
 * Tokens [s, e) name someone who can say or feel something: a personal pronoun, a name that is no place, a word of
 * data/sources.json for people or bodies (officials, critics, the council; documents too where `documents`), or a
 * noun for people ("forecasters", "the coach", "the crew"). "The clouds", "the weather", "Eastport" do not.
 */
export function voiced(D: Doc, s: number, e: number, documents = false): boolean {
  const T = D.T;
  const lex = sourceLexicon();
  for (let x = s; x < e; x++) {
    const t = T[x]!;
    if (t.pos === 'PRON' && /^(?:i|he|she|we|they|you|who|someone|somebody|everyone|everybody|anyone|nobody|those|others)$/.test(t.lower)) return true;
    if (t.pos === 'PROPN' && !isPlaceName(t.lower)) return true;
    if (lex.matcher.matchAt(T, x, e).some((m) => documents || m.value.type !== 'document')) return true;
    if (t.pos === 'NOUN' && (PEOPLE.test(t.lemma || t.lower) || (/(?:er|or|ist|ian|ant|ent|ee|man|men|woman|women)s?$/.test(t.lower) && !NOT_PEOPLE.test(t.lemma || t.lower)))) return true;
  }
  return false;
}
/** Nouns for people or bodies of people that data/sources.json does not list. */
const PEOPLE = /^(?:coach|jury|crew|family|parent|child|children|student|fan|staff|team|club|league|police|people|public|principal|pilot|chief|boss|citizen|community|audience|crowd|party|opposition|administration|government|guild|union|board|panel|court|committee|group|delegation|side|camp)$/;
/** Nouns in -er, -or, -ant … that are no people. */
const NOT_PEOPLE = /^(?:water|weather|river|winter|summer|thunder|number|matter|power|order|border|corner|center|centre|timber|fever|cancer|tower|paper|letter|error|factor|sector|motor|floor|door|color|colour|labor|labour|favor|favour|honor|terror|horror|mirror|event|moment|comment|element|amount|content|extent|talent|percent|giant|plant|grant|statement|argument|agreement|document|movement|payment|treatment|investment|development|environment|tournament|monument|instrument|equipment|engagement|announcement|assessment|enforcement|settlement|requirement|achievement|employment|unemployment|entertainment|improvement|involvement|encouragement|commitment|appointment|establishment|experiment|judgment|segment|fragment|accident|incident)$/;

/** Cues whose "to" phrase is what they answer, not whom they address. */
const RESPOND = new Set(['respond', 'reply', 'react']);

/** A coordinating word at token b that joins a verb to the predicate before it ("and", "but", ", then"), not "Smith and Jones". */
function coordinatedAt(D: Doc, b: number, sFirst: number): boolean {
  const T = D.T;
  const w = T[b]!.lower;
  if (!(w === 'and' || w === 'but' || (w === 'then' && (T[b - 1]?.text === ',' || T[b - 1]?.lower === 'and')))) return false;
  return !(T[b - 1]?.pos === 'PROPN' && T[b - 2]?.pos === 'PROPN' && b - 2 >= sFirst && npStartLeft(D, b - 1, sFirst) === sFirst);
}
