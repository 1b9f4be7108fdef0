// Gets a graph for commands that take "DIR or inputs": a built export folder, a graph.json, or articles.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/index.js';
import { buildFromInputs } from '../pipeline.js';
import { progressBar } from './progress.js';

/** Loads `DIR/graph.json`, a `graph.json` file, or builds the graph from article inputs (no layout). */
export async function loadOrBuildGraph(inputs: string[]): Promise<KnowledgeGraph> {
  const json = graphJsonPath(inputs);
  if (json) return readGraphJson(json);
  const bar = progressBar();
  const result = await buildFromInputs(inputs, { layout: false, onProgress: bar.update });
  bar.done();
  for (const s of result.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  if (result.articles.length === 0) throw new KgError('NO_ARTICLES', `no article could be read from ${inputs.join(', ')}`);
  return result.graph;
}

function graphJsonPath(inputs: string[]): string | undefined {
  if (inputs.length !== 1) return undefined;
  const p = inputs[0]!;
  if (p.endsWith('.json') && existsSync(p) && isGraphJson(p)) return p;
  if (existsSync(p) && statSync(p).isDirectory() && existsSync(join(p, 'graph.json'))) return join(p, 'graph.json');
  return undefined;
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
