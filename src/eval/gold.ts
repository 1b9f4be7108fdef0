// Loads a gold file (YAML or JSON, see ../shared/eval/GUIDE.md) the way score.py reads it.
import { readFileSync, statSync } from 'node:fs';
import { KgError } from '../errors.js';
import { LoadError, loadPyJson, loadPyyaml } from './py-load.js';
import { isPyScalar, type PyDict, type PyValue, pyHashKey, pyRepr, pyStr, pyTruthy } from './pyvalue.js';
import type { Gold, GoldEntity, GoldRelation } from './types.js';

/** Largest gold file read, in bytes (the shared gold sets are a few kilobytes). */
export const MAX_GOLD_BYTES = 10 * 1024 * 1024;

/**
 * Read and check a gold file. Like score.py, a path ending in `.json` is read as JSON, anything else
 * as YAML typed the way PyYAML's safe_load types it (`a: [02]` is the int 2, so the key "2").
 * @throws KgError INPUT_NOT_FOUND when the file cannot be read, GOLD_INVALID when its shape is wrong.
 */
export function loadGold(path: string): Gold {
  let text: string;
  try {
    const bytes = statSync(path).size;
    if (bytes > MAX_GOLD_BYTES) throw invalid(path, `expected at most ${MAX_GOLD_BYTES / 1024 / 1024} MB, instead found ${(bytes / 1024 / 1024).toFixed(1)} MB`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof KgError) throw err;
    throw new KgError('INPUT_NOT_FOUND', `Cannot read the gold file ${path}: ${(err as Error).message}`, { cause: err });
  }
  return parseGold(text, path, path.endsWith('.json') ? 'json' : 'yaml');
}

/** Parse gold text; `source` names it in error messages. */
export function parseGold(text: string, source: string, format: 'yaml' | 'json'): Gold {
  let root: PyValue;
  try {
    root = format === 'json' ? loadPyJson(text.replace(/^\uFEFF/, '')) : loadPyyaml(text);
  } catch (err) {
    if (!(err instanceof LoadError)) throw err;
    throw invalid(source, `it is not valid ${format === 'json' ? 'JSON' : 'YAML'}: ${err.message}`);
  }
  const top = asDict(root, source, 'the file', 'a mapping with `entities` and `relations`');
  const entities = asDict(get(top, 'entities'), source, '`entities`', 'a mapping of entity key → {type, name, aliases}');
  const relations = get(top, 'relations');
  if (!Array.isArray(relations)) throw invalid(source, `expected \`relations\` to be a list, instead found ${shown(relations)}`);
  return {
    source,
    entities: [...entities.entries.values()].map(({ key, value }) => toEntity(key, value, source)),
    relations: relations.map((r, i) => toRelation(r, i, source)),
  };
}

function toEntity(key: PyValue, value: PyValue, source: string): GoldEntity {
  const where = `entity ${pyRepr(key)}`;
  const e = asDict(value, source, where, 'a mapping with `type` and `name`');
  const name = get(e, 'name');
  if (name === undefined) throw invalid(source, `${where} has no \`name\``);
  const aliases = get(e, 'aliases');
  if (pyTruthy(aliases) && !Array.isArray(aliases)) {
    throw invalid(source, `expected the aliases of ${where} to be a list, instead found ${shown(aliases)}`);
  }
  const type = get(e, 'type');
  return {
    id: typeof key === 'string' ? key : '\u0000' + pyStr(key),
    truthy: pyTruthy(key),
    type: type === undefined ? '' : scalarText(type, source, `the type of ${where}`),
    names: [name, ...(pyTruthy(aliases) ? (aliases as PyValue[]) : [])].map((n) => scalarText(n, source, `a name of ${where}`)),
    optional: pyTruthy(get(e, 'optional')),
  };
}

function toRelation(value: PyValue, index: number, source: string): GoldRelation {
  const where = `relation #${index + 1}`;
  const r = asDict(value, source, where, 'a mapping with `s`, `p` and `o`');
  const [s, p, o] = [get(r, 's'), get(r, 'p'), get(r, 'o')];
  if (s === undefined || p === undefined || o === undefined) {
    throw invalid(source, `${where} (${shown(value)}) needs \`s\`, \`p\` and \`o\``);
  }
  return {
    s: keyList(s, source, `the subject of ${where}`),
    p: scalarText(p, source, `the predicate of ${where}`),
    o: keyList(o, source, `the object of ${where}`),
    a: articleKeys(get(r, 'a'), source, where),
    optional: pyTruthy(get(r, 'optional')),
    sIsList: Array.isArray(s),
    oIsList: Array.isArray(o),
  };
}

/** score.py's `[str(x) for x in as_list(v)]`. */
function keyList(v: PyValue, source: string, what: string): string[] {
  return (Array.isArray(v) ? v : [v]).map((x) => scalarText(x, source, what));
}

/** score.py iterates `r.get('a', [])`: a list gives its items, a string its characters, a mapping its keys. */
function articleKeys(a: PyValue | undefined, source: string, where: string): string[] {
  if (a === undefined) return [];
  if (Array.isArray(a)) return a.map((x) => scalarText(x, source, `an article key of ${where}`));
  if (typeof a === 'string') return [...a];
  if (a !== null && typeof a === 'object' && a.kind === 'dict') return [...a.entries.values()].map((e) => pyStr(e.key));
  throw invalid(source, `expected \`a\` of ${where} to be a list of article keys, instead found ${shown(a)}`);
}

function scalarText(v: PyValue, source: string, what: string): string {
  if (!isPyScalar(v)) throw invalid(source, `expected ${what} to be a single value, instead found ${shown(v)}`);
  return pyStr(v);
}

function asDict(v: PyValue | undefined, source: string, what: string, expected: string): PyDict {
  if (v !== undefined && v !== null && typeof v === 'object' && !Array.isArray(v) && v.kind === 'dict') return v;
  throw invalid(source, `expected ${what} to be ${expected}, instead found ${shown(v)}`);
}

function get(d: PyDict, key: string): PyValue | undefined {
  return d.entries.get(pyHashKey(key))?.value;
}

// Shortened before it is formatted: a value may be huge (a list of a million items).
function shown(v: PyValue | undefined): string {
  if (v === undefined) return 'nothing';
  const text = boundedRepr(v, 80);
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}

// Python repr of `v`, stopping once `budget` characters are written.
function boundedRepr(v: PyValue, budget: number): string {
  if (isPyScalar(v)) return pyRepr(v).slice(0, budget + 1);
  const dict = !Array.isArray(v);
  const parts: string[] = [];
  let used = 1;
  const items = dict ? [...v.entries.values()] : v;
  for (const item of items) {
    if (used > budget) break;
    const part = dict
      ? `${boundedRepr((item as { key: PyValue }).key, budget - used)}: ${boundedRepr((item as { value: PyValue }).value, budget - used)}`
      : boundedRepr(item as PyValue, budget - used);
    parts.push(part);
    used += part.length + 2;
  }
  return `${dict ? '{' : '['}${parts.join(', ')}${dict ? '}' : ']'}`;
}

function invalid(source: string, what: string): KgError {
  return new KgError('GOLD_INVALID', `Gold file ${source}: ${what}. Fix the file and run again.`);
}
