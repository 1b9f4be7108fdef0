// Wire-story heads (Reuters, AP): a headline, maybe a byline or correction note, then "PLACE DATE" alone on a line.
import { wordCount } from './clutter-rules.js';
import type { PartialDate } from './dates.js';
import { wireDatelineDate } from './datelines.js';

/** What the head of a wire story gives: the headline's paragraph index and the dateline's date. */
export interface WireHead {
  title?: number;
  date?: PartialDate;
}

// How many paragraphs from the top the dateline may sit (headline, byline, correction note, dateline).
const DATELINE_WINDOW = 4;
const MAX_HEADLINE_WORDS = 30;
// Share of upper-case letters that makes a line an all-caps headline ("SOCCER - JAPAN GET LUCKY WIN").
const CAPS_SHARE = 0.8;

/**
 * Reads a wire head from the first paragraphs: a dateline ("AL-AIN, United Arab Emirates 1996-12-06")
 * gives the date and makes the first paragraph above it the headline; without one, an all-caps first
 * paragraph ("SOCCER - LATE GOALS GIVE JAPAN WIN OVER SYRIA") is the headline.
 */
export function readWireHead(paras: readonly { text: string }[]): WireHead {
  const head = paras.slice(0, DATELINE_WINDOW);
  const at = head.findIndex((p) => wireDatelineDate(p.text) !== undefined);
  const date = at >= 0 ? wireDatelineDate(head[at]!.text) : undefined;
  const first = paras[0]?.text ?? '';
  const headline = at > 0 && isHeadlineSized(first) ? 0 : isAllCapsHeadline(first) && at !== 0 ? 0 : undefined;
  return { ...(headline !== undefined ? { title: headline } : {}), ...(date ? { date } : {}) };
}

function isHeadlineSized(line: string): boolean {
  const words = wordCount(line);
  return words >= 2 && words <= MAX_HEADLINE_WORDS;
}

/** True for a 2–30 word line whose letters are (nearly) all capitals. */
export function isAllCapsHeadline(line: string): boolean {
  if (!isHeadlineSized(line)) return false;
  let letters = 0;
  let upper = 0;
  for (const c of line) {
    if (c.toLowerCase() === c.toUpperCase()) continue;
    letters++;
    if (c === c.toUpperCase()) upper++;
  }
  return letters >= 6 && upper >= letters * CAPS_SHARE;
}
