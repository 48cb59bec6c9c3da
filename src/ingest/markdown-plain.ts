import type { Span } from '../types.js';

/**
 * What the NLP reads of a Markdown file: the same text with its markup blanked, character for character, so that
 * every offset is still the file's own. List markers, heading and quote marks, emphasis, link targets, images, inline
 * HTML and code fences would otherwise reach the tagger as words ("- Haugen argues", "**recommends**").
 * Line breaks stay, so a list item or a heading is still a sentence of its own.
 */
export function plainMarkdown(text: string, from = 0): string {
  const out = text.split('');
  const blank = (a: number, b: number) => { for (let i = a; i < b; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' '; };
  let fence: string | null = null;
  const lineRe = /[^\n]*(?:\n|$)/g;
  lineRe.lastIndex = from;
  for (let m = lineRe.exec(text); m && m[0].length; m = lineRe.exec(text)) {
    const start = m.index, line = m[0].replace(/\r?\n$/, ''), end = start + line.length;
    // a fenced code block, its fences included
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      blank(start, end);
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && !/\S/.test(line.slice(f[0].length))) fence = null;
      continue;
    }
    if (f) { fence = f[1]!; blank(start, end); continue; }
    // a rule, a Setext underline, a table's separator row, a link reference definition
    if (/^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$/.test(line) || /^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/.test(line)
      || /^ {0,3}\[[^\]]+\]:[ \t]*\S/.test(line)) { blank(start, end); continue; }
    // block markers at the line's start: quote marks, a heading's hashes, a list marker and its task box
    let i = 0;
    const q = /^(?: {0,3}>[ \t]?)+/.exec(line);
    if (q) { blank(start, start + q[0].length); i = q[0].length; }
    const rest = line.slice(i);
    const h = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(rest);
    const l = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(rest);
    let lineEnd = end;
    if (h) {
      blank(start + i, start + i + h[0].length);
      const closing = /[ \t]+#+[ \t]*$/.exec(line);
      if (closing && closing.index >= i + h[0].length) { blank(start + closing.index, end); lineEnd = start + closing.index; }
      i += h[0].length;
    } else if (l) {
      blank(start + i, start + i + l[0].length);
      i += l[0].length;
    }
    // a table row's pipes
    if (/^[ \t]*\|/.test(rest)) for (let k = start + i; k < end; k++) if (text[k] === '|' && text[k - 1] !== '\\') out[k] = ' ';
    inline(text, start + i, lineEnd, blank);
  }
  return out.join('');
}

/** Inline markup of one line, `[a, b)`: images, links, autolinks and HTML tags, emphasis, code marks, escapes. */
function inline(text: string, a: number, b: number, blank: (x: number, y: number) => void): void {
  const line = text.slice(a, b);
  const each = (re: RegExp, f: (m: RegExpExecArray) => void) => { for (const m of line.matchAll(re)) f(m as RegExpExecArray); };
  // an image is no prose; a link keeps its words and loses its target
  // (a target may hold one level of brackets: "…/Pier_(disambiguation)")
  each(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, (m) => blank(a + m.index, a + m.index + m[0].length));
  each(/(?<!!)\[([^\]]+)\](\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])/g, (m) => {
    const s = a + m.index;
    blank(s, s + 1);
    blank(s + 1 + m[1]!.length, s + m[0].length);
  });
  each(/\[\^[^\]]+\]/g, (m) => blank(a + m.index, a + m.index + m[0].length)); // a footnote mark
  // an autolink (a web or mail address) and an HTML tag, whose attributes have "=" ("if a <b and c> d" is prose)
  each(/<(?:https?:\/\/|mailto:)[^>\s]+>|<[^<>@\s]+@[^<>\s]+>|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>=]+=[^<>]*)?\s*\/?>/g, (m) => blank(a + m.index, a + m.index + m[0].length));
  // emphasis and strike-through marks around words; "_" not inside a word (snake_case)
  // (not an escaped mark: "\*not emphasis\*")
  each(/(?<!\\)(\*{1,3}|~~)(?=\S)(?:[^*~\n]*?[^\s\\])\1/g, (m) => {
    const s = a + m.index, n = m[1]!.length;
    blank(s, s + n);
    blank(s + m[0].length - n, s + m[0].length);
  });
  each(/(?<![\p{L}\p{N}_])(_{1,3})(?=\S)(?:[^_\n]*?\S)\1(?![\p{L}\p{N}_])/gu, (m) => {
    const s = a + m.index, n = m[1]!.length;
    blank(s, s + n);
    blank(s + m[0].length - n, s + m[0].length);
  });
  // code marks (the code stays), a backslash escape, a hard line break
  each(/`+/g, (m) => blank(a + m.index, a + m.index + m[0].length));
  each(/\\(?=[\\`*_{}[\]()#+\-.!|~<>])/g, (m) => blank(a + m.index, a + m.index + 1));
  if (line.endsWith('\\')) blank(b - 1, b);
}

/**
 * A span of a Markdown file widened over the emphasis, strike-through or code marks that close (or open) a mark it
 * holds only one of: "the pier was *unsafe" → "the pier was *unsafe*". `plain` is the file's plain view.
 */
export function balancedSpan(text: string, plain: string, [s, e]: Span): Span {
  const mark = (i: number) => i >= 0 && i < text.length && plain[i] === ' ' && /[*_~`]/.test(text[i]!);
  for (const c of ['*', '_', '~', '`']) {
    let n = 0; // runs of the mark ("**" is one)
    for (let i = s; i < e; i++) if (text[i] === c && mark(i) && !(i > s && text[i - 1] === c && mark(i - 1))) n++;
    if (n % 2 === 0) continue;
    // (the closing mark may follow the sentence's stop: "was *wrong.*")
    if (text[e] !== c && /[.,;:!?]/.test(text[e] ?? '') && text[e + 1] === c && mark(e + 1)) e++;
    if (text[e] === c && mark(e)) { while (text[e] === c && mark(e)) e++; }
    else if (text[s - 1] === c && mark(s - 1)) { while (text[s - 1] === c && mark(s - 1)) s--; }
  }
  return [s, e];
}
