// PyYAML's implicit typing of plain scalars (YAML 1.1 as PyYAML does it) and Python json's number typing.
import type { PyValue } from './pyvalue.js';

// PyYAML's resolver regexes (yaml/resolver.py), tried in this order; the first match decides.
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
const TIMESTAMP_PARTS =
  /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;

/** Thrown by the constructors below when PyYAML would fail; the caller names the file. */
export class ScalarError extends Error {}

/** The Python value PyYAML's safe_load gives a plain (unquoted, untagged) scalar. */
export function resolvePlainPyyaml(text: string): PyValue {
  const first = text.charAt(0);
  if ('yYnNtTfFoO'.includes(first) && first !== '' && BOOL.test(text)) return constructBool(text);
  if ('-+0123456789.'.includes(first) && first !== '' && FLOAT.test(text)) return constructFloat(text);
  if ('-+0123456789'.includes(first) && first !== '' && INT.test(text)) return constructInt(text);
  if (NULL.test(text)) return null;
  if (TIMESTAMP.test(text)) return constructTimestamp(text);
  return text;
}

/** The Python value `json.loads` gives a bare JSON token (number, true, false, null, NaN, Infinity). */
export function resolvePlainJson(text: string): PyValue {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text === 'null') return null;
  if (text === 'NaN') return { kind: 'float', value: Number.NaN };
  if (text === 'Infinity' || text === '-Infinity') return { kind: 'float', value: Number(text) };
  if (/^-?(?:0|[1-9][0-9]*)$/.test(text)) return { kind: 'int', value: BigInt(text) };
  if (/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/.test(text)) return { kind: 'float', value: Number(text) };
  throw new ScalarError(`expected a JSON value, instead found ${JSON.stringify(text)}`);
}

/** PyYAML's constructor for an explicit `!!tag` on a scalar; undefined when the tag means "keep the string". */
export function constructTagged(tag: string, text: string): PyValue | undefined {
  switch (tag) {
    case 'tag:yaml.org,2002:str':
      return undefined;
    case 'tag:yaml.org,2002:bool':
      return constructBool(text);
    case 'tag:yaml.org,2002:int':
      return constructInt(text);
    case 'tag:yaml.org,2002:float':
      return constructFloat(text);
    case 'tag:yaml.org,2002:null':
      return null;
    case 'tag:yaml.org,2002:timestamp':
      return constructTimestamp(text);
    default:
      throw new ScalarError(`the tag ${tag} is not one PyYAML's safe_load accepts on a scalar`);
  }
}

function constructBool(text: string): PyValue {
  const lower = text.toLowerCase();
  if (['yes', 'true', 'on'].includes(lower)) return true;
  if (['no', 'false', 'off'].includes(lower)) return false;
  throw new ScalarError(`expected a boolean, instead found ${JSON.stringify(text)}`);
}

function constructInt(text: string): PyValue {
  let value = text.replaceAll('_', '');
  const sign = value.startsWith('-') ? -1n : 1n;
  if (value.startsWith('-') || value.startsWith('+')) value = value.slice(1);
  let n: bigint;
  if (value === '0') n = 0n;
  else if (value.startsWith('0b')) n = parseBase(value.slice(2), 2);
  else if (value.startsWith('0x')) n = parseBase(value.slice(2), 16);
  else if (value.startsWith('0')) n = parseBase(value, 8);
  else if (value.includes(':')) n = value.split(':').reduce((acc, part) => acc * 60n + parseBase(part, 10), 0n);
  else n = parseBase(value, 10);
  return { kind: 'int', value: sign * n };
}

function parseBase(digits: string, base: number): bigint {
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base as 2 | 8 | 10 | 16];
  if (!valid.test(digits)) throw new ScalarError(`expected a base-${base} integer, instead found ${JSON.stringify(digits)}`);
  const prefix = { 2: '0b', 8: '0o', 10: '', 16: '0x' }[base as 2 | 8 | 10 | 16];
  return BigInt(prefix + digits);
}

function constructFloat(text: string): PyValue {
  let value = text.replaceAll('_', '').toLowerCase();
  const sign = value.startsWith('-') ? -1 : 1;
  if (value.startsWith('-') || value.startsWith('+')) value = value.slice(1);
  let x: number;
  if (value === '.inf') x = sign * 1e300 * 1e300;
  else if (value === '.nan') return { kind: 'float', value: Number.NaN };
  else if (value.includes(':')) x = sign * value.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
  else x = sign * Number(value);
  if (Number.isNaN(x)) throw new ScalarError(`expected a number, instead found ${JSON.stringify(text)}`);
  return { kind: 'float', value: x };
}

function constructTimestamp(text: string): PyValue {
  const m = TIMESTAMP_PARTS.exec(text);
  if (!m) throw new ScalarError(`expected a timestamp, instead found ${JSON.stringify(text)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new ScalarError(`${JSON.stringify(text)} is not a valid date`);
  }
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!m[4]) return { kind: 'date', text: date };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (hour > 23 || minute > 59 || second > 59) throw new ScalarError(`${JSON.stringify(text)} is not a valid time`);
  const micro = m[7] ? Number((m[7].slice(0, 6) + '000000').slice(0, 6)) : 0;
  let out = `${date} ${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}` + (micro ? '.' + pad(micro, 6) : '');
  if (m[9]) out += timezoneText(m[9] === '-' ? -1 : 1, Number(m[10]), Number(m[11] ?? 0), text);
  else if (m[8]) out += '+00:00';
  return { kind: 'date', text: out };
}

/** Python's str() of a fixed-offset timezone: ±HH:MM (Python refuses offsets of 24 hours or more). */
function timezoneText(sign: number, hours: number, minutes: number, text: string): string {
  const total = hours * 60 + minutes;
  if (total >= 24 * 60) throw new ScalarError(`${JSON.stringify(text)} has a time zone offset of 24 hours or more`);
  if (total === 0) return '+00:00';
  return (sign < 0 ? '-' : '+') + pad(Math.floor(total / 60), 2) + ':' + pad(total % 60, 2);
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
