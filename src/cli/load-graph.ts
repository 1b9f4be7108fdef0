// Gets a graph for commands that take "DIR or inputs": a built export folder, a graph.json, or articles.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { KgError } from '../errors.js';
import { corpusIdFromRoots } from '../export/neo4j/corpus-id.js';
import { MANIFEST_NAME } from '../export/write.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { buildFromInputs } from '../pipeline.js';
import { progressBar } from './progress.js';

/** A graph and, when known, the id of the corpus it was built from (from its input roots). */
export interface LoadedGraph {
  graph: KnowledgeGraph;
  corpus?: string;
}

/** Loads `DIR/graph.json`, a `graph.json` file, or builds the graph from article inputs (no layout). */
export async function loadOrBuildGraph(inputs: string[], options: { aliases?: string } = {}): Promise<LoadedGraph> {
  const json = graphJsonPath(inputs);
  if (json) return { graph: readGraphJson(json), corpus: corpusFromManifest(dirname(json)) };
  const bar = progressBar();
  const result = await buildFromInputs(inputs, { layout: false, onProgress: bar.update, aliases: options.aliases });
  bar.done();
  for (const s of result.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  if (result.articles.length === 0) throw new KgError('NO_ARTICLES', `no article could be read from ${inputs.join(', ')}`);
  return { graph: result.graph, corpus: corpusIdFromRoots(inputs) };
}

function graphJsonPath(inputs: string[]): string | undefined {
  if (inputs.length !== 1) return undefined;
  const p = inputs[0]!;
  if (p.endsWith('.json') && existsSync(p) && isGraphJson(p)) return p;
  if (existsSync(p) && statSync(p).isDirectory() && existsSync(join(p, 'graph.json'))) return join(p, 'graph.json');
  return undefined;
}

// The manifest beside a graph.json records the build's input roots, relative to its folder.
function corpusFromManifest(dir: string): string | undefined {
  try {
    const { inputs } = JSON.parse(readFileSync(join(dir, MANIFEST_NAME), 'utf8')) as { inputs?: unknown };
    if (!Array.isArray(inputs) || inputs.length === 0) return undefined;
    return corpusIdFromRoots(inputs.map((i) => resolve(dir, String(i))));
  } catch {
    return undefined;
  }
}

function isGraphJson(path: string): boolean {
  const head = readFileSync(path, 'utf8').slice(0, 200);
  return head.includes('"options"') && head.includes('"attributes"');
}

/** Reads a graphology JSON export written by `kg build`. */
export function readGraphJson(path: string): KnowledgeGraph {
  try {
    return MultiDirectedGraph.from(JSON.parse(readFileSync(path, 'utf8'))) as KnowledgeGraph;
  } catch (err) {
    throw new KgError('INPUT_INVALID', `${path} is not a graph.json written by kg build: ${(err as Error).message}`, {
      cause: err,
    });
  }
}
