// `kg neo4j [DIR or inputs] --uri …`: loads the graph into a Neo4j server.
import { KgError } from '../../errors.js';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_NEO4J_OPTIONS, type LoadReport, loadGraph, type Neo4jOptions } from '../../export/neo4j/index.js';
import { type DeltaReport, loadGraphDelta } from '../../export/neo4j-delta/index.js';
import { numberFlag, parseArgs, stringFlag } from '../args.js';
import { loadOrBuildGraph } from '../load-graph.js';
import { DEFAULT_OUT } from '../output.js';
import { type CommandSpec, formatHelp, HELP_FLAG } from '../spec.js';

const D = DEFAULT_NEO4J_OPTIONS;

export const NEO4J_SPEC: CommandSpec = {
  name: 'neo4j',
  usage: '[DIR | graph.json | inputs...] [options]',
  summary: 'load the graph into Neo4j',
  description: `Loads a graph into Neo4j: DIR/graph.json written by kg build (default DIR: ${DEFAULT_OUT}), or builds one
from article files and folders first. Loading is idempotent (MERGE on constrained ids); a second corpus
merges into the first. See README section "Neo4j".`,
  flags: {
    uri: { type: 'string', arg: 'URI', env: 'NEO4J_URI', default: D.uri, help: 'Bolt URI' },
    user: { type: 'string', arg: 'USER', env: 'NEO4J_USER', default: D.user, help: 'user name' },
    password: { type: 'string', arg: 'PASSWORD', env: 'NEO4J_PASSWORD', help: 'password (omit for a server with auth off)' },
    database: { type: 'string', arg: 'NAME', env: 'NEO4J_DATABASE', help: "database (default: the server's default)" },
    'batch-size': { type: 'int', arg: 'N', default: D.batchSize, help: 'rows per transaction' },
    concurrency: { type: 'int', arg: 'N', max: 16, default: D.concurrency, help: 'transactions in flight at once, 1-16' },
    'connect-timeout': {
      type: 'number',
      arg: 'SECONDS',
      min: 0.1,
      default: D.connectTimeoutMs / 1000,
      help: 'give up when the server has not answered within this time',
    },
    corpus: { type: 'string', arg: 'ID', help: 'corpus id for merging and --replace (default: from the input folders)' },
    replace: { type: 'boolean', help: 'first remove what an earlier load of the same corpus wrote' },
    full: { type: 'boolean', help: 'write every row, not only what changed since the last load from this DIR' },
    aliases: { type: 'string', arg: 'FILE', help: 'analyst curation file, when building from article inputs' },
    help: HELP_FLAG,
  },
};

/** Runs the neo4j command; returns the process exit code. */
export async function runNeo4j(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, NEO4J_SPEC, process.env);
  if (flags.help) {
    console.log(formatHelp(NEO4J_SPEC));
    return 0;
  }
  const options: Neo4jOptions = {
    uri: stringFlag(flags, 'uri'),
    user: stringFlag(flags, 'user'),
    password: stringFlag(flags, 'password'),
    database: stringFlag(flags, 'database'),
    batchSize: numberFlag(flags, 'batch-size'),
    concurrency: numberFlag(flags, 'concurrency'),
    connectTimeoutMs: (numberFlag(flags, 'connect-timeout') ?? D.connectTimeoutMs / 1000) * 1000,
    replace: flags.replace === true,
    corpus: stringFlag(flags, 'corpus'),
  };
  const inputs = positionals.length ? positionals : [DEFAULT_OUT];
  const loaded = await loadOrBuildGraph(inputs, { aliases: stringFlag(flags, 'aliases') });
  if (loaded.graph.order === 0) throw new KgError('NO_ARTICLES', `the graph from ${inputs.join(', ')} is empty`);
  options.corpus ??= loaded.corpus;
  if (options.replace && !options.corpus) {
    throw new KgError('USAGE', `kg neo4j --replace cannot tell which corpus ${inputs.join(', ')} is (no ${'kg-manifest.json'} beside it); pass --corpus ID`);
  }
  const dir = exportDir(inputs);
  if (dir && options.corpus && !options.replace && flags.full !== true) {
    // From an export folder: write only what changed since the last load recorded in DIR/.kg-neo4j/.
    const delta = await loadGraphDelta(loaded.graph, { ...options, corpus: options.corpus }, dir);
    if (delta.load) console.log(formatReport(delta.load));
    console.log(formatDelta(delta));
    return 0;
  }
  const report = await loadGraph(loaded.graph, options);
  console.log(formatReport(report));
  return 0;
}

/** The export folder a single input names (the folder, or the folder of a graph.json), else undefined. */
function exportDir(inputs: string[]): string | undefined {
  const [p] = inputs;
  if (inputs.length !== 1 || !p || !existsSync(p)) return undefined;
  if (statSync(p).isDirectory()) return existsSync(join(p, 'graph.json')) ? p : undefined;
  return p.endsWith('.json') ? dirname(p) : undefined;
}

function formatDelta(d: DeltaReport): string {
  const how = d.mode === 'delta' ? 'delta load (rows changed since the last load)' : `full load (${d.reason})`;
  return `${how}: ${d.written} rows written, ${d.deleted} deleted in ${d.seconds.toFixed(2)}s (${d.rowsPerSecond} rows/s)`;
}

function formatReport(r: LoadReport): string {
  const list = (rec: Record<string, number | undefined>) =>
    Object.entries(rec)
      .filter(([, n]) => n)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  const lines = [
    `loaded into ${r.uri}${r.database ? ` (database ${r.database})` : ''}, corpus ${r.corpus}`,
    `nodes:         ${r.nodeRows} (${list(r.nodes)})`,
    `relationships: ${r.relationshipRows} (${list(r.relationships)})`,
  ];
  if (r.merged) lines.push(`merged:        ${r.merged} rows added up with other corpora`);
  if (r.removed) lines.push(`replaced:      ${r.removed.nodes} nodes, ${r.removed.relationships} relationships removed first`);
  lines.push(
    `time:          ${r.seconds.toFixed(2)}s (${Math.round(r.nodeRowsPerSecond)} node rows/s, ${Math.round(r.relationshipRowsPerSecond)} relationship rows/s)`,
  );
  return lines.join('\n');
}
