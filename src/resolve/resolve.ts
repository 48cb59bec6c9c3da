import type { Annotated, Attribution, SourceType, Span, Token } from '../types.js';
import { groupBy, spanText } from '../util.js';
import type { Gender, SourceEntry, SourceLexicon } from './lexicon.js';
import { sourceLexicon } from './lexicon.js';
import type { Match } from '../extract/match.js';
import { isHumanNoun, isNameWord, isPersonNoun, nameInfo } from './names.js';
import { nlp } from '../annotate/nlp.js';
import { retagged } from '../annotate/token.js';

/**
 * A typed and named attribution source, as the ledger's `Claim.source` carries it.
 *
 * `cueIds` are the ids of the `data/sources.json` entries that decided the type, so a reader
 * sees why: `["anon-official"]` for "U.S. officials", `["title-senator"]` for "Sen. Ted Cruz",
 * `["pronoun-he"]` for a "he" resolved to a person. Empty where a proper name alone decided
 * (compromise's name knowledge, an earlier full mention, or the default for bare names).
 */
export interface ResolvedSource {
  text: string;
  spans: Span[];
  type: SourceType;
  name: string | null;
  cueIds: string[];
}

/** What the analysis of a source phrase finds, before pronouns are resolved. */
interface Analysis {
  type: SourceType;
  name: string | null;
  cueIds: string[];
  gender: Gender | null;
  /** The entry that decided, where one did. */
  entry: SourceEntry | null;
  /** The type came from a proper name by a default rule only (bare name → person, "the" + name → organization). */
  weak: boolean;
}

const HUMAN: ReadonlySet<SourceType> = new Set<SourceType>(['person', 'anonymous', 'vague', 'group', 'author']);
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);
const JOINERS = new Set(['of', 'for', '&', 'de', 'del', 'della', 'la', 'le', 'du', 'da', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'y']);
const SEGMENT_BREAKS = new Set([',', ';', ':', '(', ')', '[', ']', '—', '–', '--', '―']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const OPENING = new Set(['“', '"', '‘']);
const CLOSING = new Set(['”', '"', '’']);
const ANSWER = /^\s*A\s?:/;
const DASHES = new Set(['—', '–', '--', '―']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
/** Prepositions that tie a class to an institution: "analysts at Goldman Sachs", "officials from Mexico". */
const AFFILIATION = new Set(['at', 'from', 'of', 'for', 'with', 'in', 'inside', 'within']);
/** Partitives that count a share of a collective ("56 percent of voters", "half of the delegates"). */
const SHARES = new Set(['percent', '%', 'pct', 'half', 'majority', 'minority', 'plurality', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);
/** How many sentences back a he/she may find its antecedent (the pronoun's own sentence counts as 0). */
const PRONOUN_WINDOW = 3;

/** A naive singular for a plural noun: "authorities" → "authority", "witnesses" → "witness", "critics" → "critic". */
const singular = (w: string) =>
  w.endsWith('ies') ? `${w.slice(0, -3)}y` : /(ss|ch|sh|x)es$/.test(w) ? w.slice(0, -2) : w.endsWith('ss') ? w : w.slice(0, -1);

/** Cue lemmas a thing can be the source of ("the data suggest", "turnout shows"); the rest want a speaker. */
const THING_CUES = new Set(['suggest', 'indicate', 'reveal', 'show', 'imply', 'signal', 'confirm', 'demonstrate', 'prove', 'mean',
  'point', 'find', 'predict', 'estimate', 'project', 'highlight', 'underscore', 'illustrate', 'reflect', 'threaten', 'raise', 'spark', 'prompt', 'fuel']);
const wantsSpeaker = (cue: Attribution['cue'] | undefined): boolean =>
  !!cue && (cue.category === 'speech' || cue.category === 'writing' || cue.category === 'belief' || cue.category === 'intention') && !THING_CUES.has(cue.lemma);

/** wink-nlp's own lexicon knows the word (it is not out of vocabulary): a common word, not a new name. */
let oovDoc: { isOOV: (w: string) => boolean } | null = null;
const knownWord = (w: string): boolean => !(oovDoc ??= nlp.readDoc('') as unknown as { isOOV: (w: string) => boolean }).isOOV(w);

const isUpper = (s: string) => {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

/**
 * Types and names the source of each attribution: one result per attribution, in order, `null`
 * where it names no source. Proper names go to compromise (cached, name-sized phrases only);
 * everything else is the phrase lexicon and a few rules over wink-nlp's tokens.
 */
/** How resolve may work. */
export interface ResolveOptions {
  /**
   * Run compromise's tagger on a multiword name its lexicon and organisation words (copied into
   * `name-lexicon.ts`) say nothing about: it knows first names the lexicon lacks ("Dean Varga").
   * Loading compromise costs about 0.3 s per process (up to 1 s on a slow machine); on 630 news
   * articles the tagger changed the type of one source name of 15,103 claims.
   * @default false
   */
  nameTagger?: boolean;
}

export function resolveSources(doc: Annotated, attributions: readonly Attribution[], options: ResolveOptions = {}): (ResolvedSource | null)[] {
  const ctx = new DocContext(doc, sourceLexicon(), options.nameTagger ?? false);
  const found = attributions.map((a) => {
    if (!a.source || !a.source.spans.length) return null;
    const spans = a.source.spans.map(([s, e]) => [s, e] as Span);
    const tokens = ctx.tokensIn(spans);
    ctx.speaker = wantsSpeaker(a.cue);
    return { spans, tokens, analysis: ctx.analyseSpan(tokens) };
  });

  // He/she: the nearest preceding person (a source, or a name in the text) within a few sentences,
  // taken in text order so a chain of "he said … he added" carries the name along.
  const persons: PersonMention[] = [];
  for (const f of found) {
    if (f && f.analysis.type === 'person' && f.analysis.name && f.tokens.length) {
      persons.push({ start: ctx.doc.tokens[f.tokens[0]!]!.start, sentence: ctx.doc.tokens[f.tokens[0]!]!.sentence, name: f.analysis.name, gender: f.analysis.gender, source: true });
    }
  }
  const pending = found
    .map((f, i) => ({ f, i }))
    .filter((x) => x.f && x.f.analysis.entry?.resolve === 'person' && x.f.analysis.type === 'pronoun' && x.f.tokens.length)
    .sort((x, y) => ctx.doc.tokens[x.f!.tokens[0]!]!.start - ctx.doc.tokens[y.f!.tokens[0]!]!.start);
  for (const { f } of pending) {
    const a = f!.analysis;
    const first = ctx.doc.tokens[f!.tokens[0]!]!;
    const antecedent = ctx.antecedentPerson(first, a.entry!.gender ?? null, persons);
    if (antecedent) {
      a.type = 'person';
      a.name = antecedent.name;
      a.gender = antecedent.gender ?? a.entry!.gender ?? null;
      persons.push({ start: first.start, sentence: first.sentence, name: antecedent.name, gender: a.gender, source: true });
    }
  }

  return found.map((f) => f && {
    text: spanText(doc.text, f.spans),
    spans: f.spans,
    type: f.analysis.type,
    name: f.analysis.name,
    cueIds: f.analysis.cueIds,
  });
}

interface PersonMention { start: number; sentence: number; name: string; gender: Gender | null; source?: boolean }
interface EntryMatch { entry: SourceEntry; first: number; last: number }

/** Per-document helpers; the name indexes are built lazily, once. */
class DocContext {
  private readonly t: Token[];
  /**
   * The tokens the lexicon is matched against: wink tags a capitalised plural PROPN and leaves its
   * lemma alone ("Critics say", "Sources close to …", "Two House Committees"), so those few get a
   * singular lemma here, and sentence-initially the NOUN tag.
   */
  private mt: Token[];
  private readonly patchedSentences = new Set<number>();
  private capIndex: Map<string, number[]> | null = null;
  private readonly firstFull = new Map<string, { name: string; gender: Gender | null; start: number } | null>();
  private readonly personCache = new Map<string, { name: string; gender: Gender | null } | null>();
  private titled: { entry: SourceEntry; start: number; name: string; gender: Gender | null }[] | null = null;
  private readonly runsBySentence = new Map<number, number[][]>();
  private readonly matchCache = new Map<number, readonly Match<SourceEntry>[]>();
  private readonly commonWords = new Map<string, { named: boolean; lower: boolean; known: boolean }>();
  /** The attribution's cue wants a speaker ("said", "believes"): a sentence-initial capital there is a name unless the text says otherwise. */
  speaker = false;
  private lowerSet: Set<string> | null = null;

  constructor(readonly doc: Annotated, readonly lex: SourceLexicon, readonly nameTagger: boolean) {
    this.t = doc.tokens;
    this.mt = this.t;
  }

  /** The lexicon's view of token `k` (see `mt`); its sentence is patched on first use. */
  private mtok(k: number): Token {
    const s = this.t[k]!.sentence;
    if (!this.patchedSentences.has(s)) {
      this.patchedSentences.add(s);
      const sent = this.doc.sentences[s];
      for (let j = sent?.first ?? k; j < (sent?.last ?? k + 1); j++) {
        const t = this.t[j]!;
        if (t.pos !== 'PROPN' || t.lemma !== t.lower || !/[a-z]s$/.test(t.lower) || isNameWord(t.lower)) continue;
        if (this.mt === this.t) this.mt = this.t.slice();
        // Mid-sentence it stays a name word, with a singular lemma for the lexicon ("Two House Committees").
        this.mt[j] = retagged(t, this.isInitial(j) ? 'NOUN' : 'PROPN', singular(t.lower));
      }
    }
    return this.mt[k]!;
  }

  /** Indexes of the tokens that overlap the spans, in order. */
  tokensIn(spans: readonly Span[]): number[] {
    const out: number[] = [];
    for (const [s, e] of spans) {
      let lo = 0, hi = this.t.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (this.t[mid]!.end <= s) lo = mid + 1; else hi = mid; }
      for (let k = lo; k < this.t.length && this.t[k]!.start < e; k++) if (!out.includes(k)) out.push(k);
    }
    return out.sort((a, b) => a - b);
  }

  private tok(k: number): Token { return this.t[k]!; }
  isCap(k: number): boolean { const t = this.t[k]; return !!t && isUpper(t.text); }
  /** First word of its sentence (or right after an opening quote or bracket): capitals there say nothing. */
  isInitial(k: number): boolean {
    const t = this.t[k];
    if (!t) return false;
    const s = this.doc.sentences[t.sentence];
    for (let j = k - 1; j >= (s?.first ?? 0); j--) {
      const p = this.t[j]!;
      if (QUOTES.has(p.text) || p.text === '(' || p.text === '—' || p.text === '–' || p.text === ':' || p.text === '-') continue;
      return false;
    }
    return true;
  }
  capMid(k: number): boolean { return this.isCap(k) && !this.isInitial(k); }
  /** A proper-name word: capitalised, and either tagged PROPN or not sentence-initial. */
  isProper(k: number): boolean {
    const t = this.t[k];
    if (!t || !this.isCap(k) || t.pos === 'PUNCT') return false;
    if (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX') return false;
    return t.pos === 'PROPN' || !this.isInitial(k);
  }

  /** Inside a quotation: more opening than closing quote marks since the paragraph began. */
  quoted(offset: number): boolean {
    const text = this.doc.text;
    const from = text.lastIndexOf('\n', offset - 1) + 1;
    // An answer in an interview transcript ("A: I think …") is the interviewee's own words.
    if (ANSWER.test(text.slice(from, from + 4))) return true;
    let open = 0, straight = 0;
    for (let i = from; i < offset; i++) {
      const c = text[i];
      if (c === '“') open++;
      else if (c === '”') open = Math.max(0, open - 1);
      else if (c === '"') straight++;
    }
    return open > 0 || straight % 2 === 1;
  }

  /** Lexicon matches starting at token `k`, within its sentence; cached, as phrases are looked at more than once. */
  private matchesAt(k: number): readonly Match<SourceEntry>[] {
    let ms = this.matchCache.get(k);
    if (!ms) {
      const sentence = this.doc.sentences[this.tok(k).sentence];
      this.mtok(k);
      ms = this.lex.matcher.matchAt(this.mt, k, sentence ? sentence.last : this.t.length);
      this.matchCache.set(k, ms);
    }
    return ms;
  }

  private fits(e: SourceEntry, head: number): boolean {
    if (e.capitalized && !this.isCap(head)) return false;
    if (e.notCapitalized && this.capMid(head)) return false;
    if (e.context && this.quoted(this.tok(head).start) !== (e.context === 'quoted')) return false;
    return true;
  }

  /** The entry whose match covers `head`, starting within `[from, head]`: longest first, then file order. */
  private headEntry(from: number, head: number, only?: (e: SourceEntry) => boolean): EntryMatch | null {
    let best: EntryMatch | null = null;
    for (let k = from; k <= head; k++) {
      for (const m of this.matchesAt(k)) {
        if (m.first > head || m.last <= head) continue;
        if (only && !only(m.value)) continue;
        if (!this.fits(m.value, head)) continue;
        const len = m.last - m.first, bestLen = best ? best.last - best.first : -1;
        if (!best || len > bestLen || (len === bestLen && this.lex.rank.get(m.value)! < this.lex.rank.get(best.entry)!)) {
          best = { entry: m.value, first: m.first, last: m.last };
        }
      }
    }
    return best;
  }

  /** A title entry starting at token `k` and ending before `end` (so a name is left): "Sen.", "Secretary of State". */
  private titleAt(k: number, end: number): EntryMatch | null {
    let best: EntryMatch | null = null;
    for (const m of this.matchesAt(k)) {
      if (m.value.category !== 'title' || m.last >= end) continue;
      if (!best || m.last > best.last) best = { entry: m.value, first: m.first, last: m.last };
    }
    return best;
  }

  /** The tokens of a source span, split into segments at commas, brackets and dashes. */
  analyseSpan(idx: number[]): Analysis {
    let toks = idx.slice();
    while (toks.length && this.isTrailJunk(toks[toks.length - 1]!)) toks.pop();
    while (toks.length && (this.tok(toks[0]!).pos === 'PUNCT' || QUOTES.has(this.tok(toks[0]!).text))) toks.shift();
    if (!toks.length) return { type: 'vague', name: null, cueIds: [], gender: null, entry: null, weak: true };
    const segs: number[][] = [[]];
    for (const k of toks) {
      if (SEGMENT_BREAKS.has(this.tok(k).text)) { if (segs[segs.length - 1]!.length) segs.push([]); continue; }
      segs[segs.length - 1]!.push(k);
    }
    if (!segs[segs.length - 1]!.length) segs.pop();
    const first = segs[0]!;
    let second: Analysis | null | undefined;
    const appositive = () => (second === undefined ? (second = segs[1] ? this.analyseNP(segs[1], null) : null) : second);
    const a = this.analyseNP(first, appositive);

    // A relative pronoun takes the noun phrase before it: "U.S. officials, who …".
    if (a.entry?.resolve === 'antecedent') {
      const ante = this.antecedentNP(first[0]!, ['who', 'whom'].includes(this.tok(first[0]!).lower));
      if (ante) return { ...ante, cueIds: [a.entry.id, ...ante.cueIds] };
      return a;
    }
    // "the port's spokesman, Dan Ruiz": a description, then the name (which outranks the person a title last named).
    if ((a.type === 'anonymous' || (a.type === 'person' && (!a.name || a.entry?.category === 'title'))) && segs[1]) {
      const b = appositive();
      if (b && b.type === 'person' && b.name && !b.entry) return { ...b, cueIds: [...a.cueIds, ...b.cueIds] };
    }
    // "Herald, the first Republican mayor …": a bare word a name list reads as an organisation,
    // described as a person.
    if (a.entry?.named && a.type === 'organization' && first.length === 1 && segs[1]) {
      const b = appositive();
      if (b?.entry && (b.entry.category === 'title' || (HUMAN.has(b.type) && b.type !== 'group'))) {
        const word = this.tok(first[0]!);
        const full = this.fullName(word.text, word.start);
        return { type: 'person', name: full?.name ?? word.text, cueIds: b.cueIds, gender: full?.gender ?? b.gender, entry: null, weak: false };
      }
    }
    // “Harbor Lights”: a name in quotation marks is the title of a work.
    const last = idx[idx.length - 1]!;
    if (!a.entry && (a.type === 'person' || a.type === 'organization') && OPENING.has(this.tok(idx[0]!).text) &&
      (CLOSING.has(this.tok(last).text) || CLOSING.has(this.t[last + 1]?.text ?? ''))) {
      return { ...a, type: 'document', gender: null };
    }
    return a;
  }

  private isTrailJunk(k: number): boolean {
    const t = this.tok(k);
    return POSSESSIVE.has(t.text) || t.pos === 'PUNCT' || QUOTES.has(t.text);
  }

  /**
   * One noun phrase: its chunk (determiners, modifiers, the head noun), then, in order, a lexicon
   * entry covering the head, a proper name, the agent of a passive ("the opinion held by others"),
   * and a fallback for unlisted common nouns.
   */
  analyseNP(seg: number[], appositive: (() => Analysis | null) | null): Analysis {
    const parts = this.chunk(seg);
    let { chunk } = parts;
    const { rest, share } = parts;
    if (!chunk.length) return { type: 'vague', name: null, cueIds: [], gender: null, entry: null, weak: true };
    // "Robert Gordon of Northwestern University": a person's name, then where the person works.
    const of = this.personOf(chunk);
    if (of > 0) chunk = chunk.slice(0, of);
    const head = this.headOf(chunk);
    const m = this.headEntry(chunk[0]!, head);
    // A title word right after a name is a surname: "Billie Jean King", "John Major"; not after a
    // place ("the Nevada Democrat", "the Texas senator").
    const surname = m?.entry.category === 'title' && m.first === head && this.capMid(head) && head > chunk[0]! && this.isProper(head - 1) &&
      !this.lex.titleWords.has(this.tok(head - 1).lower) && !nameInfo(this.tok(head - 1).text).place;
    if (m && !surname) return this.fromEntry(m, chunk, head, rest, share);
    const h = this.tok(head);
    // A capitalised head no entry claims is a name, even sentence-initially, unless it is an
    // inflected common noun ("Rivals said") or a common noun that only a sentence's first capital
    // makes look like one ("Violence that threatens the region", "Turnout suggests").
    if (this.isProper(head) || (this.isCap(head) && h.pos !== 'PUNCT' && !(h.pos === 'NOUN' && h.lemma !== h.lower))) {
      if (!(head === chunk[chunk.length - 1] && this.commonInitial(head, chunk))) return this.fromName(chunk, head, appositive);
    }
    const by = rest.findIndex((k) => this.tok(k).lower === 'by');
    if (by >= 0 && by + 1 < rest.length) {
      const agent = this.analyseNP(rest.slice(by + 1), null);
      if (agent.entry || !agent.weak) return agent;
    }
    return this.commonNoun(chunk, head);
  }

  /**
   * A common noun no entry lists. A noun for a kind of person: "the businessman" names one person
   * (unnamed here); "a man", "rivals", "party leaders" are unnamed sources (anonymous).
   * A noun for a thing ("violence", "the discussion", "two past elections"): the ledger has no
   * type for "no one in particular, an abstraction", and the nearest is `vague` (a weasel source:
   * nobody can be asked). Evidence-like things (data, polls, figures, records) are listed in the
   * lexicon as `document`; a word wink does not know is more likely a name or a person noun it
   * has never seen, so it stays anonymous.
   */
  private commonNoun(chunk: number[], head: number): Analysis {
    const h = this.tok(head);
    const lemma = h.lemma.toLowerCase();
    if (isPersonNoun(lemma) && this.definiteSingular(chunk, head)) return { type: 'person', name: null, cueIds: [], gender: null, entry: null, weak: true };
    const thing = (h.pos === 'NOUN' || h.pos === 'PROPN') && !isHumanNoun(lemma) && knownWord(h.lower) && knownWord(lemma);
    return { type: thing ? 'vague' : 'anonymous', name: null, cueIds: [], gender: null, entry: null, weak: true };
  }

  /**
   * A sentence-initial capitalised word that is a common noun, not a name: it is never capitalised
   * mid-sentence in the document and no name list knows it, and it occurs lower-cased elsewhere
   * or wink's lexicon knows it as a word.
   */
  private commonInitial(head: number, chunk: number[], asHead = true): boolean {
    if (!this.isInitial(head) || chunk.some((k) => k < head && this.isProper(k))) return false;
    const t = this.tok(head);
    let w = this.commonWords.get(t.lower);
    if (w === undefined) {
      const info = nameInfo(t.text);
      const named = info.person || info.organization || info.place || info.firstName || isNameWord(t.lower) ||
        (this.capitalised().get(t.text) ?? []).some((k) => !this.isInitial(k));
      w = { named, lower: this.lowerWords().has(t.lower), known: knownWord(t.lower) };
      this.commonWords.set(t.lower, w);
    }
    // After "said", "believes" only the text's own lower-case use makes it a common noun
    // ("Trump said …" where wink knows "trump" as a word); otherwise wink knowing the word will do.
    return !w.named && (w.lower || ((!this.speaker || !asHead) && w.known));
  }

  /**
   * Where "of" follows a person's name in a chunk ("Robert Gordon of Northwestern University", with a title or a
   * description before the name: "economist Sunita Rao of Northfield University"); -1 if not.
   */
  private personOf(chunk: number[]): number {
    for (let i = 2; i < chunk.length - 1; i++) {
      const k = chunk[i]!;
      if (this.tok(k).lower !== 'of' && this.tok(k).lower !== 'from') continue;
      // the name: the run of capitalised words (and initials) right before "of", less a leading title
      let a = i;
      while (a > 0 && (this.isProper(chunk[a - 1]!) || /^[A-Z]\.$/.test(this.tok(chunk[a - 1]!).text))) a--;
      while (a < i && this.lex.titleWords.has(this.tok(chunk[a]!).lower.replace(/\.$/, ''))) a++;
      const name = chunk.slice(a, i);
      if (name.length < 2) return -1;
      const info = nameInfo(this.textOf(name));
      return info.person && info.firstName ? i : -1;
    }
    return -1;
  }

  /** The leading noun phrase of a segment, and what follows it. */
  private chunk(seg: number[]): { chunk: number[]; rest: number[]; share: boolean } {
    let chunk: number[] = [];
    let share = false;
    let j = 0;
    for (; j < seg.length; j++) {
      const k = seg[j]!, t = this.tok(k);
      if (!chunk.length) {
        if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || QUOTES.has(t.text)) continue;
        chunk.push(k);
        continue;
      }
      const prev = this.tok(chunk[chunk.length - 1]!);
      const next = seg[j + 1];
      if (RELATIVE.has(t.lower)) break;
      if (t.lower === 'of') {
        if (this.lex.partitives.has(prev.lower) || prev.pos === 'NUM') { share = SHARES.has(prev.lower) || prev.pos === 'NUM'; chunk = []; continue; }
        // "Department of Homeland Security", but not "Supporters of Sanders" (a capitalised sentence-initial plural).
        const p = chunk[chunk.length - 1]!;
        if ((this.mtok(p).pos === 'PROPN' || this.capMid(p)) && next !== undefined && this.isCap(next)) { chunk.push(k); continue; }
        break;
      }
      // "Editor-in-Chief": a word between hyphens belongs to the compound.
      if (prev.text === '-' && next !== undefined && this.tok(next).text === '-') { chunk.push(k); continue; }
      if (t.pos === 'ADP' || t.pos === 'SCONJ' || (t.pos === 'PART' && !POSSESSIVE.has(t.text))) break;
      // "the lobbying firms", "recent polling": a gerund that modifies or ends the noun phrase.
      const gerund = t.pos === 'VERB' && t.lower.endsWith('ing') && prev.pos !== 'VERB' && prev.pos !== 'AUX' &&
        (next === undefined ? seg.length === j + 1 : this.tok(next).pos === 'NOUN');
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !this.isCap(k) && !gerund) break;
      if (t.pos === 'ADJ' && !this.isCap(k) && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON')) {
        const n = next !== undefined ? this.tok(next) : undefined;
        const listed = this.matchesAt(k).some((m) => m.last === k + 1 && m.value.category !== 'title');
        if ((!n || n.pos === 'ADP' || n.pos === 'PART' || n.pos === 'PUNCT') && !listed) break;
      }
      if (t.pos === 'CCONJ') {
        const n = next !== undefined ? this.tok(next) : undefined;
        const hasNoun = chunk.some((c) => ['NOUN', 'PROPN', 'PRON'].includes(this.tok(c).pos));
        if (hasNoun && n && (n.pos === 'DET' || n.pos === 'PRON' || this.isCap(next!))) break;
      }
      if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '.' && !POSSESSIVE.has(t.text)) break;
      chunk.push(k);
    }
    while (chunk.length > 1 && this.isTrailJunk(chunk[chunk.length - 1]!)) chunk.pop();
    const last = chunk.length ? chunk[chunk.length - 1]! : -1;
    return { chunk, rest: seg.filter((k) => k > last), share };
  }

  private headOf(chunk: number[]): number {
    // The last word heads the phrase where the lexicon knows it, whatever wink tagged it
    // ("a campaign operative", where wink reads "operative" as an adjective), or where it is a
    // gerund ("recent polling").
    let end = chunk.length - 1;
    while (end > 0 && POSSESSIVE.has(this.tok(chunk[end]!).text)) end--;
    const last = chunk[end]!;
    const lt = this.tok(last);
    if (lt.pos === 'VERB' && lt.lower.endsWith('ing')) return last;
    if (lt.pos === 'ADJ' && this.matchesAt(last).some((m) => m.last === last + 1 && m.value.category !== 'title')) return last;
    for (let i = chunk.length - 1; i >= 0; i--) {
      const k = chunk[i]!, t = this.tok(k);
      if (POSSESSIVE.has(t.text)) continue;
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || this.isProper(k)) return k;
    }
    return chunk[chunk.length - 1]!;
  }

  private fromEntry(m: EntryMatch, chunk: number[], head: number, rest: number[] = [], share = false): Analysis {
    const e = m.entry;
    const base: Analysis = { type: e.type, name: null, cueIds: [e.id], gender: e.gender ?? null, entry: e, weak: false };
    // An open class ("experts", "voters") tied to a name, or counted as a share, or made definite.
    if (e.affiliated && (share || this.affiliated(chunk, head, rest))) {
      const cueIds = share ? ['group-share', e.id] : [e.id];
      return { ...base, type: e.affiliated, cueIds, name: e.affiliated === 'group' ? this.collectiveName(chunk, head) : null };
    }
    if (e.definite && this.definite(chunk, head)) return { ...base, type: e.definite };
    if (e.category === 'title') {
      // "the senator" names one person (resolved to the person last titled so); "a senator", "senators" do not.
      const h = this.tok(head);
      if (!this.definiteSingular(chunk, head)) return { ...base, type: 'anonymous' };
      const t = e.resolve === 'title' ? this.lastTitled(e, h.start) : null;
      return { ...base, type: 'person', name: t?.name ?? null, gender: t?.gender ?? base.gender };
    }
    if (e.type === 'organization' || e.type === 'group') {
      let name = this.collectiveName(chunk, head, e.named === true);
      // "The Post" after "The Washington Post": the earlier full name.
      if (name && e.named && e.category === 'media' && !/\s/.test(name)) name = this.fullOrgName(head) ?? name;
      return { ...base, name };
    }
    return base;
  }

  /**
   * The phrase ties its head to a name: a proper-name modifier ("Harvard researchers", "Sanders
   * supporters"), a possessive ("the union's members"), or "at / from / of / for / with / in" and a
   * name after it ("analysts at Goldman Sachs", "supporters of Mr. Kasich").
   */
  private affiliated(chunk: number[], head: number, rest: number[]): boolean {
    for (const k of chunk) {
      if (k >= head) break;
      const t = this.tok(k);
      if (POSSESSIVE.has(t.text) && k > chunk[0]!) return true;
      if (t.pos !== 'ADJ' && !DETERMINERS.has(t.lower) && this.isProper(k) && !this.commonInitial(k, chunk, false)) return true;
    }
    let i = 0;
    if (!AFFILIATION.has(this.tok(rest[i] ?? -1)?.lower ?? '')) return false;
    i++;
    while (i < rest.length && (this.tok(rest[i]!).pos === 'DET' || this.tok(rest[i]!).lower === 'both')) i++;
    const k = rest[i];
    return k !== undefined && this.isProper(k);
  }

  /** "the protesters", "these voters", "his supporters": a particular set, though unnamed. */
  private definite(chunk: number[], head: number): boolean {
    const d = this.tok(chunk[0]!);
    return chunk[0]! < head && (d.lower === 'the' || d.lower === 'these' || d.lower === 'those' || d.lower === 'this' || d.lower === 'that' || d.pos === 'PRON');
  }

  /** "the senator", "his spokesman", "Trump's lawyer": one particular person; not "a senator", "senators". */
  private definiteSingular(chunk: number[], head: number): boolean {
    const h = this.tok(head);
    if (h.lower !== h.lemma && h.lower.endsWith('s')) return false;
    const d = this.tok(chunk[0]!);
    return d.lower === 'the' || d.lower === 'this' || d.lower === 'that' || d.pos === 'PRON' || chunk.some((k) => k < head && POSSESSIVE.has(this.tok(k).text));
  }

  /** "the State Department" → "State Department", "the Trump campaign" → "Trump campaign", "his campaign" → null. */
  private collectiveName(chunk: number[], head: number, named = false): string | null {
    // A capital counts mid-sentence, or sentence-initially on a word wink tags PROPN ("Voters" is
    // not a name, "Republicans" is by its entry).
    const nameWord = (k: number) =>
      this.isCap(k) && !DETERMINERS.has(this.tok(k).lower) && (this.capMid(k) || this.mtok(k).pos === 'PROPN' || (named && k === head));
    const from = chunk.find((k) => k <= head && nameWord(k));
    if (from === undefined) return null;
    return this.doc.text.slice(this.tok(from).start, this.tok(head).end);
  }

  /** The run of proper-name words ending at `head`, not reaching before `floor`. */
  private nameRun(head: number, floor: number): number[] {
    const run = [head];
    for (let k = head - 1; k >= floor; k--) {
      const t = this.tok(k);
      if (POSSESSIVE.has(t.text) || t.pos === 'DET') break;
      if (this.isProper(k) || (/^[A-Z]\.$/.test(t.text))) { run.unshift(k); continue; }
      if (JOINERS.has(t.lower) && k - 1 >= floor && this.isCap(k - 1) && !this.isCap(k)) { run.unshift(k); continue; }
      if (t.text === '-' && k - 1 >= floor && this.isCap(k - 1)) { run.unshift(k); continue; }
      if (this.isCap(k) && this.lex.titleWords.has(t.lower)) { run.unshift(k); continue; }
      break;
    }
    while (run.length > 1 && JOINERS.has(this.tok(run[0]!).lower)) run.shift();
    return run;
  }

  private textOf(toks: number[]): string {
    return toks.length ? this.doc.text.slice(this.tok(toks[0]!).start, this.tok(toks[toks.length - 1]!).end) : '';
  }

  /** Drops leading titles from a run; returns the title entry (the first) and the rest. */
  private stripTitles(run: number[]): { title: SourceEntry | null; rest: number[] } {
    // The last title inside the run, with a name after it: "Senate Majority Leader Mitch McConnell".
    let title: SourceEntry | null = null;
    let cut = 0;
    const end = run[run.length - 1]! + 1;
    for (let i = 0; i < run.length - 1; i++) {
      const m = this.titleAt(run[i]!, end);
      if (!m) continue;
      title = m.entry;
      cut = i + (m.last - m.first);
      i = cut - 1;
    }
    return { title, rest: run.slice(cut) };
  }

  /** A person's name from its run: compromise's reading where it ends the run, else the run up to " of ". */
  private personName(nameToks: number[]): string {
    const text = this.textOf(nameToks);
    const info = nameInfo(text);
    let name = info.personName && text.endsWith(info.personName) ? info.personName : text;
    const words = name.split(/\s+/);
    while (words.length > 1 && this.lex.titleWords.has(words[0]!.toLowerCase())) words.shift();
    name = words.join(' ');
    const of = name.search(/\s(of|from)\s/);
    return of > 0 ? name.slice(0, of) : name;
  }

  private fromName(chunk: number[], head: number, appositive: (() => Analysis | null) | null): Analysis {
    const run = this.nameRun(head, chunk[0]!);
    const { title, rest } = this.stripTitles(run);
    // "the former CEO of Acme Motors": what follows the title is its organisation, not a name.
    if (title && rest.length && JOINERS.has(this.tok(rest[0]!).lower)) {
      const t = title.resolve === 'title' && this.definiteSingular(chunk, run[0]!) ? this.lastTitled(title, this.tok(run[0]!).start) : null;
      return { type: 'person', name: t?.name ?? null, cueIds: [title.id], gender: t?.gender ?? title.gender ?? null, entry: title, weak: false };
    }
    let nameToks = rest.length ? rest : run;
    // "Raúl Grijalva of Arizona": a person's name ends before "of"; "Bank of America" stays whole.
    const ofAt = nameToks.findIndex((k, i) => i > 0 && this.tok(k).lower === 'of');
    if (ofAt > 0 && (title || nameInfo(this.textOf(nameToks.slice(0, ofAt)), this.nameTagger).person)) nameToks = nameToks.slice(0, ofAt);
    const person = (cueIds: string[], gender: Gender | null, weak = false): Analysis => {
      let name = this.personName(nameToks);
      let g = gender;
      if (nameToks.length === 1 || !name.includes(' ')) {
        const full = this.fullName(this.tok(nameToks[nameToks.length - 1]!).text, this.tok(nameToks[0]!).start);
        if (full) { name = full.name; g ??= full.gender; }
      }
      g ??= nameInfo(name).gender;
      return { type: 'person', name, cueIds, gender: g, entry: null, weak };
    };
    const org = (cueIds: string[], weak = false): Analysis =>
      ({ type: 'organization', name: this.collectiveName(chunk, head), cueIds, gender: null, entry: null, weak });
    // "the Clintons", "the Kochs": a family by its surname, a named collective.
    const h = this.tok(head);
    if (run.length === 1 && head > chunk[0]! && this.tok(head - 1).lower === 'the' && /[a-z]s$/.test(h.text) && h.lemma === h.lower) {
      const one = h.text.slice(0, -1);
      if (nameInfo(one).person || this.capitalised().has(one)) return { type: 'group', name: h.text, cueIds: [], gender: null, entry: null, weak: false };
    }

    // A title in or right before the name.
    const before = run[0]! - 1;
    const titleBefore = before >= chunk[0]! ? this.titleAt(before, before + 2) : null;
    const t = title ?? (titleBefore && titleBefore.last === before + 1 ? titleBefore.entry : null);
    // An organisation word anywhere in the name: "Department of Homeland Security", "The New York Post".
    let orgWord: EntryMatch | null = null;
    for (const k of nameToks) if ((orgWord = this.headEntry(k, k, (e) => e.type === 'organization'))) break;
    if (t && !orgWord) return person([t.id], t.gender ?? null);
    if (orgWord) return org([orgWord.entry.id]);
    const text = this.textOf(nameToks);
    if (nameToks.length === 1 && /^[A-Z][A-Z0-9&.-]{1,5}$/.test(text) && /[A-Z].*[A-Z]/.test(text)) return org([]);
    const info = nameInfo(text, this.nameTagger);
    if (info.person) return person([], info.gender);
    if (info.organization || info.place) return org([]);
    if (nameToks.length === 1 && this.fullName(text, this.tok(nameToks[0]!).start)) return person([], null);
    const b = appositive?.();
    if (b && b.entry) {
      if (b.type === 'organization' || b.type === 'document') return org(b.cueIds);
      if (HUMAN.has(b.type)) return person(b.cueIds, b.gender);
    }
    // "pollster Pat Caddell": a common noun right before the name is a role.
    if (before >= chunk[0]! && this.tok(before).pos === 'NOUN' && !this.isCap(before)) return person([], null);
    if (before >= chunk[0]! && this.tok(before).lower === 'the') return org([], true);
    return person([], null, true);
  }

  /**
   * The earliest full name (two words or more, a person by compromise's lexicon or a title)
   * ending in this surname before `before`: "Gorka" → "Sebastian Gorka".
   */
  private fullName(surname: string, before: number): { name: string; gender: Gender | null } | null {
    let first = this.firstFull.get(surname);
    if (first === undefined) {
      // The earliest in the whole text, once per surname: if it is not before `before`, none is.
      first = null;
      for (const k of this.capitalised().get(surname) ?? []) {
        const run = this.nameRun(k, this.doc.sentences[this.tok(k).sentence]?.first ?? 0);
        if (run.length < 2) continue;
        const p = this.personOfRun(run);
        if (p && p.name.includes(' ')) { first = { ...p, start: this.tok(run[0]!).start }; break; }
      }
      this.firstFull.set(surname, first);
    }
    return first && first.start < before ? { name: first.name, gender: first.gender } : null;
  }

  /** The nearest earlier multiword name ending in the word at `head`: "Post" → "Washington Post". */
  private fullOrgName(head: number): string | null {
    const h = this.tok(head);
    let best: string | null = null;
    for (const k of this.capitalised().get(h.text) ?? []) {
      if (k >= head) break;
      const run = this.nameRun(k, this.doc.sentences[this.tok(k).sentence]?.first ?? 0);
      while (run.length > 1 && DETERMINERS.has(this.tok(run[0]!).lower)) run.shift();
      if (run.length >= 2) best = this.textOf(run);
    }
    return best;
  }

  /** Capitalised tokens by their text, in order: where a surname occurs. Built once, on first use. */
  private capitalised(): Map<string, number[]> {
    if (this.capIndex) return this.capIndex;
    const capitalisedAt: number[] = [];
    for (let k = 0; k < this.t.length; k++) if (isUpper(this.t[k]!.text)) capitalisedAt.push(k);
    return (this.capIndex = groupBy(capitalisedAt, (k) => this.t[k]!.text));
  }

  /** The words the text has in lower case somewhere. Built once, on first use. */
  private lowerWords(): Set<string> {
    if (this.lowerSet) return this.lowerSet;
    const set = new Set<string>();
    for (const t of this.t) if (!isUpper(t.text)) set.add(t.lower);
    return (this.lowerSet = set);
  }

  /** Maximal runs of proper-name words in one sentence. */
  private sentenceRuns(s: number): number[][] {
    const hit = this.runsBySentence.get(s);
    if (hit) return hit;
    const sent = this.doc.sentences[s];
    const runs: number[][] = [];
    if (sent) {
      let cur: number[] = [];
      const flush = () => {
        while (cur.length && JOINERS.has(this.tok(cur[cur.length - 1]!).lower)) cur.pop();
        if (cur.length) runs.push(cur);
        cur = [];
      };
      for (let k = sent.first; k < sent.last; k++) {
        const t = this.tok(k);
        if (this.isProper(k) || /^[A-Z]\.$/.test(t.text)) cur.push(k);
        else if (cur.length && JOINERS.has(t.lower) && !this.isCap(k) && this.isCap(k + 1)) cur.push(k);
        else flush();
      }
      flush();
    }
    this.runsBySentence.set(s, runs);
    return runs;
  }

  /** A run read as a person: titles dropped, compromise (or a title) says person. Cached by text. */
  private personOfRun(run: number[]): { name: string; gender: Gender | null } | null {
    const key = this.textOf(run);
    if (this.personCache.has(key)) return this.personCache.get(key)!;
    const { title, rest } = this.stripTitles(run);
    let result: { name: string; gender: Gender | null } | null = null;
    const orgWord = rest.some((k) => this.headEntry(k, k, (e) => e.type === 'organization' || e.type === 'group'));
    if (rest.length && !orgWord) {
      const text = this.textOf(rest);
      const info = nameInfo(text);
      if (title || info.person) {
        const name = this.personName(rest);
        result = { name, gender: title?.gender ?? info.gender ?? nameInfo(name).gender };
      }
    }
    this.personCache.set(key, result);
    return result;
  }

  /** The nearest preceding person (source or name in the text) within the window, gender permitting. */
  antecedentPerson(pronoun: Token, gender: Gender | null, sources: readonly PersonMention[]): PersonMention | null {
    const from = Math.max(0, pronoun.sentence - PRONOUN_WINDOW);
    const candidates: PersonMention[] = sources.filter((p) => p.start < pronoun.start && p.sentence >= from);
    const pronounQuoted = this.quoted(pronoun.start);
    let ambiguous = -1; // the sentence of the last mention that could be either of two speakers
    for (let s = from; s <= pronoun.sentence; s++) {
      for (const run of this.sentenceRuns(s)) {
        const start = this.tok(run[0]!).start;
        if (start >= pronoun.start) continue;
        // Not a name inside a quotation, for a pronoun outside one ("I would say Paul," he said),
        // nor a name that modifies a noun ("the Porter bill", "the Vance campaign").
        if (!pronounQuoted && this.quoted(start)) continue;
        const after = this.t[run[run.length - 1]! + 1];
        if (after && after.pos === 'NOUN' && !isUpper(after.text)) continue;
        let p = this.personOfRun(run);
        if (!p && run.length === 1) {
          const full = this.fullName(this.tok(run[0]!).text, start);
          if (full) p = full;
        }
        if (!p) {
          // a name no list knows, which an earlier attribution's source gave a person ("said Kofi Mensah" … "Mensah disagreed")
          // (only where one speaker fits: "Boateng" after Adaeze and Kwame Boateng is either, and blocks the earlier mentions)
          const text = this.textOf(run);
          const known = sources.filter((x) => x.start < start && (x.name === text || x.name.endsWith(' ' + text)));
          if (known.length && known.every((x) => x.name === known[0]!.name)) p = { name: known[0]!.name, gender: known.find((x) => x.gender)?.gender ?? null };
          else if (known.length) ambiguous = s;
        } else if (!p.name.includes(' ')) {
          const full = this.fullName(p.name, start);
          // "Mr. Obama" keeps the gender its title gives where the full name's first name says none.
          if (full) p = { name: full.name, gender: p.gender ?? full.gender };
        }
        if (p) candidates.push({ start, sentence: s, name: p.name, gender: p.gender });
      }
    }
    // The nearest sentence that has a fitting candidate; in it, a speaker (an attribution's
    // source, the nearer of two) first, else the first name (the subject, as a rule: "When Mr. Lee took Mr. Park
    // on, he …"; "His cousin Jim Dale cited Mr. Ortiz … ''…,'' he said").
    // A gender known from one mention ("Mr. Obama") holds for the others ("Barack Obama").
    const known = new Map<string, Gender>();
    for (const c of candidates) if (c.gender) known.set(c.name, c.gender);
    const fits = candidates.filter((c) => { const g = c.gender ?? known.get(c.name); return !gender || !g || g === gender; });
    let best: PersonMention | null = null;
    for (const c of fits) {
      if (!best || c.sentence > best.sentence) { best = c; continue; }
      if (c.sentence < best.sentence) continue;
      if ((c.source ?? false) !== (best.source ?? false)) { if (c.source) best = c; continue; }
      // Of two speakers the nearer ("Asked by the host, Lee said"); of two names the first.
      if (c.source ? c.start > best.start : c.start < best.start) best = c;
    }
    // a nearer mention that could be either of two speakers leaves the pronoun unresolved
    if (best && ambiguous >= best.sentence) return null;
    return best;
  }

  /** "Sen. Ted Cruz … the senator": the nearest preceding mention titled by the same entry. */
  private lastTitled(entry: SourceEntry, before: number): { name: string; gender: Gender | null } | null {
    if (!this.titled) {
      this.titled = [];
      for (let k = 0; k < this.t.length; k++) {
        if (!this.lex.titleStarts.has(this.t[k]!.lower)) continue;
        for (const m of this.matchesAt(k)) {
          if (m.value.category !== 'title' || m.value.resolve !== 'title') continue;
          const run: number[] = [];
          const sentence = this.tok(k).sentence;
          for (let j = m.last; j < this.t.length && this.tok(j).sentence === sentence; j++) {
            if (this.isProper(j) || /^[A-Z]\.$/.test(this.tok(j).text)) run.push(j);
            else break;
          }
          if (!run.length || this.headEntry(run[run.length - 1]!, run[run.length - 1]!)) continue;
          const info = nameInfo(this.textOf(run));
          if (info.organization || info.place) continue;
          let name = this.personName(run), gender = info.gender;
          if (!name.includes(' ')) {
            const full = this.fullName(name, this.tok(run[0]!).start + 1);
            if (full) ({ name, gender } = { name: full.name, gender: gender ?? full.gender });
          }
          this.titled.push({ entry: m.value, start: this.tok(k).start, name, gender });
          break;
        }
      }
    }
    let best: { name: string; gender: Gender | null } | null = null;
    for (const x of this.titled) {
      if (x.start >= before) break;
      if (x.entry === entry) best = { name: x.name, gender: x.gender };
    }
    return best;
  }

  /**
   * The noun phrase a relative pronoun stands for: the words right before it (a comma skipped).
   * "who" wants a person: past an organisation or document it looks before the preposition
   * ("an official on the Council, who" → "an official"), and from a description to the name it
   * describes ("Sebastian Gorka, an official …, who" → "Sebastian Gorka").
   */
  private antecedentNP(rel: number, wantsHuman: boolean): Analysis | null {
    let end = rel - 1;
    const sentence = this.tok(rel).sentence;
    const floor = this.doc.sentences[sentence]?.first ?? 0;
    for (let step = 0; step < 3; step++) {
      if (end >= floor && (this.tok(end).text === ',' || DASHES.has(this.tok(end).text))) end--;
      if (end < floor) return null;
      const np: number[] = [];
      for (let k = end; k >= floor; k--) {
        const t = this.tok(k);
        if (t.pos === 'PUNCT' && !POSSESSIVE.has(t.text) && t.text !== '.' && t.text !== '-') break;
        if (t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || (t.pos === 'PRON' && t.lower !== 'who')) break;
        if ((t.pos === 'VERB' || t.pos === 'AUX') && !this.isCap(k)) break;
        np.unshift(k);
        if (t.pos === 'DET') break;
      }
      if (!np.length) return null;
      const a = this.analyseNP(np, null);
      const beforeNp = np[0]! - 1;
      if (wantsHuman && !HUMAN.has(a.type) && beforeNp >= floor && this.tok(beforeNp).pos === 'ADP') { end = beforeNp - 1; continue; }
      if ((a.type === 'anonymous' || (a.type === 'person' && !a.name)) && beforeNp >= floor && this.tok(beforeNp).text === ',') {
        const named = this.antecedentNP(beforeNp + 1, false);
        if (named && named.type === 'person' && named.name) return { ...named, cueIds: [...a.cueIds, ...named.cueIds] };
      }
      return a;
    }
    return null;
  }
}
