// kg: the command-line entry point (the only module that reads process.argv or exits).
import { isKgError } from '../errors.js';
import { runBuild } from './commands/build.js';
import { runEval } from './commands/eval.js';
import { runNeo4j } from './commands/neo4j.js';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  build: runBuild,
  neo4j: runNeo4j,
  eval: runEval,
};

const HELP = `kg: build a knowledge graph from news articles

Usage: kg <command> [options]

Commands:
  build <files or folders...> [--out DIR]   extract entities and facts; write GraphML, JSON and a viewer
  neo4j [DIR | inputs...] --uri bolt://...  load the graph into Neo4j
  eval <gold.yaml> <graph.graphml | inputs> score a graph against a gold annotation

Run kg <command> --help for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    console.log(process.env.npm_package_version ?? '0.1.0');
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`kg: unknown command "${command}"; expected one of ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (isKgError(err)) {
      console.error(`kg: ${err.message}`);
      process.exitCode = err.code === 'USAGE' ? 2 : 1;
    } else {
      console.error(err);
      process.exitCode = 1;
    }
  },
);
