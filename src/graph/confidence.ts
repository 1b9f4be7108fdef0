// An edge's confidence from its supporting mentions: independent evidence adds up (noisy-or).

/** Highest confidence an edge can reach from corroboration alone. */
const CEILING = 0.99;

/**
 * Combines per-mention confidences (0–1) as a noisy-or, rounded to two decimals:
 * one mention at 0.6 gives 0.6, two give 0.84, three 0.94.
 * @example combineConfidence([0.6, 0.6]) // 0.84
 */
export function combineConfidence(confidences: readonly number[]): number {
  if (confidences.length === 0) return 0;
  let doubt = 1;
  let best = 0;
  // A loop, not Math.max(...list): an edge of a large corpus may have more mentions than a call takes arguments.
  for (const c of confidences) {
    doubt *= 1 - Math.min(Math.max(c, 0), 1);
    if (c > best) best = c;
  }
  const combined = Math.max(best, Math.min(1 - doubt, CEILING));
  return Math.round(combined * 100) / 100;
}
