import { firstTokenFrom } from '../../annotate/annotate.js';
import type { Annotated, Attribution, QuoteKind, Span, Token } from '../../types.js';
import type { Match } from '../match.js';
import { cueMatcher, type CueEntry, type CueLexicon } from './lexicon.js';
import { CANDIDATE_POS, cueFeatures, cueModel, scoreFeatures, vocabKey, WH } from './model.js';
import { findQuotes, quoteOfTokens, type Quote } from './quotes.js';

export { loadCues, validateCue, cueMatcher, type CueEntry, type CueFrame } from './lexicon.js';
export { findQuotes, type Quote } from './quotes.js';
export { cueModel, setCueModel, modelFromStored, type CueModel, type StoredModel } from './model.js';

/*
 * Attribution extraction by rule, one left-to-right pass over each sentence.
 *
 * 1. Quotes are found once per document (quotes.ts); tokens know the quote that holds them.
 * 2. Cues come from the lexicon (data/cues.json) through the shared phrase matcher; a cue inside a
 *    quote is the speaker's own words and is skipped (PolNeAR does not annotate those).
 * 3. Each cue's frame decides where source and content are:
 *    - verbs (`rest`, `object`): the subject to the left ("X said …"), with an apposition or relative
 *      clause between commas; or, with nothing to the left, the noun phrase after the cue ("…," said X).
 *      Content is what follows the cue to the clause's end (an addressee skipped for tell-like verbs),
 *      or, when nothing follows, what precedes it: the quote ending just before ("…," X said) or the
 *      clause before the comma. A quote re-opened after the cue ("…," he said, "…") is one more
 *      content span. Quoted sentences that follow a quote without a cue of their own are added.
 *    - `according`: the noun phrase after "according to" is the source, the rest of the sentence the content.
 *    - `colon`: "Speaker: words" in headlines and transcripts. `dash`: "“words” ― Speaker".
 *    - `noun`: "X's claim that …", "his warning to …", "the plan by X to …".
 */

interface Doc {
  text: string;
  T: readonly Token[];
  quotes: Quote[];
  qOf: Int32Array;
  /** Token starts a cue (of any frame), so content stops before a parenthetical ", he said". */
  cueAt: Uint8Array;
  /** The learned filter decided the cues (an agentless passive it admits gets a frame: "X was criticized for …"). */
  scored: boolean;
}

interface Found {
  cue: Span[];
  cueTokens: [number, number];
  entry: CueEntry;
  lemma: string;
  source: Span[] | null;
  content: Span[];
  /** First/last token of the sentence the cue is in. */
  sent: number;
}

const QUOTE_MARK = /^(?:[“”"]|``|''|`|')$/;
const REL = new Set(['who', 'which', 'that', 'whom', 'whose', 'what']);
const SUBJ_PRON = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'there', 'this', 'these', 'those']);
const NP_PREP = new Set(['of', 'for', 'at', 'from', 'with', 'on', 'in']);
const TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'again', 'repeatedly', 'publicly', 'privately', 'previously', 'last', 'this',
  'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'then', 'once', 'twice', 'too', 'also',
  'separately', 'directly', 'flatly', 'bluntly', 'openly', 'simply', 'frequently', 'often', 'ago', 'before', 'afterward',
  'afterwards', 'now', 'there', 'here', 'late', 'early']);
const VENUE = new Set(['statement', 'interview', 'tweet', 'tweets', 'speech', 'email', 'e-mail', 'letter', 'post', 'release',
  'call', 'conference', 'briefing', 'op-ed', 'memo', 'video', 'message', 'appearance', 'remarks', 'debate', 'rally', 'event',
  'hearing', 'meeting', 'address', 'filing', 'report', 'documentary', 'podcast', 'broadcast', 'show', 'program', 'session']);
const PLATFORM = new Set(['twitter', 'facebook', 'instagram', 'youtube', 'television', 'tv', 'radio', 'air', 'camera', 'stage']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', "'re", '’re', 'am']);
const PARTICIPLE = /(?:ed|en|said|told|known|seen|shown|thought|written|heard|found|felt|held|made|taken|given|led|run|done|drawn|chosen|understood|meant|taught|sought|brought)$/;

const PARTICLES = new Set(['back', 'up', 'out', 'down', 'off', 'away']);
const OBJ_PREP = new Set(['at', 'for', 'about', 'over', 'on', 'against', 'with', 'of', 'into']);
/** Verb forms that are prepositions in news text: "regarding the plan". */
const PREPOSITIONAL = new Set(['regarding', 'concerning', 'considering', 'given', 'following', 'including', 'pending', 'barring']);
const isPunct = (t: Token | undefined) => !!t && t.pos === 'PUNCT';
const isMark = (t: Token | undefined) => !!t && QUOTE_MARK.test(t.text);

function npTok(t: Token, atStart: boolean): boolean {
  switch (t.pos) {
    case 'DET': case 'ADJ': case 'NOUN': case 'PROPN': case 'NUM': return true;
    case 'PRON': return !REL.has(t.lower);
    case 'PART': return t.lower === "'s" || t.lower === '’s';
    case 'PUNCT': return t.text === '’' || t.text === '-' || t.text === '&' || t.text === '/' || t.text === '(' || t.text === ')';
    case 'VERB': case 'ADV': case 'X': return !atStart && /^[A-Z]/.test(t.text) && !/^[A-Z]+$/.test(t.text) ? true : t.pos === 'X' && /^[A-Z]/.test(t.text);
    default: return false;
  }
}
const nounish = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');
/** The last word of a subject: a noun, or a quantifier standing for one ("Some say", "42% say"). */
const subjectEnd = (t: Token | undefined) => nounish(t) || (!!t && (QUANT.has(t.lower) || t.text === '%'));

/** Lemmas of the lexicon's verb entries (a pattern opening with `<lemma>`), for headline verbs the tagger reads as names. */
let lexiconVerbs: Set<string> | null = null;
function verbLemmas(): Set<string> {
  if (!lexiconVerbs) {
    lexiconVerbs = new Set();
    for (const e of cueMatcher().entries) {
      if (!e.pos.includes('VERB')) continue;
      for (const p of e.patterns) { const m = /^<([a-z-]+)>/.exec(p); if (m) lexiconVerbs.add(m[1]!); }
    }
  }
  return lexiconVerbs;
}
/** The base form of a capitalized third-person verb: "Slams" → slam, "Addresses" → address, "Denies" → deny. */
function verbBase(lower: string): string {
  if (/ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}
/**
 * Tokens with headline verbs re-tagged: in a title-case sentence ("Senator Slams Plan In Heated Debate") the
 * tagger reads every capitalized word as a name. A name right after the subject's name or noun whose base form is a
 * lexicon verb becomes that verb. The document's tokens when nothing changes.
 */
function headlineVerbs(doc: Annotated): readonly Token[] {
  const T = doc.tokens;
  let out: Token[] | null = null;
  for (const s of doc.sentences) {
    let words = 0, caps = 0;
    for (let k = s.first + 1; k < s.last; k++) {
      const t = T[k]!;
      if (t.text.length >= 4 && /^[A-Za-z]/.test(t.text)) { words++; if (/^[A-Z][a-z]/.test(t.text)) caps++; }
    }
    if (words < 3 || caps < 0.8 * words) continue;
    for (let k = s.first + 1; k < s.last; k++) {
      const t = T[k]!, prev = T[k - 1]!;
      if (t.pos !== 'PROPN' || !/^[A-Z][a-z]+$/.test(t.text) || !(prev.pos === 'PROPN' || prev.pos === 'NOUN' || prev.pos === 'PRON')) continue;
      const base = verbBase(t.lower);
      if (!verbLemmas().has(base)) continue;
      out ??= T.slice();
      out[k] = { ...t, pos: 'VERB', lemma: base };
    }
  }
  return out ?? T;
}

/** The extractor's view of a document: its quotes, each token's quote, cue marks. Training and extraction share it. */
function docView(doc: Annotated, scored: boolean, headlines = true): Doc {
  const { text } = doc;
  const T = headlines ? headlineVerbs(doc) : doc.tokens;
  const quotes = findQuotes(text, T[0]!.start, T[T.length - 1]!.end);
  return { text, T, quotes, qOf: quoteOfTokens(T, quotes), cueAt: new Uint8Array(T.length), scored };
}

export function findAttributions(doc: Annotated): Attribution[] {
  const { tokens: T, sentences } = doc;
  if (!T.length) return [];
  const { matcher } = cueMatcher();
  const model = cueModel();
  const D = docView(doc, !!model);

  // Pass 1: cue candidates per sentence; the learned filter (model.ts) decides where there is one.
  const feats: number[] = [];
  const perSentence: Match<CueEntry>[][] = [];
  const admitted = new Set<number>(); // first tokens of the cues the model admitted
  for (const s of sentences) {
    // longest plausible match first at each token ("claim" the noun vs "claim" the verb)
    const ms: Match<CueEntry>[] = [];
    const cands = sentenceCandidates(D, s.first, s.last, matcher, model ? model.vocab : null);
    let next = s.first;
    for (let k = 0; k < cands.length; k++) {
      const { i, c, prevLex, nextLex } = cands[k]!;
      if (i < next) continue;
      let m = c.m;
      if (model && !c.ruled) {
        feats.length = 0;
        cueFeatures(D, i, s.first, s.last, m ? m.value : null, prevLex, nextLex, model.bits, feats);
        const sc = scoreFeatures(model, feats);
        // lexicon cues: at or above thresholdLexicon the model has done the complement test; in the band
        // [thresholdRules, thresholdLexicon) the entry's own rule test decides (empty in the committed model);
        // below, no cue. Other words: a cue at or above thresholdOther.
        if (m) m = sc >= model.thresholdLexicon ? { ...m, value: acceptedEntry(m.value) } : sc >= model.thresholdRules ? m : null;
        else if (sc >= model.thresholdOther) m = { first: i, last: i + 1, tokens: [i], value: learnedEntry(D.T[i]!) };
        if (m && sc >= (c.m ? model.thresholdLexicon : model.thresholdOther)) admitted.add(m.first);
      }
      if (!m) continue;
      const prev = ms[ms.length - 1];
      if (prev && i === prev.last && (m.value.id.startsWith('learned-') || prev.value.id.startsWith('learned-'))) {
        // "took issue with": one cue of several words
        ms[ms.length - 1] = { ...prev, last: m.last, tokens: [...prev.tokens, ...m.tokens] };
      } else ms.push(m);
      next = m.last;
    }
    for (const m of ms) D.cueAt[m.first] = 1;
    perSentence.push(ms);
  }

  // Pass 2: frames.
  const found: Found[] = [];
  sentences.forEach((s, si) => {
    let prevSource: Span[] | null = null;
    for (const m of perSentence[si]!) {
      const f: Found | null = buildAttribution(D, m, s.first, s.last, si, prevSource) ?? (admitted.has(m.first) ? fallbackFrame(D, m, s.first, s.last, si) : null);
      if (!f) continue;
      found.push(f);
      if (f.source) prevSource = f.source;
    }
  });

  // Pass 3: quoted sentences that run on after a direct quote.
  extendQuotes(D, found, sentences);

  const sentOf = (pos: number) => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const out: Attribution[] = [];
  const seenCue = new Set<number>();
  for (const f of found) {
    if (seenCue.has(f.cueTokens[0])) continue;
    seenCue.add(f.cueTokens[0]);
    const content = withoutComplementizer(D, mergeSpans(f.content));
    if (!content.length) continue;
    const all = [...f.cue, ...(f.source ?? []), ...content];
    const sents = new Set<number>();
    for (const [a, b] of all) for (let k = sentOf(a); k <= sentOf(Math.max(a, b - 1)); k++) sents.add(k);
    out.push({
      cue: { spans: f.cue, lemma: f.lemma, cueId: f.entry.id, category: f.entry.category, stance: f.entry.stance },
      source: f.source && f.source.length ? { spans: f.source } : null,
      content: { spans: content },
      quote: quoteKind(D, content),
      sentences: [...sents].sort((a, b) => a - b),
    });
  }
  out.sort((a, b) => a.cue.spans[0]![0] - b.cue.spans[0]![0]);
  return out;
}

/**
 * The content of indirect speech starts after its complementizer: "said that [the bridge is
 * unsafe]", as the ledger contract has it ("that" as a pronoun stays: "said [that was wrong]").
 */
function withoutComplementizer(D: Doc, content: Span[]): Span[] {
  const [head, ...rest] = content;
  if (!head) return content;
  const i = tokenStartingAt(D.T, head[0]);
  const t = i >= 0 ? D.T[i] : undefined;
  const next = D.T[i + 1];
  if (!t || t.lower !== 'that' || !next || next.start >= head[1]) return content;
  // A complementizer opens a clause, with a verb after its subject. Not so "that" the pronoun,
  // followed by its verb ("said that was wrong"), nor the determiner of a noun phrase with no
  // verb ("disputed that figure"); wink's tags (SCONJ, DET) do not tell them apart reliably.
  const finite = (k: number) => D.T[k]!.pos === 'AUX' || (D.T[k]!.pos === 'VERB' && !/ing$/.test(D.T[k]!.lower));
  if (finite(i + 1) || next.pos === 'PUNCT') return content;
  let k = i + 2;
  while (k < D.T.length && D.T[k]!.end <= head[1] && !finite(k)) k++;
  if (k >= D.T.length || D.T[k]!.end > head[1]) return content;
  return [[next.start, head[1]], ...rest];
}

/** Index of the token that starts at `pos`, or -1. */
function tokenStartingAt(T: readonly Token[], pos: number): number {
  const k = firstTokenFrom(T, pos);
  return T[k]?.start === pos ? k : -1;
}

/** A cue candidate at token i: a plausible lexicon match (`ruled`: a frame the rules decide alone), or a bare word the model may admit. */
interface Candidate { m: Match<CueEntry> | null; ruled: boolean }
const RULED_FRAMES = new Set(['according', 'colon', 'dash', 'in-source']);

/** "X's claim that …", "his warning that …": a noun cue with its holder and a that-clause is a cue by rule. */
function heldNoun(D: Doc, m: Match<CueEntry>, sFirst: number): boolean {
  if (m.value.frame !== 'noun' || D.T[m.last]?.lower !== 'that') return false;
  let k = m.first - 1;
  while (k >= sFirst && D.T[k]!.pos === 'ADJ') k--;
  const t = D.T[k];
  return k >= sFirst && !!t && (t.lower === "'s" || t.lower === '’s' || /^(?:his|her|their|its|my|our|your)$/.test(t.lower));
}

function candidateAt(D: Doc, i: number, sFirst: number, sLast: number, matcher: CueLexicon['matcher'], vocab: Set<number> | null): Candidate | null {
  const t = D.T[i]!;
  let m: Match<CueEntry> | undefined;
  m = matcher.matchAt(D.T, i, sLast).find((x) => plausibleCue(D, x, sFirst));
  if (m) return { m, ruled: RULED_FRAMES.has(m.value.frame) || m.value.trigger === 'quote' || heldNoun(D, m, sFirst) };
  if (D.qOf[i]! >= 0 || !CANDIDATE_POS.has(t.pos) || PREPOSITIONAL.has(t.lower) || !/^[a-z]/i.test(t.text)) return null;
  if (vocab && !vocab.has(vocabKey(t))) return null; // a word never seen as a cue in training
  return { m: null, ruled: false };
}

/** The candidates of a sentence, each with the nearest lexicon verbs before and after it (-1: none). */
function sentenceCandidates(D: Doc, sFirst: number, sLast: number, matcher: CueLexicon['matcher'], vocab: Set<number> | null): { i: number; c: Candidate; prevLex: number; nextLex: number }[] {
  const out: { i: number; c: Candidate; prevLex: number; nextLex: number }[] = [];
  let lastLex = -1;
  for (let i = sFirst; i < sLast; i++) {
    const c = candidateAt(D, i, sFirst, sLast, matcher, vocab);
    if (!c) continue;
    out.push({ i, c, prevLex: lastLex, nextLex: -1 });
    if (c.m && D.T[i]!.pos === 'VERB') lastLex = i;
  }
  let nextLex = -1;
  for (let k = out.length - 1; k >= 0; k--) {
    const x = out[k]!;
    x.nextLex = nextLex;
    if (x.c.m && D.T[x.i]!.pos === 'VERB') nextLex = x.i;
  }
  return out;
}

/** A lexicon entry admitted by the model: the model has done the complement test. */
const acceptedCache = new Map<string, CueEntry>();
function acceptedEntry(e: CueEntry): CueEntry {
  if (e.trigger !== 'complement') return e;
  let a = acceptedCache.get(e.id);
  if (!a) { a = { ...e, trigger: 'always' }; acceptedCache.set(e.id, a); }
  return a;
}
/** The entry of a word the model admits outside the lexicon: id `learned-<lemma>`, a verb or noun frame. */
const learnedCache = new Map<string, CueEntry>();
function learnedEntry(t: Token): CueEntry {
  const lemma = (t.lemma || t.lower).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'word';
  const key = lemma + '|' + t.pos;
  let e = learnedCache.get(key);
  if (!e) {
    e = { id: `learned-${lemma}`, patterns: [lemma], category: 'speech', stance: 'neutral', weight: 0.6, source: 'learned cue filter (data/models/cue-model.json)',
      pos: [t.pos], frame: t.pos === 'NOUN' ? 'noun' : 'rest', trigger: 'always' };
    learnedCache.set(key, e);
  }
  return e;
}

/**
 * Every candidate of a document with its features, for scripts/train.mjs: the same candidates and
 * features inference scores. `lexicon`: the entry id matched there, else null.
 */
export function cueCandidates(doc: Annotated, bits: number): { token: number; lexicon: string | null; key: number; feats: number[] }[] {
  const { tokens: T, sentences } = doc;
  if (!T.length) return [];
  const { matcher } = cueMatcher();
  // the filter is trained on the tagger's own tags (re-tagging headline verbs there too made the fold models no better)
  const D = docView(doc, false, false);
  const out: { token: number; lexicon: string | null; key: number; feats: number[] }[] = [];
  for (const s of sentences) {
    for (const { i, c, prevLex, nextLex } of sentenceCandidates(D, s.first, s.last, matcher, null)) {
      if (c.ruled) continue;
      const feats: number[] = [];
      cueFeatures(D, i, s.first, s.last, c.m ? c.m.value : null, prevLex, nextLex, bits, feats);
      out.push({ token: i, lexicon: c.m ? c.m.value.id : null, key: vocabKey(D.T[i]!), feats });
    }
  }
  return out;
}

/** POS and quote checks on a matched cue. */
function plausibleCue(D: Doc, m: Match<CueEntry>, sFirst: number): boolean {
  const e = m.value;
  const head = D.T[m.first]!;
  if (e.frame !== 'colon' && e.frame !== 'dash' && D.qOf[m.first]! >= 0) return false;
  if (e.frame === 'in-source' && !pollPhrase(D, m)) return false;
  if (!e.pos.length) return true;
  if (PREPOSITIONAL.has(head.lower)) return false;
  if (e.pos.includes(head.pos)) return true;
  // wink tags a plural subject's verb as a noun now and then: "officials advocate for …"
  if (e.pos.includes('VERB') && head.pos === 'NOUN' && m.first > sFirst) {
    const prev = D.T[m.first - 1]!, next = D.T[m.first + 1];
    const plural = prev.pos === 'PRON' ? SUBJ_PRON.has(prev.lower) : (prev.pos === 'NOUN' && /s$/.test(prev.lower));
    if (plural && !!next && (next.lower === 'that' || next.lower === 'for' || next.pos === 'DET')) return true;
    // "a poll shows that …": a third-person verb read as a plural noun
    return /s$/.test(head.lower) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !/s$/.test(prev.lower) && !!next
      && (next.lower === 'that' || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM' || (next.lower === 'to' && e.category === 'intention'));
  }
  return false;
}

const span = (D: Doc, a: number, b: number): Span => [D.T[a]!.start, D.T[b - 1]!.end];

/** Tokens [a, b) trimmed of edge punctuation other than quote marks; null when empty. */
function trimmed(D: Doc, a: number, b: number): Span | null {
  while (a < b && isPunct(D.T[a]) && !isMark(D.T[a])) a++;
  while (b > a && isPunct(D.T[b - 1]) && !isMark(D.T[b - 1])) b--;
  return b > a ? span(D, a, b) : null;
}

/** Index of the quote opened by token i, or -1. */
function opensQuote(D: Doc, i: number): number {
  const q = D.qOf[i] ?? -1;
  return q >= 0 && D.quotes[q]!.start === D.T[i]!.start ? q : -1;
}
/** Index of the quote closed by token i (its last mark), or -1. */
function closesQuote(D: Doc, i: number): number {
  const q = D.qOf[i] ?? -1;
  return q >= 0 && D.quotes[q]!.end === D.T[i]!.end && isMark(D.T[i]) ? q : -1;
}
const quoteSpan = (D: Doc, q: number): Span => [D.quotes[q]!.start, D.quotes[q]!.end];

/** Skips time words, venues ("in a statement", "on Twitter", "at a rally") and addressees ("to reporters"). */
function skipAdjuncts(D: Doc, i: number, end: number): number {
  const T = D.T;
  for (let guard = 0; guard < 6 && i < end; guard++) {
    const t = T[i]!;
    if (TIME.has(t.lower) || (t.pos === 'ADV' && /ly$/.test(t.lower))) { i++; continue; }
    if (t.pos === 'NUM' && i + 1 < end && /^(?:days?|weeks?|months?|years?)$/.test(T[i + 1]!.lower)) { i += 2; continue; }
    if (t.lower === 'of' && i + 1 < end) {
      // "said of the vote, “…”": what the quote is about
      let j = i + 1;
      while (j < end && j - i <= 6 && npTok(T[j]!, j === i + 1)) j++;
      if (j > i + 1 && j < end && (T[j]!.text === ',' || T[j]!.text === ':') && opensQuote(D, j + 1) >= 0) { i = j; continue; }
      break;
    }
    if ((t.lower === 'on' || t.lower === 'at' || t.lower === 'in' || t.lower === 'during' || t.lower === 'to' || t.lower === 'via' || t.lower === 'from') && i + 1 < end) {
      // a short noun phrase after the preposition, ending in a venue word, a day, or a name
      // "on Monday [that repairs …]": after the phrase's first word, "that" opens the content ("on that day" keeps it)
      let j = i + 1;
      while (j < end && j - i <= 8 && !(T[j]!.lower === 'that' && j > i + 1)
        && (npTok(T[j]!, false) || (T[j]!.lower === 'with' || T[j]!.lower === 'of' || T[j]!.lower === 'on') && j > i + 1)) j++;
      if (j === i + 1) break;
      const words = T.slice(i + 1, j);
      const ok = words.some((w) => VENUE.has(w.lower) || TIME.has(w.lower))
        || (t.lower === 'to' && words.every((w) => w.pos !== 'VERB') && (words.length <= 4))
        || ((t.lower === 'on' || t.lower === 'in') && words.length <= 3 && words.every((w) => w.pos === 'PROPN'));
      if (!ok) break;
      // "to reporters that …" yes; "to build a wall" never reaches here (to + VERB is not a noun phrase)
      i = j;
      continue;
    }
    break;
  }
  return i;
}

/** End (exclusive) of a noun phrase starting at i, for sources after "said" / "according to" / "by". */
function npRight(D: Doc, i: number, end: number, allowApposition: boolean): number {
  const T = D.T;
  let j = i;
  while (j < end) {
    const t = T[j]!;
    // "Sen. Jane Roe (D-Pa.)": a party label after a name, whatever its tokens
    if (t.text === '(' && j > i && T[j - 1]!.pos === 'PROPN') {
      let c = j + 1;
      while (c < end && c - j <= 8 && T[c]!.text !== ')' && T[c]!.text !== '(') c++;
      if (c < end && T[c]!.text === ')') { j = c + 1; continue; }
    }
    if (npTok(t, j === i) || (t.pos === 'ADP' && NP_PREP.has(t.lower) && j > i && (nounish(T[j - 1]) || T[j - 1]!.pos === 'ADJ') && j + 1 < end && npTok(T[j + 1]!, false))
      || ((t.lower === 'and' || t.lower === '&') && j > i && T[j - 1]!.pos === 'PROPN' && T[j + 1]?.pos === 'PROPN')) { j++; continue; }
    break;
  }
  if (j === i) return i;
  if (allowApposition && T[j]?.text === ',' && j + 1 < end) return appositionsRight(D, j, end);
  return j;
}

/**
 * The descriptions of a name that follows its cue ("…," said Jan Holt, 44, of Dayton, a lawyer who
 * lives in Ohio. / according to X, who …): an age, a home town, appositions, and a relative clause
 * with no cue of its own, which runs to the sentence's end. `j` is the comma after the name; returns
 * the end (exclusive) of the last description, or j when none follows (or the "description" turns
 * out to be a clause's subject: "According to police, the suspect, a local man, fled").
 */
function appositionsRight(D: Doc, j: number, end: number): number {
  const T = D.T;
  const boundary = (x: number) => D.qOf[x]! < 0 && (T[x]!.text === ',' || T[x]!.text === ';' || (isPunct(T[x]) && x === end - 1));
  let e = j, seenAppos = false;
  for (let n = 0; n < 6 && T[e]?.text === ',' && e + 1 < end; n++) {
    const s = e + 1, h = T[s]!;
    if (opensQuote(D, s) >= 0 || D.cueAt[s]) break;
    let x = s, cue = false, verb = false, rel = -1;
    while (x < end && !boundary(x) && x - s < 30) {
      const t = T[x]!;
      if (D.cueAt[x]) cue = true;
      if (rel < 0 && (t.lower === 'who' || t.lower === 'whose' || t.lower === 'which')) rel = x;
      // a finite verb; not a participle ("a group supporting X", "a nurse trained in Maine")
      if (rel < 0 && x > s && (t.pos === 'AUX' || (t.pos === 'VERB' && !/^[A-Z]/.test(t.text) && !/ing$/.test(t.lower)
        && !(/ed$/.test(t.lower) && T[x + 1]?.pos === 'ADP')))) verb = true;
      x++;
    }
    if (x === s || cue) break;
    if (h.pos === 'AUX' || (h.pos === 'VERB' && !/(?:ing|ed)$/.test(h.lower))) return j; // the names were a subject
    const age = h.pos === 'NUM' && x === s + 1;
    const town = (h.lower === 'of' || h.lower === 'from') && x > s + 1 && T.slice(s + 1, x).every((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text));
    const appos = rel !== s && ((npTok(h, true) && h.pos !== 'PRON') || h.lower === 'his' || h.lower === 'her' || h.lower === 'their');
    if (rel === s || (appos && !verb && rel > s)) {
      // a relative clause closes the description: it runs on to the sentence's end unless a cue or quote comes
      let y = x;
      while (y < end && T[y]!.text === ',' && y + 1 < end && opensQuote(D, y + 1) < 0 && !D.cueAt[y + 1] && !(T[y + 1]!.pos === 'VERB' && /ing$/.test(T[y + 1]!.lower))) {
        let z = y + 1, c = false;
        while (z < end && !boundary(z)) { if (D.cueAt[z]) c = true; z++; }
        if (c) break;
        y = z;
      }
      return y;
    }
    if (!age && !town && !(appos && !verb)) break;
    if (appos && seenAppos) break;
    if (appos) seenAppos = true;
    e = x;
  }
  return e;
}

/**
 * The subject of a cue whose aux chain starts at `a`: the noun phrase ending at a-1, with an
 * apposition or relative clause between commas. Returns [start, end) tokens, or null.
 */
function subjectLeft(D: Doc, a: number, sFirst: number): [number, number] | null {
  const T = D.T;
  let k = a - 1;
  // "Wells Fargo this month announced", "Trump on Tuesday said"
  let t0 = k;
  while (t0 > sFirst && (TIME.has(T[t0]!.lower) || (T[t0]!.pos === 'PROPN' && /day$/.test(T[t0]!.lower))) && T[t0]!.lower !== 'there') t0--;
  if (t0 < k && (T[t0]!.lower === 'on' || T[t0]!.lower === 'this' || T[t0]!.lower === 'last' || T[t0]!.lower === 'early' || T[t0]!.lower === 'late' || T[t0]!.lower === 'earlier')) t0--;
  if (t0 < k && t0 >= sFirst && npTok(T[t0]!, false)) { k = t0; a = t0 + 1; }
  else if (t0 < k && t0 > sFirst && T[t0]!.text === ',') { k = t0; a = t0 + 1; } // "Mayor Doe, the city's top official, on Tuesday called"
  if (k < sFirst) return null;
  let end = a;
  // "officials, who have reportedly indicated …": the antecedent
  const rel = T[k]!.lower;
  if ((rel === 'who' || rel === 'which' || (rel === 'that' && nounish(T[k - 1]))) && k - 1 >= sFirst) {
    if (T[k - 1]!.text === ',') k -= 2; else k -= 1;
    if (k < sFirst) return null;
    end = k + 1;
    let s = npStartLeft(D, k, sFirst);
    if (s < 0) return null;
    // the nearest noun phrase: "ultimatums from U.S. officials, who …" → "U.S. officials"
    for (let x = k; x > s; x--) if (T[x]!.pos === 'ADP' && T[x]!.lower !== 'of') { s = x + 1; break; }
    return [s, end];
  }
  if (T[k]!.text === ',' || DASH.has(T[k]!.text)) {
    // appositions and relative clauses between commas: "Pat Caddell, who worked for Carter, told …",
    // "Clinton, 35, the daughter of …, said"; the leftmost noun phrase is the head
    let segEnd = k, cur = k, best = -1;
    const bound = (t: Token) => t.text === ',' || t.text === ';' || t.text === ':' || DASH.has(t.text);
    for (let n = 0; n < 5; n++) {
      let p = cur - 1;
      while (p >= sFirst && !bound(T[p]!) && closesQuote(D, p) < 0 && cur - p < 30) p--;
      let a0 = p + 1;
      if (a0 === sFirst && T[a0]!.pos === 'CCONJ' && a0 + 1 < cur) a0++; // "But Mr. Cole, …, said"
      if (a0 >= cur) break;
      const h = T[a0]!;
      let hasCue = false, npLike = true;
      for (let x = a0; x < cur; x++) {
        if (D.cueAt[x]) hasCue = true;
        const t = T[x]!;
        // a party label after a name: "Gov. Jane Roe (R-OH)"
        if (t.text === '(' && x > a0) { const c = closeParen(D, x, cur); if (c > 0) { x = c; continue; } }
        if (!(npTok(t, x === a0) || t.text === '(' || t.text === ')' || (x > a0 && (t.pos === 'ADP' && (NP_PREP.has(t.lower) || t.lower === 'including') || t.lower === 'and' || t.lower === 'who' || t.lower === 'whose'))
          || (x === a0 && (t.lower === 'including' || t.lower === 'like' || t.lower === 'and' || t.lower === 'or') && x + 1 < cur) || (t.text === '%' && x > a0 && T[x - 1]!.pos === 'NUM'))) npLike = false;
      }
      const relative = h.lower === 'who' || h.lower === 'whose' || h.lower === 'which';
      if (relative && hasCue) { segEnd = p; cur = p; if (p < sFirst || !bound(T[p]!)) break; continue; }
      // an apposition with its own relative clause or participle ("an Ohio Democrat who has lived …",
      // "a retired nurse trained in Maine"), an aside ("of course", "however"): skipped when a head lies further left
      // a participle aside may hold a cue of its own: "The Herald, citing court records, reported …"
      const aside = hasCue && h.pos === 'VERB' && /ing$/.test(h.lower);
      const loose = (!hasCue || aside) && p >= sFirst && (T[p]!.text === ',' || DASH.has(T[p]!.text)) && !(clauseAt(D, a0, cur) && !reducedRelative(D, a0, cur)) && (npTok(h, true) || h.pos === 'ADV' || h.pos === 'ADP' || h.pos === 'SCONJ' || (h.pos === 'VERB' && /(?:ing|ed)$/.test(h.lower)));
      // an apposition whose relative clause holds a cue of its own: "X, a Democrat who described himself as …, said"
      let x0 = a0;
      while (x0 < cur && npTok(T[x0]!, x0 === a0)) x0++;
      const npThenRel = x0 > a0 && x0 < cur && (T[x0]!.lower === 'who' || T[x0]!.lower === 'whose') && p >= sFirst && T[p]!.text === ',';
      if (!relative && !npLike && !loose && !npThenRel) break;
      // an adverbial aside right before the verb is not part of the source: "Bush, however, said", "X, speaking on radio, said"
      if (loose && !npLike && segEnd === cur && !npTok(h, true) && p >= sFirst) segEnd = p;
      if (npLike && !relative && npStartLeft(D, cur - 1, sFirst) <= a0 && npStartLeft(D, cur - 1, sFirst) >= 0) best = a0;
      if (p < sFirst || !bound(T[p]!)) break;
      cur = p;
    }
    if (best < 0 || best >= segEnd) return null;
    return [best, segEnd];
  }
  if (k === sFirst && (T[k]!.pos === 'VERB' || T[k]!.pos === 'ADV') && /^[A-Z][a-z]/.test(T[k]!.text)) return [k, end]; // "Cook said"
  // "those surveyed say", "voters polled in May said": a survey's participle after its noun
  if (SURVEYED.test(T[k]!.lower) && k - 1 >= sFirst && (T[k - 1]!.lower === 'those' || T[k - 1]!.pos === 'NOUN' || T[k - 1]!.pos === 'PROPN')) {
    let s = T[k - 1]!.lower === 'those' ? k - 1 : npStartLeft(D, k - 1, sFirst);
    // "30 percent of those polled"
    if (s - 2 >= sFirst && T[s - 1]!.lower === 'of') { const s0 = npStartLeft(D, s - 2, sFirst); if (s0 >= 0) s = s0; }
    if (s >= 0) return [s, end];
  }
  if (T[k]!.text === '%' && k - 1 >= sFirst && T[k - 1]!.pos === 'NUM') return [k - 1, end]; // "42% say"
  if (QUANT.has(T[k]!.lower) && T[k]!.pos !== 'NOUN' && (k === sFirst || !npTok(T[k - 1]!, false))) return [k, end]; // "most said"
  const s = npStartLeft(D, k, sFirst);
  return s < 0 ? null : [s, end];
}

/** "a retired nurse trained in Maine": a noun phrase, then a participle in -ed and a preposition. */
function reducedRelative(D: Doc, a0: number, end: number): boolean {
  let j = a0;
  while (j < end && npTok(D.T[j]!, j === a0)) j++;
  const v = D.T[j], n = D.T[j + 1];
  return j > a0 && j + 1 < end && !!v && v.pos === 'VERB' && /ed$/.test(v.lower) && !!n && n.pos === 'ADP';
}
const SURVEYED = /^(?:surveyed|polled|interviewed|questioned|sampled|asked|contacted)$/;
/** Prepositions after a participle in a subject ("people briefed on the talks"). */
const REDUCED_PREP = new Set(['on', 'in', 'at', 'from', 'with', 'to', 'for', 'across', 'inside', 'outside', 'within', 'about']);
/** Words that approximate a number or quantity in a subject: "about half", "nearly 40%". */
const APPROX = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'some', 'only', 'just', 'virtually', 'fully', 'over', 'under']);
const QUANT = new Set(['some', 'many', 'most', 'another', 'others', 'all', 'both', 'few', 'several', 'half', 'none', 'majority', 'plurality', 'minority', 'either', 'neither', 'each', 'one']);
const DASH = new Set(['—', '--', '–', '―']);
/** The "(" that token k (a ")") closes, within 10 tokens of the sentence, or -1. */
function openParen(D: Doc, k: number, sFirst: number): number {
  for (let x = k - 1; x >= sFirst && k - x <= 10; x--) { const t = D.T[x]!.text; if (t === '(') return x; if (t === ')') return -1; }
  return -1;
}
/** The ")" that closes the "(" at token o, before `end` and within 8 tokens, or -1. */
function closeParen(D: Doc, o: number, end: number): number {
  for (let x = o + 1; x < end && x - o <= 8; x++) { const t = D.T[x]!.text; if (t === ')') return x; if (t === '(') return -1; }
  return -1;
}
/** Start of the noun phrase that ends at token k (inclusive), or -1. */
function npStartLeft(D: Doc, k: number, sFirst: number): number {
  const T = D.T;
  if (k < sFirst || !npTok(T[k]!, k === sFirst) || isMark(T[k])) return -1;
  if (T[k]!.pos === 'PRON' && SUBJ_PRON.has(T[k]!.lower)) return k;
  let s = k;
  if (T[k]!.text === ')') { const o = openParen(D, k, sFirst); if (o < 0) return -1; s = o; }
  while (s - 1 >= sFirst) {
    const p = T[s - 1]!;
    // "Rep. Jane Roe (D-Ohio)": a parenthetical after a name
    if (p.text === ')') { const o = openParen(D, s - 1, sFirst); if (o > sFirst && T[o - 1]!.pos === 'PROPN') { s = o; continue; } break; }
    if (npTok(p, s - 1 === sFirst) && !(p.pos === 'VERB' && s - 1 === sFirst)) { s--; continue; }
    // a sentence-initial name or modifier the tagger read as a verb: "Ted Cruz said", "Leading Democrats say"
    if (s - 1 === sFirst && p.pos === 'VERB' && /^[A-Z][a-z]/.test(p.text) && (T[s]!.pos === 'PROPN' || (/ing$/.test(p.lower) && T[s]!.pos === 'NOUN'))) { s--; continue; }
    if (p.pos === 'ADP' && NP_PREP.has(p.lower) && s - 2 >= sFirst && (T[s - 2]!.pos === 'NOUN' || T[s - 2]!.pos === 'PROPN' || (T[s - 2]!.pos === 'NUM' && T[s]!.pos === 'NUM')
      || (p.lower === 'of' && (QUANT.has(T[s - 2]!.lower) || /^(?:third|quarter|fifth|tenth|half|two-thirds|three-quarters)$/.test(T[s - 2]!.lower))))) { s--; continue; }
    // "many in the crowd", "aides to the mayor", "voters across the state"
    if (p.pos === 'ADP' && (NP_PREP.has(p.lower) || p.lower === 'to' || p.lower === 'across' || p.lower === 'among') && s - 2 >= sFirst
      && (QUANT.has(T[s - 2]!.lower) || (p.lower !== 'to' || /s$/.test(T[s - 2]!.lower)) && (T[s - 2]!.pos === 'NOUN' || T[s - 2]!.pos === 'PROPN'))) { s--; continue; }
    if (p.lower === 'than' && s - 2 >= sFirst && /^(?:more|less|fewer)$/.test(T[s - 2]!.lower)) { s -= 2; continue; }
    // an approximation before a number or quantity: "about 4 in 10", "nearly half", "virtually all analysts"
    if (APPROX.has(p.lower) && (T[s]!.pos === 'NUM' || QUANT.has(T[s]!.lower) || T[s]!.lower === 'half')) { s--; continue; }
    if (p.lower === 'least' && s - 2 >= sFirst && T[s - 2]!.lower === 'at' && T[s]!.pos === 'NUM') { s -= 2; continue; }
    if ((p.lower === 'and' || p.lower === '&') && s - 2 >= sFirst && T[s - 2]!.pos === 'PROPN' && T[s]!.pos === 'PROPN') { s--; continue; }
    // coordinated subjects: "Clinton and the party's leaders say", "Neither Cruz nor Christie said";
    // only when the first conjunct opens the clause ("The mayor met the governor and officials said" is two clauses)
    if ((p.lower === 'and' || p.lower === 'or' || p.lower === 'nor') && s - 2 >= sFirst && nounish(T[s - 2]) && !REL.has(T[s - 2]!.lower) && !isMark(T[s - 2])) {
      const s2 = npStartLeft(D, s - 2, sFirst);
      if (s2 >= 0 && s2 < s - 1) {
        const pre = T[s2 - 1];
        if (pre && /^(?:neither|either|both)$/.test(pre.lower)) { s = s2 - 1; break; }
        if (opensClause(D, s2, sFirst) && !(pre && pre.lower === 'and')) { s = s2; break; }
      }
    }
    // "a news report published Wednesday said"
    if (p.pos === 'VERB' && /ed$/.test(p.lower) && s - 2 >= sFirst && (T[s - 2]!.pos === 'NOUN') && (TIME.has(T[s]!.lower) || T[s]!.lower === 'by')) { s--; continue; }
    // "Ohio-based", "conservative-leaning": a hyphenated modifier with a participle is part of the phrase
    if (p.pos === 'VERB' && /(?:ing|ed)$/.test(p.lower) && s - 3 >= sFirst && T[s - 2]!.text === '-' && T[s - 2]!.end === p.start && (nounish(T[s - 3]) || T[s - 3]!.pos === 'ADJ' || T[s - 3]!.pos === 'ADV')) { s -= 2; continue; }
    // reduced relative: "the opinion held by others suggests"
    // and with other prepositions: "people briefed on the talks say", "exit polls taken in Ohio found"
    if ((p.lower === 'by' || (p.pos === 'ADP' && REDUCED_PREP.has(p.lower))) && s - 3 >= sFirst && T[s - 2]!.pos === 'VERB' && PARTICIPLE.test(T[s - 2]!.lower)
      && nounish(T[s - 3]) && !REL.has(T[s - 3]!.lower) && !(T[s - 3]!.pos === 'PRON' && SUBJ_PRON.has(T[s - 3]!.lower))) { s -= 2; continue; }
    break;
  }
  // leading prepositions or conjunctions are not part of it ("about" and "at least" before a number are)
  while (s <= k && (T[s]!.pos === 'ADP' || T[s]!.pos === 'CCONJ' || isPunct(T[s])) && !(APPROX.has(T[s]!.lower) || T[s]!.lower === 'at' && T[s + 1]?.lower === 'least')) s++;
  if (s > k) return -1;
  let hasHead = false;
  for (let x = s; x <= k; x++) if (nounish(T[x]) || (T[x]!.pos !== 'DET' && /^[A-Z]/.test(T[x]!.text))) hasHead = true;
  // a quantifier as the whole subject: "most said", "another says", "some want", "42% say"
  if (!hasHead && (QUANT.has(T[k]!.lower) || T[k]!.text === '%')) hasHead = true;
  return hasHead ? s : -1;
}

/** Token index where the content that starts at r stops (exclusive), within the sentence. */
function contentEnd(D: Doc, r: number, sLast: number): number {
  const T = D.T;
  for (let k = r + 1; k < sLast; k++) {
    const t = T[k]!;
    // a quote ending in a comma before ", adding …" ends the content; a quote inside it is otherwise kept whole
    const n = T[k + 1];
    if (closesQuote(D, k) >= 0 && T[k - 1]!.text === ',' && n && ((n.pos === 'VERB' && /ing$/.test(n.lower)) || D.cueAt[k + 1])) return k + 1;
    if (D.qOf[k]! >= 0 && D.qOf[k] !== D.qOf[r]) continue;
    if (t.text === ';' || t.text === '(') return k;
    if ((t.text === '―' || t.text === '—' || t.text === '--') && k > r + 2) return k;
    // a second predicate of the speaker: "called X outrageous and called for …"
    if (t.lower === 'and' && k + 1 < sLast && (D.cueAt[k + 1] || (T[k + 1]!.pos === 'VERB' && /ed$/.test(T[k + 1]!.lower)))) return k;
    if (t.text === ',' && k + 1 < sLast) {
      const n = T[k + 1]!;
      if (n.lower === 'according' || (n.lower === 'but' && k + 2 < sLast && !isPunct(T[k + 2]))) return k;
      if (/^(?:while|although|though|whereas|however|meanwhile)$/.test(n.lower)) return k;
      if ((n.lower === 'and' || n.lower === 'or' || n.lower === 'so' || n.lower === 'yet') && clauseAt(D, k + 2, sLast)) return k;
      if (!subordinateOpen(D, r, k) && clauseAt(D, k + 1, sLast)) return k;
      if (n.pos === 'VERB' && /ing$/.test(n.lower)) return k;
      // parenthetical source: ", he said," / ", the officials said."
      let j = k + 1;
      while (j < sLast && j - k < 8 && npTok(T[j]!, false) && !D.cueAt[j]) j++;
      if (j > k + 1 && j < sLast && D.cueAt[j]) {
        const after = skipAdjuncts(D, j + 1, sLast);
        if (after >= sLast || isPunct(T[after])) return k;
      }
      if (D.cueAt[k + 1] && k + 2 < sLast && npTok(T[k + 2]!, false)) return k; // ", said Smith"
      // the main verb after a participle aside: "X, citing court records, reported that …"
      if (D.cueAt[k + 1] && T[k + 1]!.pos === 'VERB' && /ed$/.test(T[k + 1]!.lower) && T[r - 1]?.pos === 'VERB' && /ing$/.test(T[r - 1]!.lower)) return k;
    }
  }
  return sLast;
}

const SUBORD = new Set(['if', 'when', 'because', 'although', 'though', 'as', 'after', 'before', 'since', 'while', 'unless', 'until', 'once', 'whether', 'where', 'given']);
/** A subordinate clause opened in tokens [r, k) whose comma may come at k. */
function subordinateOpen(D: Doc, r: number, k: number): boolean {
  for (let x = r; x < k; x++) if (SUBORD.has(D.T[x]!.lower) || D.T[x]!.text === ',') return true;
  return false;
}
/** A new clause at i: a subject (pronoun or short noun phrase) then a finite verb. */
function clauseAt(D: Doc, i: number, end: number): boolean {
  const T = D.T;
  const t = T[i];
  if (!t || D.qOf[i]! >= 0) return false;
  if (t.pos === 'PRON' && SUBJ_PRON.has(t.lower) && t.lower !== 'this' && t.lower !== 'that') {
    const n = T[i + 1];
    return !!n && (n.pos === 'AUX' || n.pos === 'VERB');
  }
  if (!(t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM' || t.pos === 'ADJ')) return false;
  let j = i;
  while (j < end && j - i < 6 && npTok(T[j]!, j === i)) j++;
  const v = T[j];
  return j > i && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower)));
}

/** Content that starts at token r and runs to the clause's end, a quote running past the sentence kept whole. */
function contentFrom(D: Doc, r: number, sLast: number, inSubject = false): Span | null {
  const T = D.T;
  while (r < sLast && (T[r]!.text === ',' || T[r]!.text === ':' || T[r]!.text === '—' || T[r]!.text === '-')) r++;
  if (r >= sLast) return null;
  const end = contentEnd(D, r, sLast);
  const e = inSubject ? subjectClauseEnd(D, r, end) : end;
  const sp = trimmed(D, r, e);
  if (!sp) return null;
  // a quote still open at the content's end runs on
  const q = D.qOf[e - 1] ?? -1;
  if (q >= 0 && D.quotes[q]!.end > sp[1]) sp[1] = D.quotes[q]!.end;
  return sp;
}

/** True where the tokens from r look like a complement clause, a to-infinitive or a quote. */
function complementAt(D: Doc, r: number, sLast: number, e: CueEntry): boolean {
  const T = D.T;
  const t = T[r];
  if (!t) return false;
  if (t.text === ':' || opensQuote(D, r) >= 0 || (t.text === ',' && opensQuote(D, r + 1) >= 0)) return true;
  if (WH.has(t.lower)) return true;
  if (t.lower === 'to') return e.category === 'intention' || e.category === 'belief' || e.category === 'perception' || e.frame === 'noun';
  if (e.frame === 'noun') return t.lower === 'for' || t.lower === 'of' || t.lower === 'about';
  if (SUBJ_PRON.has(t.lower) || t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'PRON') {
    // a clause: a finite verb within a few tokens
    for (let j = r + 1; j < sLast && j - r <= 8; j++) {
      const w = T[j]!;
      if (w.pos === 'AUX' || (w.pos === 'VERB' && (!/ing$/.test(w.lower) || e.category === 'perception'))) return true;
      if (w.text === ',' || w.text === ';') break;
    }
    if (e.category === 'intention' || e.category === 'belief' || e.category === 'perception') {
      // "wants the U.S. to act", "sees X as Y"
      for (let j = r + 1; j < sLast && j - r <= 8; j++) if (T[j]!.lower === 'to' || T[j]!.lower === 'as') return true;
    }
  }
  return false;
}

function buildAttribution(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, si: number, prevSource: Span[] | null): Found | null {
  const e = m.value;
  const T = D.T;
  const head = T[m.tokens.find((i) => e.pos.includes(T[i]!.pos)) ?? m.first]!;
  const base = { entry: e, lemma: e.frame === 'according' || e.frame === 'colon' || e.frame === 'dash' || e.frame === 'in-source' ? T.slice(m.first, m.last).map((t) => t.lower).join(' ') : head.lemma, sent: si };
  switch (e.frame) {
    case 'according': return according(D, m, sFirst, sLast, base);
    case 'colon': return colon(D, m, sFirst, sLast, base);
    case 'dash': return dash(D, m, sFirst, sLast, base);
    case 'in-source': return inSource(D, m, sFirst, sLast, base);
    case 'noun': return verbReadAsNoun(D, m, sFirst, sLast) ? verbCue(D, { ...m, value: asVerb(e) }, sFirst, sLast, base, prevSource) : nounCue(D, m, sFirst, sLast, base);
    default: return verbCue(D, m, sFirst, sLast, base, prevSource);
  }
}

type Base = { entry: CueEntry; lemma: string; sent: number };
const head = (D: Doc, m: Match<CueEntry>): Token => D.T[m.tokens.find((i) => m.value.pos.includes(D.T[i]!.pos)) ?? m.first]!;

function verbCue(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base, prevSource: Span[] | null): Found | null {
  const T = D.T;
  const e = m.value;
  // the aux chain before the cue: "has also said", "did not say", "is expected"
  let a = m.first;
  let passive = false;
  while (a - 1 >= sFirst && m.first - a < 4) {
    const p = T[a - 1]!;
    if (p.pos === 'AUX' || (p.pos === 'PART' && (p.lemma === 'not' || p.lower === 'not' || p.lower === "n't" || p.lower === 'n’t')) || (p.pos === 'ADV' && p.lower !== 'so' && p.lower !== 'as' && p.lower !== 'when' && p.lower !== 'where' && p.lower !== 'how' && p.lower !== 'why')) {
      // "is seen", "is widely seen": BE right before the participle, or with only adverbs between
      if (p.pos === 'AUX' && BE.has(p.lower) && (a === m.first || (!passive && T.slice(a, m.first).every((x) => x.pos === 'ADV')))) passive = PARTICIPLE.test(T[m.first]!.lower);
      a--;
    } else break;
  }
  // "have been told" is passive too; "has been saying" is not
  // the cue span takes the auxiliaries and negation right before the verb ("has also said", "did not say")
  let cueStart = m.first;
  while (cueStart > a && (T[cueStart - 1]!.pos === 'AUX' || T[cueStart - 1]!.pos === 'PART' || /^(?:also|not|never)$/.test(T[cueStart - 1]!.lower))) cueStart--;
  const cue: Span[] = [span(D, cueStart, m.last)];
  const participle = /ing$/.test(T[m.first]!.lower) && T[m.first]!.pos === 'VERB';
  let source: Span[] | null = null;
  const content: Span[] = [];
  let left = -1; // first token left of the source / cue block

  // --- the source
  let subj: [number, number] | null = null;
  if (passive) {
    subj = null;
  } else if (participle && a - 1 >= sFirst && (T[a - 1]!.text === ',' || /^(?:and|by|after|while|when|before|[–—-]|--)$/.test(T[a - 1]!.lower)
    || (closesQuote(D, a - 1) >= 0 && a - 2 >= sFirst && T[a - 2]!.text === ','))) {
    // ", adding that …": the clause's speaker
    source = prevSource ?? mainSubject(D, sFirst, a - 1);
  } else if (a - 1 >= sFirst && (T[a - 1]!.lower === 'and' || T[a - 1]!.lower === 'but' || (T[a - 1]!.lower === 'then' && (T[a - 2]?.text === ',' || T[a - 2]?.lower === 'and'))) && !(T[a - 2]?.pos === 'PROPN' && T[a - 3]?.pos === 'PROPN' && a - 3 >= sFirst && npStartLeft(D, a - 2, sFirst) === sFirst)) {
    // "Wilson praised X and said …": the first verb's subject
    source = prevSource ?? mainSubject(D, sFirst, a - 1);
  } else if (prevSource && !participle && T[m.first]!.pos === 'VERB' && predicateList(D, a, sFirst)) {
    // "She praised the plan, called it overdue and vowed …": one subject for a list of predicates
    source = prevSource;
  } else if (participle && a - 1 > sFirst && nounish(T[a - 1]) && (() => { const s0 = npStartLeft(D, a - 1, sFirst); return s0 > sFirst && ((T[s0 - 1]!.pos === 'VERB' && !D.cueAt[s0 - 1]) || venuePhrase(D, s0, a)); })()) {
    // "Trump unleashed a series of tweets saying …", "issued a statement saying …": the clause's subject, not the object
    source = prevSource ?? mainSubject(D, sFirst, a - 1);
  } else {
    subj = subjectLeft(D, a, sFirst);
    if (!subj && a - 1 > sFirst && (T[a - 1]!.lower === 'to' || T[a - 1]!.lower === 'by')) {
      // a control chain: "X is expected to endorse", "X went on to ridicule", "X began by saying"
      let c = a - 1;
      while (c - 1 >= sFirst && a - c < 9) {
        const p = T[c - 1]!;
        if (p.pos === 'VERB' || p.pos === 'AUX' || p.pos === 'ADV' || p.pos === 'ADJ' || p.pos === 'PART' || p.lower === 'to' || p.lower === 'by' || p.lower === 'on') c--;
        else break;
      }
      if (c < a - 1) subj = subjectLeft(D, c, sFirst);
      else if (T[a - 1]!.lower === 'to') {
        subj = subjectLeft(D, a - 1, sFirst); // "pressed Stumpf to admit"
        // "took to Twitter to say", "held a news conference to announce": a venue, not an addressee
        if (subj && subj[0] > sFirst && venuePhrase(D, subj[0], subj[1])) { subj = null; source = prevSource ?? mainSubject(D, sFirst, a - 1); }
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
  if (subj) {
    source = [span(D, subj[0], subj[1])];
    left = subj[0] - 1;
  } else if (!source) left = a - 1;

  // --- what follows the cue
  let r = m.last;
  if (passive && T[r]?.lower === 'by') {
    const end = npRight(D, r + 1, sLast, false);
    if (end > r + 1) { source = [span(D, r + 1, end)]; r = end; }
  }
  if (passive && !source && e.trigger !== 'quote') {
    // "X is considered unclean by Y", "X was described to him by Y": the agent after a complement
    const ag = laterAgent(D, r, sLast);
    const s = ag ? subjectLeft(D, a, sFirst) : null;
    if (ag && s) {
      const parts: Span[] = [span(D, s[0], s[1])];
      const mid = trimmed(D, r, ag[0]);
      if (mid) parts.push(mid);
      return { ...base, cue, cueTokens: [m.first, m.last], source: [span(D, ag[0] + 1, ag[1])], content: parts };
    }
  }
  r = skipAdjuncts(D, r, sLast);
  // inverted: "…," said John Smith, a spokesman.  — nothing (or only a quote) to the left
  const leftIsQuoteOrEdge = left < sFirst || T[left]!.text === ',' || closesQuote(D, left) >= 0 || T[left]!.text === ':';
  const leftQ = left < sFirst ? -1 : closesQuote(D, left) >= 0 ? closesQuote(D, left) : T[left]!.text === ',' && left - 1 >= sFirst ? closesQuote(D, left - 1) : -1;
  // the quote opens the sentence ("“…,” said X"), not a quoted phrase inside a clause ("called it “reckless,” denounced the plan")
  const leftIsQuote = leftQ >= 0 && D.quotes[leftQ]!.start <= T[sFirst]!.start + 1;
  if (!source && !passive && leftIsQuoteOrEdge && r < sLast && npTok(T[r]!, false) && opensQuote(D, r) < 0) {
    const end = npRight(D, r, sLast, true);
    const after = T[end];
    if (end > r && (leftIsQuote || end >= sLast || after!.text === '.' || after!.text === ',' || after!.text === ':' || isPunct(after) || D.cueAt[end])) {
      source = [span(D, r, end)];
      r = skipAdjuncts(D, end, sLast);
    }
  }
  // an addressee: "told reporters that …", "urged Congress to …"
  if (e.frame === 'object' && r < sLast && npTok(T[r]!, false) && opensQuote(D, r) < 0) {
    let j = r;
    while (j < sLast && (npTok(T[j]!, false) || (T[j]!.pos === 'ADP' && NP_PREP.has(T[j]!.lower) && j > r)) && j - r < 8) j++;
    const n = T[j];
    j = skipAdjuncts(D, j, sLast);
    const n2 = T[j];
    if (n2 && (WH.has(n2.lower) || n2.lower === 'to' || n2.text === ':' || n2.text === ',' || opensQuote(D, j) >= 0 || SUBJ_PRON.has(n2.lower) || clauseAt(D, j, sLast))) r = j;
    else if (n && j >= sLast) r = j;
  }

  if (passive && !source) {
    // "it was revealed that …", "Trump is expected to …"; other passives ("was asked about") are not cues
    const n = T[r];
    if (!n || !(n.lower === 'that' || (n.lower === 'to' && e.category !== 'speech') || (n.lower === 'to' && /^(?:say|report|quote)$/.test(head(D, m).lemma)))) {
      // an agentless passive the learned filter admits ("The plan was criticized as reckless"): no source;
      // the subject and what follows are the content. Without the filter, not a cue.
      if (!D.scored || e.trigger === 'quote') return null;
      const s = subjectLeft(D, a, sFirst);
      if (!s) return null;
      const parts: Span[] = [span(D, s[0], s[1])];
      if (n && !(isPunct(n) && r === sLast - 1)) { const sp = contentFrom(D, r, sLast); if (sp) parts.push(sp); }
      return { ...base, cue, cueTokens: [m.first, m.last], source: null, content: parts };
    }
  }
  const rightEmpty = r >= sLast || (isPunct(T[r]) && (T[r]!.text === '.' || T[r]!.text === '?' || T[r]!.text === '!') && r === sLast - 1) || (isMark(T[r]) && closesQuote(D, r) >= 0 && r >= sLast - 2);
  if (e.frame === 'raising') return raising(D, m, a, r, sFirst, sLast, base, cue);
  if (e.trigger === 'complement' && !rightEmpty && !complementAt(D, r, sLast, e)) return null;
  if (e.trigger === 'complement' && !source && !passive) return null;
  if (e.trigger === 'quote') {
    // "…," he continued / He continued: "…"
    const j = T[r]?.text === ',' || T[r]?.text === ':' ? r + 1 : r;
    const leftQ = left >= sFirst && (closesQuote(D, left) >= 0 || (left - 1 >= sFirst && closesQuote(D, left - 1) >= 0));
    if (!leftQ && opensQuote(D, j) < 0 && !(rightEmpty && T[r]?.text === ':')) return null;
  }
  const rightComma = !rightEmpty && T[r]!.text === ',' && opensQuote(D, r + 1) < 0;

  // --- content to the left: a quote just before, or the clause before a comma
  if (left >= sFirst || (left === sFirst - 1 && rightEmpty)) {
    const L = leftContent(D, left, sFirst);
    if (L && L.quoted && (left >= sFirst || rightEmpty)) {
      // "…," X said (…) — and "…," he said, "…": a split quote
      content.push(L.span);
      let j = r;
      if (T[j]?.text === ',' || T[j]?.text === ':') j++;
      const q = opensQuote(D, j);
      if (q >= 0) content.push(quoteSpan(D, q));
      return { ...base, cue, cueTokens: [m.first, m.last], source, content };
    }
    if (L && (rightEmpty || rightComma)) content.push(L.span);
  }
  if (content.length && rightEmpty) return { ...base, cue, cueTokens: [m.first, m.last], source, content };
  if (content.length && rightComma) {
    // "The plan, he said, is dead." / "…," he said, adding …
    const n = T[r + 1];
    if (n && !D.cueAt[r + 1] && n.lower !== 'according' && !(n.pos === 'CCONJ')) {
      const more = contentFrom(D, r + 1, sLast);
      if (more) content.push(more);
    }
    return { ...base, cue, cueTokens: [m.first, m.last], source, content };
  }
  if (rightEmpty) return null;

  // --- content to the right
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
      return { ...base, cue, cueTokens: [m.first, m.last], source, content };
    }
  }
  // inside a relative clause ("X, who said Y, met …"), the content ends where the main clause resumes
  let stop = frontStop >= 0 ? frontStop : sLast;
  if (a - 2 >= sFirst && /^(?:who|which)$/.test(T[a - 1]!.lower) && T[a - 2]!.text === ',') {
    for (let x = r + 1; x + 1 < sLast; x++) {
      if (T[x]!.text !== ',') continue;
      const n = T[x + 1]!, n2 = T[x + 2];
      if (n.pos === 'AUX' || (n.pos === 'VERB' && !/ing$/.test(n.lower)) || (n.pos === 'ADV' && (n2?.pos === 'VERB' || n2?.pos === 'AUX'))) { stop = x; break; }
    }
  }
  if (e.id.startsWith('learned-')) {
    // "fired back at X", "apologized for X", "talked up X": the particle and preposition are not content
    while (r < stop - 1 && PARTICLES.has(T[r]!.lower) && T[r]!.pos !== 'NOUN') r++;
    if (r < stop - 1 && OBJ_PREP.has(T[r]!.lower) && npTok(T[r + 1]!, false)) r++;
  }
  const sp = contentFrom(D, r, stop) ?? afterColon(D, r, sLast);
  if (!sp) return null;
  content.push(sp);
  if (passive && !source && T[r]?.lower === 'to' && a - 1 >= sFirst) {
    // "Trump is expected to win": the subject belongs to the content
    const s = subjectLeft(D, a, sFirst);
    if (s) content.unshift(span(D, s[0], s[1]));
  }
  return { ...base, cue, cueTokens: [m.first, m.last], source, content };
}

/**
 * The agent of a passive a few words after the participle: "considered unclean [by Y]", "described
 * to him [by Y]", "viewed more positively [by Y]". Returns [index of "by", end of its noun phrase) or null.
 */
function laterAgent(D: Doc, r: number, sLast: number): [number, number] | null {
  const T = D.T;
  for (let x = r; x < sLast && x - r <= 8; x++) {
    const t = T[x]!;
    if (t.lower === 'by' && x > r) {
      const end = npRight(D, x + 1, sLast, false);
      return end > x + 1 ? [x, end] : null;
    }
    if (isPunct(t) || D.qOf[x]! >= 0 || D.cueAt[x] || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.lower === 'that') return null;
  }
  return null;
}

/** The cue block at `a` opens its sentence, alone or after a preposition or conjunction: "Citing …", "After meeting …", "But in describing …". */
function frontedClause(D: Doc, a: number, sFirst: number): boolean {
  const T = D.T;
  let k = sFirst;
  if (k < a && T[k]!.pos === 'CCONJ') k++;
  if (k < a && (T[k]!.pos === 'ADP' || T[k]!.pos === 'SCONJ')) k++;
  return k === a;
}
/** The subject of the main clause after a fronted phrase: the noun phrase after the first comma that opens a clause. */
function mainSubjectRight(D: Doc, r: number, sLast: number): [number, number] | null {
  const T = D.T;
  for (let k = r; k + 1 < sLast && k - r < 40; k++) {
    if (D.qOf[k]! >= 0 || T[k]!.text === ';') return null;
    if (T[k]!.text !== ',' || !clauseAt(D, k + 1, sLast)) continue;
    const end = npRight(D, k + 1, sLast, false);
    return end > k + 1 ? [k + 1, end] : null;
  }
  return null;
}

/** Tokens [s0, e0) name where something was said: a venue word ("a statement", "a news conference") or a platform ("Twitter", "television"). */
function venuePhrase(D: Doc, s0: number, e0: number): boolean {
  const T = D.T;
  for (let x = s0; x < e0; x++) if (VENUE.has(T[x]!.lower) || PLATFORM.has(T[x]!.lower)) return true;
  return false;
}

/** A comma before the cue block at `a` ends a predicate of the same subject: "X praised Y, called Z …". */
function predicateList(D: Doc, a: number, sFirst: number): boolean {
  const T = D.T;
  // the comma may close a quoted phrase: "called it “reckless,” denounced …"
  if (a - 2 < sFirst || !(T[a - 1]!.text === ',' || (closesQuote(D, a - 1) >= 0 && T[a - 2]!.text === ','))) return false;
  // the comma's segment holds a finite verb, and no relative word (an apposition "X, who argued …, said" is no predicate)
  let verb = false;
  for (let x = a - 2; x >= sFirst && a - x < 30; x--) {
    const t = T[x]!;
    if (D.qOf[x]! >= 0) continue;
    if (t.text === ',' || t.text === ';' || t.text === ':' || DASH.has(t.text)) break;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.lower === 'whose') return false;
    if (t.pos === 'VERB' && /^[a-z]/.test(t.text) && !/ing$/.test(t.lower)) verb = true;
  }
  return verb;
}

/**
 * A learned cue word the tagger read as a noun but that stands as a verb: right after a noun
 * phrase that opens its clause, with no determiner or possessive of its own, and no verb after it
 * ("Early polls show voters …", "Forbes lists …", not "the Forbes lists are …").
 */
function verbReadAsNoun(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number): boolean {
  const T = D.T;
  if (!m.value.id.startsWith('learned-') || T[m.first]!.pos !== 'NOUN' || m.first - 1 < sFirst || !subjectEnd(T[m.first - 1])) return false;
  const n = T[m.last];
  if (m.last >= sLast || !n || n.pos === 'AUX' || n.pos === 'VERB' || n.lower === 'of' || isPunct(n)) return false;
  const subj = subjectLeft(D, m.first, sFirst);
  return !!subj && opensClause(D, subj[0], sFirst);
}
/** Token i opens a clause: the sentence's start, or after a comma, a closing quote, a conjunction or a complementizer. */
const opensClause = (D: Doc, i: number, sFirst: number): boolean =>
  i === sFirst || closesQuote(D, i - 1) >= 0 || /^(?:,|;|:|that|and|but|while|whereas|although|though|because|as|when|if|since|so)$/.test(D.T[i - 1]!.lower);
const verbCache = new Map<string, CueEntry>();
function asVerb(e: CueEntry): CueEntry {
  let v = verbCache.get(e.id);
  if (!v) { v = { ...e, frame: 'rest', pos: ['NOUN', 'VERB'] }; verbCache.set(e.id, v); }
  return v;
}

/**
 * A cue the learned filter admitted but no frame reads ("Polls show Trump is trailing", "Forbes
 * lists X with …", "Trump's assertion Monday that …"): the subject or possessive holder as the
 * source, the rest of the clause as the content, else a quote or clause just before.
 */
function fallbackFrame(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, si: number): Found | null {
  const T = D.T;
  const e = m.value;
  let a = m.first;
  while (a - 1 >= sFirst && m.first - a < 4 && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'PART' || T[a - 1]!.pos === 'ADV')) a--;
  let source: Span[] | null = null;
  let left = a - 1;
  const next = T[m.last];
  // a noun that is its clause's subject ("His opinions are …") is no cue; a verb read as a noun
  // after its own subject is ("the project that the mayor hopes will …")
  if (e.frame === 'noun' && next && (next.pos === 'AUX' || next.pos === 'VERB')) {
    const p = T[m.first - 1];
    if (!p || m.first - 1 < sFirst || !(p.pos === 'NOUN' || p.pos === 'PROPN' || (p.pos === 'PRON' && SUBJ_PRON.has(p.lower)))) return null;
  }
  // a passive: the by-phrase is the source, the subject the content ("it was never mentioned by the moderators")
  if (e.frame !== 'noun' && PARTICIPLE.test(T[m.first]!.lower) && T.slice(a, m.first).some((t) => t.pos === 'AUX' && BE.has(t.lower))) {
    const subj = subjectLeft(D, a, sFirst);
    if (!subj) return null;
    const content: Span[] = [span(D, subj[0], subj[1])];
    let r = m.last;
    if (T[r]?.lower === 'by') {
      const end = npRight(D, r + 1, sLast, false);
      if (end > r + 1) { source = [span(D, r + 1, end)]; r = end; }
    } else {
      const ag = laterAgent(D, r, sLast);
      if (ag) {
        const mid = trimmed(D, r, ag[0]);
        if (mid) content.push(mid);
        source = [span(D, ag[0] + 1, ag[1])];
      }
    }
    if (!source) { const more = contentFrom(D, skipAdjuncts(D, r, sLast), sLast); if (more) content.push(more); }
    return { entry: e, lemma: head(D, m).lemma, sent: si, cue: [span(D, m.first, m.last)], cueTokens: [m.first, m.last], source, content };
  }
  if (e.frame === 'noun') {
    let k = m.first - 1;
    while (k >= sFirst && T[k]!.pos === 'ADJ') k--;
    const t = T[k];
    if (k >= sFirst && t) {
      if (t.pos === 'PRON' && /^(?:his|her|their|its|my|our|your)$/.test(t.lower)) source = [span(D, k, k + 1)];
      else if ((t.lower === "'s" || t.lower === '’s') && k - 1 >= sFirst) { const s = npStartLeft(D, k - 1, sFirst); if (s >= 0) source = [span(D, s, k)]; }
    }
  }
  if (!source) {
    // a verb the tagger read as a noun ("Early polls show …", "Forbes lists …") has a subject noun phrase that opens its clause
    const subj = subjectLeft(D, a, sFirst);
    const opens = !!subj && opensClause(D, subj[0], sFirst);
    if (subj && (e.frame !== 'noun' || (opens && subjectEnd(T[m.first - 1])))) { source = [span(D, subj[0], subj[1])]; left = subj[0] - 1; }
  }
  let r = skipAdjuncts(D, m.last, sLast);
  while (r < sLast - 1 && PARTICLES.has(T[r]!.lower) && T[r]!.pos !== 'NOUN') r++;
  if (r < sLast - 1 && (OBJ_PREP.has(T[r]!.lower) || T[r]!.lower === 'that') && npTok(T[r + 1]!, false)) r++;
  const rightEmpty = r >= sLast || (isPunct(T[r]) && r >= sLast - 1) || (isMark(T[r]) && closesQuote(D, r) >= 0 && r >= sLast - 2);
  // "The mayor tweeted:" and the next sentence; the rest of the clause; or a quote or clause before
  let content: Span | null = afterColon(D, r, sLast);
  if (!content && !rightEmpty) content = contentFrom(D, r, sLast, e.frame === 'noun' && subjectPosition(D, source ? firstTokenFrom(T, source[0]![0]) : m.first, sFirst));
  if (!content && rightEmpty && left >= sFirst - 1) content = leftContent(D, left, sFirst)?.span ?? null;
  if (!content && rightEmpty && source && left > sFirst && (T[left]!.pos === 'NOUN' || T[left]!.pos === 'PROPN')) {
    // an object relative without "that": "the style he prefers", "a country she does not remember" — the noun phrase before the subject
    let s0 = left;
    while (s0 - 1 >= sFirst && npTok(T[s0 - 1]!, false) && T[s0 - 1]!.pos !== 'VERB' && T[s0 - 1]!.pos !== 'ADV') s0--;
    content = span(D, s0, left + 1);
  }
  if (!content) return null;
  const lemma = head(D, m).lemma;
  return { entry: e, lemma, sent: si, cue: [span(D, m.first, m.last)], cueTokens: [m.first, m.last], source, content: [content] };
}

/** A colon that ends the cue's sentence ("The mayor tweeted:"): the next sentence is the content. */
function afterColon(D: Doc, r: number, sLast: number): Span | null {
  const T = D.T;
  if (T[r]?.text !== ':' || r !== sLast - 1 || sLast >= T.length) return null;
  const n = T[sLast]!.sentence;
  let e = sLast;
  while (e < T.length && T[e]!.sentence === n) e++;
  const sp = trimmed(D, sLast, e);
  if (!sp) return null;
  const q = D.qOf[e - 1] ?? -1;
  if (q >= 0 && D.quotes[q]!.end > sp[1]) sp[1] = D.quotes[q]!.end;
  return sp;
}

/** "X seems Y", "X appears to Y": no source; the subject and the predicate are the content. */
function raising(D: Doc, m: Match<CueEntry>, a: number, r: number, sFirst: number, sLast: number, base: Base, cue: Span[]): Found | null {
  const T = D.T;
  if (r >= sLast || isPunct(T[r])) return null;
  if (D.cueAt[r] || (T[r]!.lower === 'to' && D.cueAt[r + 1])) return null; // "appeared to suggest": the inner cue speaks
  const content: Span[] = [];
  const subj = subjectLeft(D, a, sFirst);
  if (subj) {
    const t = T[subj[0]]!;
    if (!(subj[1] - subj[0] === 1 && (t.lower === 'it' || t.lower === 'there'))) content.push(span(D, subj[0], subj[1]));
  }
  const rest = contentFrom(D, r, sLast);
  if (!rest) return null;
  content.push(rest);
  return { ...base, cue, cueTokens: [m.first, m.last], source: null, content };
}

/** The subject of the sentence's main clause (its first noun phrase after any introductory phrase). */
function mainSubject(D: Doc, sFirst: number, limit: number): Span[] | null {
  const T = D.T;
  let i = sFirst;
  while (i < limit && (isMark(T[i]) || D.qOf[i]! >= 0)) i++;
  // the subject of the clause's first finite verb ("On Sunday the mayor made …, writing …")
  let v = T[i]?.pos === 'SCONJ' ? -1 : i + 1;
  while (v >= 0 && v < limit && !(D.qOf[v]! < 0 && (T[v]!.pos === 'AUX' || (T[v]!.pos === 'VERB' && !/ing$/.test(T[v]!.lower))))) v++;
  if (v >= 0 && v < limit) {
    let a = v;
    while (a - 1 > i && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'ADV' || T[a - 1]!.pos === 'PART')) a--;
    const subj = subjectLeft(D, a, i);
    if (subj) {
      let s0 = subj[0];
      // a time phrase before the subject is not part of it: "On Sunday morning [the mayor]"
      for (let x = subj[1] - 2; x >= s0; x--) if (TIME.has(T[x]!.lower) || (T[x]!.pos === 'PROPN' && /day$/.test(T[x]!.lower))) { s0 = x + 1; break; }
      if (s0 < subj[1]) return [span(D, s0, subj[1])];
    }
  }
  if (T[i] && (T[i]!.pos === 'SCONJ' || T[i]!.pos === 'ADP' || T[i]!.pos === 'ADV')) {
    let j = i;
    while (j < limit && T[j]!.text !== ',') j++;
    if (j < limit) i = j + 1;
  }
  let j = i;
  while (j < limit && npTok(T[j]!, j === i)) j++;
  if (j === i) return null;
  return [span(D, i, j)];
}

/** The content left of a cue block whose first outside token is `left`. */
function leftContent(D: Doc, left: number, sFirst: number): { span: Span; quoted: boolean } | null {
  const T = D.T;
  if (left < sFirst) {
    // the cue opens the sentence: a quote closing the sentence before, in the same paragraph
    const p = sFirst - 1;
    if (p < 0) return null;
    const q = closesQuote(D, p) >= 0 ? closesQuote(D, p) : (isPunct(T[p]) && closesQuote(D, p - 1) >= 0 ? closesQuote(D, p - 1) : -1);
    if (q < 0) return null;
    if (D.text.slice(D.quotes[q]!.end, T[sFirst]!.start).includes('\n')) return null;
    return { span: quoteSpan(D, q), quoted: true };
  }
  let k = left;
  let q = closesQuote(D, k);
  if (q < 0 && (T[k]!.text === ',' || T[k]!.text === ':' || T[k]!.text === '—') && k - 1 >= sFirst) q = closesQuote(D, k - 1);
  if (q >= 0) return { span: quoteSpan(D, q), quoted: true };
  if (T[k]!.text !== ',' && T[k]!.text !== '—' && T[k]!.text !== '--') return null;
  // the clause before the comma, from the sentence start (or a quote running into it)
  let s = sFirst;
  for (let x = k - 1; x > sFirst; x--) if (T[x]!.text === ';' || T[x]!.text === ':') { s = x + 1; break; }
  const sp = trimmed(D, s, k);
  if (!sp) return null;
  const q0 = D.qOf[s] ?? -1;
  if (q0 >= 0 && D.quotes[q0]!.start < sp[0]) sp[0] = D.quotes[q0]!.start;
  if (k - s < 2) return null;
  return { span: sp, quoted: false };
}

function according(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  let end = npRight(D, m.last, sLast, true);
  // the source runs to the phrase's end: "according to exit polls", "according to people familiar with the plans",
  // "according to figures the campaign released" (the tagger reads some of these nouns as verbs)
  let stop = m.last;
  while (stop < sLast && stop - m.last <= 20 && !(isPunct(T[stop]) && !/^[’&/-]$/.test(T[stop]!.text)) && !D.cueAt[stop]) stop++;
  if (stop > end && stop - m.last <= 20 && (stop >= sLast || isPunct(T[stop]))) end = stop;
  if (end === m.last) return null;
  const source: Span[] = [span(D, m.last, end)];
  const content: Span[] = [];
  const cue: Span[] = [span(D, m.first, m.last)];
  let beforeStart = sFirst;
  for (let x = m.first - 1; x > sFirst; x--) if (T[x]!.text === ';') { beforeStart = x + 1; break; }
  const before = m.first > beforeStart ? trimmed(D, beforeStart, m.first) : null;
  if (before && m.first - beforeStart >= 3) {
    const q0 = D.qOf[beforeStart] ?? -1;
    if (q0 >= 0 && D.quotes[q0]!.start < before[0]) before[0] = D.quotes[q0]!.start;
    content.push(before);
  }
  let r = end;
  if (T[r]?.text === ',') r++;
  if (r < sLast - 1) {
    const after = contentFrom(D, r, sLast);
    if (after) content.push(after);
  }
  if (!content.length) {
    // "According to X." closing a quoted paragraph: the sentence before
    return null;
  }
  return { ...base, cue, cueTokens: [m.first, m.last], source, content };
}

function colon(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  let s = sFirst;
  while (s < m.first && isMark(T[s])) s++;
  const n = m.first - s;
  if (n < 1 || n > 5 || m.last >= sLast - 1) return null;
  for (let x = s; x < m.first; x++) {
    const t = T[x]!;
    if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PART' || (t.text === '’' || t.text === '.'))) {
      if (!/^[A-Z]/.test(t.text)) return null;
    }
  }
  if (!/^[A-Z]/.test(T[s]!.text)) return null;
  // only a headline, a transcript line or a paragraph's lead-in
  const lineStart = D.text.lastIndexOf('\n', T[s]!.start - 1) + 1;
  if (D.text.slice(lineStart, T[s]!.start).trim().replace(/["“`']/g, '') !== '') return null;
  let endTok = sLast;
  const sp = trimmed(D, m.last, endTok);
  if (!sp) return null;
  // a transcript turn runs to its paragraph's end
  const para = D.text.indexOf('\n', sp[1]);
  const paraEnd = para < 0 ? D.T[D.T.length - 1]!.end : para;
  const q = D.qOf[m.first] ?? -1;
  if (q >= 0 || opensQuote(D, s - 1) >= 0) sp[1] = Math.max(sp[1], trimEnd(D.text, paraEnd));
  return { ...base, cue: [span(D, m.first, m.last)], cueTokens: [m.first, m.last], source: [span(D, s, m.first)], content: [sp] };
}

const trimEnd = (text: string, e: number) => { while (e > 0 && /\s/.test(text[e - 1]!)) e--; return e; };

function dash(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  // "“words” ― Jane Doe": a name after the dash, a quote just before it
  const end = npRight(D, m.last, sLast, false);
  if (end === m.last || (end < sLast && !(isPunct(T[end]) && end >= sLast - 1))) return null;
  for (let x = m.last; x < end; x++) if (T[x]!.pos !== 'PROPN' && !/^[A-Z]/.test(T[x]!.text)) return null;
  const p = m.first - 1;
  const q = p >= 0 ? closesQuote(D, p) : -1;
  if (q < 0) return null;
  void sFirst;
  return { ...base, cue: [span(D, m.first, m.last)], cueTokens: [m.first, m.last], source: [span(D, m.last, end)], content: [quoteSpan(D, q)] };
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
    if (!/^(?:a|an|the|this|that)$/.test(T[m.first + 1]!.lower)) return null;
    for (let x = sFirst; x < sLast; x++) if (D.cueAt[x] && x !== m.first) return null;
  }
  const source: Span[] = [span(D, m.first + 1, close >= 0 ? close : m.last)];
  const content: Span[] = [];
  if (close >= 0) { let r = close + 1; if (T[r] && /ed$/.test(T[r]!.lower) && T[r]!.pos === 'VERB') { const c2 = pollPhraseEnd(D, r, sLast); if (c2 > r) r = c2 + 1; } const c = contentFrom(D, r, sLast); if (c) content.push(c); }
  else if (m.first - sFirst >= 3) { const b = trimmed(D, sFirst, m.first); if (b) content.push(b); }
  else { let r = m.last; if (T[r]?.text === ',') r++; const c = contentFrom(D, r, sLast); if (c) content.push(c); }
  if (!content.length) return null;
  return { ...base, cue: [span(D, m.first, m.first + 1)], cueTokens: [m.first, m.last], source, content };
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

/** The words between "in" and the poll noun form a noun phrase: "a national CNN/ORC poll", "Monday's poll", "exit polls". */
function pollPhrase(D: Doc, m: Match<CueEntry>): boolean {
  for (let k = m.first + 1; k < m.last - 1; k++) {
    const t = D.T[k]!;
    switch (t.pos) {
      case 'DET': case 'ADJ': case 'NOUN': case 'PROPN': case 'NUM': case 'SYM': continue;
      case 'PART': if (t.lower === "'s" || t.lower === '’s') continue; return false;
      case 'CCONJ': if (t.lower === 'and' && k > m.first + 1) continue; return false;
      case 'PUNCT': if (t.text === '-' || t.text === '/' || t.text === '’') continue; return false;
      default: if (/^[A-Z]/.test(t.text) && t.pos !== 'PRON' && t.pos !== 'AUX') continue; return false;
    }
  }
  return true;
}

function nounCue(D: Doc, m: Match<CueEntry>, sFirst: number, sLast: number, base: Base): Found | null {
  const T = D.T;
  const e = m.value;
  let source: Span[] | null = null;
  // the holder: a possessive before ("his claim", "Trump's repeated claim")
  let k = m.first - 1;
  while (k >= sFirst && T[k]!.pos === 'ADJ') k--;
  if (k >= sFirst) {
    const t = T[k]!;
    if (t.pos === 'PRON' && /^(?:his|her|their|its|my|our|your)$/.test(t.lower)) source = [span(D, k, k + 1)];
    else if ((t.lower === "'s" || t.lower === '’s' || t.text === '’') && k - 1 >= sFirst) {
      const s = npStartLeft(D, k - 1, sFirst);
      if (s >= 0) source = [span(D, s, k)];
    }
  }
  let r = m.last;
  if (!source && (T[r]?.lower === 'by' || T[r]?.lower === 'from')) {
    const end = npRight(D, r + 1, sLast, false);
    if (end > r + 1) { source = [span(D, r + 1, end)]; r = end; }
  }
  if (!complementAt(D, r, sLast, e)) return null;
  const t = T[r]!;
  if (!source && t.lower !== 'that') return null;
  if (!(t.lower === 'that' || t.lower === 'to' || t.lower === 'for' || t.lower === 'of' || t.lower === 'about' || t.text === ':' || opensQuote(D, r) >= 0)) return null;
  if ((t.lower === 'for' || t.lower === 'of' || t.lower === 'about') && !(e.category === 'belief' || e.category === 'intention' || /criticism|call|demand|warning/.test(e.id))) return null;
  const start = t.lower === 'for' || t.lower === 'of' || t.lower === 'about' ? r + 1 : r;
  const sp = contentFrom(D, start, sLast, t.lower === 'that' && subjectPosition(D, source ? firstTokenFrom(D.T, source[0]![0]) : m.first, sFirst));
  if (!sp) return null;
  return { ...base, cue: [span(D, m.first, m.last)], cueTokens: [m.first, m.last], source, content: [sp] };
}

/** The noun phrase starting at token i opens its sentence (after determiners): "[The mayor's claim that …] was disputed". */
function subjectPosition(D: Doc, i: number, sFirst: number): boolean {
  let k = i - 1;
  while (k >= sFirst && (D.T[k]!.pos === 'DET' || D.T[k]!.pos === 'ADJ')) k--;
  return k < sFirst;
}

/**
 * In a that-clause inside the subject ("X's claim that crime had fallen was disputed"), the
 * clause ends where the sentence's own verb begins: the second verb group after the clause's
 * first, unless a conjunction, relative word or comma comes between (then it is kept whole).
 */
function subjectClauseEnd(D: Doc, r: number, e: number): number {
  const T = D.T;
  const verbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
  let k = r + 1;
  while (k < e && !verbal(T[k]!)) k++;
  // the clause's own verb group ends with its main verb: "had fallen | was disputed"
  while (k < e && (T[k]!.pos === 'AUX' || T[k]!.pos === 'PART' || T[k]!.pos === 'ADV')) k++;
  if (k < e && T[k]!.pos === 'VERB') k++;
  for (; k < e; k++) {
    const t = T[k]!;
    if (t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.text === ',' || /^(?:who|which|that|what|where|when)$/.test(t.lower)) return e;
    if (verbal(t)) return k;
  }
  return e;
}

/** Adds the quoted sentences that follow a direct quote and have no cue of their own. */
function extendQuotes(D: Doc, found: Found[], sentences: Annotated['sentences']): void {
  const T = D.T;
  const hasCue = new Uint8Array(sentences.length);
  for (const f of found) hasCue[T[f.cueTokens[0]]!.sentence] = 1;
  for (const f of found) {
    const last = f.content[f.content.length - 1];
    if (!last) continue;
    // the last content span must end in a closed or run-on quote
    let qi = -1;
    {
      let lo = 0, hi = D.quotes.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (D.quotes[mid]!.end < last[1]) lo = mid + 1; else hi = mid; }
      if (D.quotes[lo]?.end === last[1]) qi = lo;
    }
    if (qi < 0) continue;
    const cueSentence = T[f.cueTokens[0]]!.sentence;
    // the quote must end at or after the cue's sentence (not a quote before "…," he said)
    let end = Math.max(last[1], sentences[cueSentence]!.end);
    for (;;) {
      const next = qi + 1;
      const Q = D.quotes[next];
      if (!Q) break;
      const gap = D.text.slice(end, Q.start);
      if (!/^[\s.,;]*$/.test(gap)) break;
      const paraBreak = gap.includes('\n');
      if (paraBreak && D.quotes[qi]!.closed) break;
      // the quote must start a sentence with no cue of its own
      const tokIdx = tokenAt(T, Q.start);
      if (tokIdx < 0) break;
      const si = T[tokIdx]!.sentence;
      if (si <= cueSentence || hasCue[si]) break;
      const sEnd = sentences[si]!;
      if (sEnd.first !== tokIdx) break;
      // and hold the sentence(s): nothing but punctuation after it
      const tail = tokenAt(T, Q.end - 1);
      if (tail < 0) break;
      const tailSent = sentences[T[tail]!.sentence]!;
      if (!/^[\s.,;!?]*$/.test(D.text.slice(Q.end, tailSent.end)) || hasCue[T[tail]!.sentence]) break;
      f.content.push([Q.start, Q.end]);
      end = Q.end;
      qi = next;
    }
  }
}

/** Index of the token that starts at char position p, or -1 (binary search). */
function tokenAt(T: readonly Token[], p: number): number {
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

function mergeSpans(spans: Span[]): Span[] {
  const s = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const x of s) {
    const l = out[out.length - 1];
    if (l && x[0] <= l[1]) l[1] = Math.max(l[1], x[1]);
    else out.push([x[0], x[1]]);
  }
  return out;
}

function quoteKind(D: Doc, content: Span[]): QuoteKind {
  let inQ = 0, total = 0;
  for (const [a, b] of content) {
    total += b - a;
    // quotes are sorted and disjoint: start at the first that ends after a
    let lo = 0, hi = D.quotes.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (D.quotes[mid]!.end <= a) lo = mid + 1; else hi = mid; }
    for (let q = lo; q < D.quotes.length && D.quotes[q]!.start < b; q++) {
      const Q = D.quotes[q]!;
      inQ += Math.max(0, Math.min(b, Q.end) - Math.max(a, Q.start));
    }
  }
  if (!total) return 'none';
  if (inQ >= total * 0.9) return 'direct';
  return inQ > 0 ? 'mixed' : 'indirect';
}

