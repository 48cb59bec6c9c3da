import type { Sentence, Token } from '../types.js';
import { retagged } from './token.js';
import { NAME_LEXICON, ORG_WORDS } from './name-lexicon.js';

/*
 * Names the tagger reads as other words. wink-nlp tags a capitalised word by its common-word reading:
 * "Josh Ferrell" and "Grant Ames" open with a verb, "Will Dorsey" with an auxiliary, "Concord resident",
 * ", Jolly said" and ", said Weld" hold a verb or an adverb. A source or subject walk stops at such a word,
 * so the claim loses its speaker. Mended here, before any stage reads the tags.
 */

/** The AP's abbreviations of the states' names ("Calif.", "N.Y."), with or without the full stop. */
export const STATE_ABBREVIATION = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C)\.?$/;

/** Name tags by word ("FirstName", "LastName", "City" …), from the generated copy of compromise's lexicon; built on first use. */
let lexicon: Map<string, string[]> | null = null;
const NONE: readonly string[] = [];
export function nameTags(lower: string): readonly string[] {
  if (!lexicon) {
    lexicon = new Map();
    for (const [tag, words] of Object.entries(NAME_LEXICON)) {
      for (const w of words.split('|')) {
        const tags = lexicon.get(w);
        if (tags) tags.push(tag); else lexicon.set(w, [tag]);
      }
    }
  }
  return lexicon.get(lower) ?? NONE;
}

let orgWords: Set<string> | null = null;
/** A noun that ends an organisation's name after a capitalised word ("Holdings", "Corps", "Institute"): compromise's list. */
export const isOrgWord = (lower: string): boolean => (orgWords ??= new Set(ORG_WORDS.split('|'))).has(lower);

/** A place in compromise's lexicon (Place, City, Country, Region): "Salem", "Iowa", "Ohio". */
export const isPlaceName = (lower: string): boolean => nameTags(lower).some((t) => t === 'Place' || t === 'City' || t === 'Country' || t === 'Region');

const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PERSON_NAME_TAGS = new Set([...FIRST_NAME_TAGS, 'LastName', 'Person']);

/** A first name in compromise's lexicon (FirstName, MaleName, FemaleName): "Josh", "Grant", "Drew", "Sue". */
export const isFirstName = (lower: string): boolean => nameTags(lower).some((t) => FIRST_NAME_TAGS.has(t));

/** A person's name in compromise's lexicon (a first name, a last name or a whole name): "Ellis", "Jones", "Clinton". */
export const isPersonName = (lower: string): boolean => nameTags(lower).some((t) => PERSON_NAME_TAGS.has(t));

const MENDABLE = new Set(['VERB', 'AUX', 'ADV']);
/** Verbs of saying in the past or the present, after a quote and its speaker: "“…,” Will wrote." */
const REPORTED = /^(?:said|says|wrote|writes|added|adds|told|asked|asks|noted|notes|argued|argues|explained|recalled|warned|insisted|replied|continued|tweeted|posted)$/;
/** Capitalised, then lower case: "Concord", not "NATO" or "I". */
const CAPITALISED = /^[A-Z][a-z]/;
/**
 * After these a capital opens a clause, a quote, a title or a list item, not a name: quote marks, colon, dash,
 * brackets, bullets, an ellipsis, a number ("3) Cut the tax").
 */
const OPENS = /^(?:[“”"‘’'`:()[\]—–•*-]|--|…|\.\.\.|\d+[.)]?)$/;
/** Words a title leaves in lower case. */
export const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'as', 'from', 'into', 'via', 'vs']);

/**
 * A headline: no closing punctuation ("Police Say a gunman opened fire"), or most of its words capitalised
 * ("Trump Says He Won.", "Senate Will Vote on Budget Deal").
 */
function headline(T: readonly Token[], s: Sentence): boolean {
  if (!/^(?:[.!?;:…”"’']|\.\.\.)$/.test(T[s.last - 1]!.text)) return true;
  let words = 0, caps = 0;
  for (let i = s.first; i < s.last; i++) {
    const t = T[i]!.text;
    if (!/^[A-Za-z]/.test(t) || MINOR.has(t.toLowerCase())) continue;
    words++;
    if (/^[A-Z]/.test(t)) caps++;
  }
  return words >= 2 && caps / words >= 0.6;
}

/**
 * Retags as PROPN the names the tagger read as verbs, auxiliaries or adverbs (in place): inside a sentence, a
 * capitalised word ("said Concord resident", "Chairman Will Dorsey"), unless it follows a name and lower case
 * follows it ("Fed Chair Lee Says rates will rise"); where a capital opens a sentence or a quote, only a known
 * first name before a capitalised name ("Josh Ferrell, …"). Headlines keep their tags.
 */
export function mendNames(T: Token[], sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    let isHeadline: boolean | undefined; // asked only where a word could be mended: most sentences hold none
    for (let i = s.first; i < s.last; i++) {
      const t = T[i]!;
      if (!MENDABLE.has(t.pos) || !CAPITALISED.test(t.text)) continue;
      if ((isHeadline ??= headline(T, s))) break;
      const prev = i > s.first ? T[i - 1]! : undefined, next = i + 1 < s.last ? T[i + 1]! : undefined;
      const opens = !prev || OPENS.test(prev.text) || /[.!?]$/.test(prev.text);
      const nextName = !!next && next.pos === 'PROPN' && CAPITALISED.test(next.text);
      // (after a first name a capital in its base form is a surname, lower case after it or not: "George Will wrote",
      // "Ian Read said"; not "Chief Lee Says fares …")
      const surname = !!prev && prev.pos === 'PROPN' && isFirstName(prev.lower) && (t.pos === 'AUX' || t.lemma === t.lower);
      // (after a quote's closing mark, a capital before a verb of saying is its speaker: "“…,” Will wrote.")
      const speaker = !!prev && /^[”"'’]$/.test(prev.text) && !!next && REPORTED.test(next.lower) && i + 2 < s.last && /^[.,!?]$/.test(T[i + 2]!.text);
      const name = opens ? (isFirstName(t.lower) && nextName) || speaker : !(prev.pos === 'PROPN' && !!next && /^[a-z]/.test(next.text)) || surname;
      if (name) T[i] = retagged(t, 'PROPN', t.lower);
    }
  }
}
