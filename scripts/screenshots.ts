// Screenshots for the README, in graph-export/screenshots/: the seed graph (overview, a selected node, the
// map, the path finder, the curation panel) and, given a built BBC folder, its overview and focus mode.
// Run: npx tsx scripts/screenshots.ts [--seed DIR (default graph-export)] [--bbc DIR (kg build …/bbc --out DIR)]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildViewerClient } from '../src/export/viewer/build-client.js';
import { renderViewerHtml } from '../src/export/viewer/index.js';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../src/types.js';
import { arg } from './args.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

const OUT = resolve('graph-export/screenshots');

/** A page rendered from DIR/graph.json with the current viewer code, in a temp folder. */
function viewerPage(dir: string, temp: string, clientPath: string, name: string): string {
  const json = join(dir, 'graph.json');
  if (!existsSync(json)) throw new Error(`${json} not found; build it first (kg build … --out ${dir})`);
  const graph = MultiDirectedGraph.from<NodeAttrs, EdgeAttrs, GraphAttrs>(JSON.parse(readFileSync(json, 'utf8')));
  const file = join(temp, `${name}.html`);
  writeFileSync(file, renderViewerHtml(graph, { clientPath }));
  return pathToFileURL(file).href;
}

/** Opens a page and waits for the viewer (polling evaluate: the page's CSP forbids the eval behind waitForFunction). */
async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  await page.goto(url);
  for (let i = 0; i < 600; i++) {
    if (await page.evaluate('Boolean(window.__kg && window.__kg.ready)')) return page;
    await page.waitForTimeout(100);
  }
  throw new Error('the viewer did not become ready within 60 s');
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(900);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`screenshot: ${join(OUT, `${name}.png`)}`);
}

/** Page-side: the entity with most relations of a kind ('' = any). */
const MOST_CONNECTED = (kind: string) => `(() => {
  let best = null, degree = -1;
  window.__kg.graph.forEachNode((n, a) => { if (a.kind !== 'Article' && (${JSON.stringify(kind)} === '' || a.kind === ${JSON.stringify(kind)}) && a.degree > degree) { best = n; degree = a.degree; } });
  return best;
})()`;

/** Page-side: from the most connected person, the farthest entity over fact edges (breadth first, ≤ 6 hops). */
const FARTHEST = `(() => {
  const { graph } = window.__kg;
  const facts = new Set(['HOLDS_POSITION','AFFILIATED_WITH','PART_OF','LOCATED_IN','CAPTURED','ATTACKED','SUPPORTED','CONTACTED']);
  const start = ${MOST_CONNECTED('Person')};
  const seen = new Set([start]); let frontier = [start]; let last = start;
  for (let d = 0; d < 6 && frontier.length; d++) {
    const next = [];
    for (const n of frontier) graph.forEachEdge(n, (e, a, s, t) => { const o = s === n ? t : s; if (facts.has(a.pred) && !seen.has(o)) { seen.add(o); next.push(o); } });
    if (next.length) last = next.sort()[0];
    frontier = next;
  }
  return [start, last];
})()`;

async function seedShots(browser: Browser, url: string): Promise<void> {
  let page = await open(browser, url);
  await shoot(page, 'overview');
  const person = (await page.evaluate(MOST_CONNECTED('Person'))) as string;
  await page.evaluate(`window.__kg.app.select(${JSON.stringify(person)})`);
  await shoot(page, 'selected-node');
  await page.close();

  page = await open(browser, url);
  await page.click('#kg-map-toggle');
  await shoot(page, 'map');
  await page.close();

  page = await open(browser, url);
  const [from, to] = (await page.evaluate(FARTHEST)) as [string, string];
  await page.click('#kg-path');
  await page.evaluate(`window.__kg.app.update({ pathFrom: ${JSON.stringify(from)}, pathTo: ${JSON.stringify(to)} })`);
  await shoot(page, 'path-finder');
  await page.close();

  page = await open(browser, url);
  const org = (await page.evaluate(MOST_CONNECTED('Organization'))) as string;
  await page.evaluate(`window.__kg.app.select(${JSON.stringify(org)})`);
  await page.selectOption('#kg-cur-type', { index: 1 });
  await page.click('#kg-cur-distinct');
  await page.fill('#kg-cur-search', (await page.evaluate(`window.__kg.graph.getNodeAttribute(${JSON.stringify(person)}, 'label')`)) as string);
  await page.keyboard.press('Enter');
  await page.click('#kg-cur-same');
  await page.keyboard.type(((await page.evaluate(`window.__kg.graph.getNodeAttribute(${JSON.stringify(org)}, 'label')`)) as string).slice(0, 3));
  await shoot(page, 'curation');
  await page.close();
}

async function bbcShots(browser: Browser, url: string): Promise<void> {
  const page = await open(browser, url);
  await page.selectOption('#kg-color', 'community');
  await shoot(page, 'bbc-overview');
  await page.selectOption('#kg-color', 'type');
  const person = (await page.evaluate(MOST_CONNECTED('Person'))) as string;
  await page.evaluate(`window.__kg.app.select(${JSON.stringify(person)})`);
  await shoot(page, 'bbc-focus');
  await page.close();
}

async function main(): Promise<void> {
  const seed = resolve(arg('seed', 'graph-export'));
  const bbc = arg('bbc', '');
  const temp = mkdtempSync(join(tmpdir(), 'kg-shots-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    mkdirSync(OUT, { recursive: true });
    const clientPath = await buildViewerClient(join(temp, 'viewer-client.js'));
    await seedShots(browser, viewerPage(seed, temp, clientPath, 'seed'));
    if (bbc) await bbcShots(browser, viewerPage(resolve(bbc), temp, clientPath, 'bbc'));
  } finally {
    await browser.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
