#!/usr/bin/env node
// The benchmark's baseline: wink-nlp's bare tagging (tokens and POS) of every .txt file in a folder.
//   node scripts/wink-tag.mjs DIR [--pipe default|minimal]
// default: winkNLP(model) as its documentation calls it (sentences, negation, sentiment, POS, entities);
// minimal: only sentences and POS — the least wink can do to tag, a stricter baseline.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const minimal = process.argv.includes('minimal');
const nlp = minimal ? winkNLP(model, ['sbd', 'pos']) : winkNLP(model);
let tokens = 0;
for (const name of readdirSync(process.argv[2]).sort()) {
  if (!name.endsWith('.txt')) continue;
  const doc = nlp.readDoc(readFileSync(join(process.argv[2], name), 'utf8'));
  tokens += doc.tokens().out(nlp.its.pos).length;
}
process.stdout.write(`${tokens} tokens\n`);
