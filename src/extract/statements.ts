import type { Annotated, Attribution, HedgeHit, Span } from '../types.js';
import { groupBy } from '../util.js';
import { certaintyTable } from '../score/table.js';

/** The author's own hedged statement: a sentence whose hedge no attribution accounts for. */
export interface HedgedStatement {
  content: Span;
  sentence: number;
  hedges: HedgeHit[];
}

/** Where an attribution stands in the text: from its first span to its last. */
export function attributionRange(a: Attribution): Span {
  const spans = [...a.cue.spans, ...(a.source?.spans ?? []), ...a.content.spans];
  return [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
}

const truth = new Set<string>(certaintyTable.truthHedges);

/**
 * Sentences that hold a hedge of the truth of what they say (epistemic, doxastic, evidential,
 * perception) outside every attribution: the author hedges their own statement.
 */
export function findHedgedStatements(doc: Annotated, attributions: readonly Attribution[], hedges: readonly HedgeHit[]): HedgedStatement[] {
  const ranges = attributions.map(attributionRange);
  const free = (h: HedgeHit) => !ranges.some(([a, b]) => h.spans[0]![0] >= a && h.spans[0]![0] < b);
  const bySentence = groupBy(hedges.filter(free), (h) => h.sentence);
  const out: HedgedStatement[] = [];
  for (const [i, hs] of bySentence) {
    if (!hs.some((h) => truth.has(h.category))) continue;
    const s = doc.sentences[i];
    if (!s) continue;
    const content = freePart(doc.text, [s.start, s.end], ranges, hs[0]!.spans[0]![0]);
    out.push({ content, sentence: i, hedges: hs.filter((h) => h.spans[0]![0] >= content[0] && h.spans[0]![0] < content[1]) });
  }
  return out.sort((a, b) => a.content[0] - b.content[0]);
}

/**
 * The part of the sentence around the hedge at `at` that no attribution covers: where the
 * sentence also holds an attribution ("X said …, and the results may …"), the statement is
 * only the author's own part.
 */
function freePart(text: string, [a, b]: Span, ranges: readonly Span[], at: number): Span {
  const [sa, sb] = [a, b];
  for (const [ra, rb] of ranges) {
    if (rb <= a || ra >= b) continue;
    if (rb <= at) a = Math.max(a, rb);
    else if (ra > at) b = Math.min(b, ra);
  }
  return trimClause(text, [a, b], a > sa, b < sb);
}

const JOINING_START = /^(?:[\s,;:\u2014\u2013-]|and\b|but\b|or\b|while\b|although\b|though\b)+/i;
const JOINING_END = /(?:[\s,;:\u2014\u2013-]|\band|\bbut|\bor)+$/i;

/**
 * A sentence, or the part of it left of or right of an attribution, without white space at its
 * edges, the joining words (", and") where it was cut, or its closing full stop (an
 * abbreviation's dot stays: "U.S.").
 */
function trimClause(text: string, [a, b]: Span, cutStart: boolean, cutEnd: boolean): Span {
  const start = (cutStart ? JOINING_START : /^\s+/).exec(text.slice(a, b));
  if (start && start[0].length < b - a) a += start[0].length;
  const end = (cutEnd ? JOINING_END : /\s+$/).exec(text.slice(a, b));
  if (end && end[0].length < b - a) b -= end[0].length;
  if (b - a > 1 && text[b - 1] === '.' && !/[A-Z.]/.test(text[b - 2]!)) b--;
  return [a, b];
}
