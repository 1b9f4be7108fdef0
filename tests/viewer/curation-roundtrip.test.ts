// Curation round trip: edit in the page, download curation.yaml, rebuild with it, find the merged node.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { buildFromInputs } from '../../src/pipeline.js';
import { js, launch, type PageWriter, pageWriter, waitReady } from './browser.js';

/** Two invented articles: the tagger finds both organizations, and nothing in the text says they are one. */
const ARTICLES: [string, string][] = [
  [
    'a1.txt',
    'Title: Fares to rise on Freedonia railways\nDate: 2024-05-06\n\nFreedonia Rail Board chief Anna Ortega said on Monday that fares would rise next year. Ortega spoke to reporters in Marvel City after a meeting with union leaders.\n',
  ],
  [
    'a2.txt',
    'Title: New trains for Marvel City\nDate: 2024-05-07\n\nAcme Transport Group announced new trains on Tuesday. Tomas Vale, the chairman of Acme Transport Group, said the trains would run from Marvel City to the coast from June.\n',
  ],
];

const byLabel = (g: KnowledgeGraph, label: string) => g.findNode((_, a) => a.label === label);

describe('curation round trip', () => {
  let dir: string;
  let browser: Browser;
  let writer: PageWriter;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-curation-'));
    for (const [name, text] of ARTICLES) writeFileSync(join(dir, name), text);
    const { graph } = await buildFromInputs([dir], { layout: false });
    expect(byLabel(graph, 'Freedonia Rail Board')).toBeDefined();
    expect(byLabel(graph, 'Acme Transport Group')).toBeDefined();
    writer = await pageWriter();
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(writer.write(graph, 'curation'));
    await waitReady(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    writer?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('"Same as…" and "Not an entity" edits, downloaded and passed to the build, merge and drop nodes', async () => {
    await page.fill('#kg-search', 'Freedonia Rail');
    await page.keyboard.press('Enter');
    await page.click('#kg-cur-same');
    await page.fill('#kg-cur-search', 'Acme Trans');
    await page.keyboard.press('Enter');
    await page.fill('#kg-search', 'Tomas Vale');
    await page.keyboard.press('Enter');
    await page.click('#kg-cur-drop');
    expect(await page.locator('#kg-curation li').allTextContents()).toEqual([
      'Acme Transport Group is the same as Freedonia Rail Board ×',
      'Tomas Vale is not an entity ×',
    ]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#kg-cur-download')]);
    const file = join(dir, 'curation.yaml');
    await download.saveAs(file);
    const { graph } = await buildFromInputs([join(dir, 'a1.txt'), join(dir, 'a2.txt')], { layout: false, aliases: file });
    const merged = byLabel(graph, 'Freedonia Rail Board');
    expect(merged).toBeDefined();
    expect(graph.getNodeAttribute(merged!, 'aliases')).toContain('Acme Transport Group');
    expect(byLabel(graph, 'Acme Transport Group')).toBeUndefined();
    expect(byLabel(graph, 'Tomas Vale')).toBeUndefined();
    expect(await js<string[]>(page, 'window.__kg.app.curation.edits.map((e) => e.op)')).toEqual(['merge', 'drop']);
  });
});
