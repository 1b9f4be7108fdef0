// The CSV files of a graph: entity, article and corpus nodes, and every relationship in one file, in the loader's model.
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { type EdgeAttrs, type EdgeType, ENTITY_TYPES, type NodeAttrs } from '../../types.js';
import { relKeys } from '../neo4j/cypher.js';
import { mergeRelContributions, type RelContribution } from '../neo4j/contributions.js';
import { articleProps, checkEdgeType, corpusIdOf, entityContribution, nodeId, nodeLabel, relContribution } from '../neo4j/rows.js';
import { ARRAY_DELIMITER, int, list, num, point, str } from './csv.js';

/** One CSV file: its name, header and rows (each a line without the newline). */
export interface CsvFile {
  name: string;
  kind: 'nodes' | 'relationships';
  header: string;
  rows: Iterable<string>;
  count: number;
}

// Nodes are numbered across the node files in the order written (`:ID`, read with `--id-type=actual`, so the
// import tool needs no id lookup); the stored id is the `id` column, as the MERGE loader writes it.
const ENTITY_HEADER =
  ':ID,id,:LABEL,name,aliases:string[],mentions:long,articles:string[],lat:double,lon:double,country,location:point{crs:WGS-84},corpora:string[]';
const ARTICLE_HEADER = ':ID,id,:LABEL,key,title,date,source,path,mentions:long,corpora:string[]';
const CORPUS_HEADER = ':ID,id,:LABEL';

/** Relationship property columns by key: their import type and field writer; any other key is a list of strings. */
const REL_COLUMNS: Record<string, { type: string; field: (value: unknown, where: () => string) => string }> = {
  weight: { type: 'long', field: (v) => int(v as number) },
  count: { type: 'long', field: (v) => int(v as number) },
  confidence: { type: 'double', field: (v) => num(v as number) },
  status: { type: 'string', field: (v) => str(v as string | undefined) },
};
const LIST_COLUMN = { type: 'string[]', field: (v: unknown, where: () => string) => list(v as string[] | undefined, where) };
const columnOf = (key: string) => REL_COLUMNS[key] ?? LIST_COLUMN;

/**
 * Every file of the graph in the model `kg neo4j` writes for a database holding one corpus: entity nodes
 * (`:Entity:<Type>`), articles and a `:KgCorpus` marker, one file each, and all relationships in one file
 * (the import tool reads a sample of every file before it starts, so fewer files start sooner).
 * The corpus id defaults to the MERGE loader's (a hash of the article ids).
 *
 * The rows are those of `graphRows` (same order, parallel edges added up the same way), made straight from the
 * graph as they are written: `graphRows` keeps an object per node and relationship until the end, and on a
 * graph of 100k nodes copying those through the young generation was a third of the export's CPU (docs/scale.md).
 */
export function csvFiles(graph: KnowledgeGraph, corpus?: string): { corpus: string; files: CsvFile[] } {
  const nodes = nodeIndex(graph);
  const id = corpus ?? corpusIdOf(nodes.ids.slice(nodes.entities).sort(), graph);
  const corpora = list([id], 'corpus id');
  return { corpus: id, files: [...nodeFiles(nodes, corpora, id), relFile(graph, nodes, corpora)] };
}

/**
 * The nodes in the order written, which numbers them: entities by type (ENTITY_TYPES order), then articles,
 * each in graph order. `number` maps a graph key to its row; `ids` and `attrs` are by row.
 */
interface NodeIndex {
  number: Map<string, number>;
  keys: string[];
  ids: string[];
  attrs: NodeAttrs[];
  /** Rows below this are entities, the rest articles. */
  entities: number;
}

/** Numbers the nodes; throws on a type outside the whitelist and on two articles with one id. */
function nodeIndex(graph: KnowledgeGraph): NodeIndex {
  const byType = new Map<string, string[]>(ENTITY_TYPES.map((t) => [t, []]));
  const articles: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (nodeLabel(key, attrs) === 'Article') articles.push(key);
    else byType.get(attrs.type)!.push(key);
  });
  const keys = [...[...byType.values()].flat(), ...articles];
  const entities = keys.length - articles.length;
  const index: NodeIndex = { number: new Map(), keys, ids: [], attrs: [], entities };
  const articleIds = new Set<string>();
  for (let n = 0; n < keys.length; n++) {
    const key = keys[n]!;
    const attrs = graph.getNodeAttributes(key);
    const id = nodeId(key, attrs);
    // Entity ids are graph keys, unique already; an article's is its article id.
    if (n >= entities) {
      if (articleIds.has(id)) throw new KgError('INPUT_INVALID', `two Article nodes have the id ${JSON.stringify(id)}; node ids must be unique`);
      articleIds.add(id);
    }
    index.number.set(key, n);
    index.ids.push(id);
    index.attrs.push(attrs);
  }
  return index;
}

function nodeFiles(nodes: NodeIndex, corpora: string, corpus: string): CsvFile[] {
  const { entities, keys } = nodes;
  return [
    { name: 'nodes-Entity.csv', kind: 'nodes', header: ENTITY_HEADER, rows: entityLines(nodes, corpora), count: entities },
    { name: 'nodes-Article.csv', kind: 'nodes', header: ARTICLE_HEADER, rows: articleLines(nodes, corpora), count: keys.length - entities },
    { name: 'nodes-KgCorpus.csv', kind: 'nodes', header: CORPUS_HEADER, rows: [`${keys.length},${str(corpus)},KgCorpus`], count: 1 },
  ];
}

function* entityLines({ ids, attrs, entities }: NodeIndex, corpora: string): Generator<string> {
  let current = '';
  // One closure naming the current entity, only called to word an error.
  const where = () => `entity ${current}`;
  for (let n = 0; n < entities; n++) {
    current = ids[n]!;
    const c = entityContribution(attrs[n]!);
    yield [n, str(current), `Entity${ARRAY_DELIMITER}${c.type}`, str(c.name), list(c.aliases, where), int(c.mentions),
      list(c.articles, where), num(c.lat), num(c.lon), str(c.country), point(c.lat, c.lon), corpora].join(',');
  }
}

function* articleLines({ keys, ids, attrs, entities }: NodeIndex, corpora: string): Generator<string> {
  for (let n = entities; n < keys.length; n++) {
    const p = articleProps(keys[n]!, attrs[n]!);
    yield [n, str(ids[n]!), 'Article', str(p.key), str(p.title), str(p.date), str(p.source), str(p.path), int(p.mentions), corpora].join(',');
  }
}

/** Relationships of one type between one pair of labels, by edge number (graph order), as `graphRows` groups them. */
interface EdgeGroup {
  type: EdgeType;
  edges: number[];
}

/**
 * The graph's edges by number (graph order) with their end rows, grouped as `graphRows` groups them, and the
 * added-up contribution of each (type, source, target) that has parallel edges, kept on its first edge; the
 * later ones are in no group (Neo4j keeps one relationship per type and pair of ends).
 */
interface EdgeIndex {
  groups: EdgeGroup[];
  attrs: EdgeAttrs[];
  sources: Int32Array;
  targets: Int32Array;
  merged: Map<number, RelContribution>;
}

function edgeIndex(graph: KnowledgeGraph, nodes: NodeIndex): EdgeIndex {
  const size = graph.size;
  const index: EdgeIndex = { groups: [], attrs: [], sources: new Int32Array(size), targets: new Int32Array(size), merged: new Map() };
  const { attrs, sources, targets } = index;
  const typeNumbers = new Map<string, number>();
  const types = new Int32Array(size);
  let e = 0;
  graph.forEachEdge((key, edge, source, target) => {
    checkEdgeType(key, edge);
    attrs.push(edge);
    sources[e] = nodes.number.get(source)!;
    targets[e] = nodes.number.get(target)!;
    let type = typeNumbers.get(edge.type);
    if (type === undefined) {
      type = typeNumbers.size;
      typeNumbers.set(edge.type, type);
    }
    types[e++] = type;
  });
  // Parallel edges (one type, one pair of ends) are found by a hash of the three into a table of 16 slots per
  // edge: only edges that share a slot (true repeats, and ~6% by chance) are keyed by string to add them up.
  const mask = 2 ** Math.ceil(Math.log2(16 * Math.max(1, size))) - 1;
  const slot = (i: number) => (Math.imul(sources[i]!, 0x9e3779b1) ^ Math.imul(targets[i]!, 0x85ebca77) ^ Math.imul(types[i]!, 0xc2b2ae3d)) & mask;
  const shared = new Uint8Array(mask + 1);
  for (let i = 0; i < size; i++) if (shared[slot(i)]! < 2) shared[slot(i)]!++;
  const firstOfPair = new Map<string, number>();
  // Groups by type, then by which ends are articles (2 × source + target), as `graphRows` groups them.
  const groupsOf: (EdgeGroup | undefined)[][] = [];
  for (let i = 0; i < size; i++) {
    if (shared[slot(i)]! > 1) {
      const pair = `${types[i]} ${sources[i]} ${targets[i]}`;
      const first = firstOfPair.get(pair);
      if (first !== undefined) {
        index.merged.set(first, mergeRelContributions(index.merged.get(first) ?? relContribution(attrs[first]!), relContribution(attrs[i]!)));
        continue;
      }
      firstOfPair.set(pair, i);
    }
    const byEnds = groupsOf[types[i]!] ?? [];
    groupsOf[types[i]!] = byEnds;
    const ends = 2 * Number(sources[i]! >= nodes.entities) + Number(targets[i]! >= nodes.entities);
    let group = byEnds[ends];
    if (!group) {
      group = { type: attrs[i]!.type, edges: [] };
      byEnds[ends] = group;
      index.groups.push(group);
    }
    group.edges.push(i);
  }
  return index;
}

/** One file for all relationships: the union of the groups' property columns, empty (no property) where a type has none. */
function relFile(graph: KnowledgeGraph, nodes: NodeIndex, corpora: string): CsvFile {
  const edges = edgeIndex(graph, nodes);
  const keys = [...new Set(edges.groups.flatMap((g) => relKeys(g.type)))];
  const header = [':START_ID', ':END_ID', ':TYPE', ...keys.map((k) => `${k}:${columnOf(k).type}`), 'corpora:string[]'].join(',');
  const count = edges.groups.reduce((s, g) => s + g.edges.length, 0);
  return { name: 'relationships.csv', kind: 'relationships', header, rows: relLines(edges, nodes.ids, keys, corpora), count };
}

/** The lines of the relationship file, made as they are written (no array of 10⁵ lines held at once). */
function* relLines(edges: EdgeIndex, ids: readonly string[], keys: readonly string[], corpora: string): Generator<string> {
  const { attrs, sources, targets, merged } = edges;
  const tail = `,${corpora}`;
  for (const group of edges.groups) {
    const own = new Set(relKeys(group.type));
    // `count` is the MERGE loader's name for the weight of a MENTIONED_IN relationship.
    const fields = keys.map((k) => (own.has(k) ? { read: k === 'count' ? 'weight' : k, field: columnOf(k).field } : null));
    let e = 0;
    // One closure per group naming the current row, only called to word an error.
    const where = () => `${group.type} ${ids[sources[e]!]} → ${ids[targets[e]!]}`;
    for (e of group.edges) {
      const values = (merged.get(e) ?? relContribution(attrs[e]!)) as unknown as Record<string, unknown>;
      let line = `${sources[e]},${targets[e]},${group.type}`;
      for (const f of fields) line += f ? `,${f.field(values[f.read], where)}` : ',';
      yield line + tail;
    }
  }
}
