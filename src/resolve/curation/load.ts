// Reads and validates the analyst's curation file (merge groups, distinct pairs, type overrides, drops).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { KgError } from '../../errors.js';
import { ENTITY_TYPES, type EntityType } from '../../types.js';

/** One `merge` group: every name in it is one entity, shown under `name`. */
export interface CurationMerge {
  name: string;
  type?: EntityType;
  aliases: string[];
}

/** The analyst's overrides, as read from a curation YAML file. */
export interface Curation {
  /** Where it was read from, for messages. */
  source: string;
  merge: CurationMerge[];
  /** Pairs of names that must never be one entity. */
  distinct: [string, string][];
  /** Type overrides by name (or alias). */
  type: Record<string, EntityType>;
  /** Names that are not entities. */
  drop: string[];
}

/** An empty curation (no overrides). */
export function emptyCuration(source = '(none)'): Curation {
  return { source, merge: [], distinct: [], type: {}, drop: [] };
}

const SECTIONS = new Set(['merge', 'distinct', 'type', 'drop']);
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Reads a curation file (see README "Curation").
 * @throws KgError INPUT_NOT_FOUND when the file cannot be read, INPUT_INVALID when it is not a valid curation file.
 * @example loadCuration('aliases.yaml').merge[0].aliases // ['NDF', 'Nordef']
 */
export function loadCuration(path: string): Curation {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new KgError('INPUT_NOT_FOUND', `Cannot read the curation file ${path}: ${(err as Error).message}`, { cause: err });
  }
  if (text.length > MAX_BYTES) throw invalid(path, 'expected at most 10 MB, instead found a larger file');
  return parseCuration(text, path);
}

/**
 * Parses curation YAML text; `source` names it in errors.
 * @throws KgError INPUT_INVALID on bad YAML or a wrong shape.
 */
export function parseCuration(text: string, source: string): Curation {
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 10, merge: false, uniqueKeys: true, schema: 'core' });
  } catch (err) {
    const why = ((err as Error).message.split('\n')[0] ?? '').trim();
    throw new KgError('INPUT_INVALID', `Curation file ${source}: expected YAML, instead: ${why}. Fix the file and run again.`, { cause: err });
  }
  const out = emptyCuration(source);
  if (doc === null || doc === undefined) return out;
  if (!isRecord(doc)) throw invalid(source, `expected a mapping with merge/distinct/type/drop, instead found ${describe(doc)}`);
  for (const key of Object.keys(doc)) if (!SECTIONS.has(key)) throw invalid(source, `expected sections merge, distinct, type or drop, instead found ${JSON.stringify(key)}`);
  out.merge = list(doc.merge, source, 'merge').map((g, i) => mergeGroup(g, source, i));
  out.distinct = list(doc.distinct, source, 'distinct').map((p, i) => pair(p, source, i));
  out.type = typeMap(doc.type, source);
  out.drop = list(doc.drop, source, 'drop').map((n, i) => name(n, source, `drop[${i}]`));
  return out;
}

function mergeGroup(g: unknown, source: string, i: number): CurationMerge {
  const where = `merge[${i}]`;
  if (!isRecord(g)) throw invalid(source, `${where}: expected a mapping with name and aliases, instead found ${describe(g)}`);
  for (const key of Object.keys(g)) if (!['name', 'type', 'aliases'].includes(key)) throw invalid(source, `${where}: expected name, type or aliases, instead found ${JSON.stringify(key)}`);
  const out: CurationMerge = { name: name(g.name, source, `${where}.name`), aliases: list(g.aliases, source, `${where}.aliases`).map((a, j) => name(a, source, `${where}.aliases[${j}]`)) };
  if (g.type !== undefined && g.type !== null) out.type = entityType(g.type, source, `${where}.type`);
  return out;
}

function pair(p: unknown, source: string, i: number): [string, string] {
  if (!Array.isArray(p) || p.length !== 2) throw invalid(source, `distinct[${i}]: expected a pair [A, B], instead found ${describe(p)}`);
  return [name(p[0], source, `distinct[${i}][0]`), name(p[1], source, `distinct[${i}][1]`)];
}

function typeMap(v: unknown, source: string): Record<string, EntityType> {
  if (v === undefined || v === null) return {};
  if (!isRecord(v)) throw invalid(source, `type: expected a mapping name: type, instead found ${describe(v)}`);
  const out: Record<string, EntityType> = {};
  for (const [k, t] of Object.entries(v)) out[name(k, source, 'type')] = entityType(t, source, `type.${k}`);
  return out;
}

function entityType(v: unknown, source: string, where: string): EntityType {
  if (typeof v === 'string' && (ENTITY_TYPES as readonly string[]).includes(v)) return v as EntityType;
  throw invalid(source, `${where}: expected ${ENTITY_TYPES.join(', ')}, instead found ${describe(v)}`);
}

function list(v: unknown, source: string, where: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw invalid(source, `${where}: expected a list, instead found ${describe(v)}`);
  return v;
}

function name(v: unknown, source: string, where: string): string {
  const s = typeof v === 'number' ? String(v) : v;
  if (typeof s !== 'string' || s.trim() === '') throw invalid(source, `${where}: expected a name, instead found ${describe(v)}`);
  return s.trim();
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (isRecord(v)) return 'a mapping';
  return v === null || v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 40);
}

function invalid(source: string, what: string): KgError {
  return new KgError('INPUT_INVALID', `Curation file ${source}: ${what}. Fix the file and run again.`);
}
