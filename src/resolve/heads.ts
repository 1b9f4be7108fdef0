// Head words of multi-word org names: which word a lone mention may stand for ("Commons"), which is a modifier ("Air").
import { INITIALS_SKIP, NAME_TAIL_WORDS } from '../extract/lexicons/organizations.js';

/**
 * True when the word at `at` ends a phrase of the name: last, before a function word ("commons" of
 * "house of commons", "observatory" of "syrian observatory for human rights") or before company
 * words only ("velto" of "velto holdings corp"); not a modifier of the next word ("air" of
 * "northland air force"). False when absent (-1).
 */
export function isHeadAt(words: readonly string[], at: number): boolean {
  if (at < 0 || INITIALS_SKIP.has(words[at + 1] ?? '')) return at >= 0;
  return words.slice(at + 1).every((w) => NAME_TAIL_WORDS.has(w));
}

/**
 * Names ending in the same head that all end the longest of them ("general staff", "northland
 * general staff") stand for that one; otherwise the set as it is.
 */
export function longestOfChain(keys: ReadonlySet<string>): ReadonlySet<string> {
  if (keys.size < 2) return keys;
  const longest = [...keys].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!;
  return [...keys].every((k) => k === longest || longest.endsWith(` ${k}`)) ? new Set([longest]) : keys;
}
