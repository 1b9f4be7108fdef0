// Screenshots of the seed viewer: graph-export/screenshots/{overview,selected-node}.png.
// Run: npx tsx scripts/screenshots.ts [export dir, default graph-export]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { chromium, type Page } from 'playwright-core';
import { renderViewerHtml } from '../src/export/viewer/index.js';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../src/types.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

/** The page to shoot: DIR/index.html, else a page rendered from DIR/graph.json into a temp folder. */
function viewerPage(dir: string, temp: string): string {
  const html = join(dir, 'index.html');
  if (existsSync(html)) return html;
  const json = join(dir, 'graph.json');
  if (!existsSync(json))
    throw new Error(`${dir} has neither index.html nor graph.json; run npm start (kg build seeds) first`);
  const graph = MultiDirectedGraph.from<NodeAttrs, EdgeAttrs, GraphAttrs>(JSON.parse(readFileSync(json, 'utf8')));
  const file = join(temp, 'index.html');
  writeFileSync(file, renderViewerHtml(graph));
  return file;
}

/** Waits for the viewer (polling evaluate: the page's CSP forbids the eval behind waitForFunction). */
async function waitReady(page: Page): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await page.evaluate('Boolean(window.__kg && window.__kg.ready)')) return;
    await page.waitForTimeout(100);
  }
  throw new Error('the viewer did not become ready within 60 s');
}

const MOST_CONNECTED_PERSON = `(() => {
  let best = null, degree = -1;
  window.__kg.graph.forEachNode((n, a) => { if (a.kind === 'Person' && a.degree > degree) { best = n; degree = a.degree; } });
  return best;
})()`;

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? 'graph-export');
  const temp = mkdtempSync(join(tmpdir(), 'kg-shots-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
    });
    await page.goto(pathToFileURL(viewerPage(dir, temp)).href);
    await waitReady(page);
    await page.waitForTimeout(500);
    const out = join(dir, 'screenshots');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'overview.png') });
    const person = (await page.evaluate(MOST_CONNECTED_PERSON)) as string | null;
    if (person === null) throw new Error('the graph has no Person node to select');
    await page.evaluate(`window.__kg.app.select(${JSON.stringify(person)})`);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(out, 'selected-node.png') });
    console.log(`screenshots: ${join(out, 'overview.png')}, ${join(out, 'selected-node.png')} (selected ${person})`);
  } finally {
    await browser.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
