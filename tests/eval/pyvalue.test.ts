// Python str/repr/round/sort rules used by the port, checked against Python itself.
import { describe, expect, it } from 'vitest';
import { comparePy, pyFloatRepr, pyReprStr, pyRound3 } from '../../src/eval/pyvalue.js';
import { canRunScorePy, pyEval } from './helpers/score-py.js';

describe('pyRound3', () => {
  it.each([
    [1 / 16, 0.062],
    [3 / 16, 0.188],
    [5 / 16, 0.312],
    [7 / 16, 0.438],
    [9 / 16, 0.562],
    [2 / 3, 0.667],
    [0.0005, 0.001],
    [1, 1],
    [0, 0],
  ])('round(%f, 3) = %f', (x, expected) => {
    expect(pyRound3(x)).toBe(expected);
  });

  it.runIf(canRunScorePy)('agrees with Python round(a / b, 3) for every a ≤ b ≤ 160', () => {
    const pairs: [number, number][] = [];
    for (let b = 1; b <= 160; b++) for (let a = 0; a <= b; a++) pairs.push([a, b]);
    expect(pairs.map(([a, b]) => pyRound3(a / b))).toEqual(pyEval<number[]>('round3', pairs));
  });
});

describe('pyFloatRepr', () => {
  const cases: [number, string][] = [
    [1, '1.0'],
    [3.5, '3.5'],
    [-0.25, '-0.25'],
    [0.1, '0.1'],
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [123456789012345.6, '123456789012345.6'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.25e-7, '1.25e-07'],
    [1e300 * 1e300, 'inf'],
    [Number.NaN, 'nan'],
    [-0, '-0.0'],
  ];
  it.each(cases)('repr(%f) = %s', (x, expected) => {
    expect(pyFloatRepr(x)).toBe(expected);
  });

  it.runIf(canRunScorePy)('agrees with Python repr(float) on finite samples', () => {
    // -0 cannot travel through JSON, so it is checked only in the table above.
    const xs = [...cases.map((c) => c[0]).filter((x) => Number.isFinite(x) && !Object.is(x, -0)), 2.0, 1 / 3, 2 ** 60, 5e-324, 1.7976931348623157e308, 9999999999999998];
    expect(xs.map(pyFloatRepr)).toEqual(pyEval<string[]>('floatrepr', xs));
  });
});

describe('pyReprStr and comparePy', () => {
  const strings = ['plain', "it's", 'say "hi"', `both ' and "`, 'back\\slash', 'tab\tnew\nline\r', '\x00\x1f\x7f', 'é ß', '\u00a0\u2028\u200b', '\u{1f600}', '\ue000', ''];
  it('quotes like Python repr', () => {
    expect(pyReprStr("it's")).toBe(`"it's"`);
    expect(pyReprStr('a\nb')).toBe("'a\\nb'");
  });

  it.runIf(canRunScorePy)('agrees with Python repr() and sorted()', () => {
    expect(strings.map(pyReprStr)).toEqual(pyEval<string[]>('repr', strings));
    expect([...strings].sort(comparePy)).toEqual(pyEval<string[]>('sort', strings));
  });
});
