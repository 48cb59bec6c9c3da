import { extname } from 'node:path';
import type { DocFormat } from '../types.js';

/** `---` opening the file: a Markdown file's YAML front matter follows, up to a `---` or `...` line. */
export const FRONT_MATTER_OPEN = /^---[ \t]*\r?\n/;

/** The extensions ingest reads, lower case, with their formats. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, DocFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** The format a path's extension stands for, or null. */
export function formatOfPath(path: string): DocFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** A stream's format from its first characters: `{` JSON, `<` HTML, `---` line Markdown, else text. */
export function sniffFormat(text: string): DocFormat {
  if (FRONT_MATTER_OPEN.test(text)) return 'markdown';
  const first = /\S/.exec(text)?.[0];
  if (first === '{') return 'json';
  if (first === '<') return 'html';
  return 'text';
}
