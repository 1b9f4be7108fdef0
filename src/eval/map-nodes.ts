// Maps graph nodes to gold entities (by label, then aliases) and Article nodes to gold article keys, as score.py.
import { KgError } from '../errors.js';
import type { EntityType } from '../types.js';
import { normalizeName, pyStrip } from './normalize.js';
import { comparePy } from './pyvalue.js';
import type { Gold, GoldEntity, ScoringAttrs, ScoringGraph } from './types.js';

/** Node `type` values (lowercased) score.py reads as entity types. */
const ENTITY_KINDS: Readonly<Record<string, EntityType>> = {
  person: 'Person',
  per: 'Person',
  organization: 'Organization',
  organisation: 'Organization',
  org: 'Organization',
  location: 'Location',
  loc: 'Location',
  gpe: 'Location',
  place: 'Location',
};
/** Node `type` values (lowercased) score.py reads as articles. */
const DOC_KINDS = new Set(['article', 'document', 'doc']);

/** What a node stands for in gold terms: an entity, or `doc:<article key>`. `truthy` is Python's `bool(gid)`. */
export interface GoldRef {
  id: string;
  truthy: boolean;
}

export type NodeKind = EntityType | 'doc' | 'other';

/** score.py's `node_kind` and `node_gold`, in node order. */
export interface NodeMapping {
  kind: Map<string, NodeKind>;
  /** Node id → gold entity or article; absent or null when it maps to nothing. */
  gold: Map<string, GoldEntity | GoldRef | null>;
}

/**
 * score.py's `node_names`: the first non-empty of label/name/canonical/title, then the aliases
 * (a JSON array string; if the text is not JSON or not iterable, '|'-separated).
 */
export function nodeNames(attrs: ScoringAttrs | undefined): string[] {
  if (!attrs) return [];
  const names: string[] = [];
  for (const key of ['label', 'name', 'canonical', 'title']) {
    const value = attrs.get(key);
    if (value) {
      names.push(value);
      break;
    }
  }
  const aliases = attrs.get('aliases') || '';
  if (aliases) names.push(...aliasList(aliases));
  return names;
}

/** NOTE: a JSON object's keys come in JS order (integer-like keys first), Python keeps file order. */
function aliasList(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return splitBars(text);
  }
  // Python iterates what json.loads gave: list items, string characters, object keys; other values raise.
  if (Array.isArray(parsed)) return parsed.filter((x): x is string => typeof x === 'string');
  if (typeof parsed === 'string') return [...parsed];
  if (parsed !== null && typeof parsed === 'object') return Object.keys(parsed);
  return splitBars(text);
}

function splitBars(text: string): string[] {
  return text
    .split('|')
    .map(pyStrip)
    .filter((x) => x !== '');
}

/** Map every node of `graph` to a gold entity or article key, exactly as score.py does. */
export function mapNodes(gold: Gold, graph: ScoringGraph): NodeMapping {
  const alias = new Map<string, GoldEntity>();
  for (const entity of gold.entities) {
    for (const name of entity.names) {
      const key = normalizeName(name);
      if (!alias.has(key)) alias.set(key, entity);
    }
  }
  const articlePatterns = compileArticleKeys(gold);
  const mapping: NodeMapping = { kind: new Map(), gold: new Map() };
  for (const [id, attrs] of graph.nodes) {
    const kind = (pyStrip(attrs.get('type') || attrs.get('kind') || attrs.get('entity_type') || '')).toLowerCase();
    if (DOC_KINDS.has(kind)) {
      mapping.kind.set(id, 'doc');
      const article = matchArticle(id, attrs, articlePatterns);
      if (article !== undefined) mapping.gold.set(id, { id: 'doc:' + article, truthy: true });
      continue;
    }
    const entityKind = Object.hasOwn(ENTITY_KINDS, kind) ? ENTITY_KINDS[kind] : undefined;
    if (!entityKind) {
      mapping.kind.set(id, 'other');
      continue;
    }
    mapping.kind.set(id, entityKind);
    mapping.gold.set(id, lookUp(nodeNames(attrs), alias));
  }
  return mapping;
}

/** The label decides when it maps; else the first alias mapping to a truthy key (score.py's `if gid: break`). */
function lookUp(names: string[], alias: Map<string, GoldEntity>): GoldEntity | null {
  if (names.length === 0) return null;
  let found = alias.get(normalizeName(names[0]!)) ?? null;
  if (found !== null) return found;
  for (const name of names.slice(1)) {
    found = alias.get(normalizeName(name)) ?? null;
    if (found?.truthy) break;
  }
  return found;
}

/** Article keys: the objects of QUOTED_IN facts and every `a` entry, each as score.py's regex `(^|[^0-9])key_`. */
function compileArticleKeys(gold: Gold): [string, RegExp][] {
  const keys = new Set<string>();
  for (const r of gold.relations) if (r.p === 'QUOTED_IN') for (const o of r.o) keys.add(o);
  for (const r of gold.relations) for (const a of r.a) keys.add(a);
  return [...keys].sort(comparePy).map((key) => {
    try {
      return [key, new RegExp('(^|[^0-9])' + key + '_')];
    } catch (err) {
      throw new KgError('GOLD_INVALID', `Gold file ${gold.source}: the article key ${JSON.stringify(key)} is not usable in a pattern: ${(err as Error).message}.`);
    }
  });
}

/**
 * The article key found in any attribute value or the node id.
 * NOTE: when several keys match one node, score.py keeps whichever its (randomly ordered) set gives last;
 * this keeps the last in sorted order.
 */
function matchArticle(id: string, attrs: ScoringAttrs, patterns: [string, RegExp][]): string | undefined {
  const blob = [...attrs.values()].join(' ') + ' ' + id;
  let found: string | undefined;
  for (const [key, pattern] of patterns) if (pattern.test(blob)) found = key;
  return found;
}
