import { createRequire } from 'node:module';
import type { Gender } from './lexicon.js';
import { isOrgWord, isPlaceName, nameTags as tagsOf } from '../annotate/names.js';

/**
 * What compromise knows of a short proper-name phrase ("Sebastian Gorka", "The New York Post").
 *
 * compromise knows first names (with their usual gender), surnames, honorifics, organisations
 * and places, which wink-nlp's tagger does not. Loading compromise costs about 0.3 s (up to 1 s
 * on a slow machine) and running its tagger about a millisecond per phrase, so a phrase is looked
 * up in the name words and organisation words of compromise's lexicon, copied into
 * `name-lexicon.ts` (word and whole-phrase lookups, microseconds, compromise not loaded). Only
 * where the caller asks (`parse`: the `nameTagger` option, off by default) is a source span's name
 * of two words or more that the lexicon says nothing about run through compromise itself, loaded
 * on that first need, never on a whole document; every answer is cached by text.
 */
export interface NameInfo {
  /** A person: a first name or honorific leads, or the phrase or its last word is a known person. */
  person: boolean;
  /** The person's name without what precedes its first name ("Majority Leader Mitch McConnell" → "Mitch McConnell"). */
  personName: string | null;
  /** The first word is a known first name or an honorific: strong evidence of a person. */
  firstName: boolean;
  organization: boolean;
  place: boolean;
  gender: Gender | null;
}

/**
 * compromise's tagger, loaded synchronously on the first phrase that needs it. Its `two` build is the
 * tokenizer, lexicon and tagger without the phrase plugins of the full build (nouns, verbs, chunks …):
 * the same tags for a phrase, a quarter less to load and a third less time per phrase.
 */
type Compromise = (text: string) => { json: () => unknown };
let compromise: Compromise | null = null;
function tagger(): Compromise {
  if (!compromise) {
    const m = createRequire(import.meta.url)('compromise/two') as Compromise | { default: Compromise };
    compromise = typeof m === 'function' ? m : m.default;
  }
  return compromise;
}

const FIRST = new Set(['FirstName', 'MaleName', 'FemaleName', 'Honorific']);
const PLACE = new Set(['Place', 'Country', 'City', 'Region', 'Demonym']);
const ORG = new Set(['Organization', 'SportsTeam']);
const genderOf = (tags: readonly string[]): Gender | null =>
  tags.includes('MaleName') ? 'male' : tags.includes('FemaleName') ? 'female' : null;
const HONORIFIC_GENDER: Record<string, Gender> = { mr: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female', madam: 'female', lady: 'female' };

const cache = new Map<string, NameInfo>();
const parsed = new Map<string, NameInfo>();
const CACHE_LIMIT = 50_000;


/**
 * What is known of a name phrase. With `parse`, a phrase of two words or more that the lexicon
 * is silent about is run through compromise's tagger (for source spans only: the caller decides).
 */
export function nameInfo(text: string, parse = false): NameInfo {
  let info = cache.get(text);
  if (!info) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, (info = fromLexicon(text)));
  }
  // The tagger only for names of two words or more: for a lone word it adds nothing that the
  // caller's rules (an earlier full name, a bare name is a person) do not, and it costs.
  if (!parse || info.person || info.organization || info.place || !/\S\s+\S/.test(text)) return info;
  let p = parsed.get(text);
  if (!p) {
    if (parsed.size >= CACHE_LIMIT) parsed.clear();
    parsed.set(text, (p = fromTagger(text)));
  }
  return p;
}

const clean = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function fromLexicon(text: string): NameInfo {
  const raw = text.split(/\s+/).filter(Boolean);
  const words = raw.map(clean);
  const none: NameInfo = { person: false, personName: null, firstName: false, organization: false, place: false, gender: null };
  if (!words.length) return none;
  const whole = tagsOf(words.join(' '));
  const wholeNoThe = words[0] === 'the' ? tagsOf(words.slice(1).join(' ')) : [];
  const last = tagsOf(words[words.length - 1]!);
  // The first word that is a first name or honorific starts the person's name.
  let at = -1;
  for (let i = 0; i < words.length; i++) if (tagsOf(words[i]!).some((t) => FIRST.has(t))) { at = i; break; }
  const firstTags = at >= 0 ? tagsOf(words[at]!) : [];
  const single = words.length === 1;
  const organization = [...whole, ...wholeNoThe].some((t) => ORG.has(t)) || (single && last.some((t) => ORG.has(t))) || orgWordName(raw, words);
  // A lone word that is a city is more often a surname in a source position ("Bolton", "Jackson"):
  // only countries and regions count for one word ("Mexico", "Washington").
  const place = single ? last.some((t) => t === 'Country' || t === 'Region') : [...whole, ...wholeNoThe].some((t) => PLACE.has(t));
  const firstName = at === 0 && (!single || firstTags.includes('Honorific'));
  const person = !organization && (
    (at >= 0 && at < words.length - 1) || whole.includes('Person') || (single && (last.includes('LastName') || last.some((t) => FIRST.has(t)))));
  let gender: Gender | null = null;
  if (person && at >= 0 && !single) gender = genderOf(firstTags) ?? HONORIFIC_GENDER[words[at]!] ?? null;
  const personName = person ? (at > 0 ? raw.slice(at).join(' ') : text) : null;
  return { person, personName, firstName, organization, place, gender };
}

/**
 * A capitalised name that ends in an organisation word: "Kestrel Holdings", "Lakeside Corps", "WQRB News"
 * (compromise's tagger's rule: the word before is capitalised or an acronym, and no first name or place: not "Jane
 * Church"; a demonym counts, "Danish Partners"). Only the last word: in "Harbor Police Chief Dana Ruiz" the name ends in a person.
 */
function orgWordName(raw: readonly string[], words: readonly string[]): boolean {
  const i = words.length - 1;
  if (i < 1 || !isOrgWord(words[i]!) || !/^\p{Lu}/u.test(raw[i]!)) return false;
  const prev = raw[i - 1]!;
  if (tagsOf(words[i - 1]!).some((t) => FIRST.has(t)) || isPlaceName(words[i - 1]!) || (i - 1 === 0 && words[0] === 'the')) return false;
  return /^\p{Lu}[\p{Ll}'’]/u.test(prev) || /^\p{Lu}{2,5}$/u.test(prev);
}

interface TermJson { text?: string; tags?: string[] }

function fromTagger(text: string): NameInfo {
  const terms = ((tagger()(text).json() as { terms?: TermJson[] }[])[0]?.terms ?? []);
  const tags = terms.map((t) => t.tags ?? []);
  const lastTags = tags[tags.length - 1] ?? [];
  const person = lastTags.includes('Person');
  let at = -1;
  if (person) for (at = tags.length - 1; at > 0 && tags[at - 1]!.includes('Person') && !tags[at - 1]!.includes('Honorific'); at--);
  const firstTags = tags[0] ?? [];
  return {
    person,
    personName: person ? terms.slice(at).map((t) => t.text ?? '').join(' ').trim() || text : null,
    firstName: firstTags.some((t) => FIRST.has(t)),
    organization: tags.some((t) => t.includes('Organization')),
    // Its place guesses for unknown names are poor (an unknown "First Last" name read as a place): lexicon places only.
    place: false,
    gender: person && at >= 0 ? genderOf(tags[at]!) : null,
  };
}


/** A word compromise's lexicon knows as a name: a first name, surname, person, organisation or place. */
export function isNameWord(lower: string): boolean {
  return tagsOf(lower).some((t) => t !== 'Actor');
}

/**
 * A common noun for a kind of person ("businessman", "journalist", "the nurse"): compromise's
 * lexicon tags such nouns `Actor`; a few suffixes catch what it lacks ("socialist", "billionaire").
 */
export function isPersonNoun(lemma: string): boolean {
  const w = lemma.toLowerCase();
  return tagsOf(w).includes('Actor') || /(ist|ian|man|woman|aire|ee|person)$/.test(w);
}

/** Nouns for people or bodies of people that neither compromise's `Actor` tag nor a suffix gives. */
const HUMAN_WORDS = new Set([
  'people', 'folk', 'folks', 'family', 'couple', 'side', 'guy', 'kid', 'child', 'star', 'panel', 'leadership',
  'establishment', 'faction', 'voice', 'crowd', 'ally', 'rival', 'candidate', 'senator', 'advocate', 'official',
  'resident', 'member', 'fan', 'victim', 'cop', 'insider', 'expert', 'pollster', 'supporter', 'backer', 'opponent',
  'neighbor', 'neighbour', 'friend', 'enemy', 'colleague', 'boss', 'spouse', 'wife', 'husband', 'son', 'daughter',
  'parent', 'relative', 'team', 'camp', 'circle', 'staff', 'group', 'elite', 'mob', 'gang', 'hacker', 'follower',
  'superdelegate', 'delegate', 'student', 'nurse', 'patient', 'veteran', 'youth', 'left', 'right', 'base', 'bloc',
  'sibling', 'brother', 'sister', 'mom', 'dad', 'cousin', 'uncle', 'aunt', 'partner', 'peer', 'coalition', 'clan',
]);

/**
 * A noun for a person or a body of people, by compromise's `Actor` tag, agent suffixes ("-er",
 * "-or", "-ist", "-ant", "-ent" but not "-ment") or a short list: the rest are things.
 */
export function isHumanNoun(lemma: string): boolean {
  const w = lemma.toLowerCase();
  return isPersonNoun(w) || HUMAN_WORDS.has(w) || (/(er|or|ant|ent|eur|ess)$/.test(w) && !/ment$/.test(w));
}
