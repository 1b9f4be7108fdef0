// What a load writes, element by element: a key per node and relationship and a hash of the properties stored.
import { createHash } from 'node:crypto';
import type { GraphRows } from '../neo4j/rows.js';

/** Element key → hash of what the loader stores for it (12 base64url characters). */
export type Fingerprints = Map<string, string>;

const hash = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64url').slice(0, 12);

/** `n|Entity|<id>`, `n|Article|<id>`: the key of a node row. */
export const nodeKey = (label: 'Entity' | 'Article', id: string) => `n|${label}|${id}`;

/** `r|<TYPE>|<source label>|<target label>|<source id>|<target id>`: the key of a relationship row (ids hold no NUL). */
export const relKey = (type: string, sourceLabel: string, targetLabel: string, source: string, target: string) =>
  `r|${type}|${sourceLabel}|${targetLabel}|${source}\u0000${target}`;

/** The fingerprint of every row `loadGraph` would write for these rows. */
export function fingerprints(rows: GraphRows): Fingerprints {
  const out: Fingerprints = new Map();
  for (const [type, entities] of rows.entities) {
    for (const e of entities) out.set(nodeKey('Entity', e.id), hash([type, e.contribution]));
  }
  for (const a of rows.articles) out.set(nodeKey('Article', a.id), hash(a.props));
  for (const g of rows.relationships) {
    for (const r of g.rows) out.set(relKey(g.type, g.sourceLabel, g.targetLabel, r.source, r.target), hash(r.contribution));
  }
  return out;
}

/** Keys new or changed in `next`, and keys of `prev` gone from it. */
export function diff(prev: Fingerprints, next: Fingerprints): { changed: Set<string>; removed: string[] } {
  const changed = new Set<string>();
  for (const [key, value] of next) if (prev.get(key) !== value) changed.add(key);
  const removed = [...prev.keys()].filter((key) => !next.has(key)).sort();
  return { changed, removed };
}
