// Word classes for tagger features: known given name / surname, common first or last name, English dictionary word.
import { fromRoot } from '../../paths.js';
import { readGzipped } from './gzip-file.js';

/** The generated table (scripts/build-word-classes.ts), relative to the package root. */
export const WORD_CLASSES_FILE = 'src/extract/ner/lexicon/word-classes.txt.gz';

/** Somebody has this given name or surname (humannames, ~200k). */
export const WC_NAME = 1;
/** A common first name (compromise's lexicon). */
export const WC_COMMON_FIRST = 2;
/** A common surname (compromise's lexicon). */
export const WC_COMMON_LAST = 4;
/** A lowercase English word (an-array-of-english-words). */
export const WC_DICT = 8;

interface Table {
  /** The words, sorted by UTF-16 code units, one space between two. */
  text: string;
  /** Start of each word in `text`, and one past the end (plus one) after the last. */
  starts: Int32Array;
  /** One hexadecimal digit per word: its class bits. */
  bits: string;
}

let table: Table | undefined;

/**
 * The words stay one string with an offset per word: splitting ~460k words into strings, and collecting
 * those strings later, cost a build whose extractions are all cached more than all of its lookups.
 */
function load(): Table {
  const file = readGzipped(fromRoot(WORD_CLASSES_FILE), {
    name: 'word-class table',
    expected: 'a gzipped text file',
    rebuild: 'Run `npx tsx scripts/build-word-classes.ts` to regenerate it.',
  }).toString('utf8');
  // Two lines: the words, then the bits.
  const [text = '', bits = ''] = file.split('\n', 2);
  const starts: number[] = [0];
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) starts.push(at + 1);
  starts.push(text.length + 1);
  return { text, starts: Int32Array.from(starts), bits };
}

/** Compares the word at [start, end) of `text` with `s` by UTF-16 code units (negative: the word sorts first). */
function compareAt(text: string, start: number, end: number, s: string): number {
  const n = Math.min(end - start, s.length);
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(start + i) - s.charCodeAt(i);
    if (d !== 0) return d;
  }
  return end - start - s.length;
}

/** Bit set of WC_* classes of a lowercased word (0 when none); the table loads on first use. */
export function wordClasses(lower: string): number {
  table ??= load();
  const { text, starts, bits } = table;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = compareAt(text, starts[mid]!, starts[mid + 1]! - 1, lower);
    if (d === 0) return Number.parseInt(bits[mid]!, 16);
    if (d < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
