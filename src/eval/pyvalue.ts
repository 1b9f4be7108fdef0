// Python values as PyYAML/json build them, and the bits of Python's str/repr/sort that score.py relies on.

/** A Python `int` (arbitrary precision). */
export interface PyInt {
  kind: 'int';
  value: bigint;
}
/** A Python `float`. */
export interface PyFloat {
  kind: 'float';
  value: number;
}
/** A `datetime.date` or `datetime.datetime`, kept as its `str()` form. */
export interface PyDate {
  kind: 'date';
  text: string;
}
/** A Python `dict`: insertion-ordered, keys compared the Python way (1 == 1.0 == True). */
export interface PyDict {
  kind: 'dict';
  entries: Map<string, { key: PyValue; value: PyValue }>;
}
/** `str`, `bool`, `None`, numbers, dates, `list` and `dict`. */
export type PyValue = string | boolean | null | PyInt | PyFloat | PyDate | PyValue[] | PyDict;

/** A new empty dict. */
export function pyDict(): PyDict {
  return { kind: 'dict', entries: new Map() };
}

/** True for the scalar kinds (everything but list and dict). */
export function isPyScalar(v: PyValue): v is string | boolean | null | PyInt | PyFloat | PyDate {
  return !Array.isArray(v) && !(typeof v === 'object' && v !== null && v.kind === 'dict');
}

/** The key under which a Python dict stores `v`; equal numbers (True, 1, 1.0) share one. */
export function pyHashKey(v: PyValue): string {
  if (typeof v === 'string') return 's' + v;
  if (v === null) return 'n';
  if (typeof v === 'boolean') return 'i' + (v ? '1' : '0');
  if (Array.isArray(v) || v.kind === 'dict') return 'x'; // unhashable; callers reject these first
  if (v.kind === 'int') return 'i' + v.value.toString();
  if (v.kind === 'date') return 'd' + v.text;
  const x = v.value;
  if (Number.isInteger(x)) return 'i' + BigInt(x).toString();
  return 'f' + (Number.isNaN(x) ? 'nan' : String(x));
}

/** Python truthiness. */
export function pyTruthy(v: PyValue | undefined): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v !== '';
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length > 0;
  if (v.kind === 'dict') return v.entries.size > 0;
  if (v.kind === 'int') return v.value !== 0n;
  if (v.kind === 'float') return v.value !== 0;
  return true;
}

/** Python `str()` of a scalar. */
export function pyStr(v: PyValue): string {
  if (typeof v === 'string') return v;
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (Array.isArray(v)) return '[' + v.map(pyRepr).join(', ') + ']';
  if (v.kind === 'int') return v.value.toString();
  if (v.kind === 'float') return pyFloatRepr(v.value);
  if (v.kind === 'date') return v.text;
  return '{' + [...v.entries.values()].map((e) => pyRepr(e.key) + ': ' + pyRepr(e.value)).join(', ') + '}';
}

/** Python `repr()`: strings quoted and escaped, other values as `str()`. NOTE: dates inside lists print as `str()`. */
export function pyRepr(v: PyValue): string {
  return typeof v === 'string' ? pyReprStr(v) : pyStr(v);
}

/** Python `repr(float)`: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '', expText = '0'] = x.toExponential().split('e');
  const exp = Number(expText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    return sign + m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length > exp + 1) return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  return sign + digits + '0'.repeat(exp + 1 - digits.length) + '.0';
}

const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Python `repr(str)`: single quotes unless the text holds `'` and no `"`; non-printables escaped. */
export function pyReprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote) out += '\\' + ch;
    else if (SHORT_ESCAPES[ch]) out += SHORT_ESCAPES[ch];
    else if (ch !== ' ' && (cp < 0x20 || cp === 0x7f || (cp > 0x7f && NOT_PRINTABLE.test(ch)))) out += hexEscape(cp);
    else out += ch;
  }
  return out + quote;
}

function hexEscape(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** Python's string order: by code point (JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function comparePy(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

/** Python `round(x, 3)`: correctly rounded, ties (exactly k/16 with k odd) to even. */
export function pyRound3(x: number): number {
  const fixed = Number(x.toFixed(3));
  const sixteenths = x * 16;
  if (!Number.isInteger(sixteenths) || sixteenths % 2 === 0) return fixed;
  // An exact tie at the 4th decimal: toFixed rounded away from zero; Python keeps the even neighbour.
  const thousandths = Math.round(fixed * 1000);
  return thousandths % 2 === 0 ? fixed : (thousandths - Math.sign(x)) / 1000;
}
