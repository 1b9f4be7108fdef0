// The page controller: owns the view state, applies it to sigma, the panel, the filters and the URL hash.
import type Sigma from 'sigma';
import type { ViewerPayload } from '../payload.js';
import type { VEdge, ViewerGraph, VNode } from './data.js';
import { byId } from './dom.js';
import type { FilterControls } from './filters.js';
import { renderLegend } from './legend.js';
import { applyColors, applySizes } from './metrics.js';
import { renderPanel } from './panel.js';
import type { ViewState } from './state.js';
import { DEFAULT_STATE, decodeHash, encodeHash } from './state.js';
import type { Visibility } from './visibility.js';

/** Drops hash values that name nothing in this graph, so a stale link still opens cleanly. */
export function sanitize(s: ViewState, graph: ViewerGraph, p: ViewerPayload): ViewState {
  return {
    ...s,
    node: s.node !== null && graph.hasNode(s.node) ? s.node : null,
    hiddenKinds: s.hiddenKinds.filter((k) => p.kinds.includes(k)),
    hiddenTypes: s.hiddenTypes.filter((t) => p.types.includes(t)),
    outlet: p.articles.some((a) => a[3] === s.outlet) ? s.outlet : '',
    article: p.articles.some((a) => a[0] === s.article) ? s.article : '',
  };
}

/** Reads the current URL hash as a valid state for this graph. */
export function stateFromHash(graph: ViewerGraph, p: ViewerPayload): ViewState {
  return sanitize(decodeHash(location.hash), graph, p);
}

export class App {
  state: ViewState;
  filters: FilterControls | null = null;

  constructor(
    readonly graph: ViewerGraph,
    readonly payload: ViewerPayload,
    readonly sigma: Sigma<VNode, VEdge>,
    readonly visibility: Visibility,
    initial: ViewState,
  ) {
    this.state = initial;
  }

  /** Applies a change: recompute what changed, redraw, rewrite the hash (without a history entry). */
  update(patch: Partial<ViewState>, opts: { center?: boolean } = {}): void {
    const prev = this.state;
    this.state = sanitize({ ...prev, ...patch }, this.graph, this.payload);
    const s = this.state;
    if (s.size !== prev.size) applySizes(this.graph, s.size);
    if (s.color !== prev.color) this.legend();
    this.visibility.update(s);
    this.sigma.refresh();
    if (s.node !== prev.node) renderPanel(byId('kg-panel'), this.panelContext(), s.node);
    if (opts.center && s.node) this.center(s.node, true);
    this.sync();
  }

  /** Brings the controls, the counts and the URL hash (without a history entry) in line with the state. */
  sync(): void {
    const s = this.state;
    this.filters?.sync(s);
    byId<HTMLSelectElement>('kg-color').value = s.color;
    byId<HTMLSelectElement>('kg-size').value = s.size;
    const { nodes, edges } = this.visibility.counts();
    byId('kg-stats').textContent =
      `${nodes.toLocaleString('en-US')} nodes · ${edges.toLocaleString('en-US')} links shown`;
    const hash = encodeHash(s);
    if (hash !== location.hash.replace(/^#/, ''))
      history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  /** Selects a node (null clears) and centers the camera on it. */
  select(node: string | null): void {
    this.update({ node }, { center: node !== null });
  }

  /** Back to the default view. */
  reset(): void {
    this.update({
      ...DEFAULT_STATE,
      color: this.state.color,
      size: this.state.size,
    });
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Moves the camera onto a node, zooming in if the view is wide. */
  center(node: string, animate: boolean): void {
    const d = this.sigma.getNodeDisplayData(node);
    if (!d) return;
    const camera = this.sigma.getCamera();
    const target = {
      x: d.x,
      y: d.y,
      ratio: Math.min(camera.ratio, this.graph.order < 100 ? 1 : 0.35),
    };
    if (animate) camera.animate(target, { duration: 400 });
    else camera.setState(target);
  }

  /** Recolors the nodes (computing communities on first use) and redraws the legend; or shows given rows. */
  legend(items = applyColors(this.graph, this.state.color, this.payload.kinds)): void {
    renderLegend(byId('kg-legend'), this.state.color === 'community' ? 'Communities' : 'Node types', items);
  }

  /** Panel callbacks. */
  panelContext() {
    return {
      graph: this.graph,
      payload: this.payload,
      select: (node: string) => this.select(node),
    };
  }
}
