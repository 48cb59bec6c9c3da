#!/usr/bin/env node
// Writes src/annotate/name-lexicon.ts: the words of compromise's lexicon that carry a name or
// person-noun tag, and the nouns its tagger reads as the last word of an organisation's name, so
// resolve can look them up without loading compromise (~0.6 s).
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { default: nlp } = await import(new URL('../node_modules/compromise/src/three.js', import.meta.url).href);
const version = require('../node_modules/compromise/package.json').version;
const TAGS = ['FirstName', 'MaleName', 'FemaleName', 'Honorific', 'Person', 'LastName', 'Organization', 'SportsTeam', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Actor'];
const lx = nlp.model().one.lexicon;
const orgWords = Object.entries(nlp.model().two.orgWords).filter(([, v]) => v === true).map(([w]) => w);
const by = Object.fromEntries(TAGS.map((t) => [t, []]));
for (const [w, t] of Object.entries(lx)) for (const x of Array.isArray(t) ? t : [t]) if (by[x]) by[x].push(w);
let out = `/**
 * Generated from compromise ${version}'s lexicon (MIT licence): the words it tags with a name or
 * person-noun tag, one string per tag, words joined by "|"; and its organisation words, the nouns
 * that make a capitalised name before them an organisation ("Kestrel Holdings"). Do not edit: regenerate with
 * scripts/gen-name-lexicon.mjs (test/resolve.test.ts checks it against the installed
 * compromise). Lets annotate and resolve look names up without loading compromise itself.
 */
export const COMPROMISE_VERSION = '${version}';
export const NAME_LEXICON: Readonly<Record<string, string>> = {
`;
for (const t of TAGS) out += `  ${t}: ${JSON.stringify(by[t].sort().join('|'))},\n`;
out += '};\n';
out += `/** Nouns that end an organisation's name after a capitalised word (compromise's \`orgWords\`), joined by "|". */\n`;
out += `export const ORG_WORDS = ${JSON.stringify([...new Set(orgWords)].sort().join('|'))};\n`;
fs.writeFileSync(new URL('../src/annotate/name-lexicon.ts', import.meta.url), out);
console.log(out.length);
