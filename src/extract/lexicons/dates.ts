// Date vocabulary, the one table every stage reads: month and weekday names, relative day words, year introducers.

/** Month names and their abbreviations → month number (1–12), lowercase, without a period. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Abbreviated month names ("jan", "sept"): they need a period or a following number to count as months. */
export const SHORT_MONTHS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** The twelve full month names, January first. */
export const MONTH_NAMES: readonly string[] = Object.keys(MONTHS).filter((m) => !SHORT_MONTHS.has(m));

/** Every month word, full or abbreviated ("january", "jan", "sept"). */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);

/**
 * A regex source matching any month word in lowercase with an optional period ("March", "Sept.", "dec"):
 * alternatives longest first, so "sept" is tried before "sep". Compile it with the `i` flag.
 */
export const MONTH_SOURCE = `(?:${[...MONTH_WORDS].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|')})\\.?`;

/** Weekday names → day number (0 = Sunday, as Date.getUTCDay). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** The seven weekday names, Sunday first. */
export const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAYS);

/** Relative day words → offset in days from the article date. */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  today: 0, tonight: 0, yesterday: -1, tomorrow: 1,
};

/** Units of "last week" / "next month" phrases, applied with `last` (-1) or `next` (+1). */
export const RELATIVE_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'year']);

/** Words before a bare year that make it a date ("in 2015", "early summer 2015"). */
export const YEAR_INTRODUCERS: ReadonlySet<string> = new Set([
  'in', 'since', 'during', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'year', 'end',
]);

/** A span of years that has ended: "1989-90", "1998-2003" (a term of office held then). */
export const YEAR_SPAN_RE = /^(?:1[89]|20)\d\d[-–](?:\d\d|(?:1[89]|20)\d\d)$/;
