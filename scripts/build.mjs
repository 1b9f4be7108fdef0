// Builds the CLI (dist/kg.js), its extraction worker (dist/extract-worker.js) and the viewer's browser bundle (dist/viewer-client.js) with esbuild.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const common = { bundle: true, logLevel: 'warning', legalComments: 'none', charset: 'utf8' };

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/kg.js',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
});

// The extraction pool's worker thread (src/parallel), started by dist/kg.js from beside it.
await build({
  ...common,
  entryPoints: ['src/parallel/worker.ts'],
  outfile: 'dist/extract-worker.js',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
});

if (existsSync('src/export/viewer/client/main.ts')) {
  await build({
    ...common,
    entryPoints: ['src/export/viewer/client/main.ts'],
    outfile: 'dist/viewer-client.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
  });
}
