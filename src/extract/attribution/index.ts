import type { Annotated, Attribution, Span, Token } from '../../types.js';
import { firstTokenFrom, POSSESSIVE } from '../../annotate/annotate.js';
import { groupBy } from '../../util.js';
import { makeMatch, type Match } from '../match.js';
import { acceptedEntry, learnedEntry, sentenceCandidates } from './candidates.js';
import { extendQuotes, inSubjectRelative, mergeSpans, subjectRelative, quoteKind, withoutComplementizer, withoutPreposition } from './content.js';
import { docView, trimmed, type Doc, type Found } from './doc.js';
import { buildAttribution, fallbackFrame, impersonalInfinitive } from './frames.js';
import { LIGHT, wholeSubject } from './source.js';
import { cueMatcher, type CueEntry } from './lexicon.js';
import { cueFeatures, cueModel, scoreFeatures } from './model.js';
import { chooseEnd, END_BITS, endChoice, endCollector, endModel } from './content-end.js';
import { NEST_BITS, nestCollector, nestedPairs, nestFeatures, nestModel, nestReported } from './nesting.js';

export { loadCues, validateCue, cueMatcher, type CueEntry, type CueFrame } from './lexicon.js';
export { findQuotes, type Quote } from './quotes.js';
export { cueModel, setCueModel, modelFromStored, type CueModel, type StoredModel } from './model.js';
export { cueCandidates } from './candidates.js';
export { nestModel, setNestModel, nestModelFromStored, setNestCollector, NEST_BITS, type NestModel, type StoredNestModel } from './nesting.js';
export { endModel, setEndModel, endModelFromStored, setEndCollector, END_BITS, type EndChoice, type EndModel, type StoredEndModel } from './content-end.js';

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
 *
 * The parts: doc.ts (the document view, word sets, token and span helpers), candidates.ts (cue candidates),
 * source.ts (source noun phrases), content.ts (content extent), frames.ts (the frames). findAttributions runs the passes.
 */

export function findAttributions(doc: Annotated): Attribution[] {
  const { tokens: T, sentences } = doc;
  if (!T.length) return [];
  const lex = cueMatcher();
  const model = cueModel();
  const D = docView(doc, !!model);

  // Pass 1: cue candidates per sentence; the learned filter (model.ts) decides where there is one.
  const feats: number[] = [];
  const perSentence: Match<CueEntry>[][] = [];
  const admitted = new Set<number>(); // first tokens of the cues the model admitted
  const scores = new Map<number, number>(); // the filter's score of each token it scored
  for (const s of sentences) {
    // longest plausible match first at each token ("claim" the noun vs "claim" the verb)
    const ms: Match<CueEntry>[] = [];
    const cands = sentenceCandidates(D, s.first, s.last, lex, model ? model.vocab : null);
    let next = s.first;
    for (let k = 0; k < cands.length; k++) {
      const { i, c, prevLex, nextLex } = cands[k]!;
      if (i < next) continue;
      let m = c.m;
      if (model && !c.ruled) {
        feats.length = 0;
        cueFeatures(D, i, s.first, s.last, m ? m.value : null, prevLex, nextLex, model.bits, feats);
        const sc = scoreFeatures(model, feats);
        scores.set(i, sc);
        // lexicon cues: at or above thresholdLexicon the model has done the complement test; in the band
        // [thresholdRules, thresholdLexicon) the entry's own rule test decides (empty in the committed model);
        // below, no cue. Other words: a cue at or above thresholdOther.
        if (m) m = sc >= model.thresholdLexicon ? makeMatch(m.first, m.last, m.tokens, acceptedEntry(m.value)) : sc >= model.thresholdRules ? m : null;
        else if (sc >= model.thresholdOther) m = makeMatch(i, i + 1, [i], learnedEntry(D.T[i]!));
        if (m && sc >= (c.m ? model.thresholdLexicon : model.thresholdOther)) admitted.add(m.first);
      }
      if (!m) continue;
      let prev = ms[ms.length - 1];
      // a verb the model admitted right before a lexicon cue yields to it: a light verb before the noun it takes as
      // object ("voiced sharp criticism": the noun's frame takes the verb's subject for its holder), a verb before a
      // participle that opens the clause after it ("letters have surfaced describing …": the participle's frame takes
      // the subject). A verb of its own stays ("downplayed concerns that …").
      if (prev && prev.value.id.startsWith('learned-') && D.T[prev.first]!.pos === 'VERB' && !m.value.id.startsWith('learned-')
        && ((m.value.frame === 'noun' && LIGHT.has(D.T[prev.first]!.lemma) && lightObject(D.T, prev.last, m.first))
          || (i === prev.last && D.T[i]!.pos === 'VERB' && /ing$/.test(D.T[i]!.lower)))) {
        ms.pop();
        prev = ms[ms.length - 1];
      }
      // nor are two verbs in a row one cue of several words
      const twoVerbs = prev !== undefined && D.T[prev.last - 1]!.pos === 'VERB' && D.T[i]!.pos === 'VERB';
      // nor a verb and a noun the lexicon reads as a cue of its own: the verb takes it as its object ("downplayed
      // concerns that …", where the concerns are not the mayor's)
      const ownNoun = m.value.frame === 'noun' && !m.value.id.startsWith('learned-');
      // nor an adverb of report and the verb it hedges ("would reportedly veto": the verb speaks)
      const hedged = prev !== undefined && prev.value.frame === 'raising' && D.T[prev.first]!.pos === 'ADV';
      if (prev && i === prev.last && !twoVerbs && !ownNoun && !hedged && (m.value.id.startsWith('learned-') || prev.value.id.startsWith('learned-'))) {
        // "took issue with": one cue of several words
        ms[ms.length - 1] = makeMatch(prev.first, m.last, [...prev.tokens, ...m.tokens], prev.value);
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
      if (impersonalInfinitive(D, m, s.first)) continue;
      const f: Found | null = buildAttribution(D, m, s.first, s.last, si, prevSource) ?? (admitted.has(m.first) ? fallbackFrame(D, m, s.first, s.last, si) : null);
      if (!f) continue;
      found.push(f);
      // a noun's holder is no later participle's speaker: "read out Lee's claim that …, saying …"; nor is who feels
      // it: "Ruiz angered the pilots by calling …"
      if (f.source && f.entry.frame !== 'noun' && !f.experiencer) prevSource = f.source;
    }
  });

  // Pass 3: a cue inside another's source says no more than that source holds; quoted sentences that run on after a direct quote.
  withinSources(D, found);
  // a subject's relative clause: a cue in it ends its content at the sentence's verb, the sentence's cue after it takes the whole subject
  for (const f of found) {
    const s = sentences[f.sent]!, rel = subjectRelative(D, s.first, f.cueTokens[0]);
    inSubjectRelative(D, f, rel, s.last);
    wholeSubject(D, f, rel);
  }
  extendQuotes(D, found, sentences);
  // Pass 4: "put out a statement Monday saying …": the noun and the participle are one cue.
  joinVenueNouns(D.T, found);

  const sentOf = (pos: number) => {
    let lo = 0, hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  const out: Attribution[] = [];
  const scoreOf = new Map<Attribution, number | undefined>(); // the filter's score of the token it scored for each cue
  const seenCue = new Set<number>();
  const ender = endModel(), collect = endCollector();
  for (const f of found) {
    if (seenCue.has(f.cueTokens[0])) continue;
    seenCue.add(f.cueTokens[0]);
    let content = withoutPreposition(D, withoutComplementizer(D, mergeSpans(f.content)), f.cueTokens[1]);
    if (!content.length) continue;
    if ((ender || collect) && !f.fixedEnd) {
      // where a content running on from its cue ends: the learned ranker (content-end.ts) may move the rule's end
      const s = sentences[f.sent]!;
      const c = endChoice(D, f, content, s.last, ender ? ender.bits : END_BITS);
      if (c && collect) collect(c, f.cue);
      if (c && ender) { const sp = chooseEnd(D, ender, c); if (sp) content = [sp]; }
    }
    const all = [...f.cue, ...(f.source ?? []), ...content];
    const sents = new Set<number>();
    for (const [a, b] of all) for (let k = sentOf(a); k <= sentOf(Math.max(a, b - 1)); k++) sents.add(k);
    const a: Attribution = {
      cue: { spans: f.cue, lemma: f.lemma, cueId: f.entry.id, category: f.entry.category, stance: f.entry.stance },
      source: f.source && f.source.length ? { spans: f.source } : null,
      content: { spans: content },
      quote: quoteKind(D, content),
      sentences: [...sents].sort((a, b) => a - b),
    };
    out.push(a);
    scoreOf.set(a, scores.get(f.cueTokens[0]));
  }
  out.sort((a, b) => a.cue.spans[0]![0] - b.cue.spans[0]![0]);
  // Pass 5: an attribution reported inside another's content ("Song said Ruiz had called …") is read into it or not (nesting.ts)
  const nester = nestModel(), collectNest = nestCollector();
  const score = (a: Attribution) => scoreOf.get(a);
  if (collectNest) collectNest(out, nestedPairs(out).map(([i, j]) => ({ inner: j, feats: nestFeatures(D, out[i]!, out[j]!, score, NEST_BITS) })));
  else if (nester) nestReported(D, out, nester, score);
  return out;
}

/**
 * A cue inside another attribution's source ("[Riders who asked for a second pier] say …") has its content end where
 * that source ends: the main clause is not what the relative clause's speakers said.
 */
function withinSources(D: Doc, found: Found[]): void {
  const bySentence = groupBy(found, (f) => f.sent);
  for (const g of found) {
    const src = g.source?.[g.source.length - 1];
    if (!src || !g.source) continue;
    const from = g.source[0]![0], to = src[1];
    for (const f of bySentence.get(g.sent)!) {
      if (f === g || f.cue[0]![0] < from || f.cue[f.cue.length - 1]![1] > to) continue;
      // a content that starts inside the source and runs out of it ("Her vow | to …" keeps a content after its source)
      const first = f.content[0], last = f.content[f.content.length - 1];
      if (!first || !last || first[0] >= to || last[1] <= to) continue;
      const T = D.T;
      const content: Span[] = [];
      for (const [a, b] of f.content) {
        if (a >= to) break;
        const x = firstTokenFrom(T, a), y = firstTokenFrom(T, Math.min(b, to));
        const sp = trimmed(D, x, y);
        if (sp) content.push(sp);
      }
      f.content = content;
    }
  }
}

/**
 * A noun cue whose content opens with another cue's participle ("put out a statement late on Friday, saying …",
 * "a memo to staff stating …") says one thing once: the noun joins the participle's cue, which keeps its
 * source and content, and the noun's own attribution (no source, the participle clause as content) goes.
 */
function joinVenueNouns(T: readonly Token[], found: Found[]): void {
  const byCue = new Map<number, Found>();
  for (const f of found) byCue.set(f.cueTokens[0], f);
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k]!;
    if (f.entry.frame !== 'noun' || !f.content.length) continue;
    let at = firstTokenFrom(T, f.content[0]![0]);
    if (T[at]?.text === ',') at++;
    const g = byCue.get(at);
    if (!g || g === f || g.sent !== f.sent || T[at]!.pos !== 'VERB' || !/ing$/.test(T[at]!.lower)) continue;
    g.cue = [...f.cue, ...g.cue].sort((a, b) => a[0] - b[0]);
    if (!g.source && f.source) g.source = f.source;
    found.splice(k, 1);
  }
}

/** Tokens [from, to) are at most three determiners, adjectives, adverbs, numbers or possessive pronouns: what stands between a verb and its object noun ("voiced sharp criticism", "voiced their concern"). */
function lightObject(T: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (!/^(?:DET|ADJ|ADV|NUM)$/.test(T[k]!.pos) && !POSSESSIVE.test(T[k]!.lower)) return false;
  return true;
}
