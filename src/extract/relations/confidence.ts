// Base confidence of a relation by the kind of evidence that found it (frames set their own, 0.65–0.85).

/** Confidence per source: fixed phrase constructions, token-window events, quote attribution. */
export const CONFIDENCE = {
  /** "Ruritanian President X", "X, the director of Y": fixed shapes, rarely wrong. */
  construction: 0.9,
  /** A construction read with a pronoun standing for the name ("He was named chairman of Y"). */
  pronounConstruction: 0.8,
  /** Verb and noun events found in a window of tokens, without a parse. */
  event: 0.75,
  /** A quote with its speaker. */
  quote: 0.9,
} as const;

/** Added when a second, independent source in the same sentence states the same fact. */
export const AGREEMENT_BONUS = 0.05;
