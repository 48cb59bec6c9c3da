import { createHash } from 'node:crypto';
import { relative, resolve, sep, extname } from 'node:path';
import type { Article, DocFormat } from '../types.js';
import { decodeText } from './decode.js';
import { InputError } from './errors.js';
import { formatOfPath, sniffFormat } from './format.js';
import type { Parsed } from './meta.js';
import { readBytes } from './read-bytes.js';
import { parseText } from './text.js';

export interface LoadOptions {
  /** The working folder: relative paths and default ids are taken from it. */
  cwd: string;
  /** The stream read for the path `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Overrides the format given by the extension (or sniffed on stdin). */
  format?: DocFormat;
}

/** Reads one input (a path, or `-` for stdin) into an Article. Throws InputError. */
export async function loadArticle(path: string, opts: LoadOptions): Promise<Article> {
  const isStdin = path === '-';
  const byPath = isStdin ? null : formatOfPath(path);
  if (!isStdin && opts.format === undefined && byPath === null) {
    const ext = extname(path);
    throw new InputError(path, ext === '' ? 'no file extension; expected .txt, .md, .html or .json' : `unsupported extension ${ext}`);
  }
  const bytes = await readBytes(path, opts.cwd, opts.stdin);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decodeText(bytes, path);
  const format = opts.format ?? byPath ?? sniffFormat(decoded);
  const parsed = await parse(format, decoded, path);
  return {
    id: parsed.id ?? (isStdin ? 'stdin' : defaultId(path, opts.cwd)),
    path,
    format,
    sha256,
    title: parsed.title,
    url: parsed.url,
    author: parsed.author,
    published: parsed.published,
    text: parsed.text,
    extracted: parsed.extracted,
    body: parsed.body,
    ...(parsed.plain !== undefined ? { plain: parsed.plain } : {}),
  };
}

/** The format's parser; those of Markdown, HTML and JSON (YAML, an HTML parser and Readability) load on their first file, so a batch of plain text never loads them. */
async function parse(format: DocFormat, text: string, file: string): Promise<Parsed> {
  switch (format) {
    case 'text':
      return parseText(text);
    case 'markdown':
      return (await import('./markdown.js')).parseMarkdown(text, file);
    case 'html':
      return (await import('./html.js')).parseHtml(text, file);
    case 'json':
      return (await import('./json.js')).parseJson(text, file);
  }
}

/** The path relative to the working folder, with `/` separators. */
export function defaultId(path: string, cwd: string): string {
  return relative(cwd, resolve(cwd, path)).split(sep).join('/');
}
