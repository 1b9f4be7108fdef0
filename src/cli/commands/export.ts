// `kg export neo4j-csv CSVDIR [DIR | graph.json | inputs...]`: bulk-import CSV files for a first load into Neo4j.
import { KgError } from '../../errors.js';
import { writeNeo4jCsv } from '../../export/neo4j-csv/index.js';
import { parseArgs, stringFlag } from '../args.js';
import { loadOrBuildGraph } from '../load-graph.js';
import { DEFAULT_OUT } from '../output.js';
import { type CommandSpec, formatHelp, HELP_FLAG } from '../spec.js';

/** The formats `kg export` writes. */
const FORMATS = ['neo4j-csv'] as const;

export const EXPORT_SPEC: CommandSpec = {
  name: 'export',
  usage: 'neo4j-csv <CSVDIR> [DIR | graph.json | inputs...] [options]',
  summary: 'write node and relationship CSV files for a bulk first load into Neo4j',
  description: `Writes the graph in DIR/graph.json (default DIR: ${DEFAULT_OUT}), or built from article inputs, as CSV
files with neo4j-admin import headers into CSVDIR, plus CSVDIR/import.args. Load them into an empty
database (it is overwritten) with:
  node scripts/neo4j.mjs import --data DBDIR --csv CSVDIR        (the project's launcher)
  neo4j-admin database import full @CSVDIR/import.args neo4j     (your own server, stopped)
Then use kg neo4j for every later load. See docs/scale.md.`,
  flags: {
    corpus: { type: 'string', arg: 'ID', help: 'corpus id written on every element (default: from the input folders)' },
    aliases: { type: 'string', arg: 'FILE', help: 'analyst curation file, when building from article inputs' },
    help: HELP_FLAG,
  },
};

/** Runs the export command; returns the process exit code. */
export async function runExport(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, EXPORT_SPEC);
  if (flags.help) {
    console.log(formatHelp(EXPORT_SPEC));
    return 0;
  }
  const [format, dir, ...inputs] = positionals;
  if (!format || !(FORMATS as readonly string[]).includes(format)) {
    throw new KgError('USAGE', `kg export expects a format (${FORMATS.join(', ')}), instead found ${JSON.stringify(format ?? '')}; see kg export --help`);
  }
  if (!dir) throw new KgError('USAGE', 'kg export neo4j-csv needs the folder to write the CSV files into; see kg export --help');
  const from = inputs.length ? inputs : [DEFAULT_OUT];
  const loaded = await loadOrBuildGraph(from, { aliases: stringFlag(flags, 'aliases') });
  if (loaded.graph.order === 0) throw new KgError('NO_ARTICLES', `the graph from ${from.join(', ')} is empty`);
  const t = performance.now();
  const written = writeNeo4jCsv(loaded.graph, dir, stringFlag(flags, 'corpus') ?? loaded.corpus);
  const rows = written.files.reduce((s, f) => s + f.rows, 0);
  console.log(
    `wrote ${written.files.length} CSV files (${rows} rows, corpus ${written.corpus}) into ${dir} in ${((performance.now() - t) / 1000).toFixed(2)}s\n` +
      `load them into an empty database: node scripts/neo4j.mjs import --data DBDIR --csv ${dir}`,
  );
  return 0;
}
