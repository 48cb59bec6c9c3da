import { Readability } from '@mozilla/readability';
import { InputError } from './errors.js';
import { parseDocument, type DomDocument, type DomElement } from './dom.js';
import { joinArticle, textBlocks } from './html-text.js';
import { firstOf, metaAuthor, metaDate, metaString, type Parsed } from './meta.js';

/** Site navigation and side matter: never article text, removed before Readability looks. */
const NAVIGATION = 'nav, aside, [role="navigation"], [role="complementary"], [role="search"]';
/** Page header and footer, removed before Readability only outside the article (an article's own header holds its title). */
const PAGE_FRAME = 'header, footer, [role="banner"], [role="contentinfo"]';
/** All the page's chrome, removed when Readability finds nothing. */
const CHROME = `script, style, noscript, template, form, ${NAVIGATION}, ${PAGE_FRAME}`;

/**
 * An HTML page: metadata from its head, the article body via Readability (falling back to the
 * page body without its chrome), and a plain text of title + blocks that the offsets index.
 */
export function parseHtml(html: string, file: string): Parsed {
  const doc = parseDocument(html);
  const meta = pageMeta(doc); // before the document is changed
  removeAll(doc.querySelectorAll(NAVIGATION));
  removeAll(doc.querySelectorAll(PAGE_FRAME), (el) => el.closest('article, main, [role="main"]') === null);
  const found = readArticle(doc);
  let blocks = found?.blocks ?? [];
  // Readability has rewritten `doc` by now: the fallback reads a fresh parse.
  if (blocks.length === 0) blocks = bodyBlocks(parseDocument(html));
  if (blocks.length === 0) throw new InputError(file, 'no article text found in the HTML');
  const title = meta.title ?? metaString(found?.title);
  const text = joinArticle(title, blocks);
  return {
    id: null,
    title,
    url: meta.url,
    author: meta.author ?? metaAuthor(found?.byline),
    published: meta.published ?? metaDate(found?.publishedTime),
    text,
    extracted: true,
    body: [0, text.length],
  };
}

/** The text of an HTML fragment (a JSON `body_html`): its blocks joined by blank lines. */
export function htmlFragmentText(html: string): string {
  const doc = parseDocument(html);
  return doc.body ? textBlocks(doc.body).join('\n\n') : '';
}

interface PageMeta {
  title: string | null;
  url: string | null;
  author: string | null;
  published: string | null;
}

function pageMeta(doc: DomDocument): PageMeta {
  const content = (selector: string): string | null => doc.querySelector(selector)?.getAttribute('content') ?? null;
  const articleAuthor = metaString(content('meta[property="article:author"]'));
  return {
    title: firstOf([content('meta[property="og:title"]'), pageTitle(doc)], metaString),
    url: firstOf([doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), content('meta[property="og:url"]')], metaString),
    // article:author is often a profile URL: a name from elsewhere is better.
    author: firstOf(
      [content('meta[name="author"]'), articleAuthor !== null && !/^https?:\/\//i.test(articleAuthor) ? articleAuthor : null],
      metaAuthor,
    ),
    published: firstOf(
      [
        content('meta[property="article:published_time"]'),
        content('meta[name="date"]'),
        content('meta[itemprop="datePublished"]'),
        content('meta[name="pubdate"]'),
        content('meta[name="publish-date"]'),
        content('meta[name="dc.date"]'),
        doc.querySelector('time[datetime]')?.getAttribute('datetime'),
      ],
      metaDate,
    ),
  };
}

/** The <title>, or the page's <h1> where the <title> is that headline plus a site name ("Headline | Site"). */
function pageTitle(doc: DomDocument): string | null {
  const title = metaString(doc.querySelector('title')?.textContent);
  const h1 = metaString(doc.querySelector('h1')?.textContent);
  return title !== null && h1 !== null && h1.length >= 8 && title.includes(h1) ? h1 : title;
}

interface Found {
  blocks: string[];
  title: string | null | undefined;
  byline: string | null | undefined;
  publishedTime: string | null | undefined;
}

function readArticle(doc: DomDocument): Found | null {
  let result;
  try {
    // The serializer hands back the article's root node instead of an HTML string.
    const reader = new Readability<DomElement>(doc as never, { serializer: (node) => node as unknown as DomElement });
    result = reader.parse();
  } catch {
    return null; // Readability failing on odd markup is not fatal: the body fallback follows.
  }
  if (!result) return null;
  return {
    blocks: result.content ? textBlocks(result.content) : [],
    title: result.title,
    byline: result.byline,
    publishedTime: result.publishedTime,
  };
}

function bodyBlocks(doc: DomDocument): string[] {
  const body = doc.body;
  if (!body) return [];
  removeAll(body.querySelectorAll(CHROME));
  return textBlocks(body);
}

function removeAll(elements: ArrayLike<DomElement>, when: (el: DomElement) => boolean = () => true): void {
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    if (when(el)) el.remove();
  }
}
