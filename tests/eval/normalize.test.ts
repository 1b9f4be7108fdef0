// normalizeName() and pyStrip() against score.py's norm() and Python's str.strip().
import { describe, expect, it } from 'vitest';
import { normalizeName, pyStrip } from '../../src/eval/normalize.js';
import { canRunScorePy, pyEval } from './helpers/score-py.js';

/** Written cases: [input, what score.py's norm gives]. */
const CASES: [string, string][] = [
  ['Mara Quell', 'mara quell'],
  ['The Velmora Institute', 'velmora institute'],
  ['the the Velmora', 'the velmora'],
  ['THE', 'the'],
  ['  The  Velmora  ', 'velmora'],
  ['Thessaly Group', 'thessaly group'],
  ["Ardent Council's", 'ardent council'],
  ['Ardent Council’s', 'ardent council'],
  ["Ardent's Council", 'ardent council'],
  ["Ardent'S", 'ardent'],
  ["Ardent'sø", 'ardent s'],
  ["Ardent's_x", 'ardent s x'],
  ["Ardent's1", 'ardent s1'],
  ["Ardent's-x", 'ardent x'],
  ["Ardent'se\u0301", 'ardent se'],
  ["O'Shea", 'o shea'],
  ['Zoë Kästrup', 'zoe kastrup'],
  ['Noémie Straße-Ølund', 'noemie stra e lund'],
  ['ﬁnest', 'finest'],
  ['ＯＹＳＴＥＲ　ＨＡＬＬ', 'oyster hall'],
  ['Ⅻ Legion', 'xii legion'],
  ['H₂O²', 'h2o2'],
  ['İbis', 'ibis'],
  ['Kelvin \u212a', 'kelvin k'],
  ['Москва', ''],
  ['ab\u0941c', 'ab c'],
  ['U.S.', 'u s'],
  ['U.N.-backed', 'u n backed'],
  ['', ''],
];

describe('normalizeName', () => {
  it.each(CASES)('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it.runIf(canRunScorePy)('agrees with score.py norm() on the written cases and 2,000 random strings', () => {
    const inputs = [...CASES.map((c) => c[0]), ...randomStrings(2000, 20260522)];
    expect(inputs.map(normalizeName)).toEqual(pyEval<string[]>('norm', inputs));
  });
});

describe('pyStrip', () => {
  it.each([
    [' \t x \n', 'x'],
    ['\x1cx\x1f', 'x'],
    ['\x85x\u3000', 'x'],
    ['\ufeffx\ufeff', '\ufeffx\ufeff'],
    ['\u200bx', '\u200bx'],
  ])('%j → %j', (input, expected) => {
    expect(pyStrip(input)).toBe(expected);
  });
});

/** Strings drawn from letters, accents, apostrophes, marks, spaces and other scripts (seeded). */
function randomStrings(count: number, seed: number): string[] {
  const pool = [
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
    ..." '’'-_.,&/()\t",
    ...'sSsS',
    ...'éÉèüÖåøØßçñİıŁłǅﬁﬀＡａ１²₃Ⅻ\u212a\u0301\u0308\u0941\u093f\u0e31\u05b0ДжΣσςλ日本',
    '\u{1d400}',
    '\u{1f600}',
    'The ',
    'the ',
    "'s",
    '’s',
  ];
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 14);
    return Array.from({ length }, () => pool[Math.floor(next() * pool.length)]).join('');
  });
}
