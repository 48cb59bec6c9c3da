import { readFileSync } from 'node:fs';
import type { CueCategory, CueStance } from '../../types.js';
import { compileContext, compilePattern, contextProblem, endsBefore, PhraseMatcher, startsAt, type Context, type Match, type PhraseContext } from '../match.js';
import type { Token } from '../../types.js';

/** How the source and content of a cue are found (see index.ts). */
export type CueFrame = 'rest' | 'object' | 'raising' | 'according' | 'in-source' | 'colon' | 'dash' | 'noun';

/** One entry of data/cues.json. */
export interface CueEntry {
  id: string;
  patterns: string[];
  category: CueCategory;
  stance: CueStance;
  /** Certainty the cue lends its content, in [0, 1]. */
  weight: number;
  /** Where the entry comes from. */
  source: string;
  /** POS tags the cue's head token may carry; empty: any. */
  pos: string[];
  frame: CueFrame;
  /** `complement`: a cue only with a subject and a clause, to-infinitive or quote after it. */
  trigger: 'always' | 'complement' | 'quote';
  /** Colon frame: lower-cased words that, ending the lead-in, make it a page label ("Editor's note:",
   * "UPDATE:"), not a speaker. */
  labels?: string[] | undefined;
  /** Colon frame: lower-cased words that make "X:" a page label only when X is that one word: an interview's "Q:" (not
   * "Witness A:"), the kicker "WATCH:" (not "Harbor Watch:"). */
  soleLabels?: string[] | undefined;
  /** No cue where one of `before` ends right before the match or one of `after` starts right after it, within
   * the sentence: another sense of the word ("called off", "as we know it", "believe me"). */
  unless?: PhraseContext | undefined;
  /** No cue where one of `before` ends right before the match and one of `after` starts right after it:
   * "a new group called | Acme" (naming) but "a rival group called | the ad false". */
  unlessAround?: Required<PhraseContext> | undefined;
}

const CATEGORIES = new Set<CueCategory>(['speech', 'writing', 'belief', 'perception', 'intention', 'evidential']);
const STANCES = new Set<CueStance>(['neutral', 'distancing', 'endorsing']);
const FRAMES = new Set<CueFrame>(['rest', 'object', 'raising', 'according', 'in-source', 'colon', 'dash', 'noun']);

/** Checks one parsed entry; returns the problems found (empty when valid). */
export function validateCue(e: Partial<CueEntry>): string[] {
  const bad: string[] = [];
  if (typeof e.id !== 'string' || !/^[a-z]+-[a-z0-9-]+$/.test(e.id)) bad.push(`bad id ${String(e.id)}`);
  if (!Array.isArray(e.patterns) || !e.patterns.length) bad.push('no patterns');
  if (!e.category || !CATEGORIES.has(e.category)) bad.push(`bad category ${String(e.category)}`);
  if (!e.stance || !STANCES.has(e.stance)) bad.push(`bad stance ${String(e.stance)}`);
  if (typeof e.weight !== 'number' || e.weight < 0 || e.weight > 1) bad.push('weight not in [0,1]');
  if (typeof e.source !== 'string' || !e.source) bad.push('no source');
  if (!Array.isArray(e.pos)) bad.push('no pos list');
  if (!e.frame || !FRAMES.has(e.frame)) bad.push(`bad frame ${String(e.frame)}`);
  if (e.trigger !== 'always' && e.trigger !== 'complement' && e.trigger !== 'quote') bad.push('bad trigger');
  if (e.unless !== undefined && contextProblem(e.unless)) bad.push('unless not {before?, after?} lists of patterns');
  if (e.unlessAround !== undefined && contextProblem(e.unlessAround, true)) bad.push('unlessAround not {before, after} lists of patterns');
  if (e.labels !== undefined && !wordList(e.labels)) bad.push('labels not a list of lower-case words');
  if (e.soleLabels !== undefined && !wordList(e.soleLabels)) bad.push('soleLabels not a list of lower-case words');
  return bad;
}

const wordList = (x: unknown): boolean => Array.isArray(x) && x.every((w) => typeof w === 'string' && w === w.toLowerCase());

export const CUES_URL = new URL('../../../data/cues.json', import.meta.url);

/** Reads and checks data/cues.json. */
export function loadCues(url: URL = CUES_URL): CueEntry[] {
  const raw = JSON.parse(readFileSync(url, 'utf8')) as { cues: Partial<CueEntry>[] };
  const seen = new Set<string>();
  for (const e of raw.cues) {
    const bad = validateCue(e);
    if (bad.length) throw new Error(`data/cues.json: ${e.id ?? '?'}: ${bad.join('; ')}`);
    if (seen.has(e.id!)) throw new Error(`data/cues.json: duplicate id ${e.id!}`);
    seen.add(e.id!);
  }
  return (raw.cues as CueEntry[]).map(cueEntry);
}

/**
 * An entry with every field present, in one order: entries as data/cues.json writes them differ in their optional
 * fields and their order, and the extractor reads an entry's fields for every candidate; entries of one shape keep
 * those reads fast (see annotate/token.ts). Every entry the extractor holds is made here.
 */
export function cueEntry(e: CueEntry): CueEntry {
  return {
    id: e.id, patterns: e.patterns, category: e.category, stance: e.stance, weight: e.weight, source: e.source, pos: e.pos, frame: e.frame,
    trigger: e.trigger, labels: e.labels, soleLabels: e.soleLabels, unless: e.unless, unlessAround: e.unlessAround,
  };
}

export interface CueLexicon {
  entries: CueEntry[];
  matcher: PhraseMatcher<CueEntry>;
  /** Each entry's `unless` and `unlessAround` contexts, compiled. */
  unless: Map<CueEntry, { before: Context | null; after: Context | null; aroundBefore: Context | null; aroundAfter: Context | null }>;
}

let cached: CueLexicon | null = null;

/** The cue lexicon and its matcher, built once per process. */
export function cueMatcher(): CueLexicon {
  if (!cached) {
    const entries = loadCues();
    const patterns = entries.flatMap((e) => e.patterns.map((p) => compilePattern(p, e)));
    const unless = new Map(entries.filter((e) => e.unless || e.unlessAround).map((e) => [e, {
      before: compileContext(e.unless?.before), after: compileContext(e.unless?.after),
      aroundBefore: compileContext(e.unlessAround?.before), aroundAfter: compileContext(e.unlessAround?.after),
    }] as const));
    cached = { entries, matcher: new PhraseMatcher(patterns), unless };
  }
  return cached;
}

/**
 * The match's entry rules it out in this context (see `unless`, `unlessAround`); `[from, to)` is the sentence.
 * Only the longest plausible match at a token is asked, and a ruled-out token is no candidate at all, so an entry
 * whose longer patterns must survive a rule for its bare word is split in two (speech-call-for, speech-call).
 */
export function ruledOut(lex: CueLexicon, m: Match<CueEntry>, T: readonly Token[], from: number, to: number): boolean {
  const u = lex.unless.get(m.value);
  if (!u) return false;
  if (u.before && endsBefore(u.before, T, m.first, from)) return true;
  if (u.after && startsAt(u.after, T, m.last, to)) return true;
  return !!u.aroundBefore && !!u.aroundAfter && endsBefore(u.aroundBefore, T, m.first, from) && startsAt(u.aroundAfter, T, m.last, to);
}
