// `kg build -`: JSON Lines from standard input, read like a .jsonl file named "-".
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { compareCodeUnits } from '../compare.js';
import { type IngestResult, ingest } from './index.js';
import type { IngestOptions } from './options.js';
import { readInputFile } from './read.js';

/** The input name that stands for standard input. */
export const STDIN = '-';

/**
 * Like `ingest`, where an input `-` is the JSON Lines read from `stdin` (no size limit): spooled to a
 * private temporary `stdin.jsonl`, so records without an id get the same keys as in a file of that
 * name, and reported as `-:LINE`. Articles come back sorted by id, each id once.
 */
export async function ingestWithStdin(
  inputs: string[],
  onProgress?: (done: number, total: number) => void,
  options?: IngestOptions,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<IngestResult> {
  const files = inputs.filter((i) => i !== STDIN);
  const result = files.length > 0 ? await ingest(files, onProgress, options) : { articles: [], skipped: [], warnings: [] };
  if (files.length === inputs.length) return result;
  const dir = mkdtempSync(join(tmpdir(), 'kg-stdin-'));
  try {
    const spool = join(dir, 'stdin.jsonl');
    await pipeline(stdin, createWriteStream(spool));
    const read = await readInputFile(spool, { ...options, maxBytes: Number.MAX_SAFE_INTEGER }, STDIN);
    return merge(result, read);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function merge(files: IngestResult, stdin: { articles: IngestResult['articles']; skipped: IngestResult['skipped']; warnings: string[] }): IngestResult {
  const byId = new Map(files.articles.map((a) => [a.id, a]));
  const warnings = [...files.warnings, ...stdin.warnings];
  for (const article of stdin.articles) {
    const first = byId.get(article.id);
    if (first) warnings.push(`${article.path}: same content as ${first.path} (id ${article.id}); kept once`);
    else byId.set(article.id, article);
  }
  const articles = [...byId.values()].sort((a, b) => compareCodeUnits(a.id, b.id));
  return { articles, skipped: [...files.skipped, ...stdin.skipped], warnings };
}
