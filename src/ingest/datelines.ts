// Dates and outlets stated inside the body: a leading date, time-stamp lines, and news-agency datelines.
import { MONTH_SOURCE } from '../extract/lexicons/dates.js';
import { type PartialDate, findDate } from './dates.js';

const DATE_LABEL = '(?:date|dated|published|posted|updated|last updated)(?:\\s+on)?';
const ISO_DATE = '\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const WRITTEN_DATE = `(?:${MONTH_SOURCE}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_SOURCE})`;
const YEAR = '(?:,?\\s+\\d{4}\\b)';
// The dateline regex is case-sensitive (the place is in capitals), so its month names spell out both cases.
const MONTH_ANY_CASE = MONTH_SOURCE.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const WRITTEN_DATE_ANY_CASE = WRITTEN_DATE.replaceAll(MONTH_SOURCE, MONTH_ANY_CASE);

// " date 2017-05-22 In an interview…" / "Published: March 3, 2016 — The…": a date prefixing the first line.
const LEADING_DATE = new RegExp(
  `^(?:${DATE_LABEL}\\s*:?\\s*(?:${ISO_DATE}|${WRITTEN_DATE}${YEAR})|${ISO_DATE})\\s*[-–—|:]?\\s*`,
  'i',
);

// A line that is only a time stamp: "June 3, 2019, 11:20 UTC+2 VELDRA", "May 04, 15:14 UTC+3".
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+';
const TIME = '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)';
const ZONE = '(?:\\s*\\(?(?:UTC|GMT|[A-Z]{2,4}T)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?\\)?)';
const TIME_LINE = new RegExp(
  `^(?:${DATE_LABEL}:?\\s+)?(?:${WEEKDAY})?(${ISO_DATE}|${WRITTEN_DATE}${YEAR}?)${TIME}?${ZONE}?(?:\\s+\\p{Lu}[\\p{Lu} .'’-]*)?\\s*$`,
  'iu',
);

// "VELDRA, June 3. /NORDPRESS/." · "VELDRA, June 3 (Wire Service) -" · "TALVIK (NP) —": place in capitals,
// optional date, optional agency between slashes or parentheses.
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?(?:,\\s*(?=\\S)(?!${MONTH_ANY_CASE}\\s+\\d)[\\p{L} .'-]{2,30}?)?` +
    `(?:,\\s*(${WRITTEN_DATE_ANY_CASE}${YEAR}?)\\.?)?` +
    `(?:\\s*\\/\\s*([\\p{L}][\\p{L} .&-]{0,30}?)\\s*\\/\\.?|\\s*\\(([\\p{L}][\\p{L} .&-]{0,30}?)\\)\\s*[-–—])?(?=\\s)`,
  'u',
);

// "AL-AIN, United Arab Emirates 1996-12-06" · "ROME 1996-12-06" · "OAKLAND, N.J. Dec 6, 1996": a line that is
// only a place in capitals (with an optional region) and a full date, as wire services print it.
const WIRE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?(?:\\s*,\\s*[\\p{L}\\p{M} .'’-]{2,40}?)?,?\\s+(${ISO_DATE}|${WRITTEN_DATE_ANY_CASE}${YEAR})\\.?$`,
  'u',
);

/** What a leading date prefix or time-stamp line states. */
export interface StatedDate {
  date: PartialDate;
  /** The line with the date prefix removed ('' when the whole line was the date). */
  rest: string;
}

/** A date prefixing the first line (" date 2017-05-22 In an interview…"), and the line without it. */
export function stripLeadingDate(line: string): StatedDate | undefined {
  const match = LEADING_DATE.exec(line);
  if (!match) return undefined;
  const date = findDate(match[0]);
  if (!date) return undefined;
  return { date, rest: line.slice(match[0].length) };
}

/** The date of a line that is only a time stamp ("May 04, 15:14 UTC+3"), else undefined. */
export function timeLineDate(line: string): PartialDate | undefined {
  if (line.length > 80) return undefined;
  const match = TIME_LINE.exec(line);
  return match ? findDate(match[1]!) : undefined;
}

/** What a dateline at the start of a paragraph states. */
export interface Dateline {
  date?: PartialDate;
  source?: string;
}

/** Date and agency of a dateline opening `paragraph` ("VELDRA, June 3. /NORDPRESS/. …"), else undefined. */
export function readDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  if (!match) return undefined;
  const [, when, slashed, bracketed] = match;
  const source = (slashed ?? bracketed)?.trim();
  if (!when && !source) return undefined;
  // A place alone in capitals is not enough: the date or the agency makes it a dateline.
  const date = when ? findDate(when) : undefined;
  return { ...(date ? { date } : {}), ...(source ? { source } : {}) };
}

/** The date of a line that is only a wire dateline ("AL-AIN, United Arab Emirates 1996-12-06"), else undefined. */
export function wireDatelineDate(line: string): PartialDate | undefined {
  if (line.length > 100) return undefined;
  const match = WIRE_DATELINE.exec(line);
  return match ? findDate(match[1]!) : undefined;
}
