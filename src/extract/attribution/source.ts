import type { Span, Token } from '../../types.js';
import { firstTokenFrom } from '../../annotate/annotate.js';
import { nameTags, STATE_ABBREVIATION } from '../../annotate/names.js';
import type { SubjectRelative } from './content.js';
import { asideQuote, BE, clauseAt, closesQuote, DASH, hasCueIn, isDash, isMark, isPunct, nounish, NP_PREP, npTok, opensClause, opensQuote, PARTICIPLE, PURE_PARTICIPLE, PLATFORM, QUANT, quantRelative, quotedNameClosedAt, quotedNameFrom, quotedTitle, REL, span, WH, SUBJ_PRON, TIME, timeWord, trimmed, VENUE, titleQuoteClosedAt, type Doc } from './doc.js';

/*
 * Source noun phrases: the subject left of a cue, the noun phrase after it with its appositions, the main
 * clause's subject, a passive's later agent, and the tests on what lies before a cue.
 */

/** End (exclusive) of a noun phrase starting at i, for sources after "said" / "according to" / "by". */
export function npRight(D: Doc, i: number, end: number, allowApposition: boolean): number {
  const T = D.T;
  let j = i;
  while (j < end) {
    const t = T[j]!;
    // "Sen. Jane Roe (D-Pa.)": a party label after a name, whatever its tokens
    if (t.text === '(' && j > i && T[j - 1]!.pos === 'PROPN') {
      const c = closeParen(D, j, end);
      if (c > 0) { j = c + 1; continue; }
    }
    // a quoted title inside the phrase: "the authors of the “Harbor Plan,”"
    // (the phrase's own start as the bound: the quote opens inside it)
    const qc = j > i ? quotedNameFrom(D, j, end, i - 1) : -1;
    if (qc >= 0) { j = qc + 1; continue; }
    // "the base chief known as Bob", "a man named Tom Tom", "a man calling himself Tom Tom": a name for the phrase
    if (j > i && (nounish(T[j - 1]) || T[j - 1]!.pos === 'ADJ') && j + 1 < end) {
      const k = t.lower === 'known' && T[j + 1]!.lower === 'as' ? j + 2 : /^(?:named|nicknamed|dubbed)$/.test(t.lower) ? j + 1
        : t.lower === 'calling' && /^(?:himself|herself|themselves)$/.test(T[j + 1]!.lower) ? j + 2 : -1;
      // (a quoted name whole: 'known as "the Fixer"'; not a day: "a pilot named Monday to lead the union")
      const q = k > 0 && k < end ? opensQuote(D, k) : -1;
      if (q >= 0) { let y = k + 1; while (y < end && D.qOf[y] === q) y++; j = y; continue; }
      if (k > 0 && k < end && T[k]!.pos === 'PROPN' && !timeWord(T[k]!) && !MONTH.test(T[k]!.lower)) { j = k; continue; }
    }
    // "a source close to the campaign", "people familiar with the talks"
    if (j > i && ADJ_COMPLEMENT.has(t.lower) && nounish(T[j - 1]) && T[j + 1]?.pos === 'ADP' && j + 2 < end && npTok(T[j + 2]!, false)) { j += 2; continue; }
    // not a time after the phrase: "by the mayor on Monday", "said Ruiz in May" (not "the class of 2019"), "said Ruiz
    // last week", "said Ruiz Monday"
    if (t.pos === 'ADP' && j > i && datePrep(t) && j + 1 < end && dateAt(T[j + 1]!, T[j + 2])) break;
    // nor the way it was said: "said Ruiz in a statement", "wrote the mayor on Twitter"
    if (t.pos === 'ADP' && j > i && /^(?:in|on|during|via)$/.test(t.lower)) {
      let y = j + 1;
      // (its modifiers: "in a telephone interview", "in her opening speech", "on social media")
      while (y < end && y - j < 5 && (T[y]!.pos === 'DET' || T[y]!.pos === 'ADJ' || T[y]!.lower === "'s" || T[y]!.lower === '’s' || WEEKDAY.test(T[y]!.lower)
        || /^(?:his|her|their|its|our)$/.test(T[y]!.lower) || ((T[y]!.pos === 'NOUN' || (T[y]!.pos === 'VERB' && /ing$/.test(T[y]!.lower))) && T[y + 1]?.pos === 'NOUN'))) y++;
      if (y < end && (MEDIUM.has(T[y]!.lower) || PLATFORM.has(T[y]!.lower))) break;
    }
    if (j > i && ((WEEKDAY.test(t.lower) && T[j + 1]?.pos !== 'PROPN' && T[j - 1]!.pos !== 'DET') || (/^(?:this|that|last|next)$/.test(t.lower) && dateAt(t, T[j + 1])))) break;
    // examples after a plural: "experts like Ann Ruiz", "groups such as Harbor Watch"
    if (j > i && T[j - 1]!.pos === 'NOUN' && /s$/.test(T[j - 1]!.lower) && j + 1 < end
      && ((t.lower === 'like' && (T[j + 1]!.pos === 'PROPN' || T[j + 1]!.pos === 'DET')) || (t.lower === 'such' && T[j + 1]!.lower === 'as' && j + 2 < end && T[j + 2]!.pos === 'PROPN'))) { j += t.lower === 'such' ? 2 : 1; continue; }
    // (a plural's possessive with a straight mark: "the pilots' union")
    const pluralMark = t.text === "'" && j > i && T[j - 1]!.end === t.start && /s$/i.test(T[j - 1]!.text) && j + 1 < end && (T[j + 1]!.pos === 'NOUN' || T[j + 1]!.pos === 'PROPN' || T[j + 1]!.pos === 'ADJ');
    // ("that" after the phrase's words opens a clause: "told by the mayor | that fares would rise")
    if (j > i && t.lower === 'that') break;
    // (a participle as a modifier: "one unaligned Salem pilot")
    if (npTok(t, j === i) || pluralMark || (j > i && attributive(T, j, i, end)) || (t.pos === 'ADP' && NP_PREP.has(t.lower) && j > i && (nounish(T[j - 1]) || T[j - 1]!.pos === 'ADJ') && j + 1 < end && npTok(T[j + 1]!, false))
      || ((t.lower === 'and' || t.lower === '&') && j > i && T[j - 1]!.pos === 'PROPN' && T[j + 1]?.pos === 'PROPN')) { j++; continue; }
    break;
  }
  if (j === i) return i;
  if (allowApposition && T[j]?.text === ',' && j + 1 < end) return appositionsRight(D, j, end);
  return j;
}

/**
 * The descriptions of a name that follows its cue ("…," said Jan Holt, 44, of Dayton, a lawyer who
 * lives in Ohio. / according to X, who …): an age, a home town, appositions, and a relative clause
 * with no cue of its own, which runs to the sentence's end. `j` is the comma after the name; returns
 * the end (exclusive) of the last description, or j when none follows (or the "description" turns
 * out to be a clause's subject: "According to police, the suspect, a local man, fled").
 */
function appositionsRight(D: Doc, j: number, end: number): number {
  const T = D.T;
  const boundary = (x: number) => D.qOf[x]! < 0 && (T[x]!.text === ',' || T[x]!.text === ';' || (isPunct(T[x]) && x === end - 1));
  let e = j, seenAppos = false;
  const capitals = (a: number, b: number) => T.slice(a, b).every((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text) || t.text === '.');
  for (let n = 0; n < 6 && T[e]?.text === ',' && e + 1 < end; n++) {
    const s = e + 1, h = T[s]!;
    if (opensQuote(D, s) >= 0 || D.cueAt[s]) break;
    let x = s, cue = false, verb = false, rel = -1;
    while (x < end && !boundary(x) && x - s < 30) {
      const t = T[x]!;
      // (a naming participle and its name are no cue: "organizer of a group called Save the Pier")
      if (D.cueAt[x] && !(NAMED.test(t.lower) && x > s && nounish(T[x - 1]) && T[x + 1]?.pos === 'PROPN')) cue = true;
      // ("that" after a noun opens a relative clause too in an indefinite description: "a union that has split from the
      // guild"; not "According to the police, the account that she used …")
      if (rel < 0 && (t.lower === 'who' || t.lower === 'whose' || t.lower === 'which' || (t.lower === 'that' && x > s && T[x - 1]!.pos === 'NOUN' && /^(?:a|an|one)$/.test(h.lower) && !SAYING_NOUN.test(T[x - 1]!.lower)))) rel = x;
      // a finite verb; not a participle ("a group supporting X", "a nurse trained in Maine", "a publicly traded firm")
      // nor the last part of a hyphenated modifier ("a Maine-born diver"), nor a base form inside a name's compound
      // ("the Harbor Policy think tank")
      if (rel < 0 && x > s && (t.pos === 'AUX' || (t.pos === 'VERB' && !/^[A-Z]/.test(t.text) && !/ing$/.test(t.lower)
        && !(/ed$/.test(t.lower) && (T[x + 1]?.pos === 'ADP' || ((T[x - 1]!.pos === 'ADV' || T[x - 1]!.pos === 'DET' || T[x - 1]!.pos === 'ADJ') && (T[x + 1]?.pos === 'NOUN' || T[x + 1]?.pos === 'ADJ'))))
        && !(t.lower === t.lemma && T[x - 1]!.pos === 'PROPN' && T[x + 1]?.pos === 'NOUN')
        && !(NAMED.test(t.lower) && nounish(T[x - 1]) && T[x + 1]?.pos === 'PROPN')
        && !(T[x - 1]!.text === '-' && T[x - 1]!.end === t.start)))) verb = true;
      x++;
    }
    if (x === s || cue) break;
    if (h.pos === 'AUX' || (h.pos === 'VERB' && !/(?:ing|ed)$/.test(h.lower))) return j; // the names were a subject
    // a time after the name is no description: "said Ryan Lee, 30, last week"
    if (T.slice(s, x).every((t) => timeWord(t) || TIME_NOUN.has(t.lower) || TIME_HEAD.has(t.lower) || MONTH.test(t.lower))) break;
    const age = h.pos === 'NUM' && x === s + 1;
    const town = ((h.lower === 'of' || h.lower === 'from') && x > s + 1 && capitals(s + 1, x))
      // the state after a place: "a nurse from Bath, Maine", "of Salem, Ore."
      || (e > j && x - s <= 3 && capitals(s, x) && T[e - 1]!.pos === 'PROPN' && T.slice(Math.max(j, e - 4), e - 1).some((t) => t.lower === 'from' || t.lower === 'of' || t.lower === 'in'));
    // "then harbor master", "now a lobbyist": a time adverb may open the description
    const h1 = (h.lower === 'then' || h.lower === 'now' || h.lower === 'formerly') && s + 1 < x ? T[s + 1]! : h;
    // ("a day after the vote", "two weeks before the launch": a time, no description)
    const when = T.slice(s, Math.min(x, s + 4)).some((t) => TIME_HEAD.has(t.lower) || /^(?:hours?|minutes?|weeks?|months?|years?|days?)$/.test(t.lower) || (t.pos === 'PROPN' && /day$/.test(t.lower)))
      && T.slice(s, x).some((t) => /^(?:after|before|ago|later|earlier|since)$/.test(t.lower));
    // (a participle before its noun opens one too: "managing director at …", "founding member of …")
    const appos = rel !== s && !when && ((npTok(h1, true) && h1.pos !== 'PRON') || h1.lower === 'his' || h1.lower === 'her' || h1.lower === 'its' || h1.lower === 'their'
      || (h1.pos === 'VERB' && /ing$/.test(h1.lower) && T[s + 1]?.pos === 'NOUN' && s + 1 < x));
    if (rel === s || (appos && !verb && rel > s)) {
      // a relative clause closes the description: it runs on to the sentence's end unless a cue or quote comes
      let y = x;
      while (y < end && T[y]!.text === ',' && y + 1 < end && opensQuote(D, y + 1) < 0 && !D.cueAt[y + 1] && !(T[y + 1]!.pos === 'VERB' && /ing$/.test(T[y + 1]!.lower))) {
        let z = y + 1, c = false;
        while (z < end && !boundary(z)) { if (D.cueAt[z]) c = true; z++; }
        if (c) break;
        y = z;
      }
      return y;
    }
    if (!age && !town && !(appos && !verb)) break;
    // a second description only of a name the first one ends with: "director of Tidewatch, a boaters' group"
    if (appos && seenAppos && T[e - 1]!.pos !== 'PROPN') break;
    if (appos && !age) seenAppos = true;
    e = x;
  }
  return e;
}

/**
 * The subject of a cue whose aux chain starts at `a`: the noun phrase ending at a-1, with an
 * apposition or relative clause between commas. Returns [start, end) tokens, or null.
 */
export function subjectLeft(D: Doc, a: number, sFirst: number): [number, number] | null {
  const s = subjectSpan(D, a, sFirst);
  return s ? trimSubject(D, s, sFirst) : null;
}

/**
 * A subject without what is not the speaker: a dateline ("LONDON (Reuters) - Lee said"), or the noun a relative word
 * attaches the subject to ("the figures that auditors cite" → auditors).
 */
function trimSubject(D: Doc, [s, e]: [number, number], sFirst: number): [number, number] | null {
  const T = D.T;
  if (s - sFirst < 8) {
    // from the sentence's start: capitals, a state's abbreviation, an agency in brackets, then a dash
    let x = sFirst;
    const dateline = (t: Token) => (/^[A-Z][A-Z'’-]+$/.test(t.text) || /^[A-Z][a-z]{0,4}\.$/.test(t.text)) || t.text === ',' || t.text === '(' || t.text === ')' || /^(?:Reuters|AP|AFP|UPI)$/.test(t.text);
    while (x < e && x - sFirst < 10 && dateline(T[x]!)) x++;
    const caps = T.slice(sFirst, x).filter((t) => /^[A-Z]{3,}$/.test(t.text)).length;
    const spaced = x > sFirst && T[x]!.start > T[x - 1]!.end; // "AFL-CIO President …" is no dateline
    if (caps && x >= s && x + 1 < e && spaced && (isDash(T[x]!) || T[x]!.text === '-')) s = x + 1;
    else if (caps >= 2 && x >= s && x < e && /^[A-Z][a-z]/.test(T[x]!.text)) s = x;
  }
  // a time that opens the sentence without a comma: "This year Ruiz said", "Last week the mayor said" (not "Last year's report")
  while (s + 2 < e && /^(?:this|last|next|earlier|later)$/.test(T[s]!.lower) && DATE_NOUN.test(T[s + 1]!.lower) && T[s + 2]!.pos !== 'PART') s += T[s + 2]!.text === ',' ? 3 : 2;
  // "On Monday the governor said", "Yesterday the mayor said" (not "Monday's vote")
  if (s + 2 < e && T[s]!.lower === 'on' && s === sFirst && WEEKDAY.test(T[s + 1]!.lower) && T[s + 2]!.pos !== 'PART') s += 2;
  else if ((s === sFirst || (s - 1 === sFirst && T[s - 1]!.lower === 'on')) && s + 1 < e && (WEEKDAY.test(T[s]!.lower) || /^(?:yesterday|today|tonight)$/.test(T[s]!.lower))
    && T[s + 1]!.pos !== 'PART' && T[s + 1]!.text !== ',' && npTok(T[s + 1]!, false)) s++;
  // a floating quantifier after the subject: "He and the harbor master both said"
  // (after a preposition's object it is the subject itself: "In recent weeks both said", "In interviews both said")
  if (e - s > 1 && /^(?:both|all|each)$/.test(T[e - 1]!.lower) && nounish(T[e - 2])) {
    if (s - 1 >= sFirst && T[s - 1]!.pos === 'ADP') s = e - 1; else e--;
  }
  // "what advocates call a tax": the relative word is not the speaker
  if ((T[s]!.lower === 'what' || T[s]!.lower === 'whatever') && s + 1 < e && npTok(T[s + 1]!, false)) s++;
  // ("that" only after a noun: "residents of that town" keep it; not after a comma: "The memo, which nobody read, says")
  for (let x = e - 2; x > s; x--) if (((T[x]!.lower === 'that' && nounish(T[x - 1]) && T[x - 1]!.pos !== 'PRON') || T[x]!.lower === 'what' || T[x]!.lower === 'which' || T[x]!.lower === 'whom') && npTok(T[x + 1]!, false)) {
    // (not inside an apposition: "Harbor Watch, a group that monitors the bay, said")
    if (T[x - 1]!.text !== ',' && !T.slice(s, x).some((t) => t.text === ',')) s = x + 1;
    break;
  }
  return s < e ? [s, e] : null;
}

function subjectSpan(D: Doc, a: number, sFirst: number): [number, number] | null {
  const T = D.T;
  // a noun phrase right after the cue's verb may be its speaker: "Shares fell after the report, said Kevin Moy"
  // (asked only where a subordinator's phrase stands right before the cue)
  const cueStart = a;
  const speakerAfter = (): boolean => {
    let v0 = cueStart;
    while (v0 + 1 < T.length && v0 - cueStart < 3 && T[v0]!.pos !== 'VERB') v0++;
    return !!T[v0 + 1] && /^(?:PROPN|DET|NOUN|ADJ|NUM)$/.test(T[v0 + 1]!.pos);
  };
  let k = a - 1;
  // "Acme Foods this month announced", "the mayor on Tuesday said", "the harbor master in a statement said"
  let t0 = adjunctsBefore(D, k, sFirst);
  // an adjunct inside the aux chain: "Police had last month charged"
  if (t0 < k && t0 > sFirst && T[t0]!.pos === 'AUX') { while (t0 > sFirst && (T[t0]!.pos === 'AUX' || T[t0]!.pos === 'ADV' || T[t0]!.pos === 'PART')) t0--; if (t0 >= sFirst && npTok(T[t0]!, false)) a = t0 + 1; }
  if (t0 < k && t0 >= sFirst && npTok(T[t0]!, false)) { k = t0; a = t0 + 1; }
  else if (t0 < k && t0 > sFirst && T[t0]!.text === ',') { k = t0; a = t0 + 1; } // "Mayor Doe, the city's top official, on Tuesday called"
  else if (t0 < k && t0 > sFirst && (T[t0]!.lower === 'who' || T[t0]!.lower === 'which')) { k = t0; a = t0 + 1; } // "Ruiz, who on Tuesday endorsed"
  if (k < sFirst) return null;
  let end = a;
  // "officials, who have reportedly indicated …": the antecedent (and "pilots, both of whom opposed …")
  // (not "none of whom", "neither of whom": they did not)
  const quantRel = k - 2 >= sFirst && quantRelative(T, k - 2) && !/^(?:none|neither)$/.test(T[k - 2]!.lower);
  if (quantRel) k -= 2;
  const rel = quantRel ? 'who' : T[k]!.lower;
  // ("a mayor who authorized the dredging and who hoped …": the first relative word's antecedent)
  if ((rel === 'who' || rel === 'which') && k - 1 > sFirst && /^(?:and|but|or)$/.test(T[k - 1]!.lower)) {
    for (let x = k - 2; x > sFirst && k - x < 30 && T[x]!.text !== ';'; x--) if (T[x]!.lower === rel) { k = x; break; }
  }
  if ((rel === 'who' || rel === 'which' || (rel === 'that' && nounish(T[k - 1]))) && k - 1 >= sFirst) {
    if (T[k - 1]!.text === ',') k -= 2; else k -= 1;
    if (k < sFirst) return null;
    end = k + 1;
    // "filed its budget in May, which shows …": the noun phrase before the time
    const tp = timePhrase(D, k, sFirst);
    if (tp > sFirst) { k = tp - 1; end = k + 1; }
    let s = npStartLeft(D, k, sFirst);
    if (s < 0) return null;
    // the nearest noun phrase: "ultimatums from U.S. officials, who …" → "U.S. officials"
    for (let x = k; x > s; x--) if (T[x]!.pos === 'ADP' && T[x]!.lower !== 'of') { s = x + 1; break; }
    return [s, end];
  }
  // a quoted name or phrase ends an apposition with its comma inside: "Ruiz, the host of the show “Harbor Hour,” said"
  const innerComma = k > sFirst && quoteComma(D, k) && (quotedNameClosedAt(D, k, sFirst) >= 0 || embeddedQuote(D, k, sFirst) >= 0);
  // "The editor of the “Harbor Hour” predicted": a quoted title ends the subject
  const tq = closesQuote(D, k);
  if (tq >= 0 && !innerComma) {
    // "The mayor, citing “…,” said": the subject is left of the aside
    const c = asideQuote(D, tq, sFirst);
    if (c > sFirst) return subjectLeft(D, c, sFirst);
    const o = firstTokenFrom(T, D.quotes[tq]!.start);
    // ("The host of “Harbor Hour” said": a title after "of" or a noun too)
    const head = T[o - 1]?.lower === 'of' ? o - 2 : o - 1;
    const s = head >= sFirst && (quotedTitle(D, o, a) >= 0 || quotedNameClosedAt(D, k, sFirst) >= 0) ? npStartLeft(D, head, sFirst) : -1;
    if (s >= 0) return [s, end];
  }
  if (T[k]!.text === ',' || isDash(T[k]!) || innerComma) {
    // appositions and relative clauses between commas: "Jo Park, who ran the clinic, told …",
    // "Lee, 35, the owner of …, said"; the leftmost noun phrase is the head
    let segEnd = innerComma ? k + 1 : k, cur = segEnd, best = -1;
    const bound = (t: Token) => t.text === ',' || t.text === ';' || t.text === ':' || isDash(t);
    for (let n = 0; n < 5; n++) {
      let p = cur - 1;
      while (p >= sFirst && (!bound(T[p]!) || stateAfterPlace(D, p, cur)) && cur - p < 30) {
        // a quoted name is part of the segment, its comma too ("Ruiz, the author of “Tide Tables,” a book about …, said")
        // and so is a quote inside the phrase, after a word of it ('The captain, who yelled “Abandon ship,” said')
        // (a quoted phrase with its own comma only where it ends the segment: in 'Fares will rise “a little,” Ruiz, the
        // director, said' the quote's comma ends the claim)
        if (closesQuote(D, p) >= 0) {
          const named = quotedNameClosedAt(D, p, sFirst);
          const o = named >= 0 ? named : p === cur - 1 || !quoteComma(D, p) ? embeddedQuote(D, p, sFirst) : -1;
          if (o < 0) break;
          p = o - 1;
        } else p--;
      }
      let a0 = p + 1;
      // a clause joined by a conjunction, its subject a pronoun: "… and he, once again, pledged …"
      // (after a clause, not a coordinated subject: "My wife and I, like many riders, say")
      if (cur - 2 >= a0 && T[cur - 2]!.pos === 'CCONJ' && T[cur - 1]!.pos === 'PRON' && SUBJ_PRON.has(T[cur - 1]!.lower)
        && T.slice(sFirst, cur - 2).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) { best = cur - 1; break; }
      if (a0 === sFirst && (T[a0]!.pos === 'CCONJ' || /^(?:yet|so)$/i.test(T[a0]!.text) || (T[a0]!.pos === 'ADV' && CONNECTIVE.has(T[a0]!.lower))) && a0 + 1 < cur) a0++; // "But Mr. Cole, …, said", "Yet pilots, …, say", "Now Lee, …, hopes"
      if (a0 >= cur) break;
      const h = T[a0]!;
      let hasCue = false, npLike = true;
      // a one-word name the tagger read as a verb or adjective opens the sentence: "Blunt, after a pause, said"
      // (not a sentence adverb: "Privately, said one aide, …", "Frankly, …")
      // (or the first word of a name: "Win Dunn, a member of the board, said")
      // (or after the quote that opens the sentence: "“…,” Blunt, after a pause, said")
      // (not a fronted participle with a day or place: "Reached Sunday, Ruiz …", "Visiting Salem, …")
      // ("Playing Field Promotions": a name of three words may open with one)
      const nameRest = cur === a0 + 1 || ((!/(?:ed|ing)$/.test(h.lower) || cur - a0 > 2) && T.slice(a0 + 1, cur).every((t) => t.pos === 'PROPN' && !timeWord(t) && !MONTH.test(t.lower)));
      const oneWordName = (a0 === sFirst || (a0 - 1 >= sFirst && closesQuote(D, a0 - 1) >= 0)) && nameRest && /^[A-Z][a-z]/.test(h.text) && (h.pos === 'VERB' || h.pos === 'ADJ')
        && !/ly$/.test(h.lower) && !WH.has(h.lower) && !CONNECTIVE.has(h.lower);
      for (let x = a0; x < cur; x++) {
        if (D.cueAt[x]) hasCue = true;
        const t = T[x]!;
        // a party label after a name: "Gov. Jane Roe (R-OH)"
        if (t.text === '(' && x > a0) { const c = closeParen(D, x, cur); if (c > 0) { x = c; continue; } }
        // a state after its town: "a nurse in Salem, Oregon"
        if (t.text === ',' && stateAfterPlace(D, x, cur)) continue;
        // and a quoted name inside it
        const qc = x > a0 ? quotedNameFrom(D, x, cur, sFirst) : -1;
        if (qc >= 0) { x = qc; continue; }
        if (!((x === a0 && oneWordName) || npTok(t, x === a0) || t.text === '(' || t.text === ')' || attributive(T, x, a0, cur) || (x > a0 && (t.pos === 'ADP' && (NP_PREP.has(t.lower) || SEGMENT_PREP.has(t.lower)) || t.lower === 'and' || t.lower === 'who' || t.lower === 'whose'))
          || (x === a0 && (t.lower === 'including' || t.lower === 'like' || t.lower === 'and' || t.lower === 'or') && x + 1 < cur)
          || (x === a0 && (t.lower === 'along' || t.lower === 'together') && T[x + 1]?.lower === 'with' && x + 2 < cur) || (x === a0 + 1 && t.lower === 'with' && /^(?:along|together)$/.test(T[a0]!.lower)) || (t.text === '%' && x > a0 && T[x - 1]!.pos === 'NUM')
          || (x > a0 && APPROX.has(t.lower) && T[x + 1]?.pos === 'NUM') // ("The clerk of nearly four years")
          || (x === a0 && (t.lower === 'then' || t.lower === 'now') && T[x + 1]?.pos === 'NUM' && x + 2 === cur))) npLike = false; // ("Dunn, then 38, said")
      }
      // a name after a subordinator before its description: "as Tom Dunn, a former harbor master, put it"
      // (not a phrase of its own: "After the vote, the director said")
      if (!npLike && !hasCue && n === 1 && SUBORDINATOR.has(h.lower) && best >= 0 && T[best]!.pos !== 'PROPN' && a0 + 1 < cur && nounish(T[cur - 1])
        && T.slice(a0 + 1, cur).every((t) => npTok(t, false)) && T.slice(a0 + 1, cur).some((t) => t.pos === 'PROPN')) { best = a0 + 1; break; }
      // a home town: "Ann Ruiz, 50, of Astoria, said"
      if (!npLike && (h.lower === 'of' || h.lower === 'from') && a0 + 1 < cur && T.slice(a0 + 1, cur).every((t, i) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text) || t.text === '.' || (t.text === ',' && stateAfterPlace(D, a0 + 1 + i, cur)))) npLike = true;
      // a time between commas right before the cue is no part of the source: "The port, last year, added Salem"
      // (not an age: "Dunn, then 38, said")
      const age = cur - a0 === 2 && (h.lower === 'then' || h.lower === 'now') && T[a0 + 1]!.pos === 'NUM';
      if (segEnd === cur && p >= sFirst && bound(T[p]!) && !age && T.slice(a0, cur).every((t) => timeWord(t) || DATE_NOUN.test(t.lower) || t.pos === 'NUM')
        && T.slice(a0, cur).some((t) => timeWord(t) || DATE_NOUN.test(t.lower))) { segEnd = p; cur = p; continue; }
      // (and "none of whom", "all of which": "The pilots, none of whom opposed the deal, criticized …")
      // ("The markets, where traders bet on the outcome, show …": a relative "where" after a noun too)
      const relative = h.lower === 'who' || h.lower === 'whose' || h.lower === 'which'
        || quantRelative(T, a0) || (h.lower === 'where' && p > sFirst && nounish(T[p - 1]) && !hasCue);
      if (relative && hasCue) { segEnd = p; cur = p; if (p < sFirst || !bound(T[p]!)) break; continue; }
      // an apposition with its own relative clause or participle ("an Ohio Democrat who has lived …",
      // "a retired nurse trained in Maine"), an aside ("of course", "however"): skipped when a head lies further left
      // a participle aside may hold a cue of its own: "The Herald, citing court records, reported …"
      // and so may a venue aside: "Lee, in an interview on Monday, said", "Lee, in a statement, said"
      // and a participle with its agent: "Lee, backed by the union, said"
      let hv = a0;
      while (hv < cur - 1 && T[hv]!.pos === 'ADV') hv++;
      // (and an adjective the filter admits as a cue: "Ruiz, angry that the pier was closed, said")
      // (and a prepositional phrase whatever it holds: "Dunn, in the wake of a poll showing …, told")
      const aside = hasCue && ((h.pos === 'VERB' && /ing$/.test(h.lower)) || (h.pos === 'ADJ' && D.cueAt[a0] !== 0) || (h.pos === 'ADP' && (venuePhrase(D, a0 + 1, cur) || (h.lower !== 'of' && D.cueAt[a0] === 0)))
        || (T[hv]!.pos === 'VERB' && ((PARTICIPLE.test(T[hv]!.lower) && T[hv + 1]?.lower === 'by') || PURE_PARTICIPLE.has(T[hv]!.lower))));
      const loose = (!hasCue || aside) && p >= sFirst && (T[p]!.text === ',' || isDash(T[p]!)) && !(clauseAt(D, a0, cur) && !reducedRelative(D, a0, cur)) && (npTok(h, true) || h.pos === 'ADV' || h.pos === 'ADP' || h.pos === 'SCONJ' || (h.pos === 'VERB' && (/ing$/.test(h.lower) || PARTICIPLE.test(h.lower))));
      // an apposition whose relative clause holds a cue of its own: "X, a Democrat who described himself as …, said"
      // (the apposition may hold a prepositional phrase or a quoted name: "X, a captain on the ferry “The Gull,” who went on …, said")
      let x0 = a0;
      while (x0 < cur && !REL.has(T[x0]!.lower)) {
        if (npTok(T[x0]!, x0 === a0) || attributive(T, x0, a0, cur) || (x0 > a0 && T[x0]!.pos === 'ADP' && NP_PREP.has(T[x0]!.lower) && x0 + 1 < cur && npTok(T[x0 + 1]!, false))) { x0++; continue; }
        const qc = x0 > a0 ? quotedNameFrom(D, x0, cur, sFirst) : -1;
        if (qc >= 0) { x0 = qc + 1; continue; }
        break;
      }
      // or a participle: "X, a delegate supporting Lee, said"
      const npThenRel = x0 > a0 && x0 < cur && (T[x0]!.lower === 'who' || T[x0]!.lower === 'whose' || (T[x0]!.lower === 'that' && nounish(T[x0 - 1])) || (T[x0]!.pos === 'VERB' && (/ing$/.test(T[x0]!.lower) || PURE_PARTICIPLE.has(T[x0]!.lower)) && npTok(h, true))) && p >= sFirst && T[p]!.text === ',';
      // the sentence's subject with its restrictive relative clause: "The pilots who wrote to the board, in fact, said"
      // or with a participle phrase: "Pilots interviewed at the dock this week, including Ms. Ortega, said"
      // (a form in -ed may as well be the clause's own verb, "The firm lobbied on …, said X", "The bond passed by a wide
      // margin, said the clerk", "The council voted on the plan, including the fares, said Lee": only a survey's participle)
      const partRel = T[x0]?.pos === 'VERB' && nounish(T[x0 - 1]) && x0 + 1 < cur && T[x0 + 1]!.pos === 'ADP'
        && (/ing$/.test(T[x0]!.lower) || SURVEYED.test(T[x0]!.lower));
      // (its relative clause may hold a cue of its own: "The judges who ruled that …, for instance, said")
      const headRel = x0 > a0 && x0 < cur && (T[x0]!.lower === 'who' || T[x0]!.lower === 'which' || partRel) && p < sFirst && (!hasCue || T[x0]!.lower === 'who');
      if (headRel) best = a0;
      if (!relative && !npLike && !loose && !npThenRel && !headRel) {
        // a noun phrase after a subordinator or a conjunction ends the segment: "The ferry stopped when Ann Ruiz, her
        // counterpart, called", "… but Ann Ruiz, a Democrat, says", "When Ann Ruiz, the director, said …"
        // (a plain noun phrase: "the ferry stopped at the dock and the captain" is no reduced relative here)
        let ns = cur;
        while (ns - 1 > a0 && ((npTok(T[ns - 1]!, false) && T[ns - 1]!.text !== '(' && T[ns - 1]!.text !== ')') || stateAfterPlace(D, ns - 1, cur)
          || (T[ns - 1]!.pos === 'ADP' && NP_PREP.has(T[ns - 1]!.lower) && ns - 2 > a0 && (T[ns - 2]!.pos === 'NOUN' || T[ns - 2]!.pos === 'PROPN')))) ns--;
        // (after "and" or "but" only where a finite clause stands before it: not "In a request about fares and schedules,
        // Ann Ruiz, …", nor "…, taking his case to unions and church groups, said Ann Ruiz")
        // (never the phrase right before the cue: "The firm lobbied on fees and other matters, said Ann Ruiz" has its
        // source after the cue)
        // (nor over a second phrase: "After the vote, the captain, a veteran, said" has its subject after the comma)
        // (right before the cue only where no speaker follows it: "… after a woman in Salem, Oregon, told him …")
        const before = (n === 1 || (n === 0 && !speakerAfter())) && ns < cur && nounish(T[cur - 1]) ? T[ns - 1]! : undefined;
        const finite = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower));
        // (the clause in the segment, or in the one before where the conjunction opens the segment: "…, but Ruiz, …")
        const clause = () => T.slice(a0, ns - 1).some(finite) || (ns - 1 === a0 && p > sFirst && T[p]!.text === ',' && T.slice(sFirst, p).some(finite));
        // (nor inside a relative clause between commas: "Ruiz, whose town, Salem, floods as the sea rises, argues")
        const relativeOpen = T.slice(sFirst, a0).some((t, x) => REL.has(t.lower) && T[sFirst + x - 1]?.text === ',');
        if (before && !relativeOpen && (SUBORDINATOR.has(before.lower) || ((before.lower === 'but' || before.lower === 'and') && clause() && n === 1)) && !hasCueIn(D, ns, cur)) best = ns;
        // the verb phrase of a relative clause an apposition splits: "Ruiz, whose boat, the Tern, carries mail, said"
        const r = best < 0 && !hasCue && (h.pos === 'VERB' || h.pos === 'AUX') ? splitRelative(D, a0, sFirst) : -1;
        if (r >= 0) { cur = r; continue; }
        break;
      }
      // an adverbial aside right before the verb is not part of the source: "the mayor, however, said", "X, speaking on radio, said"
      // (and an adjective with a verb after it: "Ann Ruiz, keen all week to needle the mayor, attacked …")
      // (or one the filter admits as a cue: "Ruiz, wary of the board, said")
      // (not an adjective before a noun: "Ruiz, former head of the group that sued the city, said" is an apposition)
      const adjectiveAside = h.pos === 'ADJ' && !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(T[a0 + 1]?.pos ?? '') && (D.cueAt[a0] !== 0 || T.slice(a0 + 1, cur).some((t) => t.pos === 'VERB' || t.pos === 'AUX'));
      if (((loose && !npLike && !npTok(h, true)) || adjectiveAside) && segEnd === cur && p >= sFirst && bound(T[p]!)) segEnd = p;
      if (npLike && oneWordName) best = a0;
      if (npLike && !relative && npStartLeft(D, cur - 1, sFirst) <= a0 && npStartLeft(D, cur - 1, sFirst) >= 0) best = a0;
      if (p < sFirst || !bound(T[p]!)) break;
      cur = p;
    }
    if (best < 0 || best >= segEnd) return null;
    return [best, segEnd];
  }
  // "Cook said" (a name the tagger read as a verb or adverb), not "When asked", "Then said"
  if (k === sFirst && (T[k]!.pos === 'VERB' || T[k]!.pos === 'ADV') && /^[A-Z][a-z]/.test(T[k]!.text) && !WH.has(T[k]!.lower) && !CONNECTIVE.has(T[k]!.lower)) return [k, end];
  // "there are fears": "there" is no speaker; "executives there indicate", "many there believe": the subject before it is
  if (T[k]!.lower === 'there') {
    const before = k > sFirst && !isPunct(T[k - 1]) ? subjectLeft(D, k, sFirst) : null;
    return before ? [before[0], end] : null;
  }
  // "those surveyed say", "voters polled in May said": a survey's participle after its noun
  if (SURVEYED.test(T[k]!.lower) && k - 1 >= sFirst && (T[k - 1]!.lower === 'those' || T[k - 1]!.pos === 'NOUN' || T[k - 1]!.pos === 'PROPN')) {
    let s = T[k - 1]!.lower === 'those' ? k - 1 : npStartLeft(D, k - 1, sFirst);
    // "30 percent of those polled"
    if (s - 2 >= sFirst && T[s - 1]!.lower === 'of') { const s0 = npStartLeft(D, s - 2, sFirst); if (s0 >= 0) s = s0; }
    if (s >= 0) return [s, end];
  }
  if (T[k]!.text === '%' && k - 1 >= sFirst && T[k - 1]!.pos === 'NUM') return [k - 1, end]; // "42% say"
  if (QUANT.has(T[k]!.lower) && T[k]!.pos !== 'NOUN' && (k === sFirst || !npTok(T[k - 1]!, false))) return [k, end]; // "most said"
  // "A pilot who asked not to be named warned", "Residents who spoke said": a restrictive relative clause that ends in its verb
  const rv = relativeVerbHead(D, k, sFirst);
  if (rv >= 0) return [rv, end];
  const s = npStartLeft(D, k, sFirst);
  if (s < 0) return null;
  // "Voters who attended the rally said": the noun phrase before the cue closes a restrictive relative clause
  const head = restrictiveHead(D, s, sFirst, T[cueStart]?.lower === 'to');
  if (head >= 0) return [head, end];
  // "A group representing pilots said", "Residents living near the pier said": or a participle in -ing
  const ph = participleHead(D, s, sFirst);
  return [ph >= 0 ? ph : s, end];
}

/**
 * The start of the noun phrase a restrictive relative clause (no comma) modifies, where the phrase at `s` ends that
 * clause: "[Voters who attended] the rally", "[The firm which built] the pier", "[The union that represents] the
 * pilots"; -1 where there is none. Not across a conjunction ("no idea who fired the shot but witnesses say"), nor
 * from a "that" with a noun phrase after it, which as often opens a noun's complement ("evidence that the drug works
 * and doctors …"): only from one right before its clause's verb, the relative clause's subject.
 */
function restrictiveHead(D: Doc, s: number, sFirst: number, infinitive: boolean): number {
  const T = D.T;
  let verb = false, joined = false;
  for (let x = s - 1; x > sFirst && x > s - 24; x--) {
    const t = T[x]!;
    // (past twelve words only within two clauses joined by "and who")
    if (x <= s - 12 && !joined && t.lower !== 'who') return -1;
    // (not where the phrase is the clause's object and the cue's subject: "a storm that led the mayor to promise"; nor
    // where a noun right before it ends the clause: "the levy that drew fire over fees | the board agreed to cut")
    if (!infinitive && !nounish(T[s - 1]) && subjectThat(T, x, sFirst)) return npStartLeft(D, x - 1, sFirst);
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') { verb = true; continue; }
    // (two clauses joined by "and who")
    if (t.lower === 'who' && verb && x - 2 > sFirst && /^(?:and|but|or)$/.test(T[x - 1]!.lower)) { x--; verb = false; joined = true; continue; }
    if (t.lower === 'who' || t.lower === 'which') {
      if (!verb || !nounish(T[x - 1])) return -1;
      return npStartLeft(D, x - 1, sFirst);
    }
  }
  return -1;
}

/** Linking verbs: a relative clause's verb that a participle cue completes ("that became known as"). */
const LINKING = /^(?:be|become|seem|remain|get|grow|appear)$/;

/**
 * Token x is a "that" that opens a relative clause as its subject: right after a noun and right before the clause's
 * verb ("the union that represents …", "a firm that has long owned …"), so no complement clause ("the claim that
 * the pier is unsafe", which has a subject of its own).
 */
function subjectThat(T: readonly Token[], x: number, sFirst: number): boolean {
  if (T[x]!.lower !== 'that' || x - 1 < sFirst || !nounish(T[x - 1]) || T[x - 1]!.pos === 'PRON') return false;
  let v = x + 1;
  while (T[v]?.pos === 'ADV' && v - x < 3) v++;
  const w = T[v];
  return !!w && (w.pos === 'VERB' || w.pos === 'AUX');
}

/**
 * The start of the noun phrase that opens its clause and that a participle modifies, where the phrase at `s` is the
 * participle's object ("[A group representing] pilots", "[Residents living near] the pier", "[Scientists not involved
 * in] the research"); -1 where there is none.
 */
function participleHead(D: Doc, s: number, sFirst: number): number {
  const T = D.T;
  let v = s - 1;
  const prep = v > sFirst && T[v]!.pos === 'ADP' && T[v]!.lower !== 'of';
  if (prep) v--;
  const t = T[v];
  // or a participle in -ed the tagger read as an adjective, with its preposition: "Scientists (not) involved in the research"
  const ing = t?.pos === 'VERB' && /ing$/.test(t.lower);
  const ed = prep && /^(?:in|with|by|to|for|on|at|from|about)$/.test(T[s - 1]!.lower) && !!t && /(?:ed|en)$/.test(t.lower) && (t.pos === 'ADJ' || (t.pos === 'VERB' && T[v - 1]?.lower === 'not'));
  if (!t || !(ing || ed)) return -1;
  if (ed && T[v - 1]?.lower === 'not') v--;
  if (v - 1 < sFirst || !nounish(T[v - 1]) || T[v - 1]!.pos === 'PRON') return -1;
  const h = npStartLeft(D, v - 1, sFirst);
  return h >= 0 && opensClause(D, h, sFirst) ? h : -1;
}

/**
 * Where a restrictive relative clause with no noun phrase at its end ends at token k ("who asked not to be named",
 * "who spoke", "who think the pier is unsafe"): the start of the noun phrase it modifies, else -1. Not across
 * punctuation or a conjunction.
 */
function relativeVerbHead(D: Doc, k: number, sFirst: number): number {
  const T = D.T;
  if (!(T[k]!.pos === 'VERB' || T[k]!.pos === 'ADJ' || T[k]!.pos === 'ADV')) return -1;
  let verb = false, joined = false;
  for (let x = k; x > sFirst && x >= k - 24; x--) {
    const t = T[x]!;
    // (two clauses joined: "A skipper who fished off the pier and who asked to stay anonymous said")
    if (t.lower === 'who' && verb && x - 2 > sFirst && /^(?:and|but|or)$/.test(T[x - 1]!.lower)) { x--; verb = false; joined = true; continue; }
    if (t.lower === 'who') return verb && nounish(T[x - 1]) && T[x - 1]!.pos !== 'PRON' ? npStartLeft(D, x - 1, sFirst) : -1;
    // (not a linking verb the cue completes: "the storm that became known as the Harbor Gale")
    if (subjectThat(T, x, sFirst) && !LINKING.test(T[k]!.lemma)) return npStartLeft(D, x - 1, sFirst);
    // (past ten words only within two clauses joined by "and who")
    if (x < k - 10 && !joined) return -1;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || CONNECTIVE.has(t.lower)) return -1;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  return -1;
}

/** Token x, a participle in -ed or -en, modifies the noun after it inside [lo, hi): "the port's dismissed treasurer", "a newly elected councillor". */
function attributive(T: readonly Token[], x: number, lo: number, hi: number): boolean {
  const t = T[x]!, p = T[x - 1], n = T[x + 1];
  if (t.pos !== 'VERB' || x <= lo || x + 1 >= hi || !p || !n) return false;
  // "visiting pilots", "registered voters": a participle in -ing only before a noun
  // ("another unaligned Iowa strategist": a name may modify the noun after it)
  // ("another unaligned Iowa Republican strategist": names in a row)
  let y = x + 1;
  while (y + 1 < hi && T[y]!.pos === 'PROPN' && y - x < 4) y++;
  const noun = n.pos === 'NOUN' || (n.pos === 'PROPN' && y > x + 1 && T[y]!.pos === 'NOUN');
  if (/ing$/.test(t.lower) ? !noun : !(/(?:ed|en)$/.test(t.lower) && (noun || n.pos === 'ADJ'))) return false;
  const det = (u: Token | undefined) => !!u && (u.pos === 'DET' || u.pos === 'NUM' || u.lower === 'of' || u.lower === "'s" || u.lower === '’s');
  // the last part of a hyphenated modifier: "a policy-focused pilot", "the state-owned ferry"
  if (p.text === '-' && p.end === t.start && x - 2 >= lo && T[x - 2]!.end === p.start && /^\p{L}/u.test(T[x - 2]!.text)) return true;
  // after an adjective or adverb only inside a noun phrase: "the newly appointed deputy", not "Lee repeatedly attacked reporters"
  return det(p) || ((p.pos === 'ADJ' || p.pos === 'ADV') && x - 2 >= lo && (det(T[x - 2]) || T[x - 2]!.pos === 'ADJ'));
}
/** A preposition that opens a date after a source: "on Monday", "in May", "during the spring". */
export const datePrep = (t: Token): boolean => /^(?:on|in|during|since|at)$/.test(t.lower);
/** A date opens at `t` (`n` the token after): a day's or month's name, a year, "last week", "this month". */
export function dateAt(t: Token, n: Token | undefined): boolean {
  if (WEEKDAY.test(t.lower) || (MONTH.test(t.lower) && t.text[0] !== t.lower[0]) || /^(?:1[89]|20)\d\d$/.test(t.text)) return true;
  return /^(?:this|that|last|next|early|late|the)$/.test(t.lower) && !!n && DATE_NOUN.test(n.lower);
}
/** The nouns of a relative date: "last week", "the spring". */
export const DATE_NOUN = /^(?:week|month|year|weekend|night|morning|spring|summer|fall|autumn|winter)$/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
export const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.)$/;
const TIME_PREP = new Set(['in', 'on', 'during', 'since', 'over', 'throughout']);
const TIME_HEAD = new Set(['day', 'days', 'weeks', 'months', 'years', 'decade', 'decades', 'spring', 'summer', 'fall', 'autumn', 'winter']);
const TIME_NOUN = new Set(['past', 'recent', 'the', 'a', 'few', 'this', 'last', 'next', 'early', 'late', 'mid', 'same']);
/** A time phrase with its preposition ending at token k ("in July", "in 2013", "over the past 18 months", "in recent days"): the preposition's index, or -1. */
function timePhrase(D: Doc, k: number, sFirst: number): number {
  const T = D.T;
  let x = k, time = false;
  while (x > sFirst && k - x < 6) {
    const t = T[x]!;
    if (MONTH.test(t.lower) || timeWord(t) || TIME_HEAD.has(t.lower) || (t.pos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(t.text))) time = true;
    else if (!(TIME_NOUN.has(t.lower) || t.pos === 'NUM')) break;
    x--;
  }
  return time && x < k && x > sFirst && TIME_PREP.has(T[x]!.lower) ? x : -1;
}
/**
 * The token left of the time and venue adjuncts that end at token k, or k where there are none: "the mayor [on
 * Tuesday] said", "the captain [later in the week] said", "Ruiz [in a statement] said", "and [on Monday] announced".
 */
export function adjunctsBefore(D: Doc, k: number, sFirst: number): number {
  const T = D.T;
  let t0 = k;
  // a time phrase with its preposition: "in June", "later in the week"
  for (let p = timePhrase(D, t0, sFirst); p >= 0; p = timePhrase(D, t0, sFirst)) t0 = p - 1;
  // a venue with its preposition: "in a statement", "on the radio"
  const v = venueBefore(D, t0, sFirst);
  if (v >= 0) t0 = v - 1;
  // a fixed adverbial: "at one point", "at times", "in turn"
  const f = fixedAdverbial(D, t0, sFirst);
  if (f >= 0) t0 = f - 1;
  // a comparison after a conjunction: "and, like Ruiz, has spoken about", "and like the mayor has said"
  if (t0 > sFirst && nounish(T[t0])) {
    const s0 = npStartLeft(D, t0, sFirst);
    if (s0 - 2 >= sFirst && /^(?:like|unlike)$/.test(T[s0 - 1]!.lower) && /^(?:and|but)$/.test(T[s0 - 2]!.lower)) t0 = s0 - 2;
  }
  while (t0 > sFirst && timeWord(T[t0]!) && T[t0]!.lower !== 'there') t0--;
  if (t0 < k && (T[t0]!.lower === 'on' || T[t0]!.lower === 'this' || T[t0]!.lower === 'that' || T[t0]!.lower === 'last' || T[t0]!.lower === 'early' || T[t0]!.lower === 'late' || T[t0]!.lower === 'earlier')) t0--;
  return t0;
}
/** Adverbial phrases of time or manner that end at token k: their first token's index, else -1. */
function fixedAdverbial(D: Doc, k: number, sFirst: number): number {
  for (const n of [3, 2]) {
    if (k - n + 1 <= sFirst) continue;
    const words = D.T.slice(k - n + 1, k + 1).map((t) => t.lower).join(' ');
    if (FIXED_ADVERBIAL.test(words)) return k - n + 1;
  }
  return -1;
}
const FIXED_ADVERBIAL = /^(?:at (?:one|some|that|this) (?:point|time|stage)|at times|at the time|at first|in turn|in fact|in part|in effect|of course|by then|until then|at least once|in particular|in general|in private|in public|once again|yet again|so far|by far)$/;
/** Venues that are ways of saying, not places where the speaker is ("voters at the rally said" keeps its rally). */
const MEDIUM = new Set(['statement', 'statements', 'interview', 'interviews', 'tweet', 'tweets', 'email', 'e-mail', 'letter', 'post', 'release', 'op-ed',
  'memo', 'video', 'message', 'remarks', 'filing', 'podcast', 'broadcast', 'speech', 'speeches', 'testimony', 'media', 'column', 'blog', 'essay']);
/** "in a statement", "on the radio" ending at token k (a venue noun, its determiners and adjectives, a preposition): the preposition's index, else -1. */
function venueBefore(D: Doc, k: number, sFirst: number): number {
  const T = D.T;
  /** The first token left of the determiners, adjectives and nouns that end at token `end` (at most `n` of them). */
  const before = (end: number, n: number) => {
    let x = end;
    while (x > sFirst && end - x < n && (T[x]!.pos === 'DET' || T[x]!.pos === 'ADJ' || T[x]!.pos === 'NOUN' || T[x]!.pos === 'PROPN')) x--;
    return x;
  };
  // with its addressee: "in a letter to the board", "in an interview with the Gazette"
  if (k > sFirst && !(MEDIUM.has(T[k]!.lower) || PLATFORM.has(T[k]!.lower))) {
    const y = before(k, 4);
    if (y < k && (T[y]!.lower === 'to' || T[y]!.lower === 'with') && y - 1 > sFirst && MEDIUM.has(T[y - 1]!.lower)) k = y - 1;
  }
  if (k <= sFirst || !(MEDIUM.has(T[k]!.lower) || PLATFORM.has(T[k]!.lower))) return -1;
  const x = before(k - 1, 4);
  // after the speaker, or after a word that leaves the speaker to the clause ("and in an interview said", "who in a letter called")
  return x > sFirst && /^(?:in|on|at|during|via|through)$/.test(T[x]!.lower) && (nounish(T[x - 1]) || /^(?:and|but|who|which|,)$/.test(T[x - 1]!.lower)) ? x : -1;
}
/** Adverbs that open a sentence as connectives, never as a name. */
export const CONNECTIVE = new Set(['then', 'also', 'still', 'yet', 'now', 'so', 'as', 'here', 'thus', 'instead', 'meanwhile', 'later', 'earlier', 'once', 'again', 'never', 'only', 'just', 'even']);

/** "a retired nurse trained in Maine": a noun phrase, then a participle in -ed and a preposition. */
function reducedRelative(D: Doc, a0: number, end: number): boolean {
  let j = a0;
  while (j < end && npTok(D.T[j]!, j === a0)) j++;
  const v = D.T[j], n = D.T[j + 1];
  return j > a0 && j + 1 < end && !!v && v.pos === 'VERB' && /ed$/.test(v.lower) && !!n && n.pos === 'ADP';
}
/** Prepositions that join a person to a place or group inside a subject, beside NP_PREP: "aides to the mayor", "those around her". */
const OTHER_PREP = new Set(['to', 'across', 'among', 'around', 'within', 'inside', 'outside', 'near']);
/** Pronouns a prepositional phrase may follow in a subject: "someone in the crowd", "those close to her". */
const SOMEONE = new Set(['someone', 'somebody', 'those', 'others', 'one']);
/** Nouns for what was said or done, not for who said it: "…," said Reed, an argument that split the council. */
const SAYING_NOUN = /^(?:argument|move|claim|decision|remark|comment|statement|view|charge|position|assertion|sentiment|point|message|prediction|promise|pledge|suggestion|idea|notion|stance|warning|threat|accusation|allegation|complaint|criticism|contention|admission|reference|line|refrain|step|choice)$/;
/** The names from token n run into a common noun before k: "the Harbor Guild campaign". */
function namedNoun(T: readonly Token[], n: number, k: number): boolean {
  let x = n;
  while (x <= k && T[x]!.pos === 'PROPN') x++;
  return x <= k && T[x]!.pos === 'NOUN';
}
/** Participles that give a name: "a group called Save the Pier". */
const NAMED = /^(?:called|named|dubbed|nicknamed|titled|entitled)$/;
/** Nouns that name no one and take a relative clause without "that" ("the things | the mayor said"). */
const CONTACT_HEAD = /^(?:things?|something|anything|everything|nothing|kind|way|ways|moment|time|point|reason|reasons|ones|word|words|place)$/;
/** Adjectives that take a prepositional complement inside a source: "a source close to him", "people familiar with …". */
const ADJ_COMPLEMENT = new Set(['close', 'familiar', 'aware', 'loyal', 'sympathetic', 'opposed', 'allied', 'connected', 'knowledgeable', 'privy', 'briefed', 'friendly', 'hostile', 'critical']);
const SURVEYED = /^(?:surveyed|polled|interviewed|questioned|sampled|asked|contacted)$/;
/** Prepositions after a participle in a subject ("people briefed on the talks"). */
const REDUCED_PREP = new Set(['on', 'in', 'at', 'from', 'with', 'to', 'for', 'across', 'inside', 'outside', 'within', 'about']);
/** Words that approximate a number or quantity in a subject: "about half", "nearly 40%". */
const FRACTION = /^(?:third|quarter|half|fifth|tenth|handful|majority|minority|fraction|dozen|plurality|number)$/;
/** Pronouns an approximation may modify: "almost everyone", "nearly all". */
const EVERY = new Set(['everyone', 'everybody', 'all', 'nobody', 'anyone', 'anybody', 'every']);
const APPROX = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'approximately', 'some', 'only', 'just', 'virtually', 'fully', 'over', 'under']);

/**
 * The comma before "whose", "who" or "which" that opens a relative clause an apposition splits, where the verb phrase
 * at `a0` ends it ("Ruiz, whose boat, the Tern, | carries mail, said"): the relative word at most three segments and
 * 30 tokens left, with no cue between; else -1.
 */
function splitRelative(D: Doc, a0: number, sFirst: number): number {
  const T = D.T;
  let commas = 0;
  for (let x = a0 - 1; x > sFirst && a0 - x <= 30; x--) {
    if (D.cueAt[x] || T[x]!.text === ';' || T[x]!.text === ':' || isMark(T[x])) return -1;
    if (T[x]!.text !== ',') continue;
    if (++commas > 3) return -1;
    if (/^(?:who|whose|which)$/.test(T[x + 1]!.lower)) return x;
  }
  return -1;
}

/** The comma at p separates a state from its town inside one phrase: "at a rally in Salem, Oregon," ("Ore."; "Salem, Ore."). */
function stateAfterPlace(D: Doc, p: number, cur: number): boolean {
  const T = D.T;
  if (T[p]!.text !== ',' || T[p - 1]?.pos !== 'PROPN' || cur - p > 4 || cur - p < 2) return false;
  const words = T.slice(p + 1, cur).map((t) => t.text).join(' ').replace(/ \./g, '.');
  const state = STATE_ABBREVIATION.test(words) || nameTags(words.toLowerCase()).some((t) => t === 'Region' || t === 'Country');
  return state && T.slice(Math.max(0, p - 4), p - 1).some((t) => /^(?:in|at|from|of|near|outside)$/.test(t.lower));
}

/** Token x, a form in -ed the tagger read as an adjective, is a name's verb: "Ruiz belittled the plan", "Dunn needled the host". */
const edVerb = (T: readonly Token[], x: number): boolean => {
  const t = T[x]!, p = T[x - 1], n = T[x + 1];
  // (before an article or pronoun: "Several unaffiliated Salem voters" is a phrase)
  return t.pos === 'ADJ' && /[^e]ed$/.test(t.lower) && /^[a-z]/.test(t.text) && !!p && p.pos === 'PROPN' && !!n && (n.pos === 'DET' || n.pos === 'PRON');
};

/** Prepositions inside a phrase between commas besides NP_PREP's: "Pilots across the state, including Ann Ruiz, said". */
const SEGMENT_PREP = new Set(['including', 'like', 'across', 'around', 'throughout', 'near', 'outside', 'inside', 'within', 'among', 'under', 'behind']);

/** The "(" that token k (a ")") closes, within 10 tokens of the sentence, or -1. */
function openParen(D: Doc, k: number, sFirst: number): number {
  for (let x = k - 1; x >= sFirst && k - x <= 10; x--) { const t = D.T[x]!.text; if (t === '(') return x; if (t === ')') return -1; }
  // a longer description after a name: "Sen. Ann Ruiz (a Salem Democrat so young she is taken for a page)"
  for (let x = k - 11; x >= sFirst && k - x <= 25; x--) { const t = D.T[x]!.text; if (t === '(') return x > sFirst && D.T[x - 1]!.pos === 'PROPN' ? x : -1; if (t === ')') return -1; }
  return -1;
}
/** The ")" that closes the "(" at token o, before `end` and within 8 tokens, or -1. */
function closeParen(D: Doc, o: number, end: number): number {
  for (let x = o + 1; x < end && x - o <= 8; x++) { const t = D.T[x]!.text; if (t === ')') return x; if (t === '(') return -1; }
  return -1;
}
/** The opening mark of a quoted phrase (six words at most) that token c closes, where a word of the same clause stands before it (a verb, a noun, a preposition): -1 at a sentence's start or after punctuation. */
function embeddedQuote(D: Doc, c: number, sFirst: number): number {
  const q = closesQuote(D, c);
  if (q < 0) return -1;
  const o = firstTokenFrom(D.T, D.quotes[q]!.start);
  if (o <= sFirst || o >= c) return -1;
  // (a phrase of a few words, not a quoted sentence that the words before it introduce)
  let words = 0;
  for (let x = o; x <= c; x++) if (/^[\p{L}\p{N}]/u.test(D.T[x]!.text)) words++;
  const p = D.T[o - 1]!;
  return words > 6 || isPunct(p) || isMark(p) || p.pos === 'CCONJ' || p.pos === 'SCONJ' ? -1 : o;
}

/** Nouns for a stretch of time: "Over three years, riders and pilots said" is no list of subjects. */
const SPAN_NOUN = /^(?:years|months|weeks|days|hours|decades|centuries)$/;

/** Token c closes a quote that ends in a comma inside its marks ("“a little,”"; the marks may be two tokens each: ''Today,''). */
export function quoteComma(D: Doc, c: number): boolean {
  if (closesQuote(D, c) < 0) return false;
  let x = c - 1;
  while (x > 0 && isMark(D.T[x]) && D.qOf[x] === D.qOf[c]) x--;
  return D.T[x]?.text === ',';
}

/** Tokens [s, e) may be an item of a list of subjects: no adverb, place or time phrase fronted before the clause. */
function listItem(D: Doc, s: number, e: number): boolean {
  const T = D.T;
  const items = T.slice(s, e);
  if (items.some((t) => timeWord(t) || DATE_NOUN.test(t.lower) || SPAN_NOUN.test(t.lower))) return false;
  if (T[s]!.pos === 'ADP' || /^(?:over|outside|inside|across|around|near|next|throughout)$/.test(T[s]!.lower)) return false;
  return !(e - s === 1 && (FRONTED_ADVERB.test(T[s]!.lower) || /wide$/.test(T[s]!.lower)));
}
/**
 * Adverbs that open a sentence before a comma and that a capital or an -s may disguise as a name or a plural noun:
 * "Overseas, pilots and deckhands say", "Downtown, …".
 */
const FRONTED_ADVERB = /^(?:downtown|uptown|upstairs|downstairs|overseas|abroad|elsewhere|nearby|locally|offshore|onshore|inland|upriver|downriver|here|there|indoors|outdoors|nowadays|afterwards|sometimes|besides|perhaps|always|towards|backwards|forwards|nevertheless|regardless|thus)$/;

/** The cue after token k stands between commas inside the claim: "The schedule, pilots say, is unworkable" (a comma, then a verb, within four tokens). */
function parentheticalCue(D: Doc, k: number): boolean {
  const T = D.T;
  for (let y = k + 2; y < T.length && y <= k + 5; y++) {
    if (T[y]!.text === ',') { const n = T[y + 1]; return !!n && (n.pos === 'VERB' || n.pos === 'AUX'); }
    if (isPunct(T[y]) || T[y]!.sentence !== T[k]!.sentence) return false;
  }
  return false;
}

/** Nouns for what someone writes, says or finds, which take their author with "by". */
const AUTHORED = /^(?:reports?|stor(?:y|ies)|stud(?:y|ies)|analys[ie]s|surveys?|polls?|reviews?|audits?|letters?|statements?|memos?|articles?|books?|papers?|columns?|op-eds?|essays?|speech(?:es)?|investigations?|estimates?|findings?|research|filings?|complaints?|lawsuits?|ads?|posts?|tweets?|editorials?|assessments?|evaluations?|projections?|forecasts?|reviews?|tall(?:y|ies)|count|breakdown|ruling|rulings|opinion)$/;

/**
 * The opening mark of a quoted title that token c closes and that modifies the noun after it: one to six words in title
 * case, after a determiner, a possessive, a conjunction or the clause's start ("the “Harbor Hour” host"). Or -1.
 */
function titleQuoteOpening(D: Doc, c: number, sFirst: number): number {
  const o = titleQuoteClosedAt(D, c);
  // (not a quote with its own punctuation: "“Never,” Ruiz said" quotes Ruiz)
  if (o < sFirst || isPunct(D.T[c - 1])) return -1;
  const p = o > sFirst ? D.T[o - 1]! : undefined;
  return !p || p.pos === 'DET' || p.lower === "'s" || p.lower === '’s' || opensClause(D, o, sFirst) ? o : -1;
}

/** Start of the noun phrase that ends at token k (inclusive), or -1. */
export function npStartLeft(D: Doc, k: number, sFirst: number): number {
  const T = D.T;
  // (a gerund after a possessive ends a phrase too: "a source familiar with Ruiz's thinking")
  const gerund = k > sFirst && T[k]!.pos === 'VERB' && /ing$/.test(T[k]!.lower) && (T[k - 1]!.lower === "'s" || T[k - 1]!.lower === '’s');
  if (k < sFirst || !(npTok(T[k]!, k === sFirst) || gerund) || isMark(T[k])) return -1;
  // ("many of you": a quantifier's partitive goes on)
  if (T[k]!.pos === 'PRON' && SUBJ_PRON.has(T[k]!.lower) && !(k - 2 >= sFirst && T[k - 1]!.lower === 'of' && (QUANT.has(T[k - 2]!.lower) || T[k - 2]!.pos === 'NUM'))) return k;
  let s = k;
  let namesJoined = false; // the phrase joins names with "and": "Dunn and Varga"
  if (T[k]!.text === ')') { const o = openParen(D, k, sFirst); if (o < 0) return -1; s = o; }
  while (s - 1 >= sFirst) {
    const p = T[s - 1]!;
    // an opening bracket with no closing one inside the phrase opens a clause of its own: "… a council (Dunn cites …"
    if (p.text === '(' && !T.slice(s, k + 1).some((t) => t.text === ')')) break;
    // a state after its town: "a school in Salem, Oregon"
    if (p.text === ',' && s - 2 >= sFirst && stateAfterPlace(D, s - 1, k + 1)) { s -= 2; continue; }
    // "Rep. Jane Roe (D-Ohio)": a parenthetical after a name
    if (p.text === ')') { const o = openParen(D, s - 1, sFirst); if (o > sFirst && T[o - 1]!.pos === 'PROPN') { s = o; continue; } break; }
    // an article after a common noun opens a new phrase: "the figure | the mayor cited" (a relative clause without
    // "that"); not "half a dozen", nor a name in apposition ("the civil rights group the Anti-Defamation League")
    // (a name after the article is an apposition, unless a common noun follows the name: "a letter | the Harbor Guild
    // campaign sent")
    if (p.pos === 'NOUN' && /^(?:the|a|an)$/.test(T[s]!.lower) && !/^(?:half|quite|such|what|rather)$/.test(p.lower) && (T[s + 1]?.pos !== 'PROPN' || namedNoun(T, s + 1, k))) break;
    // so does a quantifier or "nobody": "the unease | many women feel", "the question | nobody asked"
    // (not a quantity of time: "The mayor many times said", "The board several weeks ago denied")
    if (p.pos === 'NOUN' && /^(?:many|most|some|few|several|nobody|everyone|everybody|anyone|somebody|someone)$/.test(T[s]!.lower)
      && !/^(?:times?|years?|months?|weeks?|days?|hours?|decades?)$/.test(T[s + 1]?.lower ?? '')) break;
    // and a noun that names no one before a relative clause without "that": "five things | Captain Ortiz has said",
    // "the reason | Governor Lee gave", "the ones | the Coast Guard says"
    if (CONTACT_HEAD.test(p.lower) && (T[s]!.pos === 'PROPN' || (/^[A-Z]/.test(T[s]!.text) && T[s + 1]?.pos === 'PROPN')
      || /^(?:the|a|an|his|her|their|its|nobody|everyone|everybody|someone|somebody|anyone|many|most|few)$/.test(T[s]!.lower))) break;
    // and a relative "which" before its subject: "a rule, which | critics said was unfair"
    // (and after a preposition or a dash: "during which | callers asked", "— which | the mayor denounced")
    if (p.lower === 'which' && (p.pos === 'DET' || p.pos === 'PRON') && s - 2 >= sFirst && (T[s - 2]!.text === ',' || nounish(T[s - 2]) || T[s - 2]!.pos === 'ADP' || isDash(T[s - 2]))) break;
    if (npTok(p, s - 1 === sFirst) && !(p.pos === 'VERB' && s - 1 === sFirst) && !edVerb(T, s - 1)) { s--; continue; }
    // a modifier the tagger read as a verb or preposition before a noun, after a determiner, an adjective or a
    // conjunction after a noun: "the leaked emails", "billionaire hedge fund manager", "Aides and outside advisers" (not a
    // cue, nor a verb after its subject or a comma: "Officials leaked documents", "…, leaving Cleveland excited")
    if ((p.pos === 'VERB' || (p.pos === 'ADP' && /^(?:outside|inside)$/.test(p.lower))) && !D.cueAt[s - 1] && (T[s]!.pos === 'NOUN' || (T[s]!.pos === 'PROPN' && p.pos === 'VERB' && /ing$/.test(p.lower)))
      && (p.pos === 'ADP' || /(?:ing|ed)$/.test(p.lower) || p.lower === p.lemma) && s - 2 >= sFirst
      && p.lower !== 'including' && p.lower !== 'according'
      && (((T[s - 2]!.pos === 'DET' || T[s - 2]!.pos === 'ADJ' || T[s - 2]!.pos === 'NUM') && !QUANT.has(T[s - 2]!.lower) && !/^(?:many|more|few|fewer)$/.test(T[s - 2]!.lower))
        || (T[s - 2]!.pos === 'CCONJ' && ((s - 3 >= sFirst && nounish(T[s - 3]) && !/ed$/.test(p.lower)) || s - 2 === sFirst)) || /^(?:'s|’s|his|her|their|its|our)$/.test(T[s - 2]!.lower))) { s--; continue; }
    // a sentence-initial name or modifier the tagger read as a verb: "Ted Lowe said" (Ted read as a verb), "Leading growers say"
    if (s - 1 === sFirst && p.pos === 'VERB' && /^[A-Z][a-z]/.test(p.text) && (T[s]!.pos === 'PROPN' || (/(?:ing|ed)$/.test(p.lower) && T[s]!.pos === 'NOUN'))) { s--; continue; }
    // (a noun the tagger read as an adjective after a determiner: "The chief of staff", "her head of security")
    if (p.pos === 'ADP' && NP_PREP.has(p.lower) && s - 2 >= sFirst && (T[s - 2]!.pos === 'NOUN' || T[s - 2]!.pos === 'PROPN' || (T[s - 2]!.pos === 'NUM' && T[s]!.pos === 'NUM')
      || (p.lower === 'of' && T[s - 2]!.pos === 'ADJ' && s - 3 >= sFirst && (T[s - 3]!.pos === 'DET' || /^(?:his|her|their|its|our|my|'s|’s)$/.test(T[s - 3]!.lower)))
      || (p.lower === 'of' && (QUANT.has(T[s - 2]!.lower) || /^(?:third|quarter|fifth|tenth|half|two-thirds|three-quarters|much|more)$/.test(T[s - 2]!.lower))))) { s--; continue; }
    // a noun the tagger read as a verb after a determiner or adjective: "An earlier report in …", "The latest polling in …"
    if (p.pos === 'ADP' && NP_PREP.has(p.lower) && s - 3 >= sFirst && T[s - 2]!.pos === 'VERB' && !/ed$/.test(T[s - 2]!.lower)
      && (T[s - 3]!.pos === 'DET' || T[s - 3]!.pos === 'ADJ' || /^(?:earlier|recent|latest)$/.test(T[s - 3]!.lower))) { s -= T[s - 3]!.pos === 'ADV' ? 3 : 2; continue; }
    // "a 2019 report by the Harbor Institute", "an analysis by researchers at …": a noun with its author
    if (p.lower === 'by' && s - 2 >= sFirst && (T[s - 2]!.pos === 'NOUN' || (s - 2 === sFirst && T[s - 2]!.pos === 'PROPN')) && AUTHORED.test(T[s - 2]!.lower)) { s--; continue; }
    // examples after a plural: "critics like Ann Ruiz", "groups such as Harbor Watch"
    if ((p.lower === 'like' || (p.lower === 'as' && T[s - 2]?.lower === 'such')) && s - 2 >= sFirst) {
      const h = p.lower === 'like' ? s - 2 : s - 3;
      // (the example a name, a phrase with "the", or a pronoun that ends the phrase: not "In cities like Salem officials say")
      const example = /^[A-Z]/.test(T[k]!.text) || (T[s]!.pos === 'DET' && T[k]!.pos === 'NOUN') || (s === k && /^(?:me|us|them|him|her|you)$/.test(T[k]!.lower));
      if (h >= sFirst && (T[h]!.pos === 'NOUN' || (h === sFirst && T[h]!.pos === 'PROPN')) && /s$/.test(T[h]!.lower) && example) { s = h; continue; }
    }
    // a focus word before a determiner: "only a handful of riders", "other pilots and even her own crew" ("even" only
    // in a coordination: alone, "Even the mayor said" names the mayor)
    if ((p.lower === 'only' || (p.lower === 'even' && /^(?:and|or)$/.test(T[s - 2]?.lower ?? '') && nounish(T[s - 3]))) && (T[s]!.pos === 'DET' || T[s]!.pos === 'NUM' || QUANT.has(T[s]!.lower) || T[s]!.lower === 'her' || T[s]!.lower === 'his' || T[s]!.lower === 'their')) { s--; continue; }
    // a quoted title as a modifier: "the “Harbor Hour” host", "“Tide Tables” star Ann Ruiz"
    if (isMark(p) && closesQuote(D, s - 1) >= 0 && /^[a-z]/.test(T[s]!.text) && (T[s]!.pos === 'NOUN' || T[s]!.pos === 'ADJ')) {
      const o = titleQuoteOpening(D, s - 1, sFirst);
      if (o >= 0) { s = o; continue; }
    }
    // "many in the crowd", "aides to the mayor", "voters across the state", "someone in the crowd", "those around the mayor",
    // "an adviser to the board"
    if (p.pos === 'ADP' && (NP_PREP.has(p.lower) || OTHER_PREP.has(p.lower)) && s - 2 >= sFirst
      && (QUANT.has(T[s - 2]!.lower) || ((EVERY.has(T[s - 2]!.lower) || SOMEONE.has(T[s - 2]!.lower)) && p.lower !== 'to')
        || ((p.lower !== 'to' || /s$/.test(T[s - 2]!.lower) || (s - 3 >= sFirst && /^(?:a|an|the)$/.test(T[s - 3]!.lower))) && (T[s - 2]!.pos === 'NOUN' || T[s - 2]!.pos === 'PROPN')))) { s--; continue; }
    if (p.lower === 'than' && s - 2 >= sFirst && /^(?:more|less|fewer)$/.test(T[s - 2]!.lower)) { s -= 2; continue; }
    // a share: "85% of pilots"
    if (p.lower === 'of' && s - 3 >= sFirst && T[s - 2]!.text === '%' && T[s - 3]!.pos === 'NUM') { s -= 3; continue; }
    // "two out of three riders"
    if (p.lower === 'of' && s - 3 >= sFirst && T[s - 2]!.lower === 'out' && T[s - 3]!.pos === 'NUM' && T[s]!.pos === 'NUM') { s -= 3; continue; }
    // a partitive after a number: "two of the senators", "nine of the ferry pilots"
    if (p.lower === 'of' && s - 2 >= sFirst && T[s - 2]!.pos === 'NUM' && T[s]!.pos === 'DET') { s--; continue; }
    // a preposition the tagger read between a determiner and its noun: "two outside auditors", "the inside man"
    if (p.pos === 'ADP' && s - 2 >= sFirst && (T[s - 2]!.pos === 'DET' || T[s - 2]!.pos === 'NUM' || QUANT.has(T[s - 2]!.lower)) && (T[s]!.pos === 'NOUN' || T[s]!.pos === 'ADJ') && p.end < T[s]!.start) { s--; continue; }
    // an approximation before a number or quantity: "about 4 in 10", "nearly half", "virtually all analysts"
    if (APPROX.has(p.lower) && (T[s]!.pos === 'NUM' || QUANT.has(T[s]!.lower) || T[s]!.lower === 'half' || EVERY.has(T[s]!.lower))) { s--; continue; }
    // ("at least a dozen captains", "as many as 40 percent", "all but two of the pilots", "most Democratic members")
    if (p.lower === 'least' && s - 2 >= sFirst && T[s - 2]!.lower === 'at' && (T[s]!.pos === 'NUM' || QUANT.has(T[s]!.lower) || (T[s]!.pos === 'DET' && FRACTION.test(T[s + 1]?.lower ?? '')))) { s -= 2; continue; }
    if (p.lower === 'as' && s - 3 >= sFirst && /^(?:many|much|few|little)$/.test(T[s - 2]!.lower) && T[s - 3]!.lower === 'as' && (T[s]!.pos === 'NUM' || T[s]!.pos === 'DET')) { s -= 3; continue; }
    if (p.lower === 'but' && s - 2 >= sFirst && /^(?:all|none)$/.test(T[s - 2]!.lower) && T[s]!.pos === 'NUM') { s -= 2; continue; }
    if (p.lower === 'most' && p.pos === 'ADV' && (T[s]!.pos === 'ADJ' || T[s]!.pos === 'PROPN') && (s - 1 === sFirst || !(T[s - 2]!.pos === 'AUX' || T[s - 2]!.pos === 'VERB' || T[s - 2]!.pos === 'DET'))) { s--; continue; }
    if ((p.lower === 'and' || p.lower === '&') && s - 2 >= sFirst && T[s - 2]!.pos === 'PROPN' && T[s]!.pos === 'PROPN') { s--; namesJoined = true; continue; }
    // and a list of names before it: "Ruiz, Dunn and Varga said" (from the clause's start: not "In Salem, Ruiz and Dunn said")
    if (p.text === ',' && namesJoined && s - 2 >= sFirst && T[s - 2]!.pos === 'PROPN' && !parentheticalCue(D, k)) {
      let s4 = s - 2;
      while (s4 - 1 >= sFirst && (T[s4 - 1]!.pos === 'PROPN' || (T[s4 - 1]!.text === '.' && T[s4 - 1]!.start === T[s4 - 2]?.end))) s4--;
      if (opensClause(D, s4, sFirst) && !T.slice(s4, s - 1).every((t) => /^[A-Z.]+$/.test(t.text)) && !T.slice(s4, s - 1).some((t) => timeWord(t))) { s = s4; continue; }
    }
    // coordinated adjectives: "current and former officials", "past or present members"
    if ((p.lower === 'and' || p.lower === 'or') && T[s]!.pos === 'ADJ' && s - 2 >= sFirst && T[s - 2]!.pos === 'ADJ' && s < k) { s -= 2; continue; }
    // a hyphenated compound with a conjunction: "warm-and-fuzzy Ruiz", "up-and-coming"
    if (p.pos === 'CCONJ' && T[s]!.text === '-' && T[s]!.start === p.end && s - 2 >= sFirst && T[s - 2]!.text === '-' && T[s - 2]!.end === p.start) { s--; continue; }
    // coordinated subjects: "The mayor and her aides say", "Neither the mayor nor the sheriff said";
    // only when the first conjunct opens the clause ("The mayor met the governor and officials said" is two clauses)
    // (a party label may close the first: "Tom Lee (D) and Ann Ruiz (R) said")
    const labelled = T[s - 2]?.text === ')' && (() => { const o = openParen(D, s - 2, sFirst); return o > sFirst && T[o - 1]!.pos === 'PROPN'; })();
    // (and with a serial comma before the conjunction: "Ruiz, Dunn, and Lee said", only as a list that opens the clause)
    const serial = (p.lower === 'and' || p.lower === 'or') && T[s - 2]?.text === ',' && s - 3 >= sFirst && nounish(T[s - 3]) && !REL.has(T[s - 3]!.lower) && !parentheticalCue(D, k);
    if ((p.lower === 'and' || p.lower === 'or' || p.lower === 'nor') && s - 2 >= sFirst && (nounish(T[s - 2]) || labelled || serial) && !REL.has(T[s - 2]!.lower) && !isMark(T[s - 2])) {
      const s2 = npStartLeft(D, serial ? s - 3 : s - 2, sFirst);
      if (s2 >= 0 && s2 < (serial ? s - 2 : s - 1)) {
        const pre = s2 - 1 >= sFirst ? T[s2 - 1] : undefined;
        if (pre && /^(?:neither|either|both)$/.test(pre.lower)) { s = s2 - 1; break; }
        // a list: "45% of riders, 28% of pilots and 12% of owners", "Police, firefighters and paramedics said" — not where
        // the cue stands between commas inside the claim ("The new schedule, pilots and deckhands say, is unworkable"),
        // nor over a fronted adverb, place or time ("Nationwide, nurses and doctors say", "Outside City Hall, riders
        // and pilots said", "Last week, …", "Over three years, …")
        // (the list starts at the leftmost item that opens the clause: "In Salem, teachers, parents and the principal said")
        let s3 = s2, listStart = -1;
        while (s3 - 2 >= sFirst && T[s3 - 1]!.text === ',' && T[s2]!.pos !== 'PRON' && !parentheticalCue(D, k)) {
          const s4 = npStartLeft(D, s3 - 2, sFirst);
          if (s4 < 0 || s4 >= s3 - 1 || !listItem(D, s4, s3 - 1)) break;
          s3 = s4;
          if (opensClause(D, s3, sFirst)) listStart = s3;
        }
        // (a serial list only from the sentence's start, of two items or more before the conjunction: ", and" joins
        // clauses too, "… since the attacks in Salem, Ore., and many pilots have …")
        if (listStart >= 0 && (!serial || (s3 < s2 && listStart === sFirst && T.slice(listStart, s).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')))) { s = listStart; break; }
        if (opensClause(D, s2, sFirst) && !(pre && pre.lower === 'and') && !serial) { s = s2; break; }
      }
    }
    // "Lee's newly appointed deputy", "the fired director": a participle between a determiner and its noun
    if (attributive(T, s - 1, sFirst, k + 1) || (p.pos === 'ADV' && s - 2 >= sFirst && attributive(T, s, sFirst, k + 1) && (/ly$/.test(p.lower) || T[s - 2]!.pos === 'DET' || T[s - 2]!.pos === 'PART'))) { s--; continue; }
    // an adverb before an adjective after a determiner: "the most recent poll", "a very large majority"
    if (p.pos === 'ADV' && T[s]!.pos === 'ADJ' && s - 2 >= sFirst && (T[s - 2]!.pos === 'DET' || T[s - 2]!.lower === "'s" || T[s - 2]!.lower === '’s')) { s--; continue; }
    // "only a quarter of", "just a handful of"
    if (APPROX.has(p.lower) && T[s]!.pos === 'DET' && FRACTION.test(T[s + 1]?.lower ?? '')) { s--; continue; }
    // "at least half of", "at least 20 pilots"
    if (p.lower === 'least' && s - 2 >= sFirst && T[s - 2]!.lower === 'at' && (T[s]!.pos === 'NUM' || FRACTION.test(T[s]!.lower) || QUANT.has(T[s]!.lower))) { s -= 2; continue; }
    // "a county audit released Friday found"
    if (p.pos === 'VERB' && /ed$/.test(p.lower) && s - 2 >= sFirst && (T[s - 2]!.pos === 'NOUN') && (TIME.has(T[s]!.lower) || T[s]!.lower === 'by')) { s--; continue; }
    // "Ohio-based", "conservative-leaning": a hyphenated modifier with a participle is part of the phrase
    if (p.pos === 'VERB' && (/ing$/.test(p.lower) || PARTICIPLE.test(p.lower)) && s - 3 >= sFirst && T[s - 2]!.text === '-' && T[s - 2]!.end === p.start && (nounish(T[s - 3]) || T[s - 3]!.pos === 'ADJ' || T[s - 3]!.pos === 'ADV')) { s -= 2; continue; }
    // the first part of a hyphenated modifier, whatever the tagger made of it: "Right-wing dockers", "Long-time pilots"
    // (only where a noun phrase may start before it: not "passed quickly-forecasters said", a dash typed as a hyphen)
    if (T[s]!.text === '-' && p.end === T[s]!.start && s + 1 <= k && T[s]!.end === T[s + 1]!.start && /^\p{L}/u.test(p.text) && !/ly$/.test(p.lower)
      && (s - 2 < sFirst || ['DET', 'ADJ', 'NUM', 'PUNCT', 'ADP', 'CCONJ'].includes(T[s - 2]!.pos) || T[s - 2]!.lower === "'s" || T[s - 2]!.lower === '’s')) { s--; continue; }
    // a plural possessive with a straight apostrophe: "the dockers' union"
    if (p.text === "'" && s - 2 >= sFirst && T[s - 2]!.end === p.start && /s$/i.test(T[s - 2]!.text) && p.end < T[s]!.start && nounish(T[s - 2])) { s--; continue; }
    // the last part of a hyphenated modifier, whatever the tagger made of it: "rank-and-file dockers", "get-out-the-vote volunteers"
    if ((p.pos === 'VERB' || p.pos === 'ADV' || p.pos === 'ADP') && s - 2 >= sFirst && T[s - 2]!.text === '-' && T[s - 2]!.end === p.start && (T[s]!.pos === 'NOUN' || T[s]!.pos === 'PROPN')) { s--; continue; }
    // an adjective with its complement: "a source close to him", "people familiar with the talks", "officials aware of the plan"
    if (p.pos === 'ADP' && s - 3 >= sFirst && ADJ_COMPLEMENT.has(T[s - 2]!.lower) && nounish(T[s - 3]) && !REL.has(T[s - 3]!.lower)) { s -= 2; continue; }
    // reduced relative: "the opinion held by others suggests"
    // and with other prepositions: "people briefed on the talks say", "exit polls taken in Ohio found"
    if ((p.lower === 'by' || (p.pos === 'ADP' && REDUCED_PREP.has(p.lower))) && s - 3 >= sFirst && T[s - 2]!.pos === 'VERB' && PARTICIPLE.test(T[s - 2]!.lower)
      && nounish(T[s - 3]) && !REL.has(T[s - 3]!.lower) && !(T[s - 3]!.pos === 'PRON' && SUBJ_PRON.has(T[s - 3]!.lower))) { s -= 2; continue; }
    break;
  }
  // leading prepositions or conjunctions are not part of it ("about" and "at least" before a number are, and a title's quote mark)
  while (s <= k && (T[s]!.pos === 'ADP' || T[s]!.pos === 'CCONJ' || isPunct(T[s])) && !(APPROX.has(T[s]!.lower) || T[s]!.lower === 'at' && T[s + 1]?.lower === 'least')
    && !(opensQuote(D, s) >= 0 && D.quotes[opensQuote(D, s)]!.end <= T[k]!.start)) s++;
  if (s > k) return -1;
  let hasHead = false;
  for (let x = s; x <= k; x++) if (nounish(T[x]) || (T[x]!.pos !== 'DET' && /^[A-Z]/.test(T[x]!.text))) hasHead = true;
  // a quantifier as the whole subject: "most said", "another says", "some want", "42% say"
  if (!hasHead && (QUANT.has(T[k]!.lower) || T[k]!.text === '%')) hasHead = true;
  return hasHead ? s : -1;
}

/**
 * The agent of a passive a few words after the participle: "considered unclean [by Y]", "described
 * to him [by Y]", "viewed more positively [by Y]". Returns [index of "by", end of its noun phrase) or null.
 */
function laterAgent(D: Doc, r: number, sLast: number): [number, number] | null {
  const T = D.T;
  for (let x = r; x < sLast && x - r <= 8; x++) {
    const t = T[x]!;
    if (t.lower === 'by' && x > r) {
      const end = npRight(D, x + 1, sLast, false);
      return end > x + 1 ? [x, end] : null;
    }
    if (isPunct(t) || D.qOf[x]! >= 0 || D.cueAt[x] || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.lower === 'that') return null;
  }
  return null;
}

/** The cue block at `a` opens its sentence, alone or after a preposition or conjunction: "Citing …", "After meeting …", "But in describing …". */
export function frontedClause(D: Doc, a: number, sFirst: number): boolean {
  const T = D.T;
  let k = sFirst;
  if (k < a && T[k]!.pos === 'CCONJ') k++;
  // a measure of time before the preposition: "Eight years after backing …", "Moments before announcing …", "Shortly after"
  let x = k;
  while (x < a && x - k < 3 && (T[x]!.pos === 'NUM' || T[x]!.pos === 'DET' || TIME_MEASURE.test(T[x]!.lower))) x++;
  if (x > k && x < a && /^(?:after|before|since|upon)$/.test(T[x]!.lower) && T.slice(k, x).some((t) => TIME_MEASURE.test(t.lower))) k = x;
  // (an adverb and its comma before it: "Now, after arguing …"; a preposition of two words: "Instead of calling …", "Rather than")
  if (k + 2 < a && T[k]!.pos === 'ADV' && T[k + 1]!.text === ',' && (T[k + 2]!.pos === 'ADP' || T[k + 2]!.pos === 'SCONJ')) k += 2;
  if (k + 1 < a && /^(?:instead|rather|apart|aside)$/.test(T[k]!.lower) && /^(?:of|than|from)$/.test(T[k + 1]!.lower)) k++;
  if (k < a && (T[k]!.pos === 'ADP' || T[k]!.pos === 'SCONJ')) k++;
  // a span of time and "of" after the preposition: "After months of refusing …", "Despite years of denying …"
  let y = k;
  while (y < a && y - k < 3 && (T[y]!.pos === 'NUM' || T[y]!.pos === 'DET' || T[y]!.pos === 'ADJ' || TIME_MEASURE.test(T[y]!.lower))) y++;
  if (y > k && y + 1 === a && T[y]!.lower === 'of' && T.slice(k, y).some((t) => TIME_MEASURE.test(t.lower))) k = a;
  return k === a;
}
/** Words that measure time before "after" or "before": "Eight years after", "Shortly before". */
const TIME_MEASURE = /^(?:years?|months?|weeks?|days?|hours?|minutes?|moments?|shortly|soon|just|right|immediately|long)$/;
/** The subject of the main clause after a fronted phrase: the noun phrase after the first comma that opens a clause. */
export function mainSubjectRight(D: Doc, r: number, sLast: number): [number, number] | null {
  const T = D.T;
  for (let k = r; k + 1 < sLast && k - r < 40; k++) {
    if (T[k]!.text === ';') return null;
    if (T[k]!.text !== ',') continue;
    // (the comma may close a quoted phrase: 'Citing “the rules of the sea,” the harbor master refused …')
    let n = k + 1;
    if (D.qOf[k]! >= 0) { if (!(isMark(T[n]) && closesQuote(D, n) >= 0)) continue; n++; }
    if (n >= sLast || D.qOf[n]! >= 0 || !clauseAt(D, n, sLast)) continue;
    const end = npRight(D, n, sLast, false);
    return end > n ? [n, end] : null;
  }
  return null;
}

/** Tokens [s0, e0) name where something was said: a venue word ("a statement", "a news conference") or a platform ("Twitter", "television"). */
export function venuePhrase(D: Doc, s0: number, e0: number): boolean {
  const T = D.T;
  for (let x = s0; x < e0; x++) if (VENUE.has(T[x]!.lower) || PLATFORM.has(T[x]!.lower)) return true;
  return false;
}

/**
 * The subject of a claim that resumes at the verb `a` after a speaker between commas: "CNN, Lee said, called …" → CNN;
 * "The audit, Ruiz said, found …" → the audit. Null where no such parenthetical comes right before.
 */
export function resumedSubject(D: Doc, a: number, sFirst: number): [number, number] | null {
  const T = D.T;
  if (a - 3 < sFirst || T[a - 1]!.text !== ',') return null;
  // the parenthetical's cue (its auxiliaries before it), then its speaker, then the comma after the subject
  let c = a - 2;
  while (c > sFirst && !D.cueAt[c] && (T[c]!.pos === 'AUX' || T[c]!.pos === 'ADV' || T[c]!.pos === 'VERB') && a - c < 4) c--;
  if (!D.cueAt[c] || T[c]!.pos !== 'VERB') return null;
  let v = c;
  while (v - 1 > sFirst && (T[v - 1]!.pos === 'AUX' || T[v - 1]!.pos === 'ADV')) v--;
  const sp = npStartLeft(D, v - 1, sFirst);
  if (sp < 0 || sp - 2 < sFirst || T[sp - 1]!.text !== ',') return null;
  const s0 = npStartLeft(D, sp - 2, sFirst);
  return s0 >= 0 && opensClause(D, s0, sFirst) ? [s0, sp - 1] : null;
}

/** A comma before the cue block at `a` ends a predicate of the same subject: "X praised Y, called Z …". */
export function predicateList(D: Doc, a: number, sFirst: number): boolean {
  const T = D.T;
  // the comma may close a quoted phrase: "called it “reckless,” denounced …"
  if (a - 2 < sFirst || !(T[a - 1]!.text === ',' || (closesQuote(D, a - 1) >= 0 && T[a - 2]!.text === ','))) return false;
  // the comma's segment holds a finite verb, and no relative word (an apposition "X, who argued …, said" is no predicate)
  let verb = false;
  for (let x = a - 2; x >= sFirst && a - x < 30; x--) {
    const t = T[x]!;
    if (D.qOf[x]! >= 0) continue;
    if (t.text === ',' || t.text === ';' || t.text === ':' || isDash(t)) break;
    if (t.lower === 'who' || t.lower === 'which' || t.lower === 'that' || t.lower === 'whose') return false;
    // a participle with its agent is an aside, no predicate: "Okafor, long mocked by rivals, said"
    if (t.pos === 'VERB' && T[x + 1]?.lower === 'by' && PARTICIPLE.test(t.lower)) return false;
    if (t.pos === 'VERB' && /^[a-z]/.test(t.text) && !/ing$/.test(t.lower)) verb = true;
    // a cue's verb the tagger read as a plural noun after its subject: "Ruiz backs the plan, rejects …"
    else if (D.cueAt[x] && t.pos === 'NOUN' && /s$/.test(t.lower) && x > sFirst && /^(?:NOUN|PROPN|PRON)$/.test(T[x - 1]!.pos)) verb = true;
  }
  return verb;
}

/** Words that open a subordinate clause: a verb after one is not the clause a participle attaches to. */
const SUBORDINATOR = new Set(['before', 'after', 'when', 'while', 'as', 'because', 'if', 'although', 'though', 'since', 'until', 'unless', 'whether', 'where', 'once']);

/**
 * The subject of the clause a participle or coordinated verb ending at `limit` attaches to: the nearest finite verb
 * before it (not in a quote, not in a subordinate clause of its comma segment) with a subject of its own; else the
 * main clause's subject. "The levy failed, which Lee called a scandal, blaming …" → Lee.
 */
export function clauseSubject(D: Doc, sFirst: number, limit: number, coordinated = false): Span[] | null {
  const T = D.T;
  const finite = (t: Token) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && /^[a-z]/.test(t.text));
  for (let x = limit - 1; x > sFirst; x--) {
    if (D.qOf[x]! >= 0 || !(finite(T[x]!) || edVerb(T, x))) continue;
    // an infinitive is no clause of its own: "tried once more to calm the riders, writing …"
    let b = x - 1;
    while (b > sFirst && T[b]!.pos === 'ADV') b--;
    if (T[b]!.lower === 'to' || (T[x]!.pos === 'VERB' && T[b]!.pos === 'AUX' && T[b - 1]?.lower === 'to')) continue;
    // nor a noun the tagger read as a verb: "the harbor master", "a brief sit-in"
    if (T[x]!.pos === 'VERB' && (T[x - 1]!.pos === 'DET' || T[x - 1]!.pos === 'ADJ' || T[x - 1]!.pos === 'NUM' || T[x - 1]!.lower === "'s" || T[x - 1]!.lower === '’s' || T[x - 1]!.text === '-')) continue;
    // nor a participle after its noun: "a survey paid for by the port", "the forum hosted by the union"
    if (T[x]!.pos === 'VERB' && PARTICIPLE.test(T[x]!.lower) && nounish(T[x - 1]) && !SUBJ_PRON.has(T[x - 1]!.lower) && T[x + 1]?.pos === 'ADP') continue;
    // the comma segment: a subordinator before the verb sends the search further left
    let seg = x - 1;
    const subs: number[] = [];
    while (seg >= sFirst && T[seg]!.text !== ',' && T[seg]!.text !== ';' && !isDash(T[seg]!)) {
      if ((SUBORDINATOR.has(T[seg]!.lower) && (T[seg]!.pos === 'SCONJ' || T[seg]!.pos === 'ADP' || T[seg]!.pos === 'ADV')) || REL.has(T[seg]!.lower) || WH.has(T[seg]!.lower)) subs.push(seg);
      seg--;
    }
    // a verb coordinated with "and" shares the subject of the verb before it when the subordinate clause opens the
    // segment ("such as when Lee faulted Diaz and called …"), not when it hangs off a noun or verb of the segment
    // ("visited the site where the bridge fell and said …")
    const embedded = (k: number) => T.slice(seg + 1, k).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON');
    if (subs.length && (!coordinated || subs.some(embedded))) { x = seg + 1; continue; }
    let a = x;
    while (a - 1 > sFirst && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'ADV' || T[a - 1]!.pos === 'PART')) a--;
    const subj = subjectLeft(D, a, sFirst);
    if (!subj) continue;
    // a "subject" right after a verb that reports nothing is that verb's object, its "verb" a noun the tagger misread:
    // "hurled the kitchen sink at …", "gave it the old college try"
    const g = T[subj[0] - 1];
    if (g && subj[0] - 1 > sFirst && g.pos === 'VERB' && !/ing$/.test(g.lower) && !D.cueAt[subj[0] - 1] && D.qOf[subj[0] - 1]! < 0) continue;
    const h = T[subj[1] - 1]!;
    if (subj[1] - subj[0] === 1 && (h.lower === 'it' || h.lower === 'there' || h.lower === 'this')) continue;
    const s0 = withoutOpening(D, subj, sFirst);
    // the name without its relative clause: "Lee, who chairs the board, … , saying" → Lee
    let e0 = subj[1];
    for (let y = s0 + 1; y + 1 < subj[1]; y++) if (T[y]!.text === ',' && REL.has(T[y + 1]!.lower)) { e0 = y; break; }
    return s0 < e0 ? [span(D, s0, e0)] : null;
  }
  const m = mainSubject(D, sFirst, limit);
  // "There have been …", "It was …": no speaker
  if (m && m.length === 1 && /^(?:it|there)$/i.test(D.text.slice(m[0]![0], m[0]![1]))) return null;
  return m;
}

/** The start of subject `subj` without an opening time phrase ("On Sunday morning [the mayor]") or an opening preposition's object ("At dawn [the captain]"); i: the clause's first token. */
function withoutOpening(D: Doc, subj: [number, number], i: number): number {
  const T = D.T;
  let s0 = subj[0];
  for (let x = subj[1] - 2; x >= s0; x--) if (timeWord(T[x]!)) { s0 = x + 1; break; }
  if (T[i]!.pos === 'ADP' && s0 <= i + 1) for (let x = subj[1] - 2; x > s0; x--) if (T[x]!.pos === 'DET') { s0 = x; break; }
  return s0;
}

/** The subject of the sentence's main clause (its first noun phrase after any introductory phrase). */
function mainSubject(D: Doc, sFirst: number, limit: number): Span[] | null {
  const T = D.T;
  let i = sFirst;
  while (i < limit && (isMark(T[i]) || D.qOf[i]! >= 0)) i++;
  // the subject of the clause's first finite verb ("On Sunday the mayor made …, writing …")
  let v = T[i]?.pos === 'SCONJ' ? -1 : i + 1;
  while (v >= 0 && v < limit && !(D.qOf[v]! < 0 && (T[v]!.pos === 'AUX' || (T[v]!.pos === 'VERB' && !/ing$/.test(T[v]!.lower))))) v++;
  if (v >= 0 && v < limit) {
    let a = v;
    while (a - 1 > i && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'ADV' || T[a - 1]!.pos === 'PART')) a--;
    const subj = subjectLeft(D, a, i);
    const s0 = subj ? withoutOpening(D, subj, i) : -1;
    if (subj && s0 < subj[1]) return [span(D, s0, subj[1])];
  }
  if (T[i] && (T[i]!.pos === 'SCONJ' || T[i]!.pos === 'ADP' || T[i]!.pos === 'ADV')) {
    let j = i;
    while (j < limit && T[j]!.text !== ',') j++;
    if (j < limit) i = j + 1;
  }
  let j = i;
  while (j < limit && npTok(T[j]!, j === i)) j++;
  if (j === i) return null;
  return [span(D, i, j)];
}

/**
 * The holder of a noun cue: a possessive before it, past its adjectives ("his warning", "the mayor's
 * repeated claim"). Returns the holder's tokens [start, end), or null.
 */
export function possessiveHolder(D: Doc, first: number, sFirst: number, modifiers = true): [number, number] | null {
  const T = D.T;
  let k = first - 1;
  // adjectives, adverbs before them, and hyphenated modifiers: "his recent cost-free claim", "her long-awaited plan"
  // (adjectives only where the holder makes a noun a cue by rule: the others there admitted more spurious cues)
  const joined = (x: number) => T[x]!.text === '-' && T[x - 1]?.end === T[x]!.start && T[x]!.end === T[x + 1]?.start;
  while (k >= sFirst && (T[k]!.pos === 'ADJ' || (modifiers && ((T[k]!.pos === 'ADV' && T[k + 1]!.pos === 'ADJ') || joined(k) || (k + 1 < first && joined(k + 1)))))) k--;
  const t = k >= sFirst ? T[k] : undefined;
  if (!t) return null;
  if (t.pos === 'PRON' && /^(?:his|her|their|its|my|our|your)$/.test(t.lower)) return [k, k + 1];
  if ((t.lower === "'s" || t.lower === '’s' || t.text === '’') && k - 1 >= sFirst) {
    const s = npStartLeft(D, k - 1, sFirst);
    if (s >= 0) return [s, k];
  }
  return null;
}

/**
 * The holder of a noun cue at tokens [first, last): a possessive before it, else "by" / "from" and a
 * noun phrase after it ("criticism from both parties"). `r`: the token after the cue and its holder.
 */
export function nounHolder(D: Doc, first: number, last: number, sFirst: number, sLast: number): { source: Span[] | null; r: number } {
  const h = possessiveHolder(D, first, sFirst);
  // "Most pilots voiced their doubts": a possessive pronoun stands for the light verb's subject, when it names one
  if (h && h[1] - h[0] === 1 && D.T[h[0]]!.pos === 'PRON') {
    const l = lightVerbHolder(D, h[0], last, sFirst, sLast);
    if (l && !(l[1] - l[0] === 1 && D.T[l[0]]!.pos === 'PRON') && agrees(D, D.T[h[0]]!, l)) return { source: [span(D, l[0], l[1])], r: last };
  }
  if (h) return { source: [span(D, h[0], h[1])], r: last };
  if (D.T[last]?.lower === 'by' || D.T[last]?.lower === 'from') {
    const end = npRight(D, last + 1, sLast, false);
    if (end > last + 1) return { source: [span(D, last + 1, end)], r: end };
  }
  const l = lightVerbHolder(D, first, last, sFirst, sLast);
  if (l) return { source: [span(D, l[0], l[1])], r: l[2] };
  return { source: null, r: last };
}

/**
 * Backing "among" a group: the group holds it, the one backed is the possessive or the subject of a verb like "enjoy"
 * ("her support among riders", "Ruiz enjoys the strongest support among pilots and deckhands"). Null where either is missing.
 */
export function backers(D: Doc, first: number, last: number, sFirst: number, sLast: number): { source: Span; backed: Span } | null {
  const T = D.T;
  if (!BACKING.test(T[first]!.lower)) return null;
  // "has the backing of the board", "won the endorsement of the pilots' union": the one backed is the verb's subject
  if (T[last]?.lower === 'of') {
    const l = lightVerbHolder(D, first, last, sFirst, sLast);
    if (!l) return null;
    let v = first - 1;
    while (v >= sFirst && (T[v]!.pos === 'DET' || T[v]!.pos === 'ADJ' || T[v]!.pos === 'NUM' || T[v]!.pos === 'ADV')) v--;
    let a = v;
    while (a - 1 >= sFirst && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'PART' || T[a - 1]!.pos === 'ADV')) a--;
    const subj = subjectLeft(D, a, sFirst);
    return subj ? { source: span(D, l[0], l[1]), backed: span(D, subj[0], subj[1]) } : null;
  }
  if (T[last]?.lower !== 'among') return null;
  let end = npRight(D, last + 1, sLast, false);
  if (end <= last + 1) return null;
  // "among pilots and deckhands"
  if (T[end]?.lower === 'and' && end + 1 < sLast && npTok(T[end + 1]!, false)) { const e2 = npRight(D, end + 1, sLast, false); if (e2 > end + 1) end = e2; }
  if (end < sLast && SURVEYED.test(T[end]!.lower)) end++; // "among the pilots surveyed"
  const h = possessiveHolder(D, first, sFirst);
  let backed: [number, number] | null = h;
  if (!backed) {
    let v = first - 1;
    while (v >= sFirst && first - v < 5 && (T[v]!.pos === 'DET' || T[v]!.pos === 'ADJ' || T[v]!.pos === 'ADV')) v--;
    const verb = v >= sFirst ? T[v]! : undefined;
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && RECEIVE.has(verb.lemma || verb.lower)) backed = subjectLeft(D, v, sFirst);
  }
  return backed ? { source: span(D, last + 1, end), backed: span(D, backed[0], backed[1]) } : null;
}

/** A possessive pronoun can stand for the subject [s, e): "their" for a plural, "his"/"her" for a singular ("Reporters raised his claim" keeps "his"). */
function agrees(D: Doc, pron: Token, [s, e]: [number, number, number]): boolean {
  const head = D.T[e - 1]!;
  const plural = (/s$/.test(head.lower) && head.pos !== 'PROPN') || D.T.slice(s, e).some((t) => t.lower === 'and');
  if (pron.lower === 'their') return plural;
  if (pron.lower === 'his' || pron.lower === 'her') return !plural && genderFits(D, pron.lower === 'his' ? 'MaleName' : 'FemaleName', s, e);
  return pron.lower === 'its' && !plural;
}
/** The phrase [s, e) may be of the gender `tag` names: no pronoun or first name of the other one ("Mary Dunn had his support"). */
function genderFits(D: Doc, tag: 'MaleName' | 'FemaleName', s: number, e: number): boolean {
  const T = D.T;
  const other = tag === 'MaleName' ? 'FemaleName' : 'MaleName';
  const head = T[e - 1]!;
  if (head.pos === 'PRON') return !(tag === 'MaleName' ? /^(?:she|her)$/ : /^(?:he|him)$/).test(head.lower);
  // the first first name in the phrase decides, past titles ("Senator Mary Dunn", "Mary Ruiz of Salem"), unless its name
  // is a possessor ("Joe Dunn's wife raised her concerns")
  for (let x = s; x < e; x++) {
    if (T[x]!.pos !== 'PROPN') continue;
    const tags = nameTags(T[x]!.lower);
    if (!tags.includes('MaleName') && !tags.includes('FemaleName')) continue;
    let y = x;
    while (y + 1 < e && T[y + 1]!.pos === 'PROPN') y++;
    if (T[y + 1]?.lower === "'s" || T[y + 1]?.lower === '’s') return true;
    return !(tags.includes(other) && !tags.includes(tag));
  }
  return true;
}

/** Verbs that take a saying or a belief as their object: the verb's subject holds it ("Lee issued a short statement", "pilots hold dim views of it"). */
export const LIGHT = new Set(['make', 'issue', 'offer', 'voice', 'express', 'hold', 'deliver', 'level', 'lodge', 'repeat', 'share', 'post', 'publish', 'release', 'send', 'write', 'avoid', 'renew', 'reiterate', 'air', 'sound', 'raise', 'unveil', 'outline', 'announce', 'float', 'step', 'intensify', 'escalate', 'sharpen', 'soften', 'temper', 'mount', 'launch', 'drop', 'withdraw', 'reaffirm', 'reverse', 'change', 'defend', 'explain', 'keep', 'tone', 'throw', 'lend', 'give', 'continue', 'direct', 'focus', 'fulfill', 'break', 'redouble', 'double', 'add', 'walk', 'maintain', 'have', 'leave']);
const BACKING = /^(?:support|backing|endorsements?|blessing|approval|nod|votes?|confidence|trust)$/;
/** Verbs that receive one (only backing of some kind: "received criticism of its record" is about the record): the holder follows ("won the backing of the union", "got the blessing of the council"). */
const RECEIVE = new Set(['receive', 'have', 'win', 'earn', 'get', 'gain', 'garner', 'secure', 'land', 'enjoy', 'seek', 'court', 'lose']);

/**
 * The holder of a noun cue that is a light verb's object: the verb's subject, or after a verb of receiving the
 * "of" phrase after the noun. Returns [start, end) of the holder and the token after the cue (and its "of" phrase), or null.
 */
function lightVerbHolder(D: Doc, first: number, last: number, sFirst: number, sLast: number): [number, number, number] | null {
  const T = D.T;
  let v = first - 1;
  while (v >= sFirst && first - v < 5 && (T[v]!.pos === 'DET' || T[v]!.pos === 'ADJ' || T[v]!.pos === 'NUM' || (T[v]!.pos === 'ADV' && /ly$/.test(T[v]!.lower))
    || /^(?:up|down|out|back)$/.test(T[v]!.lower))) v--; // "stepped up their protests"
  const verb = v >= sFirst ? T[v]! : undefined;
  // ("has the backing of": "have" as the main verb, which the tagger reads as an auxiliary)
  if (!verb || !(verb.pos === 'VERB' || (verb.pos === 'AUX' && verb.lemma === 'have')) || D.cueAt[v]) return null;
  const lemma = verb.lemma || verb.lower;
  if (RECEIVE.has(lemma) && BACKING.test(T[first]!.lower)) {
    if (T[last]?.lower !== 'of') return null;
    const end = npRight(D, last + 1, sLast, false);
    return end > last + 1 ? [last + 1, end, end] : null;
  }
  // (an -ing form only in a progressive: "is keeping up his criticism")
  if (!LIGHT.has(lemma) || (/ing$/.test(verb.lower) && !(v - 1 >= sFirst && BE.has(T[v - 1]!.lower)))) return null;
  let a = v;
  while (a - 1 >= sFirst && v - a < 4 && (T[a - 1]!.pos === 'AUX' || T[a - 1]!.pos === 'PART' || T[a - 1]!.pos === 'ADV')) a--;
  // a passive ("statements were made") has no subject holder
  if (T.slice(a, v).some((t) => BE.has(t.lower)) && PARTICIPLE.test(verb.lower)) return null;
  const subj = subjectLeft(D, a, sFirst);
  // (not an expletive: "There have been calls for …")
  if (subj && subj[1] - subj[0] === 1 && T[subj[0]]!.lower === 'there') return null;
  return subj ? [subj[0], subj[1], last] : null;
}

/**
 * The agent of a passive whose participle ends before token r: "by Y" right after it, or a few words on
 * ("considered unclean by Y"), with what stands between ("unclean"; not an addressee: "described to
 * reporters by Y"). `next` is the token after the agent's noun phrase.
 */
export function passiveAgent(D: Doc, r: number, sLast: number): { source: Span; next: number; between: Span | null } | null {
  if (D.T[r]?.lower === 'by') {
    let end = npRight(D, r + 1, sLast, false);
    // "by both the pilots and the mayor"
    if (end > r + 1 && D.T[r + 1]!.lower === 'both' && D.T[end]?.lower === 'and' && end + 1 < sLast) { const e2 = npRight(D, end + 1, sLast, false); if (e2 > end + 1) end = e2; }
    return end > r + 1 ? { source: span(D, r + 1, end), next: end, between: null } : null;
  }
  const ag = laterAgent(D, r, sLast);
  if (!ag) return null;
  return { source: span(D, ag[0] + 1, ag[1]), next: ag[1], between: D.T[r]?.lower === 'to' ? null : trimmed(D, r, ag[0]) };
}

/**
 * The sentence's own cue after its subject's restrictive relative clause (`rel`, subjectRelative's answer) takes the
 * whole subject as its source where the rules found one inside the clause: "The group that officials say is linked to
 * the smugglers | denied it" (not "the smugglers"). Not a source after the cue ("The report that officials released
 * was disputed by the mayor"), nor who feels it ("… angered riders"). `Found` objects are changed in place.
 */
export function wholeSubject(D: Doc, f: { cueTokens: [number, number]; source: Span[] | null; experiencer: boolean }, rel: SubjectRelative | null): void {
  if (!rel || rel.cueInClause || rel.complement || !f.source?.length || f.experiencer) return;
  const T = D.T, src = f.source;
  if (firstTokenFrom(T, src[0]![0]) <= rel.rel || src[src.length - 1]![1] > T[rel.verb]!.start) return;
  const sp = trimmed(D, rel.start, rel.verb);
  if (sp) f.source = [sp];
}
