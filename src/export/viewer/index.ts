// Viewer export: one self-contained HTML page (Sigma.js + graphology) showing the knowledge graph.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { fromRoot } from '../../paths.js';
import { breaksScriptElement, jsonForScript } from './escape.js';
import { pageHtml } from './html.js';
import { toPayload } from './to-payload.js';

/** Options of {@link renderViewerHtml}; all optional. */
export interface ViewerOptions {
  /**
   * Page title.
   * @default the graph's `name` attribute, else 'Knowledge graph'
   * @example 'War reports, March 2024'
   */
  title?: string;
  /**
   * Evidence sentences kept per edge (the rest is counted in the edge's weight only); bounds the page size.
   * @default 50
   */
  maxEvidencePerEdge?: number;
  /**
   * Relation edges (MENTIONED_IN excluded) above which edges are drawn as fast 1px lines without arrows.
   * @default 5000
   */
  fastEdgeThreshold?: number;
  /**
   * Path of the browser bundle to inline.
   * @default fromRoot('dist/viewer-client.js')
   */
  clientPath?: string;
}

/** Defaults of {@link ViewerOptions}. */
export const DEFAULT_VIEWER_OPTIONS = {
  title: 'Knowledge graph',
  maxEvidencePerEdge: 50,
  fastEdgeThreshold: 5000,
} as const;

function resolveOptions(graph: KnowledgeGraph, options: ViewerOptions) {
  const title = options.title ?? (graph.getAttribute('name') || DEFAULT_VIEWER_OPTIONS.title);
  const maxEvidencePerEdge = options.maxEvidencePerEdge ?? DEFAULT_VIEWER_OPTIONS.maxEvidencePerEdge;
  const fastEdgeThreshold = options.fastEdgeThreshold ?? DEFAULT_VIEWER_OPTIONS.fastEdgeThreshold;
  for (const [name, value] of [
    ['maxEvidencePerEdge', maxEvidencePerEdge],
    ['fastEdgeThreshold', fastEdgeThreshold],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) {
      throw new KgError('USAGE', `viewer option ${name}: expected a non-negative integer, instead found ${value}`);
    }
  }
  return { title, maxEvidencePerEdge, fastEdgeThreshold };
}

/** Reads the bundled browser code, with a message saying how to build it when it is missing. */
function readClient(path: string): string {
  if (!existsSync(path)) {
    throw new KgError(
      'OUTPUT_FAILED',
      `viewer: browser bundle ${path} not found; run \`node scripts/build.mjs\` (npm run build) first`,
    );
  }
  const code = readFileSync(path, 'utf8').trim();
  if (breaksScriptElement(code)) {
    throw new KgError('OUTPUT_FAILED', `viewer: ${path} contains "</script" or "<!--"; it cannot be inlined`);
  }
  return code;
}

/**
 * Renders the viewer: one self-contained HTML file (inline CSS, script and graph data) that opens from disk
 * with no server and no network. The same graph always gives the same bytes.
 * @throws KgError OUTPUT_FAILED when dist/viewer-client.js is missing; USAGE on invalid options.
 */
export function renderViewerHtml(graph: KnowledgeGraph, options: ViewerOptions = {}): string {
  const settings = resolveOptions(graph, options);
  const clientJs = readClient(options.clientPath ?? fromRoot('dist/viewer-client.js'));
  const scriptHash = `'sha256-${createHash('sha256').update(clientJs, 'utf8').digest('base64')}'`;
  const dataJson = jsonForScript(toPayload(graph, settings));
  return pageHtml({ title: settings.title, dataJson, clientJs, scriptHash });
}
