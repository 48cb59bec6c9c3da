import type { Certainty } from '../score/certainty.js';
import type { Article, CueCategory, HedgeCategory, QuoteKind, SourceType, Span } from '../types.js';

/** The ledger as `../shared/docs/ledger.md` defines it (the contract), with this project's additions marked. */
export interface Ledger {
  version: 1;
  generator: { name: 'claimledger'; version: string };
  updatedAt: string;
  documents: LedgerDocument[];
  claims: Claim[];
}

export interface LedgerHedge {
  spans: Span[];
  text: string;
  cueId: string;
  category: HedgeCategory;
  weight: number;
}

/** A document: the article's metadata (`text` only where it is not the file's own), its hedges, when it was seen. */
export type LedgerDocument = Pick<Article, 'id' | 'path' | 'format' | 'sha256' | 'title' | 'url' | 'author' | 'published'> & {
  /** Only where it differs from the file's decoded text (HTML, JSON). */
  text?: string;
  hedges: LedgerHedge[];
  /** Addition: the pipeline that produced this document's claims, `name@fingerprint`. */
  pipeline: string;
  firstSeen: string;
  lastSeen: string;
};

export interface Claim {
  id: string;
  documentId: string;
  kind: 'attributed' | 'hedged' | 'asserted';
  quote: QuoteKind;
  content: { text: string; spans: Span[] };
  cue: { text: string; spans: Span[]; lemma: string; cueId: string; category: CueCategory } | null;
  source: { text: string; spans: Span[]; type: SourceType; name: string | null; cueIds: string[] } | null;
  hedges: LedgerHedge[];
  certainty: Certainty;
  sentence: { spans: Span[] };
  line: number;
  column: number;
  /** Addition: attributed claims reported within this one's content ("Song said Ruiz had called …"); absent where none. */
  embedded?: Claim[];
}
