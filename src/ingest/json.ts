import { InputError, oneLine } from './errors.js';
import { htmlFragmentText } from './html.js';
import { firstOf, metaAuthor, metaDate, metaString, type Parsed } from './meta.js';

type Obj = Record<string, unknown>;

/**
 * A JSON article, IPTC ninjs style: headline|title and body|body_text|text (or body_html, read as HTML;
 * ninjs 2 `headlines`/`bodies` lists too). The text is headline + blank line + body.
 */
export function parseJson(source: string, file: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (e) {
    throw new InputError(file, `not valid JSON: ${oneLine(e instanceof Error ? e.message : String(e))}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(file, `JSON is ${Array.isArray(value) ? 'an array' : 'not an object'}; expected one article object`);
  }
  const o = value as Obj;
  const body = bodyText(o);
  if (body === null) throw new InputError(file, 'JSON has no body/body_text/text field');
  if (!/\S/.test(body)) throw new InputError(file, 'JSON body is empty');
  const title = firstOf([o['headline'], o['title'], listValue(o['headlines'])], metaString);
  const text = title !== null ? `${title}\n\n${body}` : body;
  const authors = o['authors'];
  return {
    id: firstOf([o['id'], o['guid'], o['uri']], metaString),
    title,
    url: firstOf([o['url'], o['link'], o['canonical_url']], metaString),
    author: firstOf([o['byline'], o['by'], o['author'], Array.isArray(authors) ? authors[0] : authors], metaAuthor),
    published: firstOf([o['versioncreated'], o['firstcreated'], o['published'], o['date']], metaDate),
    text,
    extracted: true,
    body: [0, text.length],
  };
}

/** The article's body as plain text, or null when the object has none. */
function bodyText(o: Obj): string | null {
  for (const key of ['body', 'body_text', 'text']) {
    const v = o[key];
    if (typeof v === 'string') return v.trim();
  }
  if (typeof o['body_html'] === 'string') return htmlFragmentText(o['body_html']);
  // ninjs 2: bodies: [{ role, contenttype, value }]
  const bodies = o['bodies'];
  if (Array.isArray(bodies)) {
    const items = bodies.filter((b): b is Obj => b !== null && typeof b === 'object' && typeof (b as Obj)['value'] === 'string');
    const plain = items.find((b) => !/html/i.test(String(b['contenttype'] ?? '')));
    if (plain) return (plain['value'] as string).trim();
    const html = items[0];
    if (html) return htmlFragmentText(html['value'] as string);
  }
  return null;
}

/** The `value` of the first entry of a ninjs 2 list such as `headlines`. */
function listValue(v: unknown): unknown {
  if (!Array.isArray(v)) return null;
  const first: unknown = v[0];
  return first !== null && typeof first === 'object' ? (first as Obj)['value'] : null;
}
