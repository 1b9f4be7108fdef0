// Finds where entity names occur in an evidence sentence, to mark them (pure: no DOM).

/** A half-open [start, end) character range. */
export type Range = [number, number];

/** One piece of a sentence: plain or marked text. */
export interface Segment {
  text: string;
  mark: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

function isBoundary(text: string, i: number): boolean {
  return i <= 0 || i >= text.length || !WORD.test(text[i - 1]!) || !WORD.test(text[i]!);
}

/**
 * Ranges of `text` where one of `names` occurs as whole words (case-insensitive), longest name first,
 * sorted and non-overlapping.
 */
export function findRanges(text: string, names: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const taken: Range[] = [];
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 1))];
  unique.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const name of unique) {
    const needle = name.toLowerCase();
    // NOTE: toLowerCase may change length for a few scripts; offsets then only approximate the name.
    if (needle.length !== name.length) continue;
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      const inWord = WORD.test(needle[0]!) && !isBoundary(text, i);
      const endsInWord = WORD.test(needle[needle.length - 1]!) && !isBoundary(text, end);
      if (inWord || endsInWord) continue;
      if (taken.some(([s, e]) => i < e && end > s)) continue;
      taken.push([i, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}

/** Cuts `text` into plain and marked segments along sorted, non-overlapping `ranges`. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
