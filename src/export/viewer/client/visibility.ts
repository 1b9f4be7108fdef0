// Which nodes and edges the filters let through, and the sigma reducers that hide, dim and highlight them.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { ViewerPayload } from '../payload.js';
import { DIM_COLOR, EDGE_ACTIVE_COLOR, EDGE_COLOR } from './colors.js';
import type { VEdge, ViewerGraph, VNode } from './data.js';
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
  private selected: string | null = null;
  private neighbours = new Set<string>();

  /**
   * @param fast large-graph mode: the selection's edges switch from 1px lines to arrows, dimmed nodes shrink.
   */
  constructor(
    private readonly graph: ViewerGraph,
    private readonly payload: ViewerPayload,
    private readonly fast = false,
  ) {
    this.nodeHidden = new Uint8Array(graph.order);
    this.edgeHidden = new Uint8Array(graph.size);
  }

  /** Recomputes the flags for a state (a pass over the payload arrays: cheaper than graph iteration). */
  update(s: ViewState): void {
    const p = this.payload;
    const kinds = new Set(s.hiddenKinds);
    const allowed = allowedArticles(p, s);
    const kindHidden = p.kinds.map((k) => kinds.has(k));
    p.nodes.forEach((n, i) => {
      this.nodeHidden[i] = kindHidden[n[2]] || !meets(n[7], allowed) ? 1 : 0;
    });
    const typeShown = p.types.map((t) => (t === MENTIONED_IN ? s.mentions : !s.hiddenTypes.includes(t)));
    const dated = Boolean(s.from || s.to);
    p.edges.forEach((e, i) => {
      const shown =
        typeShown[e[2]] &&
        !this.nodeHidden[e[0]] &&
        !this.nodeHidden[e[1]] &&
        (!dated || e[5].some((d) => dateInRange(d, s.from, s.to))) &&
        meets(e[4], allowed);
      this.edgeHidden[i] = shown ? 0 : 1;
    });
    this.selected = s.node !== null && this.graph.hasNode(s.node) ? s.node : null;
    this.neighbours = new Set();
    if (this.selected) {
      this.graph.forEachEdge(this.selected, (_, a, source, target) => {
        if (!this.edgeHidden[a.idx]) this.neighbours.add(source === this.selected ? target : source);
      });
    }
  }

  /** True while a node is selected (it and its neighbourhood are drawn highlighted). */
  hasSelection(): boolean {
    return this.selected !== null;
  }

  /** Number of nodes and edges currently shown. */
  counts(): { nodes: number; edges: number } {
    const shown = (arr: Uint8Array) => arr.reduce((n, h) => n + (h ? 0 : 1), 0);
    return { nodes: shown(this.nodeHidden), edges: shown(this.edgeHidden) };
  }

  readonly nodeReducer = (node: string, a: VNode): Partial<NodeDisplayData> => {
    if (this.nodeHidden[a.idx]) return { ...a, hidden: true };
    if (!this.selected) return a;
    if (node === this.selected) return { ...a, highlighted: true, forceLabel: true, zIndex: 2 };
    if (this.neighbours.has(node)) return { ...a, forceLabel: true, zIndex: 1 };
    return {
      ...a,
      color: DIM_COLOR,
      label: '',
      zIndex: 0,
      size: this.fast ? a.size * 0.6 : a.size,
    };
  };

  readonly edgeReducer = (edge: string, a: VEdge): Partial<EdgeDisplayData> => {
    if (this.edgeHidden[a.idx]) return { ...a, hidden: true };
    if (!this.selected) return { ...a, color: EDGE_COLOR };
    const [s, t] = this.graph.extremities(edge);
    if (s !== this.selected && t !== this.selected) return { ...a, hidden: true };
    const active = { ...a, color: EDGE_ACTIVE_COLOR, zIndex: 1 };
    return this.fast ? { ...active, type: 'arrow' } : active;
  };
}
