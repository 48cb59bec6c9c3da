import type { CueStance, HedgeCategory, SourceType } from '../types.js';

/**
 * The certainty table: every number that turns evidence into a claim's certainty lives here,
 * and the README prints it. A claim starts at 1 (put as plain fact) and each piece of evidence
 * multiplies or raises it:
 *
 * 1. hedges: the strongest hedge multiplies by (1 − weight); every further hedge by
 *    (1 − weight × `furtherHedgeShare`) — two hedges lower certainty more than one, but
 *    "could possibly" is not twice as doubtful as "could";
 * 2. conditionals ("if", "unless", "would") multiply by (1 − weight × `conditionalShare`);
 * 3. the cue's stance: "claimed", "alleged" put the content at a distance; "confirmed", "revealed" endorse it;
 * 4. the source: anonymous and vague sourcing lowers it;
 * 5. boosters ("clearly", "undoubtedly") and endorsing cues raise it by weight × (1 − score);
 * 6. the level is read off the score with `levels`; a claim inside an investigation
 *    ("whether …") is `unknown` whatever its score.
 */
export const certaintyTable = {
  /** Share of its weight that each hedge after the strongest one takes off. */
  furtherHedgeShare: 0.5,
  /** Hedge categories that bear on the truth of a claim; the others are recorded only. */
  truthHedges: ['epistemic', 'doxastic', 'evidential', 'perception'] satisfies HedgeCategory[],
  /**
   * A conditional ("if …", "unless …") holds the claim back from plain fact: it multiplies by
   * (1 − weight × this share). "if" (0.5) → × 0.7; the future-in-the-past "would" of reported
   * speech (0.15) → × 0.91.
   */
  conditionalShare: 0.6,
  stance: { neutral: 1, distancing: 0.75, endorsing: 1 } satisfies Record<CueStance, number>,
  /** Endorsing cues ("confirmed") also act as a booster of this weight. */
  endorsingBoost: 0.3,
  source: {
    person: 1,
    organization: 1,
    group: 0.95,
    document: 1,
    author: 1,
    pronoun: 0.95,
    anonymous: 0.85,
    vague: 0.7,
  } satisfies Record<SourceType, number>,
  /** An attribution with no source named at all ("it is believed that …"). */
  noSource: 0.7,
  /** Lowest score for each level, highest first; below the last one the level is `unknown`. */
  levels: [
    ['certain', 0.9],
    ['probable', 0.6],
    ['possible', 0.2],
  ] as const,
} as const;

export type CertaintyLevel = 'certain' | 'probable' | 'possible' | 'unknown';
export type LevelThresholds = { certain: number; probable: number; possible: number };
