// `kg neo4j [DIR or inputs] --uri …`: loads the graph into a Neo4j server.
import { KgError } from '../../errors.js';
import { type LoadReport, loadGraph, neo4jOptionsFromEnv } from '../../export/neo4j/index.js';
import { type FlagSpec, intFlag, parseArgs } from '../args.js';
import { loadOrBuildGraph } from '../load-graph.js';

export const NEO4J_FLAGS: Record<string, FlagSpec> = {
  uri: { type: 'string', arg: 'URI', help: 'Bolt URI (env NEO4J_URI; default bolt://localhost:7687)' },
  user: { type: 'string', arg: 'USER', help: 'user name (env NEO4J_USER; default neo4j)' },
  password: { type: 'string', arg: 'PASSWORD', help: 'password (env NEO4J_PASSWORD)' },
  database: { type: 'string', arg: 'NAME', help: 'database (env NEO4J_DATABASE; default: server default)' },
  'batch-size': { type: 'string', arg: 'N', help: 'rows per transaction (default 10000)' },
  concurrency: { type: 'string', arg: 'N', help: 'transactions in flight at once, 1-16 (default 2)' },
  corpus: { type: 'string', arg: 'ID', help: 'corpus id for merging and --replace (default: hash of article ids)' },
  replace: { type: 'boolean', help: 'first remove what an earlier load of the same corpus wrote' },
  help: { type: 'boolean', help: 'show this help' },
};

export const NEO4J_HELP = `Usage: kg neo4j [DIR | graph.json | inputs...] [--uri bolt://HOST:7687] [--user U --password P]

Loads a graph into Neo4j: DIR/graph.json written by kg build (default DIR: graph-export), or builds one
from article files and folders first. Loading is idempotent (MERGE on constrained ids); a second corpus
merges into the first. Credentials also come from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

/** Runs the neo4j command; returns the process exit code. */
export async function runNeo4j(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, NEO4J_FLAGS);
  if (flags.help) {
    console.log(NEO4J_HELP);
    return 0;
  }
  const env = neo4jOptionsFromEnv(process.env);
  const str = (name: string) => (typeof flags[name] === 'string' ? (flags[name] as string) : undefined);
  const options = {
    ...env,
    uri: str('uri') ?? env.uri ?? 'bolt://localhost:7687',
    user: str('user') ?? env.user,
    password: str('password') ?? env.password,
    database: str('database') ?? env.database,
    batchSize: intFlag(flags, 'batch-size', 10_000),
    concurrency: intFlag(flags, 'concurrency', 2),
    replace: flags.replace === true,
    corpus: str('corpus'),
  };
  if (options.password !== undefined && options.user === undefined) options.user = 'neo4j';
  const inputs = positionals.length ? positionals : ['graph-export'];
  const graph = await loadOrBuildGraph(inputs);
  if (graph.order === 0) throw new KgError('NO_ARTICLES', `the graph from ${inputs.join(', ')} is empty`);
  const report = await loadGraph(graph, options);
  console.log(formatReport(report));
  return 0;
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
