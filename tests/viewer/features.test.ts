// The analyst's features in real headless Chromium: focus rings, labels, search help, paths, map, curation.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseCuration } from '../../src/resolve/curation/load.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { js, launch, type PageWriter, pageWriter, waitReady } from './browser.js';
import { fixtureGraph } from './fixture.js';

let browser: Browser;
let writer: PageWriter;
let page: Page;
let problems: string[];

/** The fixture plus what the features need: coordinates, confidence, a former office, a long evidence list. */
function richGraph(): KnowledgeGraph {
  const g = fixtureGraph();
  g.mergeNodeAttributes('location:eastport', { lat: 52.5, lon: 13.4, country: 'FD' });
  g.mergeEdgeAttributes('HOLDS_POSITION:person:mara-lindqvist->organization:harbor-council', {
    confidence: 0.5,
    status: 'former',
  });
  g.mergeEdgeAttributes('LOCATED_IN:organization:harbor-council->location:eastport', { confidence: 0.9 });
  const sentences = ['The PWU marched.', 'Lindqvist led the PWU march.', 'The PWU and Lindqvist spoke.'];
  g.mergeEdgeAttributes('AFFILIATED_WITH:person:mara-lindqvist->organization:port-workers-union', {
    evidence: sentences.map((sentence, i) => ({ article: 'a2', sentence, start: 100 * (i + 1), end: 100 * (i + 1) + 20 })),
  });
  const quoted = 'QUOTED_IN:person:mara-lindqvist->article:a2';
  const evidence = g.getEdgeAttribute(quoted, 'evidence').map((e) => ({ ...e, quote: '"We will not back down," she said' }));
  g.mergeEdgeAttributes(quoted, { evidence });
  return g;
}

let url: string;

beforeAll(async () => {
  writer = await pageWriter();
  url = writer.write(richGraph(), 'rich');
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  writer?.dispose();
});

beforeEach(async () => {
  problems = [];
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith('file:') && !r.url().startsWith('blob:') && problems.push(`request: ${r.url()}`));
  await page.goto(url);
  await waitReady(page);
});

afterEach(async () => {
  await page.close();
});

type Box = { node: string; x: number; y: number; w: number; h: number };
const labelBoxes = () => js<Box[]>(page, 'window.__kg.labels()');
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) =>
    boxes.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).map((b) => [a.node, b.node]),
  );
const viewportOf = (node: string) =>
  js<{ x: number; y: number }>(page, `window.__kg.sigma.framedGraphToViewport(window.__kg.sigma.getNodeDisplayData(${JSON.stringify(node)}))`);

describe('focus mode', () => {
  it('lays the neighbours out on a ring around the selection, labels apart, and depth 2 adds the next ring', async () => {
    await js(page, `window.__kg.app.select('person:mara-lindqvist')`);
    await page.waitForTimeout(600);
    const centre = await viewportOf('person:mara-lindqvist');
    const ring = ['organization:port-workers-union', 'organization:harbor-council', 'person:xss-script'];
    const radii = await Promise.all(ring.map(async (n) => {
      const p = await viewportOf(n);
      return Math.hypot(p.x - centre.x, p.y - centre.y);
    }));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 0);
    expect(radii[0]).toBeGreaterThan(50);
    const boxes = await labelBoxes();
    const labelled = boxes.map((b) => b.node);
    expect(labelled).toContain('person:mara-lindqvist');
    expect(ring.filter((n) => labelled.includes(n)).length).toBeGreaterThanOrEqual(2);
    expect(overlapping(boxes)).toEqual([]);
    expect(await js<boolean>(page, `window.__kg.sigma.getNodeDisplayData('location:eastport').color === '#e3e6eb'`)).toBe(true);
    await page.selectOption('#kg-f-depth', '2');
    await page.waitForTimeout(600);
    const east = await viewportOf('location:eastport');
    expect(Math.hypot(east.x - centre.x, east.y - centre.y)).toBeCloseTo(2 * radii[0]!, 0);
    expect(await js<string>(page, 'location.hash')).toContain('depth=2');
    expect(problems).toEqual([]);
  });

  it('clears with Escape and puts nodes back where the layout had them', async () => {
    const position = `(() => { const a = window.__kg.graph.getNodeAttributes('organization:harbor-council'); return [a.x, a.y]; })()`;
    const before = await js<number[]>(page, position);
    await js(page, `window.__kg.app.select('person:mara-lindqvist')`);
    expect(await js<number[]>(page, position)).not.toEqual(before);
    await page.keyboard.press('Escape');
    expect(await js<string | null>(page, 'window.__kg.app.state.node')).toBeNull();
    expect(await js<number[]>(page, position)).toEqual(before);
    expect(await js<unknown>(page, 'window.__kg.sigma.getCustomBBox()')).toBeNull();
  });
});

describe('live layout', () => {
  it('stops when a selection lays out its rings, which then stay put', async () => {
    await page.click('#kg-layout');
    expect(await page.textContent('#kg-layout')).toBe('Stop layout');
    await page.waitForTimeout(300);
    await js(page, `window.__kg.app.select('person:mara-lindqvist')`);
    expect(await page.textContent('#kg-layout')).toBe('Run layout');
    const x = `window.__kg.graph.getNodeAttribute('organization:harbor-council', 'x')`;
    const ringX = await js<number>(page, x);
    await page.waitForTimeout(300);
    expect(await js<number>(page, x)).toBe(ringX);
    expect(problems).toEqual([]);
  });
});

describe('rough edges', () => {
  it('says when a search finds nothing, suggests close names, and arrows then Enter pick one', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type('Lindkvist');
    expect(await page.textContent('#kg-suggest .nomatch')).toBe('No match for “Lindkvist”. Did you mean:');
    expect(await page.locator('#kg-suggest li[role=option]').allTextContents()).toEqual(['Mara Lindqvist']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await js<string>(page, 'window.__kg.app.state.node')).toBe('person:mara-lindqvist');
  });

  it('writes plurals right, never doubles quotation marks, and shows confidence and former facts', async () => {
    await js(page, `window.__kg.app.select('person:mara-lindqvist')`);
    expect(await page.locator('#kg-panel button.more', { hasText: 'more sentence' }).allTextContents()).toEqual([
      'Show 1 more sentence',
    ]);
    const quote = await page.locator('#kg-panel q').first().textContent();
    expect(quote).toBe('We will not back down," she said');
    const holds = page.locator('#kg-panel .rel', { hasText: 'Harbor Council' }).first();
    expect(await holds.locator('.tag').textContent()).toBe('former');
    expect(await holds.textContent()).toContain('confidence 0.50');
  });

  it('hides weakly supported relations with the confidence slider and sparse nodes with the connections slider', async () => {
    expect(await page.isVisible('#kg-f-confidence')).toBe(true);
    const shown = (pred: string) =>
      js<number>(page, `window.__kg.graph.filterEdges((e, a) => a.pred === '${pred}' && !window.__kg.app.visibility.edgeHidden[a.idx]).length`);
    await js(page, `window.__kg.app.update({ minConfidence: 0.6 })`);
    expect(await shown('HOLDS_POSITION')).toBe(0);
    expect(await shown('LOCATED_IN')).toBe(1);
    await js(page, `window.__kg.app.update({ minConfidence: 0, minDegree: 3 })`);
    const hidden = (n: string) =>
      js<number>(page, `window.__kg.app.visibility.nodeHidden[window.__kg.graph.getNodeAttribute('${n}', 'idx')]`);
    expect(await hidden('person:mara-lindqvist')).toBe(0);
    expect(await hidden('location:eastport')).toBe(1);
    expect(await js<string>(page, 'location.hash')).toBe('#minDegree=3');
  });

  it('keeps labels off each other and inside the graph stage in the overview', async () => {
    const boxes = await labelBoxes();
    expect(boxes.length).toBeGreaterThan(3);
    expect(overlapping(boxes)).toEqual([]);
    const stage = (await page.locator('#kg-sigma').boundingBox())!;
    for (const b of boxes) expect(b.x + b.w).toBeLessThanOrEqual(stage.width);
  });
});

describe('dates', () => {
  it('plays the date range forward, step by step', async () => {
    expect(await page.textContent('#kg-f-dates')).toBe('2024-03-02 → 2024-04-10');
    await page.click('#kg-f-play');
    await expect.poll(() => js<string>(page, 'window.__kg.app.state.to'), { timeout: 5000 }).toBe('2024-03-02');
    expect(await page.textContent('#kg-f-play')).toBe('■ Stop');
    await page.click('#kg-f-play');
    expect(await page.textContent('#kg-f-play')).toBe('▶ Play');
  });
});

describe('node budget', () => {
  it('says what the page left out', async () => {
    await page.goto(writer.write(richGraph(), 'budget', { maxNodes: 4 }));
    await waitReady(page);
    expect(await page.textContent('#kg-stats')).toMatch(/this page holds the top 4 of 8 nodes by PageRank \(\d+ links left out; graph\.json has all\)/);
    expect(problems).toEqual([]);
  });
});

describe('path finder', () => {
  it('shows the shortest chain of facts between two entities, highlighted, with evidence', async () => {
    await page.click('#kg-path');
    for (const [id, text, name] of [
      ['#kg-path-from', 'called', '</script>'],
      ['#kg-path-to', 'Eastp', 'Eastport'],
    ] as const) {
      await page.fill(id, text.startsWith('c') ? '</scr' : text);
      await page.keyboard.press('Enter');
      expect(await page.inputValue(id)).toContain(name);
    }
    expect(await page.textContent('#kg-panel h2')).toBe('1 path of 3 hops');
    const hops = await page.locator('#kg-panel .path .rel').allTextContents();
    expect(hops.map((h) => h.split(' ')[0])).toEqual(['CONTACTED', 'HOLDS_POSITION', 'LOCATED_IN']);
    expect(await page.locator('#kg-panel .path .ev').count()).toBe(3);
    const pathColor = `window.__kg.sigma.getEdgeDisplayData(window.__kg.graph.findEdge((e, a) => a.pred === 'LOCATED_IN')).color`;
    expect(await js<string>(page, pathColor)).toBe('#d6336c');
    expect(await js<string>(page, 'location.hash')).toBe('#path=person%3Axss-script+location%3Aeastport');
    await page.click('#kg-reset');
    expect(await page.textContent('#kg-panel .hint')).toContain('Search or click a node');
    expect(await js<string>(page, 'location.hash')).toBe('');
    expect(problems).toEqual([]);
  });
});

describe('map view', () => {
  it('puts places at their coordinates on an offline outline, actors at their place, and lists the rest', async () => {
    await page.click('#kg-map-toggle');
    await page.waitForTimeout(300);
    const g2v = await js<{ x: number; y: number }>(page, `window.__kg.sigma.graphToViewport({ x: 13.4, y: 52.5 })`);
    const east = await viewportOf('location:eastport');
    expect(east.x).toBeCloseTo(g2v.x, 0);
    expect(east.y).toBeCloseTo(g2v.y, 0);
    // The council is LOCATED_IN Eastport: placed within two degrees of it.
    const council = await js<number[]>(page, `[window.__kg.graph.getNodeAttribute('organization:harbor-council', 'x'), window.__kg.graph.getNodeAttribute('organization:harbor-council', 'y')]`);
    expect(Math.hypot(council[0]! - 13.4, council[1]! - 52.5)).toBeLessThan(2);
    expect(await page.isVisible('#kg-map')).toBe(true);
    expect(await page.locator('#kg-offmap li').count()).toBeGreaterThan(0);
    expect(await js<string>(page, 'location.hash')).toBe('#map=1');
    expect(problems).toEqual([]);
  });

  it('opens in the map view from a shared link', async () => {
    await page.goto(`${url}#map=1`);
    await waitReady(page);
    await expect.poll(() => page.isVisible('#kg-map')).toBe(true);
    expect(await js<unknown>(page, 'window.__kg.sigma.getCustomBBox()')).toEqual({ x: [-180, 180], y: [-90, 90] });
  });
});

describe('curation', () => {
  it('collects edits, lists them and downloads the YAML file the resolver reads', async () => {
    await js(page, `window.__kg.app.select('organization:harbor-council')`);
    await page.click('#kg-cur-same');
    await page.fill('#kg-cur-search', 'PWU');
    await page.keyboard.press('Enter');
    await page.selectOption('#kg-cur-type', 'Location');
    await page.click('#kg-cur-drop');
    expect(await page.locator('#kg-curation li').allTextContents()).toEqual([
      'Port Workers Union is the same as Harbor Council ×',
      'Harbor Council is a Location ×',
      'Harbor Council is not an entity ×',
    ]);
    expect(await page.textContent('#kg-curation code')).toBe('kg build <inputs> --aliases curation.yaml');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kg-cur-download')]);
    expect(download.suggestedFilename()).toBe('curation.yaml');
    const text = readFileSync((await download.path())!, 'utf8');
    const parsed = parseCuration(text, 'download');
    expect(parsed.merge).toEqual([{ name: 'Harbor Council', type: 'Organization', aliases: ['Port Workers Union', 'PWU'] }]);
    expect(parsed.type).toEqual({ 'Harbor Council': 'Location' });
    expect(parsed.drop).toEqual(['Harbor Council']);
    expect(problems).toEqual([]);
  });
});
