import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, InputError, loadArticle } from '../src/ingest/index.js';
import type { Article, DocFormat } from '../src/types.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/ingest/', import.meta.url));

const load = (file: string, format?: DocFormat): Promise<Article> =>
  loadArticle(file, format === undefined ? { cwd: FIXTURES } : { cwd: FIXTURES, format });

const fromStdin = (source: string | Buffer, format?: DocFormat): Promise<Article> => {
  const stdin = Readable.from([typeof source === 'string' ? Buffer.from(source, 'utf8') : source]);
  return loadArticle('-', format === undefined ? { cwd: FIXTURES, stdin } : { cwd: FIXTURES, stdin, format });
};

/** Expected fields, with `body` as the text the body span covers. */
type Expected = Partial<Omit<Article, 'body'>> & { body: string };

const bodyOf = (a: Article): string => a.text.slice(a.body[0], a.body[1]);

/** The InputError a promise rejects with, as "file: message". */
async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    const err = e as InputError;
    expect(err.message).not.toMatch(/\n/);
    return `${err.file}: ${err.message}`;
  }
  throw new Error('expected an InputError');
}

describe('loadArticle: fixture files', () => {
  const cases: Array<{
    file: string;
    format: DocFormat;
    id: string;
    meta: Pick<Article, 'title' | 'url' | 'author' | 'published'>;
    extracted: boolean;
    body: string;
  }> = [
    {
      file: 'plain.txt',
      format: 'text',
      id: 'plain.txt',
      meta: { title: null, url: null, author: null, published: null },
      extracted: false,
      body:
        'Harbor City council approved the new ferry schedule on Tuesday, officials said.\n\n' +
        'The mayor said the change could cut waiting times by about ten minutes.\n',
    },
    {
      file: 'crlf.txt',
      format: 'text',
      id: 'crlf.txt',
      meta: { title: null, url: null, author: null, published: null },
      extracted: false,
      body:
        'Water levels rose overnight.\r\nThe river authority said the dam was safe.\r\n\r\n' +
        'Residents may return on Friday, a spokesperson said.\r\n',
    },
    {
      file: 'bom.txt',
      format: 'text',
      id: 'bom.txt',
      meta: { title: null, url: null, author: null, published: null },
      extracted: false,
      body: 'The museum reopened on Monday, its director said.\n',
    },
    {
      file: 'front-matter.md',
      format: 'markdown',
      id: 'harbor-ferry-2024',
      meta: {
        title: 'Ferry schedule approved',
        url: 'https://news.example.org/harbor/ferry',
        author: 'Dana Reyes',
        published: '2024-03-05T08:30:00.000Z',
      },
      extracted: false,
      body:
        '# Council approves ferry schedule\n\nThe council approved the schedule, the mayor said.\n' +
        'Critics believe the plan may raise fares.\n',
    },
    {
      file: 'heading-title.md',
      format: 'markdown',
      id: 'heading-title.md',
      meta: { title: 'Bridge repairs to start in May', url: null, author: null, published: null },
      extracted: false,
      body:
        'Intro line before any heading.\n\n```sh\n# not a heading: inside a fence\n```\n\n' +
        '# Bridge repairs to start in May   #\n\nEngineers said the repairs would probably take six weeks.\n',
    },
    {
      file: 'article.html',
      format: 'html',
      id: 'article.html',
      meta: {
        title: 'Storm closes coastal road',
        url: 'https://gazette.example.com/2024/storm-road',
        author: 'Lee Park',
        published: '2024-11-02T18:45:00.000Z',
      },
      extracted: true,
      body: [
        'Storm closes coastal road',
        'The coastal road was closed on Saturday after a storm & high tides damaged a section near the harbour, police said.',
        'Officials said the road could reopen by Monday, but engineers reportedly warned that repairs might take longer if the weather stays rough.',
        '\u201cWe are asking drivers to use the inland route,\u201d a police spokesperson said.',
        'Buses will take the inland route.',
        'Schools in the area stay open.',
        'Residents said the same stretch of road flooded twice last winter and that they had asked the council for sea defences.',
      ].join('\n\n'),
    },
    {
      file: 'ninjs.json',
      format: 'json',
      id: 'urn:example:news:2024:rail-strike',
      meta: { title: 'Rail workers plan strike', url: null, author: 'Sam Ortiz', published: '2024-06-10T07:15:00.000Z' },
      extracted: true,
      body:
        'Rail workers plan strike\n\nRail workers will strike next week, the union said.\n\n' +
        'The operator said it expected most trains to run.',
    },
  ];

  it.each(cases)('$file', async ({ file, format, id, meta, extracted, body }) => {
    const a = await load(file);
    const bytes = await readFile(join(FIXTURES, file));
    expect(a).toMatchObject({ path: file, format, id, extracted, ...meta });
    expect(a.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(bodyOf(a)).toBe(body);
    if (!extracted) expect(a.text).toBe(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  });
});

describe('loadArticle: errors', () => {
  const cases: Array<[file: string, message: string]> = [
    ['latin1.txt', 'not valid UTF-8 (byte 0xE9 at offset 7); convert it to UTF-8'],
    ['binary.txt', 'binary file (NUL byte at offset 3)'],
    ['empty.txt', 'empty file'],
    ['missing.txt', 'no such file or directory'],
    ['report.pdf', 'unsupported extension .pdf'],
    ['README', 'no file extension; expected .txt, .md, .html or .json'],
  ];
  it.each(cases)('%s → %s', async (file, message) => {
    expect(await failure(load(file))).toBe(`${file}: ${message}`);
  });
});

describe('loadArticle: content errors (stdin, format given)', () => {
  const cases: Array<[name: string, source: string | Buffer, format: DocFormat, message: string]> = [
    ['white space only', ' \n\t\r\n ', 'text', 'empty file (only white space)'],
    ['BOM only', Buffer.from([0xef, 0xbb, 0xbf]), 'text', 'empty file'],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'text', 'UTF-16 encoded (byte-order mark at offset 0); convert it to UTF-8'],
    ['truncated UTF-8', Buffer.from([0x61, 0x62, 0xe2, 0x82]), 'text', 'not valid UTF-8 (byte 0xE2 at offset 2); convert it to UTF-8'],
    ['surrogate in UTF-8', Buffer.from([0x61, 0xed, 0xa0, 0x80]), 'text', 'not valid UTF-8 (byte 0xED at offset 1); convert it to UTF-8'],
    ['JSON without body', '{"headline": "Only a headline"}', 'json', 'JSON has no body/body_text/text field'],
    ['JSON with empty body', '{"headline": "H", "body_text": "  "}', 'json', 'JSON body is empty'],
    ['JSON array', '[{"body": "x"}]', 'json', 'JSON is an array; expected one article object'],
    ['invalid JSON', '{"headline": "H",\n}', 'json', 'not valid JSON: Expected double-quoted property name in JSON at position 18'],
    ['front matter not YAML', '---\ntitle: "open\n---\nBody.\n', 'markdown', 'front matter is not valid YAML: Missing closing "quote (line 3, column 1)'],
    ['front matter duplicate key', '---\nid: a\nid: b\n---\nBody.\n', 'markdown', 'front matter is not valid YAML: Map keys must be unique (line 3, column 1)'],
    ['front matter a list', '---\n- a\n- b\n---\nBody.\n', 'markdown', 'front matter is not a YAML mapping (expected key: value lines)'],
    ['front matter unclosed', '---\ntitle: x\nBody.\n', 'markdown', 'front matter has no closing --- line'],
    ['HTML with only navigation', '<html><body><nav>Home</nav><script>x()</script></body></html>', 'html', 'no article text found in the HTML'],
  ];
  it.each(cases)('%s', async (_name, source, format, message) => {
    expect(await failure(fromStdin(source, format))).toBe(`-: ${message}`);
  });
});

describe('offsets', () => {
  it('CRLF text keeps its \\r\\n and offsets index the file', async () => {
    const a = await load('crlf.txt');
    const bytes = await readFile(join(FIXTURES, 'crlf.txt'));
    expect(a.text.length).toBe(bytes.length); // ASCII: one code unit a byte
    const cases: Array<[needle: string, start: number]> = [
      ['Water', 0],
      ['The river authority', 30],
      ['Residents', 76],
    ];
    for (const [needle, start] of cases) {
      expect(a.text.slice(start, start + needle.length)).toBe(needle);
      expect(bytes.subarray(start, start + needle.length).toString('latin1')).toBe(needle);
    }
  });

  it('a UTF-8 BOM is not counted', async () => {
    const a = await load('bom.txt');
    expect(a.text.startsWith('The museum')).toBe(true);
    expect(a.text.slice(4, 10)).toBe('museum');
    expect(a.body).toEqual([0, a.text.length]);
  });

  it('front matter with CRLF and a BOM: body starts after the closing line', async () => {
    const src = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\ntitle: T\r\n---\r\nBody line.\r\n')]);
    const a = await fromStdin(src);
    expect(a.format).toBe('markdown');
    expect(a.title).toBe('T');
    expect(a.body).toEqual([20, 32]);
    expect(bodyOf(a)).toBe('Body line.\r\n');
  });

  it('front matter closed by ... and an empty front matter', async () => {
    expect(bodyOf(await fromStdin('---\ntitle: A\n...\nText.\n', 'markdown'))).toBe('Text.\n');
    const empty = await fromStdin('---\n---\n# Heading here\nText.\n', 'markdown');
    expect(empty).toMatchObject({ title: 'Heading here', id: 'stdin' });
    expect(bodyOf(empty)).toBe('# Heading here\nText.\n');
  });
});

describe('stdin', () => {
  const cases: Array<[source: string, format: DocFormat, id: string, body: string]> = [
    ['The minister said so.', 'text', 'stdin', 'The minister said so.'],
    ['---\nid: fm-1\n---\nShe said it.\n', 'markdown', 'fm-1', 'She said it.\n'],
    ['  {"headline": "H", "text": "B said."}', 'json', 'stdin', 'H\n\nB said.'],
    ['{"id": 42, "body": "B said."}', 'json', '42', 'B said.'],
    ['<p>He said it, &quot;twice&quot;.</p>', 'html', 'stdin', 'He said it, "twice".'],
    ['--- not front matter', 'text', 'stdin', '--- not front matter'],
  ];
  it.each(cases)('%j → %s', async (source, format, id, body) => {
    const a = await fromStdin(source);
    expect(a).toMatchObject({ path: '-', format, id });
    expect(bodyOf(a)).toBe(body);
  });

  it('a given format wins over the extension', async () => {
    const a = await load('ninjs.json', 'text');
    expect(a.format).toBe('text');
    expect(a.text.startsWith('{')).toBe(true);
  });
});

describe('HTML', () => {
  it('runs no script and drops navigation, header, aside and footer', async () => {
    const g = globalThis as { __ingestScriptRan?: unknown };
    delete g.__ingestScriptRan;
    const a = await load('article.html');
    expect(g.__ingestScriptRan).toBeUndefined();
    for (const chrome of ['Home', 'Sport', 'Example Gazette', 'Most read', 'rights reserved', 'color', '__ingest']) {
      expect(a.text).not.toContain(chrome);
    }
  });

  const cases: Array<[name: string, html: string, expected: Expected]> = [
    [
      'entities, inner white space, <br>, nested block',
      '<article><p>A&amp;B   said\n  it&nbsp;was <em>fine</em>.<br>Second line.</p><blockquote><p>Quoted.</p></blockquote></article>',
      { title: null, body: 'A&B said it was fine.\nSecond line.\n\nQuoted.' },
    ],
    [
      '<title> when no og:title; og:url when no canonical; <time datetime>',
      '<html><head><title>Page title</title><meta property="og:url" content="https://x.example/a"></head>' +
        '<body><article><p>Text of the story, the agency said.</p><time datetime="2023-07-01">July 1</time></article></body></html>',
      { title: 'Page title', url: 'https://x.example/a', published: '2023-07-01', body: 'Page title\n\nText of the story, the agency said.\n\nJuly 1' },
    ],
    [
      '<title> with a site name around the <h1> headline: the headline',
      '<html><head><title>Storm closes coastal road | Gazette</title></head><body><article><h1>Storm closes coastal road</h1>' +
        '<p>The road was closed on Saturday, police said.</p></article></body></html>',
      { title: 'Storm closes coastal road', body: 'Storm closes coastal road\n\nThe road was closed on Saturday, police said.' },
    ],
    [
      'article:author as a name; meta date',
      '<html><head><meta property="article:author" content="Kim Lo"><meta name="date" content="2022-02-02">' +
        '</head><body><p>One paragraph of text.</p></body></html>',
      { author: 'Kim Lo', published: '2022-02-02', body: 'One paragraph of text.' },
    ],
    [
      'JSON-LD byline and date via Readability',
      '<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",' +
        '"headline":"LD headline","author":{"@type":"Person","name":"Ana Ruiz"},"datePublished":"2024-01-02T03:04:05Z"}</script>' +
        '</head><body><article><p>The minister said on Monday that talks would resume.</p></article></body></html>',
      {
        title: 'LD headline',
        author: 'Ana Ruiz',
        published: '2024-01-02T03:04:05.000Z',
        body: 'LD headline\n\nThe minister said on Monday that talks would resume.',
      },
    ],
  ];
  it.each(cases)('%s', async (_name, html, { body, ...meta }) => {
    const a = await fromStdin(html, 'html');
    expect(a).toMatchObject({ format: 'html', extracted: true, ...meta });
    expect(bodyOf(a)).toBe(body);
    expect(a.body).toEqual([0, a.text.length]);
  });
});

describe('JSON', () => {
  const cases: Array<[name: string, json: object, expected: Expected]> = [
    [
      'body_html through the HTML text path; authors[0].name; guid',
      { guid: 'g-1', title: 'T', body_html: '<p>One &amp; two.</p><script>x()</script><p>Three.</p>', authors: [{ name: 'Jo Park' }] },
      { id: 'g-1', title: 'T', author: 'Jo Park', body: 'T\n\nOne & two.\n\nThree.' },
    ],
    [
      'ninjs 2 headlines and bodies; firstcreated; url',
      { headlines: [{ value: 'H2' }], bodies: [{ contenttype: 'text/plain', value: 'Plain body.' }], firstcreated: '2021-05-05', url: 'https://n.example/x' },
      { title: 'H2', published: '2021-05-05', url: 'https://n.example/x', body: 'H2\n\nPlain body.' },
    ],
    [
      'no headline: text is the body alone',
      { text: 'Only the body.' },
      { title: null, id: 'stdin', body: 'Only the body.' },
    ],
  ];
  it.each(cases)('%s', async (_name, json, { body, ...meta }) => {
    const a = await fromStdin(JSON.stringify(json));
    expect(a).toMatchObject({ format: 'json', extracted: true, ...meta });
    expect(bodyOf(a)).toBe(body);
  });
});

describe('expandInputs', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'claimledger-ingest-'));
    const files: Record<string, string> = {
      'news/b.txt': 'b',
      'news/a.md': 'a',
      'news/sub/c.html': '<p>c</p>',
      'news/sub/d.json': '{}',
      'news/sub/e.htm': 'e',
      'news/sub/f.markdown': 'f',
      'news/notes.pdf': 'x',
      'news/.hidden/g.txt': 'g',
      'news/.dot.txt': 'dot',
      'news/node_modules/h.txt': 'h',
      'other/z.txt': 'z',
      'docs/manual.pdf': 'x',
      'empty-folder/readme.rst': 'x',
    };
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), content);
    }
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const cases: Array<[args: string[], files: string[], errors: string[]]> = [
    [
      ['news'],
      ['news/a.md', 'news/b.txt', 'news/sub/c.html', 'news/sub/d.json', 'news/sub/e.htm', 'news/sub/f.markdown'],
      [],
    ],
    [['news/sub/*.json', 'news/*'], ['news/sub/d.json', 'news/a.md', 'news/b.txt'], []],
    [['**/*.txt'], ['news/b.txt', 'other/z.txt'], []],
    [['other/z.txt', './other/z.txt', 'other', '-', '-'], ['other/z.txt', '-'], []],
    [['news/notes.pdf'], ['news/notes.pdf'], []],
    [['missing.txt'], [], ['missing.txt: no such file or directory']],
    [['*.nothing'], [], ['*.nothing: no files match this pattern']],
    [['docs/*'], [], ['docs/*: pattern matches 1 file(s) but none with a supported extension (.txt .md .markdown .html .htm .json)']],
    [['empty-folder'], [], ['empty-folder: folder holds no input files (.txt .md .markdown .html .htm .json)']],
  ];
  it.each(cases)('%j', async (args, files, errors) => {
    const got = await expandInputs(args, root);
    expect(got.files).toEqual(files);
    expect(got.errors.map((e) => `${e.file}: ${e.message}`)).toEqual(errors);
    for (const e of got.errors) expect(e).toBeInstanceOf(InputError);
  });

  it('ids are relative to cwd with / separators', async () => {
    const { files } = await expandInputs(['news/sub'], root);
    const a = await loadArticle(files[0]!, { cwd: root });
    expect(a).toMatchObject({ id: 'news/sub/c.html', path: 'news/sub/c.html' });
    const abs = await loadArticle(join(root, 'other/z.txt'), { cwd: join(root, 'news') });
    expect(abs.id).toBe('../other/z.txt');
  });
});
