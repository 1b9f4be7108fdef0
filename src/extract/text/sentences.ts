// Sentence splitter: paragraphs, complete-looking lines, then terminal punctuation with abbreviation rules.
import type { Sentence } from '../../types.js';
import { AMBIGUOUS_ABBREVIATIONS, NON_TERMINAL_ABBREVIATIONS, SENTENCE_STARTERS } from './abbreviations.js';

const NON_TERMINAL = new Set(NON_TERMINAL_ABBREVIATIONS);
const AMBIGUOUS = new Set(AMBIGUOUS_ABBREVIATIONS);
const STARTERS = new Set(SENTENCE_STARTERS);

/** In a hard-wrapped paragraph, a line shorter than this share of the wrap width without final punctuation reads as a headline. */
const SHORT_LINE = 0.6;
/** Lines at least this long without final punctuation suggest hard wrapping. */
const WRAP_MIN = 55;
/** Terminal punctuation, then closing quotes/brackets, then whitespace. */
const BOUNDARY_RE = /(?:[.!?]+|…|\.\.\.)["'”’»)\]]*(?=\s)/g;
const LINE_COMPLETE_RE = /(?:[.!?:…]["'”’»)\]]*|["”’])\s*$/;
const LINE_CONTINUES_RE = /(?:[,;(\-–—&]|\b(?:and|or|of|the|a|an|to|in|for|with|by|at|on|from))\s*$/;
const BULLET_RE = /^\s*(?:[-–—•*·▪]|\d+[.)]\s)/;
const WORD_BEFORE_RE = /([\p{L}\p{N}.'’-]*)$/u;
const WORD_AFTER_RE = /^\s*["'“‘«(]?\s*([\p{L}\p{N}]*)/u;

/**
 * Splits `text` into sentences, [start, end) offsets into `text`, trimmed of surrounding space.
 * A blank line always ends a sentence; a single line break ends one unless the next line starts
 * in lowercase, the line ends with a comma or a joining word or wraps inside a name, or the paragraph is hard-wrapped
 * (then only final punctuation, a short headline-like line or a bullet end one).
 * NOTE: a period after "U.S.", "a.m." or "Inc." ends a sentence only before a typical sentence
 * starter ("The", "He", ...), so "in the U.S. Officials said" stays one sentence.
 * @example splitSentences('Gen. Lee arrived. He spoke.') // two sentences
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [start, end] of lineSegments(text)) {
    let from = start;
    const seg = text.slice(start, end);
    BOUNDARY_RE.lastIndex = 0;
    for (let m = BOUNDARY_RE.exec(seg); m; m = BOUNDARY_RE.exec(seg)) {
      const cut = m.index + m[0].length;
      if (endsSentence(seg, m.index, m[0], cut)) {
        pushTrimmed(sentences, text, from, start + cut);
        from = start + cut;
      }
    }
    pushTrimmed(sentences, text, from, end);
  }
  return sentences;
}

/** Segments of text separated by blank lines or by line breaks after complete-looking lines. */
function lineSegments(text: string): [number, number][] {
  const segments: [number, number][] = [];
  let para: [number, number][] = [];
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(pos, end).trim() === '') {
      paragraphSegments(text, para, segments);
      para = [];
    } else {
      para.push([pos, end]);
    }
    pos = end + 1;
  }
  paragraphSegments(text, para, segments);
  return segments;
}

/** Splits one paragraph's lines into segments; hard-wrapped paragraphs only break after final punctuation. */
function paragraphSegments(text: string, lines: [number, number][], out: [number, number][]): void {
  if (lines.length === 0) return;
  const width = isHardWrapped(text, lines) ? lines.reduce((w, [a, b]) => Math.max(w, text.slice(a, b).trim().length), 0) : 0;
  let segStart = lines[0]![0];
  for (let i = 1; i < lines.length; i++) {
    const prev = text.slice(lines[i - 1]![0], lines[i - 1]![1]);
    const next = text.slice(lines[i]![0], lines[i]![1]);
    if (lineBreakEnds(prev, next, width)) {
      out.push([segStart, lines[i - 1]![1]]);
      segStart = lines[i]![0];
    }
  }
  out.push([segStart, lines[lines.length - 1]![1]]);
}

/**
 * A paragraph is hard-wrapped when most of its lines but the last are long and lack final
 * punctuation, and at least one line continues in lowercase on the next.
 */
function isHardWrapped(text: string, lines: [number, number][]): boolean {
  if (lines.length < 2) return false;
  let open = 0;
  let continued = false;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = text.slice(lines[i]![0], lines[i]![1]);
    if (line.trim().length < WRAP_MIN || LINE_COMPLETE_RE.test(line)) continue;
    open++;
    if (startsLowercase(text.slice(lines[i + 1]![0], lines[i + 1]![1]))) continued = true;
  }
  return continued && open >= 2 && open * 2 >= lines.length - 1;
}

/**
 * Whether a single line break between `prevLine` and `nextLine` ends a sentence; `width` is the
 * wrap width of a hard-wrapped paragraph (0 when it is not wrapped).
 */
function lineBreakEnds(prevLine: string, nextLine: string, width: number): boolean {
  if (BULLET_RE.test(nextLine)) return true;
  if (startsLowercase(nextLine)) return false;
  if (LINE_COMPLETE_RE.test(prevLine)) return true;
  if (LINE_CONTINUES_RE.test(prevLine) || continuesName(prevLine, nextLine)) return false;
  return width === 0 || prevLine.trim().length < width * SHORT_LINE;
}

/** Words of a line that reads as running text (not a headline) before a wrap inside a name. */
const MIN_RUNNING_WORDS = 5;
const LAST_WORD_RE = /(\p{Lu}[\p{L}'’-]*)\s*$/u;
const FIRST_WORD_RE = /^\s*(\p{Lu}[\p{L}'’-]*)/u;

/**
 * A line of running text (mostly lowercase words) that ends in a capitalized word, followed by a
 * line starting with a capitalized word that is no typical sentence starter: a wrap inside a name
 * ("... President Anton\nBerk said ...").
 */
function continuesName(prevLine: string, nextLine: string): boolean {
  const next = FIRST_WORD_RE.exec(nextLine)?.[1];
  if (!next || STARTERS.has(next) || !LAST_WORD_RE.test(prevLine)) return false;
  // The next line must read on as running text too ("Berk said ...", not a lone "Subscribe").
  if (!nextLine.trim().split(/\s+/).slice(1, 4).some(startsLowercase)) return false;
  const words = prevLine.trim().split(/\s+/);
  const lower = words.filter((w) => startsLowercase(w)).length;
  return words.length >= MIN_RUNNING_WORDS && lower * 2 >= words.length;
}

function startsLowercase(s: string): boolean {
  const m = /\S/.exec(s);
  if (!m) return false;
  const c = m[0];
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** Decides whether the punctuation run `punct` at `at` in `seg` ends a sentence. */
function endsSentence(seg: string, at: number, punct: string, cut: number): boolean {
  const rest = seg.slice(cut, cut + 40);
  if (startsLowercase(rest)) return false;
  const next = WORD_AFTER_RE.exec(rest)?.[1] ?? '';
  if (punct[0] !== '.' || punct.startsWith('..')) return true;
  const before = WORD_BEFORE_RE.exec(seg.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  const word = before.replace(/^['’-]+/, '');
  if (word === '') return true;
  if (NON_TERMINAL.has(word)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (AMBIGUOUS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return STARTERS.has(next);
  return true;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
