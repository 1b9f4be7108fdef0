// `kg eval <gold.yaml> <graph.graphml | inputs...>`: scores a graph against a gold file.
import { KgError } from '../../errors.js';
import { formatReport, graphToScoring, loadGold, readGraphmlFile, score } from '../../eval/index.js';
import { type FlagSpec, parseArgs } from '../args.js';
import { loadOrBuildGraph } from '../load-graph.js';

export const EVAL_FLAGS: Record<string, FlagSpec> = {
  json: { type: 'boolean', help: 'print the result as JSON (the shape score.py prints)' },
  help: { type: 'boolean', help: 'show this help' },
};

export const EVAL_HELP = `Usage: kg eval <gold.yaml|gold.json> <graph.graphml | DIR | inputs...> [--json]

Scores a knowledge graph against a gold annotation (format: see README "Evaluating"): entity and typed
entity precision/recall/F1, split entities, relation precision/recall/F1 and recall by predicate, then lists
missed entities, split entities, false-positive nodes, missed relations and false-positive triples.
The graph is a GraphML file, a folder written by kg build, or article inputs that are built first.`;

/** Runs the eval command; returns the process exit code. */
export async function runEval(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, EVAL_FLAGS);
  if (flags.help) {
    console.log(EVAL_HELP);
    return 0;
  }
  const [goldPath, ...inputs] = positionals;
  if (!goldPath || inputs.length === 0) {
    throw new KgError('USAGE', 'kg eval needs a gold file and a graph (GraphML, folder or inputs); see kg eval --help');
  }
  const gold = loadGold(goldPath);
  const graph =
    inputs.length === 1 && inputs[0]!.endsWith('.graphml')
      ? readGraphmlFile(inputs[0]!)
      : graphToScoring(await loadOrBuildGraph(inputs));
  const result = score(gold, graph);
  process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : formatReport(result));
  return 0;
}
