// Converts a KnowledgeGraph into the viewer's compact payload, in sorted order so output is byte-stable.
import type { KnowledgeGraph } from '../../graph/types.js';
import type { EdgeAttrs, NodeAttrs } from '../../types.js';
import { ENTITY_TYPES, MENTIONED_IN } from '../../types.js';
import type { Omitted } from './budget.js';
import type { Communities } from './communities.js';
import type { Point } from './islands.js';
import type {
  PayloadArticle,
  PayloadEdgeExtra,
  PayloadEdge,
  PayloadEvidence,
  PayloadNode,
  PayloadNodeExtra,
  ViewerPayload,
} from './payload.js';
import { PAYLOAD_VERSION } from './payload.js';
import { compareCodeUnits as cmp } from '../../compare.js';

/** What the conversion needs from the resolved options. */
export interface PayloadSettings {
  title: string;
  maxEvidencePerEdge: number;
  fastEdgeThreshold: number;
  articleThreshold: number;
}

/** What the exporter computed from the graph before conversion. */
export interface Prepared {
  ranks: Map<string, number>;
  communities: Communities;
  positions: Map<string, Point>;
  /** Display title by article id. */
  titles: Map<string, string>;
  omitted: Omitted;
}

const KINDS: string[] = [...ENTITY_TYPES, 'Article'];


/** Rounds a coordinate to 6 significant digits: plenty for drawing, and it keeps the JSON small. */
function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(6)) : 0;
}

/** Builds the payload: nodes sorted by key, edges by (source, target, type, key), shared string tables. */
export function toPayload(graph: KnowledgeGraph, settings: PayloadSettings, prep: Prepared): ViewerPayload {
  const nodeKeys = graph.nodes().sort(cmp);
  const nodeIndex = new Map(nodeKeys.map((k, i) => [k, i]));
  const articles = collectArticles(graph, nodeIndex, prep.titles);
  const articleIndex = new Map(articles.map((a, i) => [a[0], i]));
  const artIdx = (id: string): number => {
    let i = articleIndex.get(id);
    if (i === undefined) {
      i = articles.length;
      articles.push([id, prep.titles.get(id) ?? id, '', '', '', -1]);
      articleIndex.set(id, i);
    }
    return i;
  };
  const nodes = nodeKeys.map((key) => {
    const a = graph.getNodeAttributes(key);
    const label = a.type === 'Article' ? (prep.titles.get(a.articles[0] ?? key) ?? a.label) : a.label;
    return toNode(key, { ...a, label, ...prep.positions.get(key) }, artIdx);
  });
  const edgeRows = sortedEdges(graph, nodeIndex);
  const types = [...new Set(edgeRows.map((r) => r.a.type))].sort(cmp);
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      stringIndex.set(s, i);
    }
    return i;
  };
  const edges = edgeRows.map(({ a, s: source, t: target }): PayloadEdge => {
    const evidence = toEvidence(a, settings.maxEvidencePerEdge, artIdx, str);
    const arts = articleIndices(a.articles, artIdx);
    const extra: PayloadEdgeExtra = {};
    if (typeof a.confidence === 'number') extra.c = Number(a.confidence.toFixed(3));
    if (a.status) extra.s = a.status;
    const x = Object.keys(extra).length ? extra : 0;
    return [source, target, typeIndex.get(a.type)!, a.weight, arts, a.dates, evidence, a.titles ?? [], a.quotes ?? [], x];
  });
  return {
    v: PAYLOAD_VERSION,
    name: settings.title,
    kinds: KINDS,
    types,
    articles,
    strings,
    nodes,
    edges,
    fastEdges: settings.fastEdgeThreshold,
    rank: nodeKeys.map((k) => prep.ranks.get(k) ?? 0),
    community: nodeKeys.map((k) => prep.communities.of.get(k) ?? -1),
    communities: prep.communities.names,
    articleThreshold: settings.articleThreshold,
    omitted: prep.omitted,
  };
}

/**
 * Sets each payload node's x/y to its position in `positions`, else its position in `laidOut`, rounded as toPayload
 * rounds: the payload may be made before the layout ends (with no positions yet), and placed once it has.
 */
export function placeNodes(nodes: PayloadNode[], positions: Map<string, Point>, laidOut: KnowledgeGraph): void {
  for (const node of nodes) {
    const p = positions.get(node[0]) ?? laidOut.getNodeAttributes(node[0]);
    node[3] = round(p.x);
    node[4] = round(p.y);
  }
}

/** The article table: one row per Article node (sorted by article id), others appended as referenced. */
function collectArticles(
  graph: KnowledgeGraph,
  nodeIndex: Map<string, number>,
  titles: Map<string, string>,
): PayloadArticle[] {
  const rows: PayloadArticle[] = [];
  graph.forEachNode((key, a) => {
    if (a.type !== 'Article') return;
    const id = a.articles[0] ?? key;
    rows.push([id, titles.get(id) ?? (a.title || a.label), a.date ?? '', a.source ?? '', a.path ?? '', nodeIndex.get(key)!]);
  });
  return rows.sort((x, y) => cmp(x[0], y[0]));
}

/** The distinct article indices of a list of article ids, ascending (most lists hold one id: no Set, no sort). */
function articleIndices(ids: readonly string[], artIdx: (id: string) => number): number[] {
  if (ids.length === 1) return [artIdx(ids[0]!)];
  return [...new Set(ids.map(artIdx))].sort((x, y) => x - y);
}

function toNode(key: string, a: NodeAttrs, artIdx: (id: string) => number): PayloadNode {
  const extra: PayloadNodeExtra = {};
  if (a.lat !== undefined && a.lon !== undefined) {
    extra.lat = a.lat;
    extra.lon = a.lon;
  }
  if (a.country) extra.country = a.country;
  const kind = Math.max(0, KINDS.indexOf(a.type));
  const arts = articleIndices(a.articles, artIdx);
  const hasExtra = Object.keys(extra).length > 0;
  return [key, a.label, kind, round(a.x), round(a.y), a.mentions, a.aliases, arts, hasExtra ? extra : 0];
}

/** An edge with its attributes and the indices of its ends, read once. */
interface EdgeRow {
  key: string;
  s: number;
  t: number;
  a: EdgeAttrs;
}

/** Edges ordered by (source, target, type, key) so insertion order and generated keys do not matter. */
function sortedEdges(graph: KnowledgeGraph, nodeIndex: Map<string, number>): EdgeRow[] {
  const rows = graph.mapEdges((key, a, source, target): EdgeRow => ({ key, s: nodeIndex.get(source)!, t: nodeIndex.get(target)!, a }));
  return rows.sort((x, y) => x.s - y.s || x.t - y.t || cmp(x.a.type, y.a.type) || cmp(x.key, y.key));
}

/**
 * Evidence rows, at most `max` per edge, in sorted (article, sentence) order.
 * NOTE: MENTIONED_IN evidence is dropped: the page shows its weight, not its sentences.
 */
function toEvidence(
  a: EdgeAttrs,
  max: number,
  artIdx: (id: string) => number,
  str: (s: string) => number,
): PayloadEvidence[] {
  if (a.type === MENTIONED_IN) return [];
  const sorted = [...a.evidence].sort(
    (x, y) => cmp(x.article, y.article) || x.start - y.start || cmp(x.sentence, y.sentence),
  );
  return sorted
    .slice(0, max)
    .map((ev) => [artIdx(ev.article), str(ev.sentence), ev.date ?? '', ev.title ?? '', ev.quote ?? '']);
}
