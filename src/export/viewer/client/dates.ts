// The date slider's stops (pure): article dates, and relation dates inside a window around them.

/** The same ISO date (YYYY, YYYY-MM or YYYY-MM-DD) `years` years later (negative: earlier). */
export function shiftYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  return `${String(Math.max(0, y)).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Sorted distinct slider stops: every article date, plus the relation dates within one year of the
 * article dates (compared at each date's own precision). Dates a sentence merely names ("by 2050")
 * stay in the evidence but never widen the slider.
 * NOTE: with no article dates, the window is the middle half of the relation dates (with repeats: one
 * per supporting mention) widened by the same margin; a corpus without dates has no better anchor.
 */
export function sliderDates(articleDates: readonly string[], relationDates: readonly string[], years = 1): string[] {
  const arts = articleDates.filter((d) => /^\d{4}/.test(d)).sort();
  const anchor = arts.length ? arts : quartiles(relationDates.filter((d) => /^\d{4}/.test(d)).sort());
  if (!anchor.length) return [];
  const lo = shiftYears(anchor[0]!, -years);
  const hi = shiftYears(anchor[anchor.length - 1]!, years);
  const inside = (d: string) => d >= lo.slice(0, d.length) && d <= hi.slice(0, d.length);
  return [...new Set([...arts, ...relationDates.filter(inside)])].sort();
}

/** The first and third quartiles of sorted dates (empty for none). */
function quartiles(sorted: readonly string[]): string[] {
  if (!sorted.length) return [];
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return [at(0.25), at(0.75)];
}
