import type { Annotated, Attribution, HedgeHit, Span } from '../types.js';
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
  const bySentence = new Map<number, HedgeHit[]>();
  for (const h of hedges) {
    if (!free(h)) continue;
    const list = bySentence.get(h.sentence) ?? [];
    list.push(h);
    bySentence.set(h.sentence, list);
  }
  const out: HedgedStatement[] = [];
  for (const [i, hs] of bySentence) {
    if (!hs.some((h) => truth.has(h.category))) continue;
    const s = doc.sentences[i];
    if (!s) continue;
    out.push({ content: trimSentence(doc.text, [s.start, s.end]), sentence: i, hedges: hs });
  }
  return out.sort((a, b) => a.content[0] - b.content[0]);
}

/** The sentence without white space at its edges or its closing full stop (an abbreviation's dot stays: "U.S."). */
function trimSentence(text: string, [a, b]: Span): Span {
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  if (b - a > 1 && text[b - 1] === '.' && !/[A-Z.]/.test(text[b - 2]!)) b--;
  return [a, b];
}
