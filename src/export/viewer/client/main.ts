// Browser entry of the viewer page: reads the embedded graph, draws it with sigma, wires the controls.
import Sigma from 'sigma';
import { drawDiscNodeLabel, EdgeLineProgram } from 'sigma/rendering';
import { App, stateFromHash } from './app.js';
import type { VEdge, ViewerGraph, VNode } from './data.js';
import { buildGraph, readPayload } from './data.js';
import { byId } from './dom.js';
import { buildFilters } from './filters.js';
import { nonOverlappingLabels } from './labels.js';
import { hideEmptyLayers, isMoving, pointProgramSkippingPicking } from './layers.js';
import { liveLayout } from './layout.js';
import type { LegendItem } from './metrics.js';
import { applyColors, applySizes } from './metrics.js';
import { renderPanel } from './panel.js';
import { bindSearch } from './search.js';
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
    };
  }
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/** Sigma with settings for the graph's size: past `fastEdges` relations, points, 1px lines, no edges while moving. */
function createSigma(graph: ViewerGraph, visibility: Visibility, fast: boolean): Sigma<VNode, VEdge> {
  const labels = nonOverlappingLabels(drawDiscNodeLabel);
  // Bound once sigma exists: programs are created inside its constructor but render only later.
  let moving = () => false;
  const sigma = new Sigma<VNode, VEdge>(graph, byId('kg-sigma'), {
    defaultDrawNodeLabel: labels.draw,
    hideEdgesOnMove: fast,
    // Point sprites and 1px lines draw without instancing: far cheaper on software WebGL (SwiftShader).
    defaultNodeType: fast ? 'point' : 'circle',
    nodeProgramClasses: { point: pointProgramSkippingPicking(() => moving()) },
    defaultEdgeType: fast ? 'fast' : 'arrow',
    edgeProgramClasses: { fast: EdgeLineProgram },
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelFont: FONT,
    labelSize: 12,
    labelWeight: '500',
    labelDensity: 0.7,
    labelGridCellSize: 120,
    labelRenderedSizeThreshold: fast ? 9 : 5,
    zIndex: true,
    allowInvalidContainer: true,
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    nodeReducer: visibility.nodeReducer,
    edgeReducer: visibility.edgeReducer,
  });
  sigma.on('beforeRender', labels.reset);
  moving = () => isMoving(sigma);
  hideEmptyLayers(sigma, () => visibility.hasSelection());
  return sigma;
}

function bindHeader(app: App): void {
  const layoutButton = byId<HTMLButtonElement>('kg-layout');
  const layout = liveLayout(app.graph);
  layoutButton.addEventListener('click', () => {
    const on = layout.toggle();
    layoutButton.textContent = on ? 'Stop layout' : 'Run layout';
    layoutButton.setAttribute('aria-pressed', String(on));
  });
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
    const inField = ev.target instanceof HTMLInputElement || ev.target instanceof HTMLSelectElement;
    if (ev.key === 'Escape' && app.state.node !== null) app.update({ node: null });
    else if (ev.key === '/' && !inField) {
      byId('kg-search').focus();
      ev.preventDefault();
    }
  });
  window.addEventListener('hashchange', () => app.update(stateFromHash(app.graph, app.payload), { center: true }));
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
  app.legend(legend);
  app.sync();
  renderPanel(byId('kg-panel'), app.panelContext(), app.state.node);
  if (app.state.node) app.center(app.state.node, false);
  window.__kg!.ready = true;
}

function start(): void {
  const payload = readPayload(document);
  const graph = buildGraph(payload);
  const relationEdges = payload.edges.filter((e) => payload.types[e[2]] !== 'MENTIONED_IN').length;
  const fast = relationEdges > payload.fastEdges;
  const visibility = new Visibility(graph, payload, fast);
  const initial = stateFromHash(graph, payload);
  applySizes(graph, initial.size);
  const legend = applyColors(graph, initial.color, payload.kinds);
  visibility.update(initial);
  const sigma = createSigma(graph, visibility, fast);
  const app = new App(graph, payload, sigma, visibility, initial);
  window.__kg = { app, sigma, graph, ready: false };
  requestAnimationFrame(() => {
    window.__kg!.firstPaint = performance.now();
    setTimeout(() => finishSetup(app, legend), 0);
  });
}

start();
