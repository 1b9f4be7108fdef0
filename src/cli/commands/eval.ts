// `kg eval <gold.yaml> <graph.graphml | inputs...>`: scores a graph against a gold file.
import { KgError } from '../../errors.js';
import { formatReport, graphToScoring, loadGold, readGraphmlFile, score } from '../../eval/index.js';
import { parseArgs } from '../args.js';
import { loadOrBuildGraph } from '../load-graph.js';
import { type CommandSpec, formatHelp, HELP_FLAG } from '../spec.js';

export const EVAL_SPEC: CommandSpec = {
  name: 'eval',
  usage: '<gold.yaml|gold.json> <graph.graphml | DIR | inputs...> [options]',
  summary: 'score a graph against a gold annotation',
  description: `Scores a knowledge graph against a gold annotation (format: README section "Measuring extraction"):
entity and typed entity precision/recall/F1, split entities, relation precision/recall/F1 and recall by
predicate, then lists missed entities, split entities, false-positive nodes, missed relations and
false-positive triples. The graph is a GraphML file, a folder written by kg build, or article inputs that
are built first.`,
  flags: {
    json: { type: 'boolean', help: 'print the result as JSON (the shape score.py prints)' },
    help: HELP_FLAG,
  },
};

/** Runs the eval command; returns the process exit code. */
export async function runEval(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, EVAL_SPEC);
  if (flags.help) {
    console.log(formatHelp(EVAL_SPEC));
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
      : graphToScoring((await loadOrBuildGraph(inputs)).graph);
  const result = score(gold, graph);
  process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : formatReport(result));
  return 0;
}
