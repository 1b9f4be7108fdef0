// The viewer on the committed seed graph export (graph-export/graph.json, written by `npm start`).
import { existsSync, readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../../src/types.js';
import { js, launch, type PageWriter, pageWriter, pngStdDev, waitReady } from './browser.js';

const SEED_JSON = process.env.KG_SEED_JSON ?? fromRoot('graph-export/graph.json');
// The export is committed: a missing one is a defect to see, not a suite to skip.
if (!existsSync(SEED_JSON)) throw new Error(`${SEED_JSON} is missing; rebuild it with npm start`);

describe('viewer on the seed export', () => {
  let browser: Browser;
  let writer: PageWriter | undefined;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    const graph = MultiDirectedGraph.from<NodeAttrs, EdgeAttrs, GraphAttrs>(
      JSON.parse(readFileSync(SEED_JSON, 'utf8')),
    );
    writer = await pageWriter();
    const url = writer.write(graph, 'seed');
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    await waitReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    writer?.dispose();
  });

  it('loads without errors and draws', async () => {
    await js(page, `document.getElementById('kg-legend').style.display = 'none'`);
    const png = await page.locator('#kg-stage').screenshot();
    expect(await pngStdDev(browser, png)).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  it('shows evidence for the most connected person', async () => {
    const person = await js<string | null>(
      page,
      `(() => { let best = null, deg = -1; window.__kg.graph.forEachNode((n, a) => { if (a.kind === 'Person' && a.degree > deg) { best = n; deg = a.degree; } }); return best; })()`,
    );
    expect(person).not.toBeNull();
    await js(page, `window.__kg.app.select(${JSON.stringify(person)})`);
    expect(await page.locator('#kg-panel h3').textContent()).toBeTruthy();
    expect(await page.locator('#kg-panel .ev').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
