import type { CueStance, HedgeHit, SourceType } from '../types.js';
import { certaintyTable as T, type CertaintyLevel, type LevelThresholds } from './table.js';

export type FactBank = 'CT+' | 'PR+' | 'PS+' | 'Uu' | 'CT-' | 'PR-' | 'PS-';

export interface Certainty {
  level: CertaintyLevel;
  polarity: 'positive' | 'negative';
  factbank: FactBank;
  score: number;
  /** What set it: hedge and cue ids, `stance:…`, `source:…`, `negation:…`, in the order applied. */
  basis: string[];
}

export interface CertaintyEvidence {
  hedges: readonly Pick<HedgeHit, 'cueId' | 'category' | 'weight'>[];
  /** The attribution cue, where there is one. */
  cue?: { cueId: string; stance: CueStance } | null;
  /** The source type; `null` for an attribution with no source; omitted for the author's own statement. */
  source?: SourceType | null;
  /** The negation word that makes the content negative, if any. */
  negation?: string | null;
}

/** The levels of the certainty table, as a pipeline's defaults. */
export const defaultLevels: Readonly<LevelThresholds> = Object.fromEntries(T.levels) as LevelThresholds;

/** Certainty of one claim from its evidence, by the table in `table.ts`. */
export function certaintyOf(e: CertaintyEvidence, levels: LevelThresholds = defaultLevels): Certainty {
  const basis: string[] = [];
  let score = 1;

  const truth = e.hedges
    .filter((h) => (T.truthHedges as readonly string[]).includes(h.category))
    .sort((a, b) => b.weight - a.weight);
  truth.forEach((h, i) => {
    score *= 1 - h.weight * (i === 0 ? 1 : T.furtherHedgeShare);
    basis.push(h.cueId);
  });
  for (const h of e.hedges) {
    if (h.category === 'conditional') { score *= 1 - h.weight * T.conditionalShare; basis.push(h.cueId); }
  }
  if (e.cue) {
    const f = T.stance[e.cue.stance];
    if (f !== 1) { score *= f; basis.push(`stance:${e.cue.stance}:${e.cue.cueId}`); }
  }
  if (e.source !== undefined) {
    const f = e.source === null ? T.noSource : T.source[e.source];
    if (f !== 1) { score *= f; basis.push(`source:${e.source ?? 'none'}`); }
  }
  const boosts = e.hedges.filter((h) => h.category === 'booster').map((h) => ({ id: h.cueId, w: h.weight }));
  if (e.cue?.stance === 'endorsing') boosts.push({ id: `stance:endorsing:${e.cue.cueId}`, w: T.endorsingBoost });
  for (const b of boosts) { score += b.w * (1 - score); basis.push(b.id); }

  score = Math.round(score * 1000) / 1000;
  const investigated = e.hedges.find((h) => h.category === 'investigation');
  if (investigated) basis.push(investigated.cueId);
  const level: CertaintyLevel = investigated ? 'unknown'
    : score >= levels.certain ? 'certain'
      : score >= levels.probable ? 'probable'
        : score >= levels.possible ? 'possible' : 'unknown';
  const polarity = e.negation ? 'negative' : 'positive';
  if (e.negation) basis.push(`negation:${e.negation.toLowerCase()}`);
  return { level, polarity, factbank: factbankCode(level, polarity), score, basis };
}

const CODES: Record<Exclude<CertaintyLevel, 'unknown'>, string> = { certain: 'CT', probable: 'PR', possible: 'PS' };

/** FactBank's code (Saurí & Pustejovsky 2009) for a level and polarity; `unknown` is `Uu` either way. */
export function factbankCode(level: CertaintyLevel, polarity: 'positive' | 'negative'): FactBank {
  return level === 'unknown' ? 'Uu' : (`${CODES[level]}${polarity === 'positive' ? '+' : '-'}` as FactBank);
}
