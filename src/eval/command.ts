// `kg eval`: load the gold file and the graph (a GraphML file, or a graph the caller built), score, format.
import { readFileSync } from 'node:fs';
import { KgError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/types.js';
import { graphToScoring } from './from-graph.js';
import { loadGold } from './gold.js';
import { readGraphml } from './graphml.js';
import { formatReport } from './report.js';
import { score } from './score.js';
import type { ScoreResult, ScoringGraph } from './types.js';

/** Arguments of `kg eval`. */
export interface EvalCommandArgs {
  /** Gold file path (YAML, or JSON when it ends in `.json`). */
  gold: string;
  /** A GraphML file path, or a graph already built from input articles. */
  graph: string | KnowledgeGraph;
  /**
   * Print the result as JSON (score.py's `result` plus `details`) instead of the report.
   * @default false
   */
  json?: boolean;
}

/**
 * Run the evaluation and return the text to print; the caller prints it and exits.
 * @throws KgError INPUT_NOT_FOUND, INPUT_INVALID (bad GraphML) or GOLD_INVALID.
 */
export async function runEvalCommand(args: EvalCommandArgs): Promise<{ result: ScoreResult; output: string }> {
  const gold = loadGold(args.gold);
  const graph = typeof args.graph === 'string' ? readGraphmlFile(args.graph) : graphToScoring(args.graph);
  const result = score(gold, graph);
  const output = args.json ? JSON.stringify(result, null, 1) + '\n' : formatReport(result);
  return { result, output };
}

/** Read a GraphML file into the scorer's view. */
export function readGraphmlFile(path: string): ScoringGraph {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (err) {
    throw new KgError('INPUT_NOT_FOUND', `Cannot read the graph file ${path}: ${(err as Error).message}`, { cause: err });
  }
  return readGraphml(xml, path);
}
