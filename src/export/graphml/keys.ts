// The GraphML <key> declarations: readable ids, one per (domain, attribute), with GraphML types.
import type { EdgeAttrs, NodeAttrs } from '../../types.js';

export type GraphmlType = 'boolean' | 'int' | 'long' | 'float' | 'double' | 'string';

export interface KeySpec<A> {
  /** Key id: readable, unique across the document (never d0, d1…: Gephi reads some of those as labels). */
  id: string;
  domain: 'node' | 'edge';
  name: string;
  type: GraphmlType;
  /** Reads the value; undefined omits the <data> element. Lists are written as JSON arrays. */
  get: (attrs: A) => string | number | string[] | object[] | undefined;
}

/** Node attributes, in the order they are written. */
export const NODE_KEYS: KeySpec<NodeAttrs>[] = [
  { id: 'label', domain: 'node', name: 'label', type: 'string', get: (a) => a.label },
  { id: 'type', domain: 'node', name: 'type', type: 'string', get: (a) => a.type },
  { id: 'aliases', domain: 'node', name: 'aliases', type: 'string', get: (a) => a.aliases },
  { id: 'mentions', domain: 'node', name: 'mentions', type: 'int', get: (a) => a.mentions },
  { id: 'articles', domain: 'node', name: 'articles', type: 'string', get: (a) => a.articles },
  { id: 'x', domain: 'node', name: 'x', type: 'double', get: (a) => a.x },
  { id: 'y', domain: 'node', name: 'y', type: 'double', get: (a) => a.y },
  { id: 'lat', domain: 'node', name: 'lat', type: 'double', get: (a) => a.lat },
  { id: 'lon', domain: 'node', name: 'lon', type: 'double', get: (a) => a.lon },
  { id: 'country', domain: 'node', name: 'country', type: 'string', get: (a) => a.country },
  { id: 'title', domain: 'node', name: 'title', type: 'string', get: (a) => a.title },
  { id: 'date', domain: 'node', name: 'date', type: 'string', get: (a) => a.date },
  { id: 'source', domain: 'node', name: 'source', type: 'string', get: (a) => a.source },
  { id: 'path', domain: 'node', name: 'path', type: 'string', get: (a) => a.path },
];

/** Edge attributes, in the order they are written. `date` is the earliest supporting date. */
export const EDGE_KEYS: KeySpec<EdgeAttrs>[] = [
  { id: 'edge_type', domain: 'edge', name: 'type', type: 'string', get: (a) => a.type },
  { id: 'edge_weight', domain: 'edge', name: 'weight', type: 'int', get: (a) => a.weight },
  { id: 'edge_date', domain: 'edge', name: 'date', type: 'string', get: (a) => a.dates[0] },
  { id: 'edge_dates', domain: 'edge', name: 'dates', type: 'string', get: (a) => a.dates },
  { id: 'edge_articles', domain: 'edge', name: 'articles', type: 'string', get: (a) => a.articles },
  {
    id: 'edge_evidence',
    domain: 'edge',
    name: 'evidence',
    type: 'string',
    get: (a) => (a.evidence.length ? a.evidence : undefined),
  },
  { id: 'edge_titles', domain: 'edge', name: 'titles', type: 'string', get: (a) => a.titles },
  { id: 'edge_quotes', domain: 'edge', name: 'quotes', type: 'string', get: (a) => a.quotes },
  { id: 'edge_confidence', domain: 'edge', name: 'confidence', type: 'double', get: (a) => a.confidence },
  { id: 'edge_status', domain: 'edge', name: 'status', type: 'string', get: (a) => a.status },
];
