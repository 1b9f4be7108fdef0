// The page controller: owns the view state, applies it to sigma, the panel, the filters and the URL hash.
import type Sigma from 'sigma';
import type { ViewerPayload } from '../payload.js';
import type { Curation } from './curation-ui.js';
import type { VEdge, ViewerGraph, VNode } from './data.js';
import { byId, el } from './dom.js';
import type { FilterControls } from './filters.js';
import { mapLayout } from './geo.js';
import { renderLegend } from './legend.js';
import { WORLD_BBOX } from './map-layer.js';
import { applyColors } from './metrics.js';
import { renderPanel } from './panel.js';
import { renderPathPanel } from './path-ui.js';
import { Positions } from './positions.js';
import type { ViewState } from './state.js';
import { decodeHash, encodeHash } from './state.js';
import type { Visibility } from './visibility.js';

/** Drops hash values that name nothing in this graph, so a stale link still opens cleanly. */
export function sanitize(s: ViewState, graph: ViewerGraph, p: ViewerPayload): ViewState {
  const node = (n: string | null) => (n !== null && graph.hasNode(n) ? n : null);
  return {
    ...s,
    node: node(s.node),
    pathFrom: node(s.pathFrom),
    pathTo: node(s.pathTo),
    hiddenKinds: s.hiddenKinds.filter((k) => p.kinds.includes(k)),
    hiddenTypes: s.hiddenTypes.filter((t) => p.types.includes(t)),
    outlet: p.articles.some((a) => a[3] === s.outlet) ? s.outlet : '',
    article: p.articles.some((a) => a[0] === s.article) ? s.article : '',
  };
}

/** Reads the current URL hash as a valid state for this graph. */
export function stateFromHash(graph: ViewerGraph, p: ViewerPayload, base: ViewState): ViewState {
  return sanitize(decodeHash(location.hash, base), graph, p);
}

export class App {
  state: ViewState;
  filters: FilterControls | null = null;
  /** The path finder is open in the panel. */
  pathOpen = false;
  private readonly positions: Positions;
  /** Called before focus rings or the map move nodes (the live layout stops: it would move them back). */
  onOverride: () => void = () => {};

  constructor(
    readonly graph: ViewerGraph,
    readonly payload: ViewerPayload,
    readonly sigma: Sigma<VNode, VEdge>,
    readonly visibility: Visibility,
    readonly curation: Curation,
    readonly defaults: ViewState,
    initial: ViewState,
  ) {
    this.state = initial;
    this.pathOpen = Boolean(initial.pathFrom || initial.pathTo);
    this.positions = new Positions(graph);
    this.place();
  }

  /** Writes focus-ring or map positions into the graph and fixes sigma's frame while they are in use. */
  private place(): void {
    const over = this.visibility.overrides();
    if (over) this.onOverride();
    this.positions.apply(over);
    this.sigma.setCustomBBox(this.state.map ? WORLD_BBOX : over ? this.positions.homeBox() : null);
  }

  /** Applies a change: recompute what changed, redraw, rewrite the hash (without a history entry). */
  update(patch: Partial<ViewState>, opts: { center?: boolean } = {}): void {
    const prev = this.state;
    this.state = sanitize({ ...prev, ...patch }, this.graph, this.payload);
    const s = this.state;
    if (s.color !== prev.color) this.legend();
    if (s.map !== prev.map) this.toggleMap(s.map);
    this.visibility.update(s);
    this.place();
    this.sigma.refresh();
    const pathChanged = s.pathFrom !== prev.pathFrom || s.pathTo !== prev.pathTo;
    if (s.node !== prev.node || pathChanged) this.panel();
    if (s.node !== prev.node && s.node) this.fit(opts.center ?? false);
    if (pathChanged && s.pathFrom && s.pathTo) this.fit(true);
    this.sync();
  }

  /** Fills the side panel: the path finder when open, else the selection. */
  panel(): void {
    const root = byId('kg-panel');
    if (!this.pathOpen) {
      renderPanel(root, this.panelContext(), this.state.node);
      if (this.state.map && !this.state.node) root.prepend(this.offMapList());
      return;
    }
    renderPathPanel(root, {
      graph: this.graph,
      payload: this.payload,
      from: this.state.pathFrom,
      to: this.state.pathTo,
      paths: this.visibility.paths,
      setEnds: (pathFrom, pathTo) => this.update({ pathFrom, pathTo, node: null }),
      select: (node) => this.openPath(false, node),
    });
  }

  /** Opens or closes the path finder (closing clears the path); `node` is then selected. */
  openPath(open: boolean, node: string | null = null): void {
    this.pathOpen = open;
    byId('kg-path').setAttribute('aria-pressed', String(open));
    if (!open) this.update({ pathFrom: null, pathTo: null, node });
    this.panel();
  }

  /** Brings the controls, the counts and the URL hash (without a history entry) in line with the state. */
  sync(): void {
    const s = this.state;
    this.filters?.sync(s);
    byId<HTMLSelectElement>('kg-color').value = s.color;
    byId<HTMLSelectElement>('kg-size').value = s.size;
    byId('kg-map-toggle').setAttribute('aria-pressed', String(s.map));
    const { nodes, edges } = this.visibility.counts();
    const left = this.payload.omitted;
    byId('kg-stats').textContent =
      `${nodes.toLocaleString('en-US')} nodes · ${edges.toLocaleString('en-US')} links shown` +
      (left.nodes
        ? ` · this page holds the top ${this.graph.order.toLocaleString('en-US')} of ${(this.graph.order + left.nodes).toLocaleString('en-US')} nodes by PageRank (${left.edges.toLocaleString('en-US')} links left out; graph.json has all)`
        : '');
    const hash = encodeHash(s, this.defaults);
    if (hash !== location.hash.replace(/^#/, ''))
      history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  /** Selects a node (null clears) and frames its neighbourhood. */
  select(node: string | null): void {
    this.update({ node }, { center: node !== null });
  }

  /** Back to the default view. */
  reset(): void {
    this.pathOpen = false;
    byId('kg-path').setAttribute('aria-pressed', 'false');
    this.update({ ...this.defaults, color: this.state.color, size: this.state.size });
    this.panel();
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Frames the lit nodes (focus rings or path): the camera fits their box, leaving room for labels. */
  fit(animate: boolean): void {
    const nodes = this.visibility.highlighted().concat(this.visibility.labelOrder.slice(0, 400));
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const n of nodes) {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d || d.hidden) continue;
      [x0, y0, x1, y1] = [Math.min(x0, d.x), Math.min(y0, d.y), Math.max(x1, d.x), Math.max(y1, d.y)];
    }
    if (!Number.isFinite(x0)) return;
    const camera = this.sigma.getCamera();
    const ratio = Math.min(1.2, Math.max(0.03, 1.3 * Math.max(x1 - x0, y1 - y0)));
    const target = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio };
    if (animate) camera.animate(target, { duration: 400 });
    else camera.setState(target);
  }

  /** The entities the map cannot place, most important first, as links. */
  private offMapList(): HTMLElement {
    const off = mapLayout(this.graph).offMap.sort(
      (a, b) => this.graph.getNodeAttribute(b, 'rank') - this.graph.getNodeAttribute(a, 'rank') || (a < b ? -1 : 1),
    );
    const items = off.slice(0, 30).map((n) => {
      const b = el('button', { type: 'button', class: 'ent' }, this.graph.getNodeAttribute(n, 'label'));
      b.addEventListener('click', () => this.select(n));
      return el('li', {}, b);
    });
    return el(
      'section',
      { id: 'kg-offmap' },
      el('h2', {}, `Not on the map (${off.length})`),
      el('p', { class: 'meta' }, 'No coordinates, no LOCATED_IN place and no place named in the same articles.'),
      el('ul', { class: 'plain' }, ...items),
      off.length > items.length ? el('p', { class: 'meta' }, `and ${off.length - items.length} more`) : null,
    );
  }

  /** Switches the map view: geographic positions and the world's bounds, or back to the graph layout. */
  private toggleMap(on: boolean): void {
    this.visibility.mapPositions = on ? mapLayout(this.graph).positions : null;
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (on) queueMicrotask(() => this.fitMap());
    if (!this.state.node && !this.pathOpen) queueMicrotask(() => this.panel());
  }

  /** Frames the middle 80% of the placed nodes on each axis (a stray place does not zoom the map out). */
  private fitMap(): void {
    const xs: number[] = [];
    const ys: number[] = [];
    this.graph.forEachNode((n) => {
      const d = this.sigma.getNodeDisplayData(n);
      if (!d || d.hidden) return;
      xs.push(d.x);
      ys.push(d.y);
    });
    if (xs.length < 2) return;
    const middle = (v: number[]) => {
      v.sort((a, b) => a - b);
      return [v[Math.floor(v.length * 0.1)]!, v[Math.ceil(v.length * 0.9) - 1]!];
    };
    const [x0, x1] = middle(xs);
    const [y0, y1] = middle(ys);
    const ratio = Math.min(1, Math.max(0.05, 1.6 * Math.max(x1! - x0!, y1! - y0!)));
    this.sigma.getCamera().setState({ x: (x0! + x1!) / 2, y: (y0! + y1!) / 2, ratio, angle: 0 });
  }

  /** Recolors the nodes and redraws the legend; or shows given rows. */
  legend(items = applyColors(this.graph, this.state.color, this.payload)): void {
    // Colored by type, the node-type filter (with its swatches) is the legend: one legend, not two.
    const root = byId('kg-legend');
    root.hidden = this.state.color !== 'community';
    if (root.hidden) root.replaceChildren();
    else renderLegend(root, 'Communities', items);
  }

  /** Panel callbacks. */
  panelContext() {
    return {
      graph: this.graph,
      payload: this.payload,
      select: (node: string) => this.select(node),
      curation: this.curation,
    };
  }
}
