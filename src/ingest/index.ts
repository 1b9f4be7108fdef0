// Ingest stage: input paths → Article objects (cleaned text + metadata) and SkippedInput records.
import type { Article, SkippedInput } from '../types.js';
import { listInputs } from './list.js';
import { type IngestOptions, resolveIngestOptions } from './options.js';
import { type FileResult, readInputFile } from './read.js';

export { escapeControls, type InputFile, listInputFiles, listInputs, SUPPORTED_EXTENSIONS } from './list.js';
export { DEFAULT_INGEST_OPTIONS, type IngestOptions } from './options.js';
export { type FileResult, readInputFile } from './read.js';

const YIELD_EVERY = 64;

/** Everything ingest produced for a set of inputs. */
export interface IngestResult {
  /** Sorted by id; one per distinct id. */
  articles: Article[];
  skipped: SkippedInput[];
  warnings: string[];
}

/**
 * Lists and reads every input. Articles come back sorted by id; an article whose id was already
 * seen (same key, same content) is kept once with a warning. Throws KgError('INPUT_NOT_FOUND')
 * for a missing path; every other problem is a SkippedInput or a warning.
 */
export async function ingest(
  inputs: string[],
  onProgress?: (done: number, total: number) => void,
  options?: IngestOptions,
): Promise<IngestResult> {
  const resolved = resolveIngestOptions(options);
  const unreadable: FileResult = { articles: [], skipped: [], warnings: [] };
  const files = await listInputs(inputs, unreadable.skipped);
  const results: FileResult[] = [unreadable];
  for (const { file, path } of files) {
    results.push(await readInputFile(file, resolved, path));
    onProgress?.(results.length - 1, files.length);
    // Reading is synchronous; let timers (a progress bar) run now and then.
    if (results.length % YIELD_EVERY === 1) await new Promise((done) => setImmediate(done));
  }
  return combine(results);
}

// Skips and warnings in file order, articles by id.
function combine(results: FileResult[]): IngestResult {
  const byId = new Map<string, Article>();
  const out: IngestResult = { articles: [], skipped: [], warnings: [] };
  for (const result of results) {
    out.skipped.push(...result.skipped);
    out.warnings.push(...result.warnings);
    for (const article of result.articles) {
      const first = byId.get(article.id);
      if (first) out.warnings.push(`${article.path}: same content as ${first.path} (id ${article.id}); kept once`);
      else byId.set(article.id, article);
    }
  }
  out.articles = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}
