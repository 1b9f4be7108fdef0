// Date parsing for metadata values and datelines: ISO, "March 28, 2016", "28 March 2016", "May 04".
import { MONTH_SOURCE, MONTHS } from '../extract/lexicons/dates.js';

/** A calendar date; `year` is missing when the text states only month and day. */
export interface PartialDate {
  year?: number;
  month: number;
  day: number;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ISO_RE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const MDY_RE = new RegExp(`\\b(${MONTH_SOURCE})\\s+${DAY}\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
const DMY_RE = new RegExp(`\\b${DAY}\\s+(${MONTH_SOURCE}),?(?:\\s+(\\d{4})\\b)?`, 'i');

/** Month number of a month name or abbreviation ("Sept." → 9), or undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** The first date stated in `text`, or undefined. ISO dates win over written ones. */
export function findDate(text: string): PartialDate | undefined {
  const iso = ISO_RE.exec(text);
  if (iso) return valid({ year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) });
  const mdy = MDY_RE.exec(text);
  const dmy = DMY_RE.exec(text);
  // Take whichever written form comes first in the text.
  if (mdy && (!dmy || mdy.index <= dmy.index)) return written(mdy[1]!, mdy[2]!, mdy[3]);
  if (dmy) return written(dmy[2]!, dmy[1]!, dmy[3]);
  return undefined;
}

/** Parses a metadata value (string, number of seconds/milliseconds, Date) into a date. */
export function parseDateValue(value: unknown): PartialDate | undefined {
  if (value instanceof Date) return fromTime(value.getTime());
  if (typeof value === 'number') return fromTime(value > 1e11 ? value : value * 1000);
  if (typeof value === 'string') return findDate(value);
  return undefined;
}

/** `YYYY-MM-DD`, or undefined when the year is unknown. */
export function toIsoDate(date: PartialDate | undefined): string | undefined {
  if (!date || date.year === undefined) return undefined;
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

function written(month: string, day: string, year: string | undefined): PartialDate | undefined {
  const m = monthNumber(month);
  if (m === undefined) return undefined;
  return valid({ year: year ? Number(year) : undefined, month: m, day: Number(day) });
}

function fromTime(ms: number): PartialDate | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function valid(date: PartialDate): PartialDate | undefined {
  const { year, month, day } = date;
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (year !== undefined && (year < 1000 || year > 2999)) return undefined;
  const days = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  if (day > days) return undefined;
  return year === undefined ? { month, day } : { year, month, day };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
