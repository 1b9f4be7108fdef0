// Body cleaning: lines → paragraphs, website clutter removed, title picked, dates and datelines read.
import {
  couldBeTitle,
  hasSiteSuffix,
  isForeignOrEmpty,
  isLexiconClutter,
  isProse,
  lexiconForm,
  siteNameOf,
  wordCount,
} from './clutter-rules.js';
import type { PartialDate } from './dates.js';
import { readDateline, stripLeadingDate, timeLineDate } from './datelines.js';
import { toLines } from './normalize.js';
import { blockParagraphs, detectWrap } from './paragraphs.js';
import { readWireHead } from './wire.js';

/** What the caller already knows from metadata. */
export interface CleanHints {
  /** Title from a header or <meta>: protected from clutter removal, not searched for. */
  title?: string;
  /** Outlet name, to recognise " - Outlet" captions. */
  siteName?: string;
}

/** The cleaned body and what it states about itself. */
export interface CleanResult {
  /** Paragraphs joined by one blank line. */
  text: string;
  /** The headline line picked from the text ('' when none); it stays the first paragraph of `text`. */
  title: string;
  /** A date stated by a leading date, a time-stamp line or a dateline (possibly without a year). */
  date?: PartialDate;
  /** An agency named by a dateline ("/AGENCY/", "(Agency) -"), else a site named by a "- Outlet" line. */
  source?: string;
}

interface Para {
  text: string;
  clutter: boolean;
  prose: boolean;
}

// How far from the top a headline is looked for.
const TITLE_WINDOW = 8;

/**
 * Cleans one document body (plain text with `\n` line breaks):
 * 1. normalizes characters and takes a leading date prefix off the first line;
 * 2. marks lexicon lines (UI labels, credits) as clutter, unwraps hard-wrapped blocks into paragraphs;
 * 3. marks rule clutter: non-Latin lines, lines without letters, site-name lines and captions,
 *    time stamps (kept as the date), paragraphs repeated further down;
 * 4. picks the headline (a wire story's head first: see wire.ts); everything above it is page chrome;
 * 5. spreads clutter to non-prose neighbours (menus, related headlines, bylines);
 * 6. reads a dateline (agency, date) from the first paragraphs kept.
 */
export function cleanBody(body: string, hints: CleanHints = {}): CleanResult {
  const lines = toLines(body);
  let date = takeLeadingDate(lines);
  const paras = toParas(lines);
  const rules = markRuleClutter(paras, hints.siteName);
  date ??= rules.date;
  const wire = readWireHead(paras);
  date = pickDate(date, wire.date);
  const titleIndex = (hints.title ? undefined : wire.title) ?? findTitle(paras, hints.title);
  for (let i = 0; i < titleIndex; i++) paras[i]!.clutter = true;
  const beforeSpread = paras.map((p) => p.clutter);
  spreadClutter(paras, titleIndex);
  // A short note with no full sentence is still an article: spreading must not empty the page.
  if (paras.every((p) => p.clutter)) {
    paras.forEach((p, i) => {
      p.clutter = beforeSpread[i]!;
    });
  }
  const kept = paras.filter((p) => !p.clutter);
  const dateline = kept.slice(0, 5).map((p) => readDateline(p.text)).find((d) => d !== undefined);
  return {
    text: kept.map((p) => p.text).join('\n\n'),
    title: titleIndex >= 0 && !hints.title ? paras[titleIndex]!.text : '',
    date: pickDate(date, dateline?.date),
    source: dateline?.source ?? rules.siteName,
  };
}

// " date 2017-05-22 In an interview…": the date is metadata, the rest of the line is text.
function takeLeadingDate(lines: string[]): PartialDate | undefined {
  const first = lines.findIndex((line) => line !== '');
  if (first < 0) return undefined;
  const stated = stripLeadingDate(lines[first]!);
  if (stated) lines[first] = stated.rest;
  return stated?.date;
}

// Lexicon clutter lines become paragraphs of their own (marked), splitting blocks around them.
function toParas(lines: string[]): Para[] {
  const blocks: (string[] | string)[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  for (const line of lines) {
    if (line === '') flush();
    else if (isLexiconClutter(line)) {
      flush();
      blocks.push(line);
    } else block.push(line);
  }
  flush();
  const wrap = detectWrap(blocks.filter((b) => Array.isArray(b)));
  return blocks.flatMap((b): Para[] =>
    Array.isArray(b)
      ? blockParagraphs(b, wrap).map((text) => ({ text, clutter: false, prose: isProse(text) }))
      : [{ text: b, clutter: true, prose: false }],
  );
}

// Clutter found line by line: other scripts, no letters, site-name lines and captions, time stamps,
// and paragraphs repeated later on (an image caption repeating the text). Returns the first time
// stamp's date and the site name a "- Outlet Name" line announced.
function markRuleClutter(paras: Para[], siteName: string | undefined): { date?: PartialDate; siteName?: string } {
  const siteNames = new Set<string>(siteName ? [siteName.toLowerCase()] : []);
  let announced: string | undefined;
  for (const p of paras) {
    const name = siteNameOf(p.text);
    if (name) siteNames.add(name.toLowerCase());
    announced ??= name;
  }
  const lastIndex = new Map<string, number>();
  paras.forEach((p, i) => {
    lastIndex.set(p.text, i);
  });
  let date: PartialDate | undefined;
  paras.forEach((p, i) => {
    if (p.clutter) return;
    const stamp = p.prose ? undefined : timeLineDate(p.text);
    if (stamp) date ??= stamp;
    p.clutter =
      stamp !== undefined ||
      isForeignOrEmpty(p.text) ||
      siteNameOf(p.text) !== undefined ||
      hasSiteSuffix(p.text, siteNames) ||
      lastIndex.get(p.text)! > i;
  });
  return { date, siteName: announced };
}

// The headline: the metadata title when it appears near the top; else, before the first clear
// sentence, the first headline-like line of 4+ words (3+ when it opens the page), or a shorter
// one directly followed by prose.
function findTitle(paras: Para[], hintTitle: string | undefined): number {
  const window: number[] = [];
  for (let i = 0; i < paras.length && window.length < TITLE_WINDOW; i++) if (!paras[i]!.clutter) window.push(i);
  if (hintTitle) {
    const form = lexiconForm(hintTitle);
    return window.find((i) => lexiconForm(paras[i]!.text) === form) ?? -1;
  }
  for (let k = 0; k < window.length; k++) {
    const p = paras[window[k]!]!;
    if (p.prose && /[.!?]["'”’)]*$/.test(p.text) && wordCount(p.text) >= 8) break;
    if (!couldBeTitle(p.text)) continue;
    const next = window[k + 1];
    const words = wordCount(p.text);
    if (words >= 4 || (words === 3 && window[k] === 0)) return window[k]!;
    if (next !== undefined && paras[next]!.prose) return window[k]!;
  }
  return -1;
}

// A line that is not prose and sits next to clutter (or at the top of the page) is clutter too:
// menus, bylines, related headlines, widget labels. Repeated until nothing changes. The end of the
// page only takes a last short line (a byline): lists ending an article (results, awards) stay.
function spreadClutter(paras: Para[], titleIndex: number): void {
  const isEdge = (i: number) => i < 0 || (i < paras.length && paras[i]!.clutter);
  const removable = (p: Para, i: number) => !p.clutter && !p.prose && i !== titleIndex;
  for (let changed = true; changed; ) {
    changed = false;
    paras.forEach((p, i) => {
      if (removable(p, i) && (isEdge(i - 1) || isEdge(i + 1))) {
        p.clutter = true;
        changed = true;
      }
    });
  }
  const last = paras.findLastIndex((p) => !p.clutter);
  if (last >= 0 && removable(paras[last]!, last) && wordCount(paras[last]!.text) <= 3) paras[last]!.clutter = true;
}

// A full date wins; a month and day alone take the year of the other date when it has one.
function pickDate(first: PartialDate | undefined, second: PartialDate | undefined): PartialDate | undefined {
  if (first?.year !== undefined) return first;
  if (second?.year !== undefined) return second;
  return first ?? second;
}
