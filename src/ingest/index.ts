/** Ingest: command-line inputs → files → Articles (decoded text, metadata, the span to analyse). */
export { InputError } from './errors.js';
export { expandInputs } from './inputs.js';
export { loadArticle, type LoadOptions } from './load.js';
export { formatOfPath, sniffFormat, FORMAT_BY_EXTENSION } from './format.js';
