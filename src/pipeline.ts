// The whole pipeline: ingest → extract → resolve → graph (+ layout) → exports.
import { graphmlChunks } from './export/graphml/index.js';
import { toGraphJson } from './export/json.js';
import { renderViewerHtml } from './export/viewer/index.js';
import { writeExportSet } from './export/write.js';
import { extractWithCache } from './cache/index.js';
import { buildGraph, type KnowledgeGraph, type LayoutOptions, layoutGraph } from './graph/index.js';
import { ingestWithStdin } from './ingest/stdin.js';
import { type ExtractResult, extractArticles } from './parallel/index.js';
import { loadCuration } from './resolve/curation/load.js';
import { resolveCorpus } from './resolve/index.js';
import type { Article, SkippedInput } from './types.js';

export type Stage = 'ingest' | 'extract' | 'resolve' | 'graph' | 'layout' | 'export';

export interface BuildOptions {
  /** Layout settings; `false` skips the layout (positions stay 0). @default {} */
  layout?: LayoutOptions | false;
  /** Called as work advances, for progress bars. */
  onProgress?: (stage: Stage, done: number, total: number) => void;
  /** Extraction worker threads; 1 extracts in this thread. @default the number of cores */
  workers?: number;
  /** Milliseconds an article's extraction may take (with workers) before it is skipped. @default 20000 */
  budgetMs?: number;
  /** Folder whose `.kg-cache/` keeps each article's extraction between builds (`kg build --out DIR`); omit for none. */
  cacheDir?: string;
  /** Path of the analyst's curation file (`kg build --aliases`): merges, distinct pairs, types, drops. */
  aliases?: string;
  /** Relations below this confidence (0–1) are left out of the graph. @default 0 */
  minConfidence?: number;
  /** Most nodes drawn in the viewer page (the top ones by PageRank); graph.json keeps all. @default 5000 */
  viewerMaxNodes?: number;
}

export interface BuildResult {
  graph: KnowledgeGraph;
  articles: Article[];
  skipped: SkippedInput[];
  warnings: string[];
  /** Milliseconds spent in each stage. */
  timings: Partial<Record<Stage, number>>;
}

/** Reads the inputs and builds the laid-out knowledge graph. Articles that fail are skipped, not fatal. */
export async function buildFromInputs(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const timings: BuildResult['timings'] = {};
  const progress = options.onProgress ?? (() => {});
  let t = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] = now - t;
    t = now;
  };

  // Read the curation file first: a bad file fails before any work is done.
  const curation = options.aliases ? loadCuration(options.aliases) : undefined;
  const { articles, skipped, warnings } = await ingestWithStdin(inputs, (done, total) => progress('ingest', done, total));
  lap('ingest');
  const how = { workers: options.workers, budgetMs: options.budgetMs, onProgress: (done: number, total: number) => progress('extract', done, total) };
  const extracted: ExtractResult & { warnings?: string[] } = options.cacheDir
    ? await extractWithCache(articles, options.cacheDir, how)
    : await extractArticles(articles, how);
  skipped.push(...extracted.skipped);
  warnings.push(...(extracted.warnings ?? []));
  const extractions = extracted.extractions;
  const kept = extractions.map((e) => e.article);
  lap('extract');
  const corpus = resolveCorpus(extractions, { curation });
  if (curation && corpus.unknownNames.length > 0) warnings.push(`${options.aliases}: names found in no article: ${corpus.unknownNames.join(', ')}`);
  lap('resolve');
  const graph = buildGraph(corpus, { minConfidence: options.minConfidence });
  lap('graph');
  if (options.layout !== false) layoutGraph(graph, options.layout ?? {});
  lap('layout');
  return { graph, articles: kept, skipped, warnings, timings };
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

/**
 * Writes graph.graphml, graph.json and index.html into `outDir` as one set (temporary sibling folder,
 * then swapped in; see writeExportSet), with a manifest recording `inputs`.
 */
export function writeExports(graph: KnowledgeGraph, outDir: string, built: { inputs: string[]; viewerMaxNodes?: number } = { inputs: [] }): WrittenFile[] {
  return writeExportSet(
    outDir,
    [
      { name: 'graph.graphml', content: graphmlChunks(graph) },
      { name: 'graph.json', content: toGraphJson(graph) },
      { name: 'index.html', content: renderViewerHtml(graph, built.viewerMaxNodes === undefined ? {} : { maxNodes: built.viewerMaxNodes }) },
    ],
    built.inputs,
  );
}
