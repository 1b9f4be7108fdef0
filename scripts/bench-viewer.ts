// Viewer benchmark: a seeded 20k-node / 50k-edge graph (or a built graph folder) in headless Chromium;
// prints first paint, panning fps and the time to select a node.
// Run: npx tsx scripts/bench-viewer.ts [nodes] [edges]         synthetic graph, every node on the page
//      npx tsx scripts/bench-viewer.ts --graph DIR [--max-nodes N]   DIR/graph.json (kg build --out DIR),
//      with the page's node budget (default: the viewer's own default)   (VW=1280 VH=800: the viewport)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { buildViewerClient } from '../src/export/viewer/build-client.js';
import { MultiDirectedGraph } from 'graphology';
import { DEFAULT_VIEWER_OPTIONS, renderViewerHtml } from '../src/export/viewer/index.js';
import type { KnowledgeGraph } from '../src/graph/types.js';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../src/types.js';
import { arg } from './args.js';
import { synthGraph } from './synth-graph.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

/**
 * Page-side code (a string: tsx would wrap inline functions in helpers the page lacks). Pans the camera
 * across the graph for `duration` ms; returns animation frames per second and the mean main-thread time of
 * one sigma render (what bounds fps once the GPU keeps up; software WebGL usually does not).
 */
const PAN_FPS = `async (duration) => {
  const sigma = window.__kg.sigma;
  const camera = sigma.getCamera();
  let renders = 0, renderMs = 0, began = 0;
  const before = () => { began = performance.now(); };
  const after = () => { renders++; renderMs += performance.now() - began; };
  camera.setState({ x: 0.5, y: 0.5, ratio: 0.5, angle: 0 });
  await new Promise((r) => requestAnimationFrame(r));
  let frames = 0;
  let running = true;
  const tick = () => { frames++; if (running) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  sigma.on('beforeRender', before);
  sigma.on('afterRender', after);
  const t0 = performance.now();
  for (const leg of [{ x: 0.8, y: 0.3 }, { x: 0.2, y: 0.7 }, { x: 0.5, y: 0.5 }]) {
    await camera.animate({ ...leg, ratio: 0.5 }, { duration: duration / 3, easing: 'linear' });
  }
  running = false;
  sigma.off('beforeRender', before);
  sigma.off('afterRender', after);
  return { fps: (frames * 1000) / (performance.now() - t0), cpuMs: renderMs / Math.max(1, renders) };
}`;

/**
 * Page-side: selects the node with most neighbours five times (clearing in between) and returns how long
 * each update and redraw took (focus rings laid out, panel filled, one frame drawn).
 */
const SELECT_MS = `(() => {
  const { app, graph } = window.__kg;
  let best = null, degree = -1;
  graph.forEachNode((n, a) => { if (a.degree > degree) { best = n; degree = a.degree; } });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    app.update({ node: best });
    times.push(performance.now() - t0);
    app.update({ node: null });
  }
  return times;
})()`;

/** The graph to measure and the page's node budget: a built folder, or the synthetic graph (all nodes shown). */
function benchGraph(): { graph: KnowledgeGraph; maxNodes: number; name: string } {
  const dir = arg('graph', '');
  if (dir) {
    const json = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
    const graph: KnowledgeGraph = MultiDirectedGraph.from<NodeAttrs, EdgeAttrs, GraphAttrs>(json);
    return { graph, maxNodes: Number(arg('max-nodes', String(DEFAULT_VIEWER_OPTIONS.maxNodes))), name: dir };
  }
  const graph = synthGraph({ nodes: Number(process.argv[2] ?? 20000), edges: Number(process.argv[3] ?? 50000), seed: 7 });
  return { graph, maxNodes: Number(arg('max-nodes', String(graph.order))), name: 'synthetic' };
}

interface PanFigures {
  fps: number;
  cpuMs: number;
}

async function panFps(page: Page, ms: number): Promise<PanFigures> {
  return page.evaluate(`(${PAN_FPS})(${ms})`) as Promise<PanFigures>;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-viewer-'));
  try {
    const { graph, maxNodes, name } = benchGraph();
    const clientPath = await buildViewerClient(join(dir, 'viewer-client.js'));
    const t0 = performance.now();
    const html = renderViewerHtml(graph, { clientPath, maxNodes });
    const renderMs = performance.now() - t0;
    const file = join(dir, 'index.html');
    writeFileSync(file, html);

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage({
        viewport: { width: Number(process.env.VW ?? 1280), height: Number(process.env.VH ?? 800) },
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href, { timeout: 120_000 });
      // Polled with page.evaluate: waitForFunction evaluates strings with eval, which the page's CSP forbids.
      while (!(await page.evaluate('Boolean(window.__kg && window.__kg.ready)'))) await page.waitForTimeout(50);
      const firstPaint = (await page.evaluate('window.__kg.firstPaint')) as number;
      await page.waitForTimeout(500);
      const shown = (await page.evaluate('window.__kg.graph.order')) as number;
      const relations = await panFps(page, 3000);
      const selectMs = (await page.evaluate(SELECT_MS)) as number[];
      const median = [...selectMs].sort((a, b) => a - b)[2]!;
      await page.evaluate('window.__kg.app.update({ mentions: true, hiddenKinds: [] })');
      const all = await panFps(page, 3000);
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      const mb = (Buffer.byteLength(html) / 1e6).toFixed(1);
      console.log(
        `viewer (${name}): ${graph.order} nodes / ${graph.size} edges, ${shown} nodes on the page, ` +
          `html ${mb} MB (render ${renderMs.toFixed(0)} ms), ` +
          `first paint ${firstPaint.toFixed(0)} ms, pan ${relations.fps.toFixed(1)} fps (relations shown; ` +
          `${relations.cpuMs.toFixed(1)} ms JS per render), ${all.fps.toFixed(1)} fps (all edges shown; ` +
          `${all.cpuMs.toFixed(1)} ms JS per render), select a node ${selectMs[0]!.toFixed(0)} ms first, ${median.toFixed(0)} ms median of 5; ` +
          `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
