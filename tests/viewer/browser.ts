// Test helpers: bundle the client, write a rendered page to a temp file, launch Debian's headless Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { buildViewerClient } from '../../src/export/viewer/build-client.js';
import type { ViewerOptions } from '../../src/export/viewer/index.js';
import { renderViewerHtml } from '../../src/export/viewer/index.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';

/** Launches headless Chromium from the system install (never downloads one). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/** Writes pages into a temp folder next to a freshly built client bundle; `dispose` deletes the folder. */
export interface PageWriter {
  write(graph: KnowledgeGraph, name: string, options?: ViewerOptions): string;
  dispose(): void;
}

/** Builds the client bundle into a new temp folder and returns a writer of file:// pages. */
export async function pageWriter(): Promise<PageWriter> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
  const clientPath = await buildViewerClient(join(dir, 'viewer-client.js'));
  return {
    write(graph, name, options = {}) {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, renderViewerHtml(graph, { clientPath, ...options }));
      return pathToFileURL(file).href;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Evaluates a JavaScript expression in the page (strings, not functions: the test transform may add helpers). */
export function js<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** Waits until the viewer has drawn and wired its controls. Polls with evaluate: the page's CSP forbids eval. */
export async function waitReady(page: Page, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await js<boolean>(page, 'Boolean(window.__kg && window.__kg.ready)'))) {
    if (Date.now() > end) throw new Error('viewer did not become ready');
    await page.waitForTimeout(50);
  }
}

/** Standard deviation of the gray levels of a PNG, decoded in a blank page (0 means a uniform image). */
export async function pngStdDev(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    const url = `data:image/png;base64,${png.toString('base64')}`;
    return await js<number>(
      page,
      `new Promise((resolve) => {
        const img = new Image();
        img.onload = () => {
          const c = document.createElement('canvas');
          c.width = img.width; c.height = img.height;
          const ctx = c.getContext('2d');
          ctx.drawImage(img, 0, 0);
          const d = ctx.getImageData(0, 0, c.width, c.height).data;
          let sum = 0, sq = 0, n = 0;
          for (let i = 0; i < d.length; i += 4) { const g = (d[i] + d[i + 1] + d[i + 2]) / 3; sum += g; sq += g * g; n++; }
          const mean = sum / n;
          resolve(Math.sqrt(sq / n - mean * mean));
        };
        img.src = ${JSON.stringify(url)};
      })`,
    );
  } finally {
    await page.close();
  }
}
