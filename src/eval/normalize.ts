// Name normalisation exactly as score.py's norm(), and Python's str.strip().
import { NONZERO_COMBINING_RANGES } from './combining-class.js';

/** True when code point `cp` has a non-zero canonical combining class (binary search in the range table). */
function isCombining(cp: number): boolean {
  let lo = 0;
  let hi = NONZERO_COMBINING_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < NONZERO_COMBINING_RANGES[2 * mid]!) hi = mid - 1;
    else if (cp > NONZERO_COMBINING_RANGES[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

// Python's \b after the word character `s`: the next character is not a Unicode word character.
const POSSESSIVE = /'s(?![\p{L}\p{N}_])/gu;

/**
 * score.py's `norm`: NFKD, drop combining marks, lowercase, ’ → ', drop possessive 's,
 * runs of anything but [a-z0-9] → one space, trim, drop one leading "the ".
 * @example normalizeName('The Ägyptian’s Café') // 'agyptian cafe'
 */
export function normalizeName(name: string): string {
  let s = '';
  for (const ch of name.normalize('NFKD')) {
    if (!isCombining(ch.codePointAt(0)!)) s += ch;
  }
  s = s.toLowerCase().replaceAll('\u2019', "'");
  s = s.replace(POSSESSIVE, '');
  s = s.replace(/[^a-z0-9]+/g, ' ').trim();
  return s.replace(/^the /, '');
}

// Characters Python's str.isspace() accepts (JS trim() differs: it trims U+FEFF, keeps U+001C–U+001F and U+0085).
const PY_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/** Python `str.strip()` with no argument. */
export function pyStrip(s: string): string {
  return s.replace(PY_STRIP, '');
}
