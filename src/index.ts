/**
 * claimledger as a library: the stages one by one, or `analyzeText` for a string.
 *
 * @example
 * import { analyzeText } from 'claimledger';
 * const { claims } = analyzeText('Officials said the bridge could close.');
 */
import { createHash } from 'node:crypto';
import { loadPipeline, type PipelineConfig } from './pipeline/config.js';
import { processArticle } from './pipeline/process.js';
import type { DocumentResult } from './track/store.js';

export { annotate } from './annotate/annotate.js';
export { findAttributions } from './extract/attribution/index.js';
export { findHedges } from './extract/hedges/index.js';
export { findHedgedStatements } from './extract/statements.js';
export { resolveSources, type ResolvedSource } from './resolve/index.js';
export { buildClaims, everyClaim } from './score/claims.js';
export { certaintyOf, factbankCode, type Certainty, type CertaintyEvidence } from './score/certainty.js';
export { certaintyTable } from './score/table.js';
export { expandInputs, loadArticle, InputError } from './ingest/index.js';
export { loadPipeline, pipelineNames, type PipelineConfig } from './pipeline/config.js';
export { processArticle } from './pipeline/process.js';
export { readLedger, mergeLedger, writeLedger, emptyLedger, LedgerError, type DocumentResult } from './track/store.js';
export type { Ledger, LedgerDocument, Claim, LedgerHedge } from './track/types.js';
export type * from './types.js';

/**
 * Claims and hedges of a plain-text article held in memory.
 * @param options.id the document id in the result (default `"text"`)
 * @param options.pipeline a bundled pipeline name, a pipeline file, or a loaded config (default `"default"`)
 */
export function analyzeText(text: string, options: { id?: string; pipeline?: string | PipelineConfig } = {}): DocumentResult {
  const config = typeof options.pipeline === 'object' ? options.pipeline : loadPipeline(options.pipeline ?? 'default');
  const id = options.id ?? 'text';
  return processArticle({
    id, path: id, format: 'text', sha256: createHash('sha256').update(text).digest('hex'),
    title: null, url: null, author: null, published: null, text, extracted: false, body: [0, text.length],
  }, config);
}
