// Browser entry of the viewer page: reads the embedded graph, draws it with sigma, wires the controls.
import Sigma from 'sigma';
import { drawDiscNodeHover, EdgeLineProgram } from 'sigma/rendering';
import { App, stateFromHash } from './app.js';
import { Curation } from './curation-ui.js';
import type { VEdge, ViewerGraph, VNode } from './data.js';
import { buildGraph, readPayload } from './data.js';
import { byId } from './dom.js';
import { buildFilters } from './filters.js';
import type { LabelBox } from './label-place.js';
import { labelLayer } from './labels.js';
import { hideEmptyLayers, isMoving, pointProgramSkippingPicking } from './layers.js';
import { liveLayout } from './layout.js';
import { mapLayer } from './map-layer.js';
import type { LegendItem } from './metrics.js';
import { applyColors } from './metrics.js';
import { bindSearch } from './search.js';
import { defaultsFor } from './state.js';
import { Visibility } from './visibility.js';

declare global {
  interface Window {
    /** The page's objects, for tests and for curious analysts in the console. */
    __kg?: {
      app: App;
      sigma: Sigma<VNode, VEdge>;
      graph: ViewerGraph;
      ready: boolean;
      firstPaint?: number;
      /** Label boxes drawn in the last frame (CSS pixels, relative to the graph stage). */
      labels: () => LabelBox[];
    };
  }
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Sigma with settings for the graph's size: past `fastEdges` relations, points, 1px lines, no edges while moving. */
function createSigma(graph: ViewerGraph, visibility: Visibility, fast: boolean): Sigma<VNode, VEdge> {
  // Bound once sigma exists: programs are created inside its constructor but render only later.
  let moving = () => false;
  let hovered: string | null = null;
  const sigma = new Sigma<VNode, VEdge>(graph, byId('kg-sigma'), {
    hideEdgesOnMove: fast,
    // Point sprites and 1px lines draw without instancing: far cheaper on software WebGL (SwiftShader).
    defaultNodeType: fast ? 'point' : 'circle',
    nodeProgramClasses: { point: pointProgramSkippingPicking(() => moving()) },
    defaultEdgeType: fast ? 'fast' : 'arrow',
    edgeProgramClasses: { fast: EdgeLineProgram },
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    // Labels are drawn by the label layer (by importance, never overlapping, never cut at the edge).
    renderLabels: false,
    labelFont: FONT,
    labelSize: 12,
    labelWeight: '500',
    // Lit nodes are highlighted (drawn on the hover layer): only the hovered and selected ones get a boxed label.
    defaultDrawNodeHover: (context, data, settings) => {
      if (data.key === hovered || visibility.boxedLabels().includes(data.key)) drawDiscNodeHover(context, data, settings);
    },
    allowInvalidContainer: true,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    nodeReducer: visibility.nodeReducer,
    edgeReducer: visibility.edgeReducer,
  });
  moving = () => isMoving(sigma);
  sigma.on('enterNode', ({ node }) => {
    hovered = node;
  });
  sigma.on('leaveNode', () => {
    hovered = null;
  });
  hideEmptyLayers(sigma, () => visibility.hasSelection());
  return sigma;
}

function bindHeader(app: App): void {
  const layoutButton = byId<HTMLButtonElement>('kg-layout');
  const layout = liveLayout(app.graph);
  const show = (on: boolean) => {
    layoutButton.textContent = on ? 'Stop layout' : 'Run layout';
    layoutButton.setAttribute('aria-pressed', String(on));
  };
  layoutButton.addEventListener('click', () => show(layout.toggle()));
  app.onOverride = () => {
    if (!layout.running) return;
    layout.stop();
    show(false);
  };
  const color = byId<HTMLSelectElement>('kg-color');
  color.addEventListener('change', () => app.update({ color: color.value === 'community' ? 'community' : 'type' }));
  const size = byId<HTMLSelectElement>('kg-size');
  size.addEventListener('change', () => app.update({ size: size.value === 'pagerank' ? 'pagerank' : 'degree' }));
  const filters = byId('kg-filters');
  const toggle = byId('kg-filters-toggle');
  toggle.addEventListener('click', () => {
    filters.hidden = !filters.hidden;
    toggle.setAttribute('aria-pressed', String(!filters.hidden));
  });
  byId('kg-map-toggle').addEventListener('click', () => app.update({ map: !app.state.map }));
  byId('kg-path').addEventListener('click', () => app.openPath(!app.pathOpen, app.state.node));
  byId('kg-reset').addEventListener('click', () => app.reset());
  bindSearch(byId<HTMLInputElement>('kg-search'), byId<HTMLUListElement>('kg-suggest'), app.graph, (node) =>
    app.select(node),
  );
}

function bindGraphEvents(app: App): void {
  const tooltip = byId('kg-tooltip');
  app.sigma.on('clickNode', ({ node }) => app.update({ node }));
  app.sigma.on('clickStage', () => app.update({ node: null }));
  app.sigma.on('enterEdge', ({ edge, event }) => {
    const a = app.graph.getEdgeAttributes(edge);
    const [s, t] = app.graph.extremities(edge).map((n) => app.graph.getNodeAttribute(n, 'label'));
    tooltip.textContent = `${s} — ${a.pred} → ${t} · weight ${a.weight}`;
    tooltip.style.left = `${event.x + 12}px`;
    tooltip.style.top = `${event.y + 12}px`;
    tooltip.hidden = false;
  });
  app.sigma.on('leaveEdge', () => {
    tooltip.hidden = true;
  });
  document.addEventListener('keydown', (ev) => {
    const inField =
      ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement || ev.target instanceof HTMLTextAreaElement;
    if (ev.key === 'Escape') {
      if (inField) (ev.target as HTMLElement).blur();
      if (app.state.node !== null) app.update({ node: null });
      else if (app.pathOpen) app.openPath(false);
    } else if (ev.key === '/' && !inField) {
      byId('kg-search').focus();
      ev.preventDefault();
    }
  });
  window.addEventListener('hashchange', () =>
    app.update(stateFromHash(app.graph, app.payload, app.defaults), { center: true }),
  );
}

/** Everything not needed for the first frame: controls, panel, hash. Runs right after the first paint. */
function finishSetup(app: App, legend: LegendItem[]): void {
  bindHeader(app);
  bindGraphEvents(app);
  app.filters = buildFilters(
    byId('kg-filters'),
    app.payload,
    (patch) => app.update(patch),
    () => app.state,
  );
  mapLayer(app.sigma, byId('kg-stage'), () => app.state.map);
  app.legend(legend);
  app.sync();
  app.panel();
  if (app.state.node || app.state.pathTo) app.fit(false);
  window.__kg!.ready = true;
}

function start(): void {
  const payload = readPayload(document);
  const graph = buildGraph(payload);
  // Every edge counts, MENTIONED_IN too: hidden edges still sit in sigma's programs and cost a draw.
  const fast = payload.edges.length > payload.fastEdges;
  const defaults = defaultsFor(payload.articles.length, payload.articleThreshold);
  const visibility = new Visibility(graph, payload, fast, ringRadius(graph));
  const initial = stateFromHash(graph, payload, defaults);
  const legend = applyColors(graph, initial.color, payload);
  visibility.update({ ...initial, map: false });
  const sigma = createSigma(graph, visibility, fast);
  const app = new App(graph, payload, sigma, visibility, new Curation(graph), defaults, { ...initial, map: false });
  const labels = labelLayer(
    sigma,
    () => visibility.labelOrder,
    () => app.state.labels,
    () => visibility.boxedLabels(),
  );
  sigma.refresh();
  window.__kg = { app, sigma, graph, ready: false, labels: () => labels.boxes };
  requestAnimationFrame(() => {
    window.__kg!.firstPaint = performance.now();
    setTimeout(() => {
      finishSetup(app, legend);
      if (initial.map) app.update({ map: true });
    }, 0);
  });
}

/** The first focus ring's radius: an eighth of the layout's larger side (rings stay inside the view). */
function ringRadius(graph: ViewerGraph): number {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_, a) => {
    [x0, y0, x1, y1] = [Math.min(x0, a.x), Math.min(y0, a.y), Math.max(x1, a.x), Math.max(y1, a.y)];
  });
  return Number.isFinite(x0) ? Math.max(x1 - x0, y1 - y0, 1e-9) / 8 : 1;
}

start();
