// The compact graph data embedded in the viewer page, shared by the node side (writer) and the browser side (reader).

/** Format version of the payload; bump when the tuple layouts change. */
export const PAYLOAD_VERSION = 1;

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

/**
 * An edge: `[source node index, target node index, type index, weight, article indices, dates, evidence,
 * titles, quotes]`. `type` indexes {@link ViewerPayload.types}.
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
  /** Number of relation edges (not MENTIONED_IN) above which the page draws fast 1px lines. */
  fastEdges: number;
}
