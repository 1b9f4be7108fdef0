// `kg build <inputs...> [--out DIR]`: builds the graph and writes graph.graphml, graph.json, index.html.
import { relative, resolve } from 'node:path';
import { KgError } from '../../errors.js';
import { graphStats } from '../../graph/index.js';
import { buildFromInputs, writeExports } from '../../pipeline.js';
import { type FlagSpec, parseArgs } from '../args.js';
import { progressBar } from '../progress.js';
import { formatBuildSummary } from '../summary.js';

export const BUILD_FLAGS: Record<string, FlagSpec> = {
  out: { type: 'string', arg: 'DIR', help: 'output folder (default: graph-export)' },
  quiet: { type: 'boolean', help: 'print nothing but errors' },
  help: { type: 'boolean', help: 'show this help' },
};

export const BUILD_HELP = `Usage: kg build <files or folders...> [--out DIR]

Reads news articles (.txt .md .html .htm .json .jsonl; folders recursively), extracts people,
organizations, places and the facts between them, merges them into one graph and writes:
  DIR/graph.graphml   for Gephi, yEd, NetworkX
  DIR/graph.json      graphology's serialized graph
  DIR/index.html      the interactive viewer (open it from disk)

Exit code: 0 when every input was read, 3 when some inputs were skipped (outputs are still written).`;

/** Runs the build command; returns the process exit code. */
export async function runBuild(argv: string[]): Promise<number> {
  const { positionals, flags } = parseArgs(argv, BUILD_FLAGS);
  if (flags.help) {
    console.log(BUILD_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new KgError('USAGE', 'kg build needs at least one file or folder; see kg build --help');
  const out = typeof flags.out === 'string' ? flags.out : 'graph-export';
  const started = performance.now();
  const bar = progressBar();
  const result = await buildFromInputs(positionals, { onProgress: bar.update });
  bar.done();
  for (const s of result.skipped) console.error(`skipped ${s.path}: ${s.reason}`);
  for (const w of result.warnings) console.error(`warning: ${w}`);
  if (result.articles.length === 0) {
    throw new KgError('NO_ARTICLES', `no article could be read from ${positionals.join(', ')}; nothing written`);
  }
  const t = performance.now();
  const files = writeExports(result.graph, out);
  result.timings.export = performance.now() - t;
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
