// The command registry: `kg <name>` runs `run`; the top-level --help lists every spec's summary.
import type { CommandSpec } from '../spec.js';
import { BUILD_SPEC, runBuild } from './build.js';
import { EVAL_SPEC, runEval } from './eval.js';
import { EXPORT_SPEC, runExport } from './export.js';
import { NEO4J_SPEC, runNeo4j } from './neo4j.js';

/** A command: its spec (flags, help) and the function that runs it and returns the exit code. */
export interface Command {
  spec: CommandSpec;
  run: (argv: string[]) => Promise<number>;
}

/** Every command, in the order --help lists them. To add one: write its spec and run, and add a row here. */
export const COMMANDS: readonly Command[] = [
  { spec: BUILD_SPEC, run: runBuild },
  { spec: NEO4J_SPEC, run: runNeo4j },
  { spec: EVAL_SPEC, run: runEval },
  { spec: EXPORT_SPEC, run: runExport },
];
