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
  /** Sorted by UTF-16 code units. */
  words: string[];
  /** One hexadecimal digit per word: its class bits. */
  bits: string;
}

let table: Table | undefined;

function load(): Table {
  const text = readGzipped(fromRoot(WORD_CLASSES_FILE), {
    name: 'word-class table',
    expected: 'a gzipped text file',
    rebuild: 'Run `npx tsx scripts/build-word-classes.ts` to regenerate it.',
  }).toString('utf8');
  const [words = '', bits = ''] = text.split('\n');
  return { words: words.split(' '), bits };
}

/** Bit set of WC_* classes of a lowercased word (0 when none); the table loads on first use. */
export function wordClasses(lower: string): number {
  table ??= load();
  const { words, bits } = table;
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid]!;
    if (w === lower) return Number.parseInt(bits[mid]!, 16);
    if (w < lower) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
