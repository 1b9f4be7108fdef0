// General tests that tell website clutter from article prose, line by line (lexicon in clutter.ts).
import { CLUTTER_PATTERNS, UI_LINES, UI_PREFIXES } from './clutter.js';
import { ENDS_SENTENCE } from './paragraphs.js';

const UI_LINE_SET = new Set(UI_LINES);
const TRAILING_MARKS = new Set([...' .:!?»›>…·|•*-–—']);
const SITE_NAME = /^[-–—|]\s*((?:\p{Lu}[\p{L}\p{N}.&'’]*\s*){1,5})$/u;
// Lexicon phrases and prefixes are only looked for in lines up to this long (UI text is short).
const MAX_UI_LINE = 240;

/** Lower case, no trailing punctuation: the form lexicon entries are written in (lines come with single spaces). */
export function lexiconForm(line: string): string {
  const lower = line.toLowerCase();
  let end = lower.length;
  while (end > 0 && TRAILING_MARKS.has(lower[end - 1]!)) end--;
  return lower.slice(0, end).trim();
}

/** True when the line is a UI label, widget text or a credit line from the lexicon. */
export function isLexiconClutter(line: string): boolean {
  if (line.length <= MAX_UI_LINE) {
    const form = lexiconForm(line);
    if (UI_LINE_SET.has(form)) return true;
    if (wordCount(line) <= 30 && UI_PREFIXES.some((prefix) => form.startsWith(prefix))) return true;
  }
  return CLUTTER_PATTERNS.some((pattern) => pattern.test(line));
}

/** Number of space-separated words holding a letter or digit. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) counted = false;
    else if (!counted && isWordChar(c, text, i)) {
      count++;
      counted = true;
    }
  }
  return count;
}

function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

/**
 * True when most letters of the line are not Latin (e.g. a widget label in another script), or it has none.
 * NOTE: looks at the first 200 characters only.
 */
export function isForeignOrEmpty(text: string): boolean {
  const line = text.slice(0, 200);
  let ascii = 0;
  let other = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i) | 32; // folds A–Z onto a–z
    if (c >= 97 && c <= 122) ascii++;
    else if (line.charCodeAt(i) >= 128) other = true;
  }
  if (!other) return ascii === 0;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return true;
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return latin < letters / 2;
}

/** The site name a line like "- Outlet Name" announces; else undefined. */
export function siteNameOf(line: string): string | undefined {
  return SITE_NAME.exec(line)?.[1]?.trim();
}

/** True when a short line ends in " - <site name>" (a caption or related headline carrying the site name). */
export function hasSiteSuffix(line: string, siteNames: ReadonlySet<string>): boolean {
  if (siteNames.size === 0 || wordCount(line) > 30) return false;
  const lower = line.toLowerCase();
  for (const name of siteNames) {
    if (lower.endsWith(name) && /\s[-–—|]\s*$/.test(lower.slice(0, lower.length - name.length))) return true;
  }
  return false;
}

/** Headline capitalisation: most words of four or more letters start with a capital. */
export function isHeadlineCase(line: string): boolean {
  const long = line.split(' ').filter((word) => /^\P{L}*\p{L}{4,}/u.test(word));
  if (long.length === 0) return false;
  const capitalised = long.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  return capitalised >= 0.6 * long.length;
}

/**
 * True when the paragraph reads as article prose: a finished sentence of four or more words,
 * or a long line (20+ words, or 10+ words in sentence case: a lead without its final period).
 */
export function isProse(line: string): boolean {
  const words = wordCount(line);
  if (ENDS_SENTENCE.test(line) && words >= 4) return true;
  return words >= 20 || (words >= 10 && !isHeadlineCase(line));
}

/** True when the line could be a headline: 2–25 words, starts like a title, no final period/comma/colon. */
export function couldBeTitle(line: string): boolean {
  const words = wordCount(line);
  if (words < 2 || words > 25) return false;
  // Starts with a capital, digit or currency sign, or a brand like "eBay" / "iPhone".
  if (!/^["'“‘«]?(?:[\p{Lu}\p{N}\p{Sc}]|\p{Ll}{1,2}\p{Lu})/u.test(line)) return false;
  const end = line.replace(/["'”’»)\]]+$/, '');
  return !/[.,:;]$/.test(end) || /(?:\.\.\.|…)$/.test(end);
}
