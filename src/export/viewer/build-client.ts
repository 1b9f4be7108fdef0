// Bundles the viewer's browser code with esbuild (same options as scripts/build.mjs), for tests and scripts.
import { build } from 'esbuild';
import { fromRoot } from '../../paths.js';

/**
 * Bundles src/export/viewer/client/main.ts into a minified IIFE at `outfile`.
 * @default outfile fromRoot('dist/viewer-client.js')
 */
export async function buildViewerClient(outfile = fromRoot('dist/viewer-client.js')): Promise<string> {
  await build({
    entryPoints: [fromRoot('src/export/viewer/client/main.ts')],
    outfile,
    bundle: true,
    logLevel: 'warning',
    legalComments: 'none',
    charset: 'utf8',
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
  });
  return outfile;
}
