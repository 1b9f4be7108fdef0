// `kg build <inputs...> [--out DIR]`: builds the graph and writes graph.graphml, graph.json, index.html.
import { relative, resolve } from 'node:path';
import { KgError } from '../../errors.js';
import { graphStats } from '../../graph/index.js';
import { type BuildOptions, startBuild } from '../../pipeline.js';
import { numberFlag, parseArgs, stringFlag } from '../args.js';
import { checkOutputFolder, DEFAULT_OUT } from '../output.js';
import { progressBar } from '../progress.js';
import { type CommandSpec, formatHelp, HELP_FLAG } from '../spec.js';
import { formatBuildSummary } from '../summary.js';

export const BUILD_SPEC: CommandSpec = {
  name: 'build',
  usage: '<files or folders...> [options]',
  summary: 'extract entities and facts; write GraphML, JSON and a viewer',
  description: `Reads news articles (.txt .md .html .htm .json .jsonl; folders recursively), extracts people,
organizations, places and the facts between them, merges them into one graph and writes:
  DIR/graph.graphml   for Gephi, yEd, NetworkX
  DIR/graph.json      graphology's serialized graph
  DIR/index.html      the interactive viewer (open it from disk)
The three files are swapped in together; DIR/kg-manifest.json records the inputs they were built from.

Exit code: 0 when every input was read, 3 when some inputs were skipped (outputs are still written),
1 on an error, 2 on a usage error.`,
  flags: {
    out: { type: 'string', arg: 'DIR', help: 'output folder', default: DEFAULT_OUT },
    force: { type: 'boolean', help: `overwrite ${DEFAULT_OUT}/ even when it holds an export built from other inputs` },
    aliases: { type: 'string', arg: 'FILE', help: 'analyst curation file (merges, distinct pairs, types, drops)' },
    'min-confidence': { type: 'number', arg: 'N', min: 0, max: 1, help: 'leave out relations below this confidence, 0-1' },
    'viewer-max-nodes': { type: 'int', arg: 'N', help: 'most entity nodes drawn in the viewer' },
    workers: { type: 'int', arg: 'N', help: 'extraction worker threads, 1 = in the main thread (default: the number of cores)' },
    budget: { type: 'number', arg: 'SECONDS', min: 0.001, default: 20, help: 'skip an article whose extraction takes longer (with workers)' },
    'no-cache': { type: 'boolean', help: 'extract every article again, without reading or writing DIR/.kg-cache' },
    quiet: { type: 'boolean', help: 'print nothing but errors' },
    help: HELP_FLAG,
  },
};

/** Runs the build command; returns the process exit code. */
export async function runBuild(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, BUILD_SPEC);
  if (flags.help) {
    console.log(formatHelp(BUILD_SPEC));
    return 0;
  }
  if (positionals.length === 0) throw new KgError('USAGE', 'kg build needs at least one file or folder; see kg build --help');
  const out = stringFlag(flags, 'out') ?? DEFAULT_OUT;
  checkOutputFolder(out, { inputs: positionals, force: flags.force === true, explicit: argv.some((a) => a === '--out' || a.startsWith('--out=')) });
  const options: BuildOptions = {
    aliases: stringFlag(flags, 'aliases'),
    minConfidence: numberFlag(flags, 'min-confidence'),
    viewerMaxNodes: numberFlag(flags, 'viewer-max-nodes'),
    workers: numberFlag(flags, 'workers'),
    budgetMs: (numberFlag(flags, 'budget') ?? 20) * 1000,
    cacheDir: flags['no-cache'] === true ? undefined : out,
  };
  const started = performance.now();
  const bar = progressBar();
  const result = await startBuild(positionals, { ...options, onProgress: bar.update });
  bar.done();
  for (const s of result.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  for (const w of result.warnings) console.error(`warning: ${w}`);
  if (result.articles.length === 0) {
    throw new KgError('NO_ARTICLES', `no article could be read from ${positionals.join(', ')}; nothing written`);
  }
  // The exports' first part runs while a large graph's layout ends on its thread.
  const files = await result.writeExports(out, { inputs: positionals, viewerMaxNodes: options.viewerMaxNodes });
  if (!flags.quiet) {
    const summary = formatBuildSummary({
      stats: graphStats(result.graph),
      skipped: result.skipped.length,
      files: files.map((f) => ({ path: displayPath(f.path), bytes: f.bytes })),
      timings: result.timings,
      totalMs: performance.now() - started,
      out,
    });
    console.log(summary);
  }
  return result.skipped.length > 0 ? 3 : 0;
}

/** A path relative to the current folder when it is inside it, else absolute. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : resolve(path);
}
