// Which nodes and edges the filters let through, and the sigma reducers that hide, dim, place and size them.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ViewerPayload } from '../payload.js';
import { DIM_COLOR, EDGE_ACTIVE_COLOR, EDGE_COLOR, PATH_COLOR } from './colors.js';
import type { VEdge, ViewerGraph, VNode } from './data.js';
import { distinctDegrees } from './data.js';
import { type Focus, focusOn, type Point } from './focus.js';
import { sizesFrom } from './metrics.js';
import { type FoundPath, shortestPaths } from './path.js';
import type { ViewState } from './state.js';

const MENTIONED_IN = 'MENTIONED_IN';

/** True when a (possibly partial) ISO date lies in [from, to], comparing at the date's own precision. */
export function dateInRange(date: string, from: string, to: string): boolean {
  return (!from || date >= from.slice(0, date.length)) && (!to || date <= to.slice(0, date.length));
}

/** Articles an outlet or article filter allows, or null when neither is set. */
export function allowedArticles(p: ViewerPayload, s: Pick<ViewState, 'outlet' | 'article'>): Set<number> | null {
  if (!s.outlet && !s.article) return null;
  const out = new Set<number>();
  p.articles.forEach(([id, , , source], i) => {
    if ((!s.article || id === s.article) && (!s.outlet || source === s.outlet)) out.add(i);
  });
  return out;
}

const meets = (arts: readonly number[], allowed: Set<number> | null) => !allowed || arts.some((a) => allowed.has(a));

/** Visibility flags by node and edge index, recomputed on each state change; reducers only read them. */
export class Visibility {
  readonly nodeHidden: Uint8Array;
  readonly edgeHidden: Uint8Array;
  /** Shown relations of each node (MENTIONED_IN left out). */
  shownDegree: Uint32Array;
  private sizes: Float32Array;
  private selected: string | null = null;
  private focus: Focus | null = null;
  /** Paths found between the path finder's ends, and their nodes and edges. */
  paths: FoundPath[] = [];
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  /** Map mode positions, or null. */
  mapPositions: Map<string, Point> | null = null;
  /** Label candidates, most important first (the label layer draws them in this order). */
  labelOrder: string[] = [];
  /** Every node by importance (rank, then relation degree, then key), computed once. */
  private readonly byImportance: string[];

  /**
   * @param fast large-graph mode: the selection's edges switch from 1px lines to arrows, dimmed nodes shrink.
   * @param ringRadius radius of the first focus ring, in graph coordinates.
   */
  constructor(
    private readonly graph: ViewerGraph,
    private readonly payload: ViewerPayload,
    private readonly fast = false,
    private readonly ringRadius = 1,
  ) {
    this.nodeHidden = new Uint8Array(graph.order);
    this.edgeHidden = new Uint8Array(graph.size);
    this.shownDegree = new Uint32Array(graph.order);
    this.sizes = new Float32Array(graph.order);
    const score = (n: string) => graph.getNodeAttribute(n, 'rank') * 1e6 + graph.getNodeAttribute(n, 'degree');
    const scores = new Map(graph.nodes().map((n) => [n, score(n)]));
    this.byImportance = graph.nodes().sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : 1));
  }

  /** Recomputes the flags for a state (passes over the payload arrays: cheaper than graph iteration). */
  update(s: ViewState): void {
    this.filter(s);
    this.selected = s.node !== null && this.graph.hasNode(s.node) ? s.node : null;
    this.paths = s.pathFrom && s.pathTo ? shortestPaths(this.graph, s.pathFrom, s.pathTo) : [];
    this.pathNodes = new Set(this.paths.flatMap((p) => p.nodes));
    this.pathEdges = new Set(this.paths.flatMap((p) => p.hops.flat()));
    const shown = (i: number) => !this.edgeHidden[i];
    this.focus =
      this.selected && !this.pathNodes.size
        ? focusOn(this.graph, this.selected, s.depth, shown, this.ringRadius)
        : null;
    for (const n of [...this.pathNodes, ...(this.focus?.ring.keys() ?? [])]) {
      this.nodeHidden[this.graph.getNodeAttribute(n, 'idx')] = 0;
    }
    if (this.mapPositions) {
      this.graph.forEachNode((n, a) => {
        if (!this.mapPositions!.has(n)) this.nodeHidden[a.idx] = 1;
      });
    }
    const values = s.size === 'pagerank' ? this.payload.rank : this.shownDegree;
    this.sizes = sizesFrom(values, this.graph.order > 2000);
    // On the map, places crowd together: smaller discs.
    if (this.mapPositions) this.sizes = this.sizes.map((v) => v * 0.5);
    this.labelOrder = this.orderLabels();
  }

  /** The filter pass: kinds, sources, predicates, dates, confidence, then the minimum shown relations. */
  private filter(s: ViewState): void {
    const p = this.payload;
    const kinds = new Set(s.hiddenKinds);
    const allowed = allowedArticles(p, s);
    const kindHidden = p.kinds.map((k) => kinds.has(k));
    p.nodes.forEach((n, i) => {
      this.nodeHidden[i] = kindHidden[n[2]] || !meets(n[7], allowed) ? 1 : 0;
    });
    const typeShown = p.types.map((t) => (t === MENTIONED_IN ? s.mentions : !s.hiddenTypes.includes(t)));
    const dated = Boolean(s.from || s.to);
    const edgeShown = (e: ViewerPayload['edges'][number]) =>
      typeShown[e[2]] &&
      !this.nodeHidden[e[0]] &&
      !this.nodeHidden[e[1]] &&
      (!dated || e[5].some((d) => dateInRange(d, s.from, s.to))) &&
      (!s.minConfidence || !e[9] || e[9].c === undefined || e[9].c >= s.minConfidence) &&
      meets(e[4], allowed);
    p.edges.forEach((e, i) => {
      this.edgeHidden[i] = edgeShown(e) ? 0 : 1;
    });
    const mentioned = p.types.indexOf(MENTIONED_IN);
    this.shownDegree = distinctDegrees(p, (i) => !this.edgeHidden[i] && p.edges[i]![2] !== mentioned);
    if (s.minDegree > 0) {
      p.nodes.forEach((_, i) => {
        if (this.shownDegree[i]! < s.minDegree) this.nodeHidden[i] = 1;
      });
      p.edges.forEach((e, i) => {
        if (this.nodeHidden[e[0]] || this.nodeHidden[e[1]]) this.edgeHidden[i] = 1;
      });
    }
  }

  /** Shown nodes by importance: the selection, then its rings (or the path), then everything else by rank. */
  private orderLabels(): string[] {
    const g = this.graph;
    const score = (n: string) => g.getNodeAttribute(n, 'rank') * 1e6 + g.getNodeAttribute(n, 'degree');
    const special = this.focus ? [...this.focus.ring.keys()] : this.pathNodes.size ? [...this.pathNodes] : null;
    if (special) {
      const ring = (n: string) => this.focus?.ring.get(n) ?? 0;
      const articles = special.filter((n) => g.getNodeAttribute(n, 'kind') === 'Article').length;
      // More than a handful of article titles go to the panel, not onto the canvas.
      const keep = special.filter((n) => n === this.selected || articles <= 5 || g.getNodeAttribute(n, 'kind') !== 'Article');
      return keep.sort((a, b) => ring(a) - ring(b) || score(b) - score(a) || (a < b ? -1 : 1));
    }
    return this.byImportance.filter((n) => !this.nodeHidden[g.getNodeAttribute(n, 'idx')]);
  }

  /** Positions that replace the layout's: the map's, else the focus rings, else none. */
  overrides(): ReadonlyMap<string, Point> | null {
    return this.mapPositions ?? this.focus?.positions ?? null;
  }

  /** Nodes whose label sigma draws itself, boxed (the selection); the label layer keeps clear of them. */
  boxedLabels(): string[] {
    return this.selected ? [this.selected] : [];
  }

  /** Nodes that frame the view: the path, else the selection. */
  highlighted(): string[] {
    return this.pathNodes.size ? [...this.pathNodes] : this.selected ? [this.selected] : [];
  }

  /** True while a node is selected or a path shown (drawn highlighted). */
  hasSelection(): boolean {
    return this.selected !== null || this.pathNodes.size > 0;
  }

  /** Number of nodes and edges currently shown. */
  counts(): { nodes: number; edges: number } {
    const shown = (arr: Uint8Array) => arr.reduce((n, h) => n + (h ? 0 : 1), 0);
    return { nodes: shown(this.nodeHidden), edges: shown(this.edgeHidden) };
  }

  /**
   * Lit nodes (the focus rings, the path) are marked highlighted: sigma draws them again on its hover layer,
   * above the dimmed rest, which costs far less than sorting every node by zIndex on each refresh.
   */
  readonly nodeReducer = (node: string, a: VNode): Partial<NodeDisplayData> => {
    if (this.nodeHidden[a.idx]) return { ...a, hidden: true };
    const base = { ...a, size: this.sizes[a.idx]! };
    const lit = this.focus ? this.focus.ring.has(node) : this.pathNodes.size ? this.pathNodes.has(node) : null;
    if (lit === null) return base;
    if (lit) return { ...base, highlighted: true };
    return { ...base, color: DIM_COLOR, label: '', size: this.fast ? base.size * 0.6 : base.size };
  };

  readonly edgeReducer = (edge: string, a: VEdge): Partial<EdgeDisplayData> => {
    if (this.pathEdges.size) {
      if (this.pathEdges.has(edge)) return { ...a, color: PATH_COLOR, size: a.size + 2 };
      return { ...a, hidden: true };
    }
    if (this.edgeHidden[a.idx]) return { ...a, hidden: true };
    if (!this.focus) return { ...a, color: EDGE_COLOR };
    const [s, t] = this.graph.extremities(edge);
    if (!this.focus.ring.has(s) || !this.focus.ring.has(t)) return { ...a, hidden: true };
    const touches = s === this.selected || t === this.selected;
    const active = { ...a, color: touches ? EDGE_ACTIVE_COLOR : EDGE_COLOR };
    return this.fast ? { ...active, type: 'arrow' } : active;
  };
}
