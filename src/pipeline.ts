// The whole pipeline: ingest → extract → resolve → graph (+ layout) → exports.
import { graphmlChunks, graphmlEdgeChunks } from './export/graphml/index.js';
import { graphJsonChunks, graphJsonEdgeChunks } from './export/json.js';
import { finishViewer, prepareViewer, renderViewerHtml, type ViewerOptions } from './export/viewer/index.js';
import { inBlocks, writeExportSet } from './export/write.js';
import { type CachedExtractResult, extractWithCache } from './cache/index.js';
import { buildGraph, type KnowledgeGraph, type LayoutOptions, layoutGraphOnThread } from './graph/index.js';
import { ingestWithStdin } from './ingest/stdin.js';
import { type ExtractResult, extractArticles } from './parallel/index.js';
import { type Curation, loadCuration } from './resolve/curation/load.js';
import { type MentionInfo, resolveCorpus } from './resolve/index.js';
import type { Article, ArticleExtraction, SkippedInput } from './types.js';

export type Stage = 'ingest' | 'extract' | 'resolve' | 'graph' | 'layout' | 'export';

export interface BuildOptions {
  /** Layout settings; `false` skips the layout (positions stay 0). @default {} */
  layout?: LayoutOptions | false;
  /** Called as work advances, for progress bars. */
  onProgress?: (stage: Stage, done: number, total: number) => void;
  /** Called when a stage ends, with its wall milliseconds (benchmarks sample memory here). */
  onStageEnd?: (stage: Stage, ms: number) => void;
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
  /** CPU milliseconds of each stage, all threads of the process (extraction workers included). */
  cpu: Partial<Record<Stage, number>>;
}

/**
 * A built graph whose layout may still be running on a worker thread (its positions are final once `laidOut`
 * resolves), and the way to write its exports meanwhile.
 */
export interface PendingBuild extends BuildResult {
  /** Resolves when every node has its final position; the `layout` stage ends then (with the export work done meanwhile). */
  laidOut: Promise<void>;
  /**
   * Writes the exports as {@link writeExports} does, making their position-free part while the layout runs, and
   * times the `export` stage (from the layout's end).
   */
  writeExports: (outDir: string, built?: ExportContext) => Promise<WrittenFile[]>;
}

/** Reads the inputs and builds the laid-out knowledge graph. Articles that fail are skipped, not fatal. */
export async function buildFromInputs(inputs: string[], options: BuildOptions = {}): Promise<BuildResult> {
  const { laidOut, writeExports: _, ...result } = await startBuild(inputs, options);
  await laidOut;
  return result;
}

/** {@link buildFromInputs}, returning as soon as the graph is built, while a large graph's layout runs on a worker thread. */
export async function startBuild(inputs: string[], options: BuildOptions = {}): Promise<PendingBuild> {
  const timings: BuildResult['timings'] = {};
  const cpu: BuildResult['cpu'] = {};
  const progress = options.onProgress ?? (() => {});
  let t = performance.now();
  let c = process.cpuUsage();
  const lap = (stage: Stage) => {
    const now = performance.now();
    const used = process.cpuUsage(c);
    timings[stage] = now - t;
    cpu[stage] = (used.user + used.system) / 1000;
    options.onStageEnd?.(stage, now - t);
    t = now;
    c = process.cpuUsage();
  };

  // Read the curation file first: a bad file fails before any work is done.
  const curation = options.aliases ? loadCuration(options.aliases) : undefined;
  const ingested = await ingestWithStdin(inputs, (done, total) => progress('ingest', done, total));
  const { skipped, warnings } = ingested;
  lap('ingest');
  const how = { workers: options.workers, budgetMs: options.budgetMs, onProgress: (done: number, total: number) => progress('extract', done, total) };
  const extracted: ExtractResult & Partial<CachedExtractResult> = options.cacheDir
    ? await extractWithCache(ingested.articles, options.cacheDir, how)
    : await extractArticles(ingested.articles, how);
  skipped.push(...extracted.skipped);
  warnings.push(...(extracted.warnings ?? []));
  const kept = extracted.extractions.map((e) => e.article);
  lap('extract');
  // The extractions and the resolved corpus are handed over, not kept here: once the graph is built they can be
  // collected, so the layout and the exports do not add to a peak that already holds every extraction.
  const graph = resolveAndBuild(
    takeExtractions(extracted),
    { curation, aliases: options.aliases, minConfidence: options.minConfidence, cache: takePrepared(extracted) },
    warnings,
    lap,
  );
  const layout = options.layout === false ? Promise.resolve() : layoutGraphOnThread(graph, options.layout ?? {});
  const laidOut = layout.then(() => lap('layout'));
  const write = async (outDir: string, built: ExportContext = { inputs: [] }) => {
    const files = await writeExportsAfter(graph, laidOut, outDir, built);
    lap('export');
    return files;
  };
  return { graph, articles: kept, skipped, warnings, timings, cpu, laidOut, writeExports: write };
}

/** The extractions of a result, which no longer holds them. */
function takeExtractions(result: ExtractResult): ArticleExtraction[] {
  const { extractions } = result;
  result.extractions = [];
  return extractions;
}

/** The prepared mentions read from the cache and the way to store new ones; the result no longer holds the former. */
function takePrepared(result: Partial<CachedExtractResult>): Pick<CachedExtractResult, 'prepared' | 'storePrepared'> | undefined {
  const { prepared, storePrepared } = result;
  if (!prepared || !storePrepared) return undefined;
  result.prepared = [];
  return { prepared, storePrepared };
}

function resolveAndBuild(
  extractions: ArticleExtraction[],
  options: { curation?: Curation; aliases?: string; minConfidence?: number; cache?: Pick<CachedExtractResult, 'prepared' | 'storePrepared'> },
  warnings: string[],
  lap: (stage: Stage) => void,
): KnowledgeGraph {
  // With a cache, each article's prepared mentions come from its entry, and those made now are written into it.
  const cache = options.cache;
  const prepared = cache && {
    prepared: cache.prepared,
    onPrepared: (i: number, infos: readonly (MentionInfo | null)[]) => warnings.push(...cache.storePrepared(extractions[i]!, infos)),
  };
  const corpus = resolveCorpus(extractions, { curation: options.curation, ...prepared });
  if (options.curation && corpus.unknownNames.length > 0) warnings.push(`${options.aliases}: names found in no article: ${corpus.unknownNames.join(', ')}`);
  lap('resolve');
  const graph = buildGraph(corpus, { minConfidence: options.minConfidence });
  lap('graph');
  return graph;
}

export interface WrittenFile {
  path: string;
  bytes: number;
}

/** What the exports record besides the graph. */
export interface ExportContext {
  /** The build's inputs, recorded in the manifest. */
  inputs: string[];
  /** Most entity nodes drawn in the viewer. @default 5000 */
  viewerMaxNodes?: number;
}

const viewerOptions = (built: ExportContext): ViewerOptions => (built.viewerMaxNodes === undefined ? {} : { maxNodes: built.viewerMaxNodes });

/**
 * Writes graph.graphml, graph.json and index.html into `outDir` as one set (temporary sibling folder,
 * then swapped in; see writeExportSet), with a manifest recording `inputs`.
 */
export function writeExports(graph: KnowledgeGraph, outDir: string, built: ExportContext = { inputs: [] }): WrittenFile[] {
  return writeExportSet(
    outDir,
    [
      { name: 'graph.graphml', content: graphmlChunks(graph) },
      { name: 'graph.json', content: graphJsonChunks(graph) },
      { name: 'index.html', content: renderViewerHtml(graph, viewerOptions(built)) },
    ],
    built.inputs,
  );
}

/**
 * {@link writeExports} for a graph whose positions are final once `laidOut` resolves: the edges of graph.graphml
 * and graph.json and the viewer's ranks, budget, communities and payload (none reads a position) are made first.
 */
async function writeExportsAfter(graph: KnowledgeGraph, laidOut: Promise<void>, outDir: string, built: ExportContext): Promise<WrittenFile[]> {
  const graphmlEdges = inBlocks(graphmlEdgeChunks(graph));
  const jsonEdges = inBlocks(graphJsonEdgeChunks(graph));
  const viewer = prepareViewer(graph, viewerOptions(built));
  await laidOut;
  return writeExportSet(
    outDir,
    [
      { name: 'graph.graphml', content: graphmlChunks(graph, graphmlEdges) },
      { name: 'graph.json', content: graphJsonChunks(graph, jsonEdges) },
      { name: 'index.html', content: finishViewer(viewer) },
    ],
    built.inputs,
  );
}
