import { LineCounter, parseDocument } from 'yaml';
import { InputError } from './errors.js';
import { FRONT_MATTER_OPEN } from './format.js';
import { plainMarkdown } from './markdown-plain.js';
import { firstOf, metaAuthor, metaDate, metaString, type Parsed } from './meta.js';

/** The line that closes the front matter (opened by FRONT_MATTER_OPEN): `---` or `...`. */
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/**
 * A Markdown file: YAML front matter (id, title, url, author, published) and the body after it.
 * The text is the whole decoded file, so offsets are the file's own; `body` starts after the front matter.
 */
export function parseMarkdown(text: string, file: string): Parsed {
  let meta: Record<string, unknown> = {};
  let bodyStart = 0;
  const open = FRONT_MATTER_OPEN.exec(text);
  if (open) {
    const rest = text.slice(open[0].length);
    const close = CLOSE.exec(rest);
    if (!close) throw new InputError(file, 'front matter has no closing --- line');
    meta = parseFrontMatter(rest.slice(0, close.index), file);
    bodyStart = open[0].length + close.index + close[0].length;
  }
  const title = firstOf([meta['title'], meta['headline']], metaString) ?? firstHeading(text, bodyStart);
  return {
    id: metaString(meta['id']),
    title,
    url: firstOf([meta['url'], meta['canonical_url'], meta['canonical'], meta['link']], metaString),
    author: firstOf([meta['author'], meta['authors'], meta['byline']], metaAuthor),
    published: firstOf([meta['published'], meta['date'], meta['published_at'], meta['pubDate']], metaDate),
    text,
    extracted: false,
    body: [bodyStart, text.length],
    plain: plainMarkdown(text, bodyStart),
  };
}

function parseFrontMatter(source: string, file: string): Record<string, unknown> {
  const lines = new LineCounter();
  const doc = parseDocument(source, { prettyErrors: false, lineCounter: lines, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = lines.linePos(err.pos[0]);
    // +1: the front matter starts on the file's second line.
    throw new InputError(file, `front matter is not valid YAML: ${err.message} (line ${pos.line + 1}, column ${pos.col})`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new InputError(file, `front matter is not valid YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(file, 'front matter is not a YAML mapping (expected key: value lines)');
  }
  return value as Record<string, unknown>;
}

/** The first `# ` heading of the body, outside fenced code blocks. */
export function firstHeading(text: string, from: number): string | null {
  let fence: string | null = null;
  const re = /^[ ]{0,3}(?:(`{3,}|~{3,})(.*)|#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*\r?)$/gm;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const marker = m[1];
    if (marker !== undefined) {
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length && !/\S/.test(m[2] ?? '')) fence = null;
    } else if (fence === null) {
      const title = metaString(m[3]);
      if (title !== null) return title;
    }
  }
  return null;
}
