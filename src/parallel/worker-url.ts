// Where the worker entry lives: beside the bundle (dist/extract-worker.js) or in src/ under tsx and vitest.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { fromRoot } from '../paths.js';

/** The first two arguments of `new Worker(...)` for an extraction worker. */
export interface WorkerEntry {
  script: URL | string;
  options: WorkerOptions;
}

/**
 * From the esbuild bundle (this module's URL ends in `.js`), the worker is the second bundle
 * `dist/extract-worker.js`. From the TypeScript sources it is `src/parallel/worker.ts`, loaded by a
 * two-line bootstrap that first registers tsx's ESM hooks in the worker (an `--import` flag in a
 * worker's execArgv is not honoured by Node 20).
 */
export function workerEntry(moduleUrl: string = import.meta.url): WorkerEntry {
  if (!moduleUrl.endsWith('.ts')) return { script: new URL('./extract-worker.js', moduleUrl), options: {} };
  const tsxRoot = dirname(createRequire(fromRoot('package.json')).resolve('tsx/package.json'));
  const api = pathToFileURL(join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const worker = pathToFileURL(fromRoot('src', 'parallel', 'worker.ts')).href;
  const script = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
  return { script, options: { eval: true } };
}
