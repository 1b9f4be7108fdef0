// Seeded synthetic KnowledgeGraph (invented names, clustered positions) for benchmarks and tests.
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../src/graph/types.js';
import type { EdgeAttrs, EntityType, Evidence, GraphAttrs, NodeAttrs, Predicate } from '../src/types.js';
import { MENTIONED_IN, PREDICATES } from '../src/types.js';

/** Size and shape of the synthetic graph. */
export interface SynthOptions {
  /** Total nodes, articles included. */
  nodes: number;
  /** Total edges, MENTIONED_IN included. */
  edges: number;
  /** @default 1 */
  seed?: number;
  /** Share of nodes that are articles. @default 0.05 */
  articleShare?: number;
  /** Share of edges that are MENTIONED_IN. @default 0.3 */
  mentionShare?: number;
}

const SYLLABLES = [
  'ka',
  'lo',
  'ren',
  'vi',
  'dor',
  'sa',
  'mel',
  'tu',
  'rin',
  'zo',
  'bar',
  'ne',
  'qui',
  'fal',
  'os',
  'ter',
];
const OUTLETS = ['Daily Lantern', 'Northern Courier', 'Harbor Wire', 'Evening Ledger'];
const TYPES: EntityType[] = ['Person', 'Organization', 'Location'];
const RELATIONS = PREDICATES.filter((p) => p !== 'QUOTED_IN');

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(r: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

function entityName(r: () => number, type: EntityType, i: number): string {
  if (type === 'Person') return `${word(r, 2)} ${word(r, 3)} ${i}`;
  if (type === 'Organization') return `${word(r, 2)} ${r() < 0.5 ? 'Council' : 'Front'} ${i}`;
  return `${word(r, 3)} ${i}`;
}

interface Layout {
  cluster: Int32Array;
  members: number[][];
}

/** Nodes fall into clusters placed on a disc; a node sits near its cluster's center. */
function place(r: () => number, n: number): Layout & { x: Float64Array; y: Float64Array } {
  const k = Math.max(1, Math.round(Math.sqrt(n) / 3));
  const centers = Array.from({ length: k }, () => [(r() - 0.5) * 2000, (r() - 0.5) * 2000] as const);
  const cluster = new Int32Array(n);
  const members: number[][] = Array.from({ length: k }, () => []);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = Math.floor(r() * k);
    cluster[i] = c;
    members[c]!.push(i);
    const spread = 60 * Math.sqrt(-2 * Math.log(r() + 1e-9));
    const angle = 2 * Math.PI * r();
    x[i] = centers[c]![0] + spread * Math.cos(angle);
    y[i] = centers[c]![1] + spread * Math.sin(angle);
  }
  return { cluster, members, x, y };
}

/** Builds a synthetic graph with `nodes` nodes and (about) `edges` edges; same options → same graph. */
export function synthGraph(options: SynthOptions): KnowledgeGraph {
  const r = rng(options.seed ?? 1);
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  const nArticles = Math.max(1, Math.round(options.nodes * (options.articleShare ?? 0.05)));
  const nEntities = Math.max(2, options.nodes - nArticles);
  graph.replaceAttributes({
    name: 'Synthetic news graph',
    articles: nArticles,
  });
  const { cluster, members, x, y } = place(r, nEntities + nArticles);
  const keys: string[] = [];
  const articleIds: string[] = [];
  for (let a = 0; a < nArticles; a++) {
    const id = `synth-${String(a).padStart(6, '0')}`;
    const i = nEntities + a;
    const date = `2024-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;
    const title = `${word(r, 2)} talks resume in ${word(r, 3)}`;
    const attrs: NodeAttrs = {
      label: title,
      type: 'Article',
      aliases: [],
      mentions: 0,
      articles: [id],
      x: x[i]!,
      y: y[i]!,
      title,
      date,
      source: OUTLETS[a % OUTLETS.length]!,
      path: `articles/${id}.txt`,
    };
    graph.addNode(`article:${id}`, attrs);
    articleIds.push(id);
  }
  for (let i = 0; i < nEntities; i++) {
    const type = TYPES[Math.floor(r() * TYPES.length)]!;
    const label = entityName(r, type, i);
    const key = `${type.toLowerCase()}:${i}`;
    graph.addNode(key, {
      label,
      type,
      aliases: r() < 0.2 ? [label.split(' ')[0]!] : [],
      mentions: 0,
      articles: [],
      x: x[i]!,
      y: y[i]!,
    });
    keys.push(key);
  }
  const articleOf = (i: number) => {
    const inCluster = members[cluster[i]!]!.filter((m) => m >= nEntities);
    const m = inCluster.length
      ? inCluster[Math.floor(r() * inCluster.length)]!
      : nEntities + Math.floor(r() * nArticles);
    return articleIds[m - nEntities]!;
  };
  const nMentions = Math.round(options.edges * (options.mentionShare ?? 0.3));
  addMentions(graph, r, keys, nMentions, articleOf);
  addRelations(graph, r, keys, options.edges - graph.size, { cluster, members }, articleOf);
  return graph;
}

function addMentions(
  graph: KnowledgeGraph,
  r: () => number,
  keys: string[],
  count: number,
  articleOf: (i: number) => string,
) {
  for (let tries = 0; graph.size < count && tries < count * 3; tries++) {
    const i = Math.floor(r() * keys.length);
    const article = articleOf(i);
    const key = `${MENTIONED_IN}:${keys[i]}->article:${article}`;
    if (graph.hasEdge(key)) continue;
    const weight = 1 + Math.floor(r() * 3);
    const date = graph.getNodeAttribute(`article:${article}`, 'date')!;
    graph.addEdgeWithKey(key, keys[i]!, `article:${article}`, {
      type: MENTIONED_IN,
      weight,
      articles: [article],
      dates: [date],
      evidence: [],
    });
    graph.updateNodeAttributes(keys[i]!, (a) => ({
      ...a,
      mentions: a.mentions + weight,
      articles: [...new Set([...a.articles, article])].sort(),
    }));
    graph.updateNodeAttribute(`article:${article}`, 'mentions', (m = 0) => m + weight);
  }
}

function addRelations(
  graph: KnowledgeGraph,
  r: () => number,
  keys: string[],
  count: number,
  layout: Layout,
  articleOf: (i: number) => string,
) {
  const target = graph.size + count;
  for (let tries = 0; graph.size < target && tries < count * 3; tries++) {
    const s = Math.floor(r() * keys.length);
    const peers = layout.members[layout.cluster[s]!]!.filter((m) => m < keys.length);
    const t = r() < 0.85 && peers.length > 1 ? peers[Math.floor(r() * peers.length)]! : Math.floor(r() * keys.length);
    if (s === t) continue;
    const predicate: Predicate = RELATIONS[Math.floor(r() * RELATIONS.length)]!;
    const key = `${predicate}:${keys[s]}->${keys[t]}`;
    if (graph.hasEdge(key)) continue;
    const evidence = evidenceFor(graph, r, keys[s]!, keys[t]!, predicate, articleOf(s));
    const articles = [...new Set(evidence.map((e) => e.article))].sort();
    const dates = [...new Set(evidence.map((e) => e.date!))].sort();
    graph.addEdgeWithKey(key, keys[s]!, keys[t]!, {
      type: predicate,
      weight: evidence.length,
      articles,
      dates,
      evidence,
    });
  }
}

function evidenceFor(
  graph: KnowledgeGraph,
  r: () => number,
  s: string,
  t: string,
  predicate: Predicate,
  article: string,
): Evidence[] {
  const n = 1 + Math.floor(r() * r() * 3);
  const date = graph.getNodeAttribute(`article:${article}`, 'date')!;
  const verb = predicate.toLowerCase().replace(/_/g, ' ');
  return Array.from({ length: n }, (_, i) => {
    const sentence = `${graph.getNodeAttribute(s, 'label')} ${verb} ${graph.getNodeAttribute(t, 'label')}, officials said in statement ${i + 1}.`;
    return {
      article,
      sentence,
      start: i * 100,
      end: i * 100 + sentence.length,
      date,
    };
  });
}
