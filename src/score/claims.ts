import * as crypto from 'node:crypto';
import { tokensIn } from '../annotate/annotate.js';
import type { Annotated, Attribution, HedgeHit, Span } from '../types.js';
import { spanText } from '../util.js';
import type { HedgedStatement } from '../extract/statements.js';
import { attributionRange } from '../extract/statements.js';
import type { ResolvedSource } from '../resolve/index.js';
import type { Claim, LedgerHedge } from '../track/types.js';
import { certaintyOf } from './certainty.js';
import type { LevelThresholds } from './table.js';
import { LineIndex } from './lines.js';
import { balancedSpan } from '../ingest/markdown-plain.js';

export interface ClaimInput {
  documentId: string;
  doc: Annotated;
  attributions: readonly Attribution[];
  sources: readonly (ResolvedSource | null)[];
  statements: readonly HedgedStatement[];
  hedges: readonly HedgeHit[];
  levels?: LevelThresholds;
}

/** Ledger claims, in text order, each with the hedges that bear on it and its certainty. */
export function buildClaims(input: ClaimInput): Claim[] {
  const { doc, documentId } = input;
  // a Markdown file's spans take the closing mark of an emphasis they open ("*unsafe*")
  const plain = doc.plain;
  const fit = (spans: readonly Span[]): Span[] => (plain ? spans.map((sp) => balancedSpan(doc.text, plain, sp)) : [...spans]);
  const lines = new LineIndex(doc.text);
  const sentenceSpans = (idx: readonly number[]): Span[] =>
    [...new Set(idx)].sort((a, b) => a - b).flatMap((i) => (doc.sentences[i] ? [[doc.sentences[i].start, doc.sentences[i].end] as Span] : []));
  const claims: Omit<Claim, 'id'>[] = [];
  const fromAttribution = new Map<Omit<Claim, 'id'>, number>();

  input.attributions.forEach((a, i) => {
    const [lo, hi] = attributionRange(a);
    const hedges = input.hedges.filter((h) => h.spans[0]![0] >= lo && h.spans[0]![0] < hi);
    const resolved = input.sources[i] ?? null;
    const sourceSpans = resolved && plain ? fit(resolved.spans) : null;
    const source = resolved && sourceSpans ? { ...resolved, spans: sourceSpans, text: spanText(doc.text, sourceSpans) } : resolved;
    const content = fit(a.content.spans), cue = fit(a.cue.spans);
    const first = content[0] ?? cue[0]!;
    claims.push({
      documentId,
      kind: 'attributed',
      quote: a.quote,
      content: { text: spanText(doc.text, content), spans: content },
      cue: { text: spanText(doc.text, cue), spans: cue, lemma: a.cue.lemma, cueId: a.cue.cueId, category: a.cue.category },
      source,
      hedges: hedges.map(toLedgerHedge),
      certainty: certaintyOf({ hedges, cue: a.cue, source: source?.type ?? null, negation: negationIn(doc, a.content.spans) }, input.levels),
      sentence: { spans: sentenceSpans(a.sentences) },
      ...lines.at(first[0]),
    });
    fromAttribution.set(claims[claims.length - 1]!, i);
  });

  for (const s of input.statements) {
    const content = fit([s.content]);
    claims.push({
      documentId,
      kind: 'hedged',
      quote: 'none',
      content: { text: spanText(doc.text, content), spans: content },
      cue: null,
      source: null,
      hedges: s.hedges.map(toLedgerHedge),
      certainty: certaintyOf({ hedges: s.hedges, negation: negationIn(doc, [s.content]) }, input.levels),
      sentence: { spans: sentenceSpans([s.sentence]) },
      ...lines.at(content[0]![0]),
    });
  }

  claims.sort((x, y) => x.content.spans[0]![0] - y.content.spans[0]![0] || (x.cue?.spans[0]![0] ?? 0) - (y.cue?.spans[0]![0] ?? 0));
  return nested(withIds(claims), claims.map((c) => fromAttribution.get(c)), input.attributions);
}

/** Every claim of a list, those embedded in others (`embedded`, at any depth) included, each after its outer claim. */
export function everyClaim(claims: readonly Claim[]): Claim[] {
  return claims.flatMap((c) => [c, ...everyClaim(c.embedded ?? [])]);
}

/**
 * The top-level claims, each attribution reported within another (`within`) moved under that one's claim as
 * `embedded`: "Song said Ruiz had called the plan unworkable" is one claim on Song's word that holds Ruiz's.
 * `from[k]` is the attribution index of `claims[k]` (undefined for the author's statements).
 */
function nested(claims: Claim[], from: readonly (number | undefined)[], attributions: readonly Attribution[]): Claim[] {
  const byAttribution = new Map<number, Claim>();
  claims.forEach((c, k) => { const a = from[k]; if (a !== undefined) byAttribution.set(a, c); });
  // the outer attribution's index, where it is one of these and its own chain of outer ones never comes back (a list a
  // caller filtered after extraction may hold stale indexes: such a claim stays at the top level)
  const outerOf = (a: number): number | undefined => {
    const w = attributions[a]?.within;
    if (w === undefined || !byAttribution.has(w)) return undefined;
    const seen = new Set([a]);
    for (let up: number | undefined = w; up !== undefined; up = attributions[up]?.within) {
      if (seen.has(up)) return undefined;
      seen.add(up);
    }
    return w;
  };
  const top: Claim[] = [];
  claims.forEach((c, k) => {
    const a = from[k];
    const w = a === undefined ? undefined : outerOf(a);
    const outer = w === undefined ? undefined : byAttribution.get(w);
    if (outer) (outer.embedded ??= []).push(c);
    else top.push(c);
  });
  return top;
}

export const toLedgerHedge = (h: HedgeHit): LedgerHedge =>
  ({ spans: h.spans, text: h.text, cueId: h.cueId, category: h.category, weight: h.weight });

const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'nobody', 'nothing', 'neither', 'nor']);

/**
 * The word that makes the content negative: an odd number of negators in it means the claim is
 * that something is not so. The first one is named in the certainty's basis.
 */
function negationIn(doc: Annotated, spans: readonly Span[]): string | null {
  const found: string[] = [];
  for (const span of spans) {
    const [first, last] = tokensIn(doc, span);
    for (let i = first; i < last; i++) if (NEGATORS.has(doc.tokens[i]!.lower)) found.push(doc.tokens[i]!.lower);
  }
  return found.length % 2 === 1 ? found[0]! : null;
}

/**
 * Stable ids: a hash of the document id, the source's text and the content's text — so the same
 * claim keeps its id across runs and across edits elsewhere in the article. The n-th repeat of the
 * same claim in one document gets `-n`.
 */
function withIds(claims: Omit<Claim, 'id'>[]): Claim[] {
  const seen = new Map<string, number>();
  return claims.map((c) => {
    const key = [c.documentId, c.kind, norm(c.source?.text ?? ''), norm(c.content.text)].join('\u0000');
    const base = 'c_' + sha256(key).slice(0, 16);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { id: n === 1 ? base : `${base}-${n}`, ...c };
  });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** SHA-256 in hex: the one-shot `crypto.hash` (Node 20.12 and later) is several times quicker on short keys than a `Hash` object. */
const sha256: (s: string) => string = typeof crypto.hash === 'function'
  ? (s) => crypto.hash('sha256', s, 'hex')
  : (s) => crypto.createHash('sha256').update(s).digest('hex');
