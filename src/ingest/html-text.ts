import { collapseSpace } from './meta.js';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';

/** Elements that start and end a block of text (a paragraph, heading, list item, quote, cell …). */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL',
]);

/** Elements whose content is never article text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO',
  'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

/**
 * The text blocks under `root`, in document order: each block's inline text with entities decoded
 * and white space collapsed; a `<br>` becomes a line break inside its block.
 */
export function textBlocks(root: DomNode): string[] {
  const blocks: string[] = [];
  let lines: string[] = [];
  let line = '';
  const flush = (): void => {
    lines.push(line);
    line = '';
    const block = lines.map(collapseSpace).filter((l) => l !== '').join('\n');
    lines = [];
    if (block !== '') blocks.push(block);
  };
  const walk = (node: DomNode): void => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const kid = kids[i]!;
      if (kid.nodeType === TEXT_NODE) {
        line += kid.textContent ?? '';
      } else if (kid.nodeType === ELEMENT_NODE) {
        const name = kid.nodeName.toUpperCase();
        if (SKIP.has(name) || (kid as DomElement).hasAttribute('hidden')) continue;
        if (name === 'BR') {
          lines.push(line);
          line = '';
        } else if (BLOCK.has(name)) {
          flush();
          walk(kid);
          flush();
        } else {
          walk(kid);
        }
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}

/** The title, then the blocks, joined by blank lines; the first block is dropped where it repeats the title. */
export function joinArticle(title: string | null, blocks: readonly string[]): string {
  const parts = title !== null && blocks[0] !== title ? [title, ...blocks] : [...blocks];
  return parts.join('\n\n');
}
