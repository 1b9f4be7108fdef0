// Viewer export: one self-contained HTML page (Sigma.js + graphology) showing the knowledge graph.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { fromRoot } from '../../paths.js';
import { breaksScriptElement, jsonForScript } from './escape.js';
import { articleTitles } from './article-titles.js';
import { withinBudget } from './budget.js';
import { type Communities, findCommunities } from './communities.js';
import { pageHtml } from './html.js';
import { pagePositions } from './layout.js';
import { byImportance, relationRanks } from './rank.js';
import type { ViewerPayload } from './payload.js';
import { type PayloadSettings, placeNodes, toPayload } from './to-payload.js';

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
   * Edges (MENTIONED_IN included: hidden edges are still drawn as empty shapes) above which nodes are drawn as
   * points and edges as fast 1px lines without arrows, hidden while the camera moves. Measured in software
   * WebGL, the BBC page (5,000 nodes, 19,000 edges) pans at about 1 fps with discs and arrows and above 40 with these.
   * @default 5000
   */
  fastEdgeThreshold?: number;
  /**
   * Node budget of the page: above it, the page holds the `maxNodes` nodes of highest PageRank (over
   * relation edges) and the edges between them, and says what it left out; graph.json keeps everything.
   * @default 5000
   * @example 20000
   */
  maxNodes?: number;
  /**
   * Article count above which Article nodes start hidden (a filter shows them again).
   * @default 300
   */
  articleThreshold?: number;
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
  maxNodes: 5000,
  articleThreshold: 300,
} as const;

function resolveOptions(graph: KnowledgeGraph, options: ViewerOptions): PayloadSettings & { maxNodes: number } {
  const d = DEFAULT_VIEWER_OPTIONS;
  const title = options.title ?? (graph.getAttribute('name') || d.title);
  const numbers = {
    maxEvidencePerEdge: options.maxEvidencePerEdge ?? d.maxEvidencePerEdge,
    fastEdgeThreshold: options.fastEdgeThreshold ?? d.fastEdgeThreshold,
    maxNodes: options.maxNodes ?? d.maxNodes,
    articleThreshold: options.articleThreshold ?? d.articleThreshold,
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new KgError('USAGE', `viewer option ${name}: expected a non-negative integer, instead found ${value}`);
    }
  }
  if (numbers.maxNodes < 1) throw new KgError('USAGE', 'viewer option maxNodes: expected at least 1, instead found 0');
  return { title, ...numbers };
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

/** The page but for its positions, made by {@link prepareViewer}. */
export interface ViewerDraft {
  graph: KnowledgeGraph;
  title: string;
  clientJs: string;
  scriptHash: string;
  /** The graph itself, or its part within the node budget. */
  shown: KnowledgeGraph;
  communities: Communities;
  /** The page's data with every node still at its position of the time the draft was made. */
  payload: ViewerPayload;
}

/**
 * Renders the viewer: one self-contained HTML file (inline CSS, script and graph data) that opens from disk
 * with no server and no network. The same graph always gives the same bytes.
 * @throws KgError OUTPUT_FAILED when dist/viewer-client.js is missing; USAGE on invalid options.
 */
export function renderViewerHtml(graph: KnowledgeGraph, options: ViewerOptions = {}): string {
  return finishViewer(prepareViewer(graph, options));
}

/** The part of {@link renderViewerHtml} that reads no position: it may run while the layout does. */
export function prepareViewer(graph: KnowledgeGraph, options: ViewerOptions = {}): ViewerDraft {
  const settings = resolveOptions(graph, options);
  const clientJs = readClient(options.clientPath ?? fromRoot('dist/viewer-client.js'));
  const scriptHash = `'sha256-${createHash('sha256').update(clientJs, 'utf8').digest('base64')}'`;
  const ranks = relationRanks(graph);
  const { graph: shown, omitted } = withinBudget(graph, byImportance(graph, ranks), settings.maxNodes);
  const communities = findCommunities(shown, ranks);
  const payload = toPayload(shown, settings, { ranks, communities, positions: new Map(), titles: articleTitles(graph), omitted });
  return { graph, title: settings.title, clientJs, scriptHash, shown, communities, payload };
}

/** The page from its draft (whose payload it completes), once the graph's nodes have their final positions. */
export function finishViewer(draft: ViewerDraft): string {
  const { graph, payload } = draft;
  placeNodes(payload.nodes, pagePositions(draft.shown, draft.communities, graph), graph);
  return pageHtml({ title: draft.title, dataJson: jsonForScript(payload), clientJs: draft.clientJs, scriptHash: draft.scriptHash });
}
