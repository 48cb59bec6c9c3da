import { annotate } from '../annotate/annotate.js';
import { findAttributions } from '../extract/attribution/index.js';
import { findHedges } from '../extract/hedges/index.js';
import { findHedgedStatements } from '../extract/statements.js';
import { resolveSources } from '../resolve/index.js';
import { buildClaims, toLedgerHedge } from '../score/claims.js';
import type { DocumentResult } from '../track/store.js';
import type { Article } from '../types.js';
import type { PipelineConfig } from './config.js';

/**
 * One article through the stages, in order:
 * annotate (sentences, tokens) → extract (hedges, attributions, the author's hedged statements)
 * → resolve (source types and names) → score (claims with certainty). The tracker writes the result.
 */
export function processArticle(article: Article, config: PipelineConfig): DocumentResult {
  const doc = annotate(article.text, article.body, article.plain);
  const hedges = config.extract.hedges ? findHedges(doc) : [];
  const attributions = config.extract.attributions ? findAttributions(doc) : [];
  const statements = config.extract.hedgedStatements ? findHedgedStatements(doc, attributions, hedges) : [];
  const sources = resolveSources(doc, attributions, config.resolve);
  const claims = buildClaims({ documentId: article.id, doc, attributions, sources, statements, hedges, levels: config.certainty.levels });
  const { text, extracted, body: _body, plain: _plain, ...meta } = article;
  // The ledger carries the text where no file holds it as decoded: extracted text (HTML, JSON) and stdin.
  const carryText = extracted || article.path === '-';
  return {
    document: { ...meta, ...(carryText ? { text } : {}), hedges: hedges.map(toLedgerHedge), pipeline: config.fingerprint },
    claims,
  };
}
