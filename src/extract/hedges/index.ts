import type { Annotated, HedgeHit, Span, Token } from '../../types.js';
import { spanText } from '../../util.js';
import { compileContext, compilePattern, endsBefore, PhraseMatcher, startsAt, type Context, type Match } from '../match.js';
import { readLexicon, type HedgeContext, type HedgeEntry } from './lexicon.js';

export { readLexicon, HEDGE_CATEGORIES, LEXICON_URL } from './lexicon.js';
export type { HedgeEntry, HedgeContext } from './lexicon.js';

/** An entry with its context rules compiled. */
interface Rule {
  entry: HedgeEntry;
  /** Position in the data file: among equal matches the earlier entry wins. */
  order: number;
  /** Entries with an `onlyWith` rule are more specific and win over equal-length matches without one. */
  specific: boolean;
  pos: ReadonlySet<string> | null;
  notPos: ReadonlySet<string> | null;
  onlyBefore: Context | null;
  onlyAfter: Context | null;
  unlessBefore: Context | null;
  unlessAfter: Context | null;
}

/** Builds the one matcher over every entry's patterns. */
function buildHedgeMatcher(entries: readonly HedgeEntry[]): PhraseMatcher<Rule> {
  const patterns = entries.flatMap((entry, order) => {
    const ctx = (c: HedgeContext | undefined, side: keyof HedgeContext) => compileContext(c?.[side]);
    const rule: Rule = {
      entry,
      order,
      specific: Boolean(entry.onlyWith),
      pos: entry.pos ? new Set(entry.pos) : null,
      notPos: entry.notPos ? new Set(entry.notPos) : null,
      onlyBefore: ctx(entry.onlyWith, 'before'),
      onlyAfter: ctx(entry.onlyWith, 'after'),
      unlessBefore: ctx(entry.unless, 'before'),
      unlessAfter: ctx(entry.unless, 'after'),
    };
    return entry.patterns.map((p) => compilePattern(p, rule));
  });
  return new PhraseMatcher(patterns);
}

const MATCHER = buildHedgeMatcher(readLexicon());

function passes(r: Rule, m: Match<Rule>, tokens: readonly Token[], from: number, to: number): boolean {
  const head = tokens[m.first]!;
  if (r.pos && !r.pos.has(head.pos)) return false;
  if (r.notPos && r.notPos.has(head.pos)) return false;
  if (r.entry.notCapitalized && head.text[0] !== head.text[0]?.toLowerCase()) {
    // Capitalised after a word of its own sentence: a name or a month ("in May", "Will Smith").
    for (let j = m.first - 1; j >= from; j--) if (tokens[j]!.pos !== 'PUNCT') return false;
  }
  if (r.unlessBefore && endsBefore(r.unlessBefore, tokens, m.first, from)) return false;
  if (r.unlessAfter && startsAt(r.unlessAfter, tokens, m.last, to)) return false;
  if (r.onlyBefore || r.onlyAfter) {
    return Boolean((r.onlyBefore && endsBefore(r.onlyBefore, tokens, m.first, from))
      || (r.onlyAfter && startsAt(r.onlyAfter, tokens, m.last, to)));
  }
  return true;
}

const better = (a: Match<Rule>, b: Match<Rule>): number =>
  b.last - a.last || Number(b.value.specific) - Number(a.value.specific) || a.value.order - b.value.order;

/** Contiguous runs of the matched tokens, as character spans. */
function spansOf(tokens: readonly Token[], idx: readonly number[]): Span[] {
  const spans: Span[] = [];
  let prev = -2;
  for (const i of idx) {
    const t = tokens[i]!;
    const last = spans[spans.length - 1];
    if (last && i === prev + 1) last[1] = t.end;
    else spans.push([t.start, t.end]);
    prev = i;
  }
  return spans;
}

/**
 * Every hedge cue in the document (and the boosters, conditionals, investigations and
 * approximators the ledger records beside them), in text order. One left-to-right scan of each
 * sentence: at each token the longest match whose context rules hold wins, then the scan goes on
 * after it.
 */
export function findHedges(doc: Annotated): HedgeHit[] {
  const { tokens, text } = doc;
  const hits: HedgeHit[] = [];
  doc.sentences.forEach((s, sentence) => {
    for (let i = s.first; i < s.last;) {
      const ms = MATCHER.matchAt(tokens, i, s.last);
      const found = (ms.length > 1 ? [...ms].sort(better) : ms).find((m) => passes(m.value, m, tokens, s.first, s.last));
      if (!found) { i++; continue; }
      const { entry } = found.value;
      const spans = spansOf(tokens, found.tokens);
      hits.push({
        spans,
        text: spanText(text, spans),
        cueId: entry.id,
        category: entry.category,
        weight: entry.weight,
        sentence,
      });
      i = found.last;
    }
  });
  return hits;
}
