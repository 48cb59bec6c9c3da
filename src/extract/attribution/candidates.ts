import type { Annotated, Token } from '../../types.js';
import type { Match } from '../match.js';
import { BE, closesQuote, docView, opensClause, PREPOSITIONAL, SUBJ_PRON, type Doc } from './doc.js';
import { possessiveHolder } from './source.js';
import { cueEntry, cueMatcher, ruledOut, type CueEntry, type CueLexicon } from './lexicon.js';
import { CANDIDATE_POS, cueFeatures, vocabKey } from './model.js';

/*
 * Cue candidates: lexicon matches checked for part of speech and quotes, bare words for the learned filter,
 * and the candidates with their features for training (scripts/train.mjs).
 */

/** A cue candidate at token i: a plausible lexicon match (`ruled`: a frame the rules decide alone), or a bare word the model may admit. */
interface Candidate { readonly m: Match<CueEntry> | null; readonly ruled: boolean }
const RULED_FRAMES = new Set(['according', 'colon', 'dash', 'in-source']);

/** "X's claim that …", "his warning that …": a noun cue with its holder and a that-clause is a cue by rule. */
function heldNoun(D: Doc, m: Match<CueEntry>, sFirst: number): boolean {
  return m.value.frame === 'noun' && D.T[m.last]?.lower === 'that' && possessiveHolder(D, m.first, sFirst, false) !== null;
}

/** The candidate of a word outside the lexicon: one object for all, as candidates are only read (its fields are readonly). */
const BARE: Candidate = { m: null, ruled: false };

function candidateAt(D: Doc, i: number, sFirst: number, sLast: number, lex: CueLexicon, vocab: Set<number> | null): Candidate | null {
  const t = D.T[i]!;
  const ms = lex.matcher.matchAt(D.T, i, sLast);
  let m: Match<CueEntry> | undefined;
  for (let k = 0; k < ms.length && !m; k++) if (plausibleCue(D, ms[k]!, sFirst)) m = ms[k];
  // the word in another sense here ("called off", "a group called Acme"): no cue, learned or not
  if (m && ruledOut(lex, m, D.T, sFirst, sLast)) return null;
  if (m) return { m, ruled: RULED_FRAMES.has(m.value.frame) || m.value.trigger === 'quote' || heldNoun(D, m, sFirst) };
  if (D.qOf[i]! >= 0 || !CANDIDATE_POS.has(t.pos) || PREPOSITIONAL.has(t.lower) || !/^[a-z]/i.test(t.text)) return null;
  if (vocab && !vocab.has(vocabKey(t))) return null; // a word never seen as a cue in training
  return BARE;
}

/** The candidates of a sentence, each with the nearest lexicon verbs before and after it (-1: none). */
export function sentenceCandidates(D: Doc, sFirst: number, sLast: number, lex: CueLexicon, vocab: Set<number> | null): { i: number; c: Candidate; prevLex: number; nextLex: number }[] {
  const out: { i: number; c: Candidate; prevLex: number; nextLex: number }[] = [];
  let lastLex = -1;
  for (let i = sFirst; i < sLast; i++) {
    const c = candidateAt(D, i, sFirst, sLast, lex, vocab);
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
export function acceptedEntry(e: CueEntry): CueEntry {
  if (e.trigger !== 'complement') return e;
  let a = acceptedCache.get(e.id);
  if (!a) { a = cueEntry({ ...e, trigger: 'always' }); acceptedCache.set(e.id, a); }
  return a;
}
/** The entry of a word the model admits outside the lexicon: id `learned-<lemma>`, a verb or noun frame. */
const learnedCache = new Map<string, CueEntry>();
export function learnedEntry(t: Token): CueEntry {
  const lemma = (t.lemma || t.lower).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'word';
  const key = lemma + '|' + t.pos;
  let e = learnedCache.get(key);
  if (!e) {
    e = cueEntry({ id: `learned-${lemma}`, patterns: [lemma], category: 'speech', stance: 'neutral', weight: 0.6, source: 'learned cue filter (data/models/cue-model.json)',
      pos: [t.pos], frame: t.pos === 'NOUN' ? 'noun' : 'rest', trigger: 'always' });
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
  const lex = cueMatcher();
  const D = docView(doc, false);
  const out: { token: number; lexicon: string | null; key: number; feats: number[] }[] = [];
  for (const s of sentences) {
    for (const { i, c, prevLex, nextLex } of sentenceCandidates(D, s.first, s.last, lex, null)) {
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
  // "back" as a verb the tagger read as an adverb: "Women back him by 20 points", "who both back a mandate", "wouldn't back the bill"
  if (e.pos.includes('VERB') && head.pos === 'ADV' && head.lower === 'back' && m.first > sFirst) {
    const prev = D.T[m.first - 1]!, next = D.T[m.first + 1];
    // (a subject that opens its clause, not an object or a time: "sent Ruiz back", "set the clock back", "Ten years back";
    // nor after "be": "was back a year later")
    let s0 = m.first - 1;
    while (s0 - 1 >= sFirst && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(D.T[s0 - 1]!.pos)) s0--;
    const subject = (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !/^(?:years?|weeks?|months?|days?|decades?|hours?|minutes?|centur(?:y|ies)|times?)$/.test(prev.lower) && opensClause(D, s0, sFirst);
    const before = subject || (prev.pos === 'PRON' && SUBJ_PRON.has(prev.lower)) || (prev.pos === 'AUX' && !BE.has(prev.lower)) || prev.pos === 'PART' || /^(?:both|all|who|also|currently|still|now|not)$/.test(prev.lower);
    return before && !!next && (/^(?:him|her|them|it|me|us|you)$/.test(next.lower) || next.pos === 'DET' || next.pos === 'PROPN');
  }
  // wink tags a plural subject's verb as a noun now and then: "officials advocate for …"
  if (e.pos.includes('VERB') && head.pos === 'NOUN' && m.first > sFirst) {
    const prev = D.T[m.first - 1]!, next = D.T[m.first + 1];
    const plural = prev.pos === 'PRON' ? SUBJ_PRON.has(prev.lower) : (prev.pos === 'NOUN' && /s$/.test(prev.lower));
    if (plural && !!next && (next.lower === 'that' || next.lower === 'for' || next.pos === 'DET')) return true;
    // ", records show.", ", fundraising documents show.": a reporting clause after its claim, ending the sentence
    // (no article opens the subject of a base-form verb: that is an apposition, ", a fireworks show.")
    if (next && /^[.!?]$/.test(next.text) && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) {
      const base = head.lemma === head.lower;
      let x = m.first - 1;
      while (x > sFirst && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(D.T[x]!.pos)) x--;
      const article = /^(?:a|an)$/.test(D.T[x + 1]!.lower);
      if (x > sFirst && !(article && base) && (D.T[x]!.text === ',' || closesQuote(D, x) >= 0)) return true;
    }
    // "a poll shows that …": a third-person verb read as a plural noun
    return /s$/.test(head.lower) && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !/s$/.test(prev.lower) && !!next
      && (next.lower === 'that' || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM' || (next.lower === 'to' && e.category === 'intention'));
  }
  return false;
}

/** The words between "in" and the poll noun form a noun phrase: "a national Gazette/Metro poll", "Monday's poll", "exit polls". */
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
