/**
 * The resolve stage: types and names attribution sources (person, organization, group,
 * anonymous, vague, pronoun, document, author), from the phrase lexicon in data/sources.json,
 * compromise for proper names (source spans only, cached), and a few rules over wink-nlp tokens.
 */
export { resolveSources } from './resolve.js';
export type { ResolvedSource, ResolveOptions } from './resolve.js';
export { readSourceLexicon, sourceLexicon, SOURCE_TYPES } from './lexicon.js';
export type { SourceEntry, SourceLexicon, Gender } from './lexicon.js';
export { nameInfo } from './names.js';
export type { NameInfo } from './names.js';
