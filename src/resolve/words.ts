// English-word and given-name lookups resolution asks of the tagger's word-class table.
import { WC_COMMON_FIRST, WC_COMMON_LAST, WC_DICT, wordClasses } from '../extract/ner/word-classes.js';
import { memoString } from './memo.js';

/** The word-class bits of a word as written (lower-cased here); the table's binary search is remembered per word. */
const classesOf = memoString((word) => wordClasses(word.toLowerCase()));

/** True when the word, lower-cased, is an English dictionary word ("supreme", "air"). */
export function isDictionaryWord(word: string): boolean {
  return (classesOf(word) & WC_DICT) !== 0;
}

/** True when the word, lower-cased, is a common given name ("james", "anna"). */
export function isCommonFirstName(word: string): boolean {
  return (classesOf(word) & WC_COMMON_FIRST) !== 0;
}

/** True when the word, lower-cased, is a common surname and not a common given name ("owens"). */
export function isSurnameOnly(word: string): boolean {
  const bits = classesOf(word);
  return (bits & WC_COMMON_LAST) !== 0 && (bits & WC_COMMON_FIRST) === 0;
}
