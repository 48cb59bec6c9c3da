import type { Parsed } from './meta.js';

/** A plain-text file: the decoded text is the document, all of it analysed. CRLF kept. */
export function parseText(text: string): Parsed {
  return { id: null, title: null, url: null, author: null, published: null, text, extracted: false, body: [0, text.length] };
}
