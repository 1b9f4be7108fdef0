// The compact graph data embedded in the viewer page, shared by the node side (writer) and the browser side (reader).

/** Format version of the payload; bump when the tuple layouts change. */
export const PAYLOAD_VERSION = 2;

/** An article: `[id, title, date, source, path, node index of its Article node or -1]`. */
export type PayloadArticle = [id: string, title: string, date: string, source: string, path: string, node: number];

/** Extra attributes of a node (places on the map). */
export interface PayloadNodeExtra {
  lat?: number;
  lon?: number;
  country?: string;
}

/**
 * A node: `[key, label, kind index, x, y, mentions, aliases, article indices, extra]`.
 * `kind` indexes {@link ViewerPayload.kinds}; article indices index {@link ViewerPayload.articles}.
 */
export type PayloadNode = [
  key: string,
  label: string,
  kind: number,
  x: number,
  y: number,
  mentions: number,
  aliases: string[],
  articles: number[],
  extra: PayloadNodeExtra | 0,
];

/** One supporting sentence: `[article index, sentence index into strings, date, position title, quote]`. */
export type PayloadEvidence = [article: number, sentence: number, date: string, title: string, quote: string];

/** Optional qualities of a relation: `c` its confidence (0–1), `s` its status ('former'). */
export interface PayloadEdgeExtra {
  c?: number;
  s?: string;
}

/**
 * An edge: `[source node index, target node index, type index, weight, article indices, dates, evidence,
 * titles, quotes, extra]`. `type` indexes {@link ViewerPayload.types}.
 */
export type PayloadEdge = [
  source: number,
  target: number,
  type: number,
  weight: number,
  articles: number[],
  dates: string[],
  evidence: PayloadEvidence[],
  titles: string[],
  quotes: string[],
  extra: PayloadEdgeExtra | 0,
];

/** Everything the page needs, as compact JSON. */
export interface ViewerPayload {
  v: number;
  /** Page title. */
  name: string;
  /** Node kinds (entity types and 'Article'), in legend order. */
  kinds: string[];
  /** Edge types (predicates and MENTIONED_IN) present in the graph, sorted. */
  types: string[];
  articles: PayloadArticle[];
  /** Distinct evidence sentences, referenced by index. */
  strings: string[];
  nodes: PayloadNode[];
  edges: PayloadEdge[];
  /** Number of edges (MENTIONED_IN included) above which the page draws points and fast 1px lines. */
  fastEdges: number;
  /** Importance of each node (PageRank over relation edges, largest 1), by node index. */
  rank: number[];
  /** Community of each node by node index (indexes `communities`; -1 for none). */
  community: number[];
  /** Community names (after their most important entity), largest community first. */
  communities: string[];
  /** Article count above which Article nodes start hidden. */
  articleThreshold: number;
  /** What the node budget left out of the page (zeros when nothing). */
  omitted: { nodes: number; edges: number };
}
