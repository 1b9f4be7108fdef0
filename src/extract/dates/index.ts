// Resolves the date a sentence states ("on Sunday", "March 27", "in 2015") against the article date.
import {
  MONTH_NAMES,
  MONTHS,
  RELATIVE_DAYS,
  RELATIVE_UNITS,
  SHORT_MONTHS,
  WEEKDAY_NAMES,
  WEEKDAYS,
  YEAR_INTRODUCERS,
} from '../lexicons/dates.js';

const MONTH = new Map(Object.entries(MONTHS));
const WEEKDAY = new Map(Object.entries(WEEKDAYS));
const RELATIVE_DAY = new Map(Object.entries(RELATIVE_DAYS));

/** A date found in a sentence, with how precise it is (higher wins). */
interface Found {
  iso: string;
  rank: number;
}

const WORD_RE = /[A-Za-z]+\.?|\d+/g;
const ISO_RE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DAY_MS = 86_400_000;
/** Cheap pre-check: a digit, a month or weekday stem, or a relative day word. */
const MAYBE_DATE_RE = new RegExp(
  ['\\d', ...MONTH_NAMES.map((m) => m.slice(0, 3)), ...WEEKDAY_NAMES, ...Object.keys(RELATIVE_DAYS), ...RELATIVE_UNITS].join('|'),
  'i',
);

/**
 * The date stated in `sentenceText`, as ISO `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only those are
 * stated). Day and weekday phrases without a year are resolved against `articleDate` (ISO); a weekday
 * means the latest such day on or before the article date ("next Monday" looks forward).
 * Returns undefined when the sentence states no date (callers then use the article date).
 * @example resolveDate('The army said on Sunday that…', '2016-03-28') // '2016-03-27'
 */
export function resolveDate(sentenceText: string, articleDate?: string): string | undefined {
  if (!MAYBE_DATE_RE.test(sentenceText)) return undefined;
  const iso = ISO_RE.exec(sentenceText);
  if (iso) return iso[0];
  const base = parseIso(articleDate);
  const words = sentenceText.match(WORD_RE) ?? [];
  let best: Found | undefined;
  for (let i = 0; i < words.length; i++) {
    const found = dateAt(words, i, base);
    if (found && (!best || found.rank > best.rank)) best = found;
  }
  return best?.iso;
}

/** The date expression starting at word `i`, if any. */
function dateAt(words: string[], i: number, base: Date | undefined): Found | undefined {
  const w = words[i]!;
  const lower = w.toLowerCase();
  const key = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return dayMonthDate(words, i, base) ?? bareYear(words, i);
  const month = MONTH.get(key);
  if (month !== undefined && isMonthWord(w, key, words[i + 1])) return monthDate(words, i, month, base);
  const weekday = WEEKDAY.get(key);
  if (weekday !== undefined && base) return { iso: weekdayDate(base, weekday, words[i - 1]), rank: 3 };
  const rel = RELATIVE_DAY.get(key);
  if (rel !== undefined && base) return { iso: isoDay(addDays(base, rel)), rank: 3 };
  if (RELATIVE_UNITS.has(key) && base) return relativeUnit(key, words[i - 1], base);
  return undefined;
}

/** "May" is a month only when capitalised; short forms need a period or a following day number. */
function isMonthWord(word: string, key: string, next: string | undefined): boolean {
  if (word[0] === word[0]!.toLowerCase()) return false;
  if (!SHORT_MONTHS.has(key)) return true;
  return word.endsWith('.') || (next !== undefined && /^\d{1,2}$/.test(next));
}

/** "March 27", "March 27, 2016", "March 2016", "in March". */
function monthDate(words: string[], i: number, month: number, base: Date | undefined): Found | undefined {
  const next = words[i + 1];
  const after = words[i + 2];
  if (next && /^\d{1,2}$/.test(next) && Number(next) <= 31) {
    const year = after && /^\d{4}$/.test(after) ? Number(after) : inferYear(month, base);
    if (year === undefined) return undefined;
    return { iso: `${year}-${pad(month)}-${pad(Number(next))}`, rank: 5 };
  }
  if (next && /^\d{4}$/.test(next)) return { iso: `${next}-${pad(month)}`, rank: 2 };
  const year = inferYear(month, base);
  return year === undefined ? undefined : { iso: `${year}-${pad(month)}`, rank: 2 };
}

/** "27 March 2016", "4 May". */
function dayMonthDate(words: string[], i: number, base: Date | undefined): Found | undefined {
  const day = words[i]!;
  const m = words[i + 1];
  if (day.length > 2 || Number(day) > 31 || Number(day) < 1 || !m) return undefined;
  const lower = m.toLowerCase().replace(/\.$/, '');
  const month = MONTH.get(lower);
  if (month === undefined || m[0] === m[0]!.toLowerCase()) return undefined;
  const y = words[i + 2];
  const year = y && /^\d{4}$/.test(y) ? Number(y) : inferYear(month, base);
  if (year === undefined) return undefined;
  return { iso: `${year}-${pad(month)}-${pad(Number(day))}`, rank: 5 };
}

/** "in 2015", "early summer 2015". */
function bareYear(words: string[], i: number): Found | undefined {
  const w = words[i]!;
  if (!/^(?:19|20)\d\d$/.test(w)) return undefined;
  const prev = words[i - 1]?.toLowerCase();
  if (prev === undefined || !YEAR_INTRODUCERS.has(prev)) return undefined;
  return { iso: w, rank: 1 };
}

/** "last week" (the article date minus 7 days), "last month" (YYYY-MM), "last year" (YYYY). */
function relativeUnit(unit: string, prev: string | undefined, base: Date): Found | undefined {
  const p = prev?.toLowerCase();
  const sign = p === 'last' || p === 'previous' ? -1 : p === 'next' || p === 'coming' ? 1 : 0;
  if (sign === 0) return undefined;
  if (unit === 'week') return { iso: isoDay(addDays(base, 7 * sign)), rank: 2 };
  if (unit === 'year') return { iso: String(base.getUTCFullYear() + sign), rank: 1 };
  const d = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + sign, 1));
  return { iso: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`, rank: 2 };
}

/** The weekday on or before the article date; after "next" the one after it. */
function weekdayDate(base: Date, weekday: number, prev: string | undefined): string {
  const diff = (base.getUTCDay() - weekday + 7) % 7;
  const p = prev?.toLowerCase();
  if (p === 'next' || p === 'coming') return isoDay(addDays(base, (weekday - base.getUTCDay() + 7) % 7 || 7));
  if (p === 'last' || p === 'previous') return isoDay(addDays(base, -(diff || 7)));
  return isoDay(addDays(base, -diff));
}

/** The article's year, or the year before when the month lies well after the article's month. */
function inferYear(month: number, base: Date | undefined): number | undefined {
  if (!base) return undefined;
  const year = base.getUTCFullYear();
  return month - (base.getUTCMonth() + 1) > 2 ? year - 1 : year;
}

function parseIso(date: string | undefined): Date | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

function isoDay(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
