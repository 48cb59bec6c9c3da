import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The part of wink's core model that maps a word to its lexeme index (its vocabulary). */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
  intrinsicSize: number;
}

/** The model's CER meta model, loaded once (see `metaCER` below). */
let cerMeta: unknown;

/**
 * A new wink-nlp instance with a handle on its vocabulary. Loading the model takes a moment
 * (about 0.1 s), so every document shares one. Only the annotations the stages read are run —
 * sentence boundaries and POS (lemmas come with POS). Named entities and sentiment are left
 * out: nothing reads them, and they cost about a third of wink's time; so is negation, which
 * the scoring stage finds with its own negators (`negationIn` in score/claims.ts), and which cost
 * another 8–20 % of wink's time. Tokens, sentences, POS and lemmas are the same either way.
 */
function load() {
  let lexemes: Lexemes | undefined;
  const { core, metaCER } = model as unknown as {
    core: () => { features: { lexeme: Lexemes } };
    metaCER: () => unknown;
  };
  const tracked = {
    ...model,
    core: () => { const c = core(); lexemes = c.features.lexeme; return c; },
    // The model's own `metaCER` stringifies its (module-level) machines afresh on every call, so
    // each instance loaded re-escapes the last one's string: it doubles, and about the 20th
    // instance in a process dies of "Invalid string length". Only `learnCustomEntities` reads it.
    metaCER: () => (cerMeta ??= metaCER()),
  };
  const instance = winkNLP(tracked as typeof model, ['sbd', 'pos']);
  if (!lexemes) throw new Error('wink-nlp did not load its core model');
  return { instance, lexemes, forgotten: lexemes.list.length };
}

let current = load();

/** The shared wink-nlp instance. Read documents through `readDoc` below, not `nlp.readDoc`. */
export let nlp = current.instance;
export const its = nlp.its;

/** Past this many words added to the vocabulary since loading, a fresh instance is loaded. */
const RELOAD_AFTER = 100_000;

/**
 * A chunk wink's tokenizer always keeps whole as one `word` (its model's first token-category
 * pattern, `trex.ltc[0]`): learning such a word cannot change how any later text is split.
 */
const PLAIN_WORD = /^[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0300-\u036f\u2060]+$/i;

/**
 * wink-nlp's `nlp.readDoc`, with the result independent of the documents read before.
 *
 * wink adds every out-of-vocabulary token it makes to the shared vocabulary (cache.js `add`),
 * and its tokenizer first looks each space-delimited chunk up there (`_addTokenIfInCache`):
 * a known chunk is kept whole, an unknown one goes through the splitting rules. The rules do
 * not split alike in every context: "Smith's," and "Lee’s," go to the recursive tokenizer,
 * whose word pattern allows an inner apostrophe, so `Smith's` `,` — and "Smith's" is learned —
 * where "Smith's message" gives `Smith` `'s`. Once learned, every later "Smith's" stays one
 * token (likewise "Smith-led", "U.S.-backed"…). So before each document the words the last one
 * taught are taken out of the lookup table (`hash`) again, except plain words (`PLAIN_WORD`),
 * which are tokenized the same either way and are costly to learn anew. The document is then
 * read as a fresh instance would read it (within a document wink still learns, as it would).
 * The forgotten words keep their slots in `list` and in wink's private feature store (the two
 * grow in step, and documents still alive point into them), so a word learned again gets a new
 * slot: the store grows with every document, and a fresh instance is loaded once it has grown
 * past `RELOAD_AFTER` words (some thousands of news articles; loading takes about 0.1 s).
 */
export function readDoc(text: string) {
  const { lexemes } = current;
  const { hash, list } = lexemes;
  if (list.length - lexemes.intrinsicSize > RELOAD_AFTER) {
    current = load();
    nlp = current.instance;
  } else {
    for (let i = current.forgotten; i < list.length; i++) {
      const word = list[i]!;
      if (hash[word] === i && !PLAIN_WORD.test(word)) delete hash[word];
    }
    current.forgotten = list.length;
  }
  return nlp.readDoc(text);
}
