import type { Token } from '../../types.js';

/** A quoted stretch of text, its marks included: `[start, end)`. */
export interface Quote {
  start: number;
  end: number;
  /** False where the paragraph ended before a closing mark (a quote running on into the next paragraph). */
  closed: boolean;
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPEN_CTX = /[\s(\[—–-]/;

/**
 * Quotes of a text: in double marks, and in single marks where a paragraph's outermost quotes are single-marked
 * (British style, a British headline over a double-marked body: "Ferry chief: 'We cannot run more boats'"). A
 * single-marked quote counts where no double-marked quote holds it and no closed one of four words or more stands
 * outside every single-marked quote of its paragraph; a double-marked quote nested in it ('He told me "never", but …')
 * gives way.
 */
export function findQuotes(text: string, from = 0, to = text.length): Quote[] {
  if (!DOUBLE.test(text.slice(from, to))) return findSingleQuotes(text, from, to);
  const doubles = findDoubleQuotes(text, from, to);
  const singles = findSingleQuotes(text, from, to);
  if (!singles.length) return doubles;
  const paragraph = (q: Quote): [number, number] => {
    const b0 = text.indexOf('\n', q.end);
    return [Math.max(text.lastIndexOf('\n', q.start) + 1, from), b0 < 0 || b0 > to ? to : b0];
  };
  const inside = (x: Quote, y: Quote) => y.start <= x.start && x.end <= y.end;
  const words = (q: Quote) => text.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const alone = singles.filter((q) => {
    if (doubles.some((d) => inside(q, d))) return false;
    const [a, b] = paragraph(q);
    // (a short double-marked phrase, a title or scare quote, does not make the paragraph double-marked: … called the plan "rotten")
    return !doubles.some((d) => d.closed && d.start >= a && d.end <= b && !singles.some((q2) => inside(d, q2)) && words(d) >= 4);
  });
  if (!alone.length) return doubles;
  const kept = doubles.filter((d) => !alone.some((q) => d.start < q.end && q.start < d.end));
  return [...kept, ...alone].sort((x, y) => x.start - y.start);
}

/**
 * Quotes in double marks, one left-to-right pass per paragraph. Curly marks pair by direction; straight
 * double marks and `` / '' pairs by alternation. A quote left open at a paragraph's end ends there
 * (news style: the next paragraph re-opens it).
 */
function findDoubleQuotes(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  const close = (end: number, closed: boolean) => {
    if (open >= 0 && end > open + 1) out.push({ start: open, end, closed });
    open = -1;
  };
  const marks = /[“”"`'\n]/g;
  marks.lastIndex = from;
  for (let hit = marks.exec(text); hit && hit.index < to; hit = marks.exec(text)) {
    let i = hit.index;
    const c = text[i]!;
    if (c === '\n') {
      if (open >= 0) {
        let e = i;
        while (e > open && isSpace(text[e - 1])) e--;
        close(e, false);
      }
      continue;
    }
    if (c === '“' || (c === '`' && text[i + 1] === '`')) {
      // an opening mark typed where a closing one belongs: “Not yet,“ he said.
      if (c === '“' && open >= 0 && !isSpace(text[i - 1]) && isSpace(text[i + 1])) { close(i + 1, true); continue; }
      // a quote nested in the quote with the same marks: “The claim that it “has to do with the tides” is absurd,” …
      // (the next two marks in the paragraph close, the inner quote, then the outer)
      if (c === '“' && open >= 0) {
        NESTED.lastIndex = i + 1;
        const m = NESTED.exec(text);
        if (m && i + 1 + m[0].length <= to) { close(i + 1 + m[0].length, true); marks.lastIndex = i + 1 + m[0].length; continue; }
      }
      if (open >= 0) close(i, false);
      open = i;
      if (c === '`') { i++; marks.lastIndex = i + 1; }
      continue;
    }
    if (c === '”') {
      if (open >= 0) close(i + 1, true);
      else if (isSpace(text[i - 1]) && !isSpace(text[i + 1])) open = i; // a closing mark typed as an opener
      continue;
    }
    if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      let w = c === "'" ? 2 : 1;
      const before = text[i - 1];
      const opens = open < 0 && (i === from || before === undefined || OPEN_CTX.test(before) || before === '"');
      if (opens) open = i;
      else if (open >= 0) {
        // ''' closing: a quote inside the quote ends with it (''We call it 'the old pier,''' she said)
        if (w === 2 && text[i + 2] === "'") w = 3;
        close(i + w, true);
      }
      i += w - 1;
      marks.lastIndex = i + 1;
    }
  }
  if (open >= 0) close(to, false);
  return out;
}

/** From just after an opening mark inside a quote: the inner quote's closing mark, then the outer's, in the same paragraph. */
const NESTED = /[^“”\n]*”[^“”\n]*”/y;

/** A double quotation mark; a text with none quotes with single marks ('…' or ‘…’). */
const DOUBLE = /[“”"]|``|''/;
const WORD = /[\p{L}\p{N}]/u;
/** An apostrophe at a word's start that opens no quote: 'til, 'em, rock 'n' roll, the '90s, in '08. */
const ELISION = /^(?:(?:til|tis|twas|em|n|cause|bout|round|nother)(?![\p{L}])|\d\ds?(?![\p{L}\p{N}]))/iu;

/**
 * Quotes in single marks, for a text that quotes with them: ‘…’ or '…'. An opening mark starts a word after a
 * space or bracket; a closing mark ends a word. An apostrophe inside a word ("don't") is neither, and one after a
 * plural before a word ("the dockers' union", "the Pilots' Association") closes only where no other closing mark
 * follows in the paragraph. A quote must close in its paragraph, unless the next paragraph opens with a mark (news
 * style: a quote running on); else it is none.
 */
function findSingleQuotes(text: string, from: number, to: number): Quote[] {
  const out: Quote[] = [];
  let open = -1;
  const marks = /['‘’\n]/g;
  marks.lastIndex = from;
  const closer = (i: number) => !WORD.test(text[i + 1] ?? ' ') && !isSpace(text[i - 1]);
  for (let hit = marks.exec(text); hit && hit.index < to; hit = marks.exec(text)) {
    const i = hit.index, c = text[i]!;
    if (c === '\n') {
      if (open >= 0) {
        // running on: the next paragraph re-opens the quote
        const next = /\S/.exec(text.slice(i, to));
        if (next && /['‘]/.test(next[0])) {
          let e = i;
          while (e > open && isSpace(text[e - 1])) e--;
          out.push({ start: open, end: e, closed: false });
        }
      }
      open = -1;
      continue;
    }
    if (open < 0) {
      if (c !== '’' && (i === from || OPEN_CTX.test(text[i - 1]!)) && /[\p{L}\p{N}£$€]/u.test(text[i + 1] ?? '') && !ELISION.test(text.slice(i + 1, i + 6))) open = i;
      continue;
    }
    if (c === '‘' || !closer(i)) continue;
    // "the dockers' union", "the Pilots' Association": an apostrophe, where a closing mark follows later in the
    // paragraph (before a capital only after a capitalised plural: "'a gift to developers' Monday, while …" closes)
    const word = /[\p{L}-]*$/u.exec(text.slice(Math.max(from, i - 30), i))?.[0] ?? '';
    const after = text.slice(i + 1, i + 3);
    if (/s/i.test(text[i - 1]!) && (/ [\p{Ll}\p{N}]/u.test(after) || (/ \p{Lu}/u.test(after) && /^\p{Lu}/u.test(word)))) {
      const nl = text.indexOf('\n', i);
      const rest = text.slice(i + 1, nl < 0 || nl > to ? to : nl);
      if (/[^\s]['’](?![\p{L}\p{N}])/u.test(rest)) continue;
    }
    out.push({ start: open, end: i + 1, closed: true });
    open = -1;
  }
  return out;
}

/** For each token, the index of the quote that holds it (marks included), else -1. */
export function quoteOfTokens(tokens: readonly Token[], quotes: readonly Quote[]): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    const Q = quotes[q];
    if (Q && Q.start <= t.start && t.start < Q.end) out[i] = q;
  }
  return out;
}
