/**
 * Shapes shared by the stages. Each stage adds to the document:
 * ingest → Article, annotate → Annotated, extract → Extraction, resolve/score → ledger Claims.
 */

/** `[start, end)` in UTF-16 code units of the document's text; `text.slice(start, end)` is the span. */
export type Span = [start: number, end: number];

export type DocFormat = 'text' | 'markdown' | 'html' | 'json';

/** One input article, decoded, with the text that every offset indexes. */
export interface Article {
  /** Front-matter `id`, else the path relative to the working folder with `/` separators. */
  id: string;
  /** The path as given; `-` for stdin. */
  path: string;
  format: DocFormat;
  /** sha256 of the input bytes, hex. */
  sha256: string;
  title: string | null;
  url: string | null;
  author: string | null;
  published: string | null;
  /** The text offsets index: decoded file text (.txt/.md, BOM dropped) or the extracted text (HTML, JSON). */
  text: string;
  /** True where `text` is not the file's own decoded text, so the ledger must carry it. */
  extracted: boolean;
  /** The part of `text` to analyse (a Markdown file's body after its front matter). */
  body: Span;
  /** What the NLP reads where it differs from `text`: a Markdown file with its markup blanked. Same length, same offsets. */
  plain?: string;
}

/** One wink-nlp token with exact offsets. White-space tokens are dropped. */
export interface Token {
  start: number;
  end: number;
  /** The token as it stands in the text. */
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  lemma: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
}

/** The text with its sentences and tokens. */
export interface Annotated {
  text: string;
  /** The text as the NLP read it where it differs from `text` (a Markdown file with its markup blanked); same offsets. */
  plain?: string;
  tokens: Token[];
  sentences: Sentence[];
}

export type HedgeCategory =
  | 'epistemic'
  | 'doxastic'
  | 'evidential'
  | 'perception'
  | 'conditional'
  | 'approximator'
  | 'investigation'
  | 'booster';

/** A hedge (or booster, conditional …) cue found in the text. */
export interface HedgeHit {
  spans: Span[];
  text: string;
  cueId: string;
  category: HedgeCategory;
  /** How much the cue lowers certainty, in [0, 1]; for boosters how much it raises it. */
  weight: number;
  /** Index of the sentence that holds the cue. */
  sentence: number;
}

export type CueCategory = 'speech' | 'writing' | 'belief' | 'perception' | 'intention' | 'evidential';

/** The cue verb's own stance toward the content: "claimed" distances, "confirmed" endorses. */
export type CueStance = 'neutral' | 'distancing' | 'endorsing';

export type SourceType =
  | 'person'
  | 'organization'
  | 'group'
  | 'anonymous'
  | 'vague'
  | 'pronoun'
  | 'document'
  | 'author';

export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'none';

/** An attribution as the extractor finds it: spans only, before sources are typed and resolved. */
export interface Attribution {
  cue: { spans: Span[]; lemma: string; cueId: string; category: CueCategory; stance: CueStance };
  /** Null where no source is named ("it is believed …"). */
  source: { spans: Span[] } | null;
  content: { spans: Span[] };
  quote: QuoteKind;
  /** Indexes of the sentences the attribution covers. */
  sentences: number[];
  /** Reported within another attribution's content (its index in the same list): "Song said [Ruiz had called …]". */
  within?: number;
}

/** What the extract stage finds in one document. */
export interface Extraction {
  attributions: Attribution[];
  hedges: HedgeHit[];
}
