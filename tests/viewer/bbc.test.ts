// The viewer at real size: a fixed subset of 500 BBC articles, built here, in headless Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { buildFromInputs } from '../../src/pipeline.js';
import { js, launch, type PageWriter, pageWriter, waitReady } from './browser.js';

/** The shared BBC corpus (read in place); the test fails, not skips, when it is missing. */
const BBC = fromRoot('../shared/data/bbc_news.jsonl');
const PER_CATEGORY = 100;

/**
 * The first 100 articles of each of the five categories, each given a date in 2005 (the corpus has none;
 * the dates make the date slider testable: sentences still name years from 1946 to 2050).
 */
function subset(dir: string): string {
  const lines = readFileSync(BBC, 'utf8').split('\n').filter(Boolean);
  const taken = new Map<string, number>();
  const out: string[] = [];
  for (const line of lines) {
    const record = JSON.parse(line) as { category: string };
    const n = taken.get(record.category) ?? 0;
    if (n >= PER_CATEGORY) continue;
    taken.set(record.category, n + 1);
    const date = `2005-${String(1 + (out.length % 12)).padStart(2, '0')}-${String(1 + (out.length % 28)).padStart(2, '0')}`;
    out.push(JSON.stringify({ ...record, date, source: 'BBC' }));
  }
  const file = join(dir, 'bbc-subset.jsonl');
  writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}

type Box = { node: string; x: number; y: number; w: number; h: number };
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
      .map((b) => [a.node, b.node]),
  );

describe('viewer on 500 BBC articles', () => {
  let dir: string;
  let browser: Browser;
  let writer: PageWriter;
  let page: Page;
  let articleDates: string[];
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-bbc-'));
    const { graph, articles } = await buildFromInputs([subset(dir)]);
    expect(articles.length).toBe(500);
    articleDates = articles.map((a) => a.date ?? '').filter(Boolean).sort();
    writer = await pageWriter();
    const url = writer.write(graph, 'bbc');
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(url);
    await waitReady(page, 60_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    writer?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const boxes = () => js<Box[]>(page, 'window.__kg.labels()');

  it('starts with articles hidden and labels the most important entities, none overlapping', async () => {
    expect(await js<string[]>(page, 'window.__kg.app.state.hiddenKinds')).toEqual(['Article']);
    const shown = await boxes();
    expect(shown.length).toBeGreaterThan(10);
    expect(overlapping(shown)).toEqual([]);
    const top = await js<string>(
      page,
      `(() => { let best = null, r = -1; window.__kg.graph.forEachNode((n, a) => { if (a.kind !== 'Article' && a.rank > r) { best = n; r = a.rank; } }); return best; })()`,
    );
    expect(shown.map((b) => b.node)).toContain(top);
    expect(problems).toEqual([]);
  });

  it.each([0.3, 0.1])('keeps labels apart zoomed in (camera ratio %d)', async (ratio) => {
    await js(page, `window.__kg.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: ${ratio}, angle: 0 })`);
    await page.waitForTimeout(200);
    expect(overlapping(await boxes())).toEqual([]);
    await js(page, `window.__kg.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 })`);
  });

  it.each([1, 2])('with the busiest person selected (depth %i), neighbour labels do not overlap', async (depth) => {
    const busiest = await js<string>(
      page,
      `(() => { let best = null, d = -1; window.__kg.graph.forEachNode((n, a) => { if (a.kind === 'Person' && a.degree > d) { best = n; d = a.degree; } }); return best; })()`,
    );
    await js(page, `window.__kg.app.update({ node: ${JSON.stringify(busiest)}, depth: ${depth}, hiddenKinds: [] })`);
    await page.waitForTimeout(700);
    const shown = await boxes();
    expect(shown.map((b) => b.node)).toContain(busiest);
    expect(shown.length).toBeGreaterThan(3);
    expect(overlapping(shown)).toEqual([]);
    await js(page, `window.__kg.app.update({ node: null })`);
    expect(problems).toEqual([]);
  });

  it('the date slider runs within the article dates ± 1 year', async () => {
    const text = (await page.textContent('#kg-f-dates')) ?? '';
    const [from, to] = text.split(' → ');
    const year = (d: string) => Number(d.slice(0, 4));
    expect(year(from!)).toBeGreaterThanOrEqual(year(articleDates[0]!) - 1);
    expect(year(to!)).toBeLessThanOrEqual(year(articleDates.at(-1)!) + 1);
    // Years named in sentences reach far further; they stay in the evidence.
    const years = await js<number[]>(
      page,
      `(() => { const ys = new Set(); window.__kg.graph.forEachEdge((e, a) => a.dates.forEach((d) => ys.add(Number(d.slice(0, 4))))); return [...ys]; })()`,
    );
    expect(Math.min(...years)).toBeLessThan(year(articleDates[0]!) - 1);
  });
});
