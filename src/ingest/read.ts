// One input file → its articles, skipped records and warnings, by file type.
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Article, SkippedInput } from '../types.js';
import { type Draft, draftToArticle } from './article.js';
import { decodeBytes } from './decode.js';
import { splitHeader } from './header.js';
import { htmlToDoc } from './html.js';
import { draftsFromJson, draftsFromJsonl } from './json.js';
import { displayPath, escapeControls, isSupported, SUPPORTED_EXTENSIONS } from './list.js';
import { markdownToText } from './markdown.js';
import { normalizeChars } from './normalize.js';
import { type IngestOptions, resolveIngestOptions } from './options.js';

/** What one file gives. */
export interface FileResult {
  articles: Article[];
  skipped: SkippedInput[];
  warnings: string[];
}

/**
 * Reads one file into articles (.json arrays and .jsonl files give one per record). Problems are
 * reported, never thrown: an unreadable, empty, binary, oversized or invalid file is one SkippedInput;
 * a bad .jsonl line is one SkippedInput (`path:line`) and the other lines still load.
 */
export async function readInputFile(file: string, options?: IngestOptions, shown?: string): Promise<FileResult> {
  const { maxBytes, maxArticleChars } = resolveIngestOptions(options);
  const path = shown ?? displayPath(file);
  const result: FileResult = { articles: [], skipped: [], warnings: [] };
  const skip = (reason: string) => {
    result.skipped.push({ path, reason });
    return result;
  };
  if (!isSupported(file)) {
    return skip(`unsupported file type "${extname(file) || basename(file)}" (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const bytes = readBytes(file, maxBytes);
  if (typeof bytes === 'string') return skip(bytes);
  const decoded = decodeBytes(bytes);
  if ('binary' in decoded) return skip(decoded.binary);
  if (decoded.warning) result.warnings.push(`${path}: ${decoded.warning}`);
  const text = normalizeChars(isJson(file) ? escapeLineSeparators(decoded.text) : decoded.text);
  if (text.trim() === '') return skip('empty file');
  try {
    const drafts = toDrafts(text, path, file, result);
    for (const draft of drafts) {
      const article = draftToArticle(draft);
      const where = drafts.length > 1 ? `${path} (${draft.key})` : path;
      if ('reason' in article) result.skipped.push({ path: where, reason: article.reason });
      else if (article.text.length > maxArticleChars) result.skipped.push({ path: where, reason: tooComplex(article.text.length, maxArticleChars) });
      else result.articles.push(article);
    }
  } catch (err) {
    // A bug or an input beyond what the parsers handle must not stop the other files.
    return { articles: [], skipped: [{ path, reason: `could not parse the file (${(err as Error).message})` }], warnings: result.warnings };
  }
  return result;
}

function toDrafts(text: string, path: string, file: string, result: FileResult): Draft[] {
  const ext = extname(file).toLowerCase();
  const stem = escapeControls(basename(file, extname(file)));
  if (ext === '.json' || ext === '.jsonl') {
    const records = ext === '.json' ? draftsFromJson(text, path, stem) : draftsFromJsonl(text, path, stem);
    if ('reason' in records) {
      result.skipped.push({ path, reason: records.reason });
      return [];
    }
    result.skipped.push(...records.skipped);
    return records.drafts;
  }
  // A saved page with a .txt name is still HTML.
  if (ext === '.html' || ext === '.htm' || (ext === '.txt' && /^\s*<(?:!doctype\s+html|html)\b/i.test(text))) {
    const { meta, body } = htmlToDoc(text);
    if (body.trim() === '') {
      result.skipped.push({ path, reason: 'empty after removing markup' });
      return [];
    }
    return [{ path, key: stem, body, meta }];
  }
  const { meta, body, warnings } = splitHeader(text);
  result.warnings.push(...warnings.map((w) => `${path}: ${w}`));
  if (ext !== '.md') return [{ path, key: stem, body, meta }];
  const markdown = markdownToText(body);
  meta.title ??= markdown.heading;
  return [{ path, key: stem, body: markdown.text, meta }];
}

// The file's bytes, or why they cannot be had. Synchronous on purpose: for thousands of small
// files one open/fstat/read/close on the main thread is ~15x faster than the promise API.
function readBytes(file: string, maxBytes: number): Uint8Array | string {
  let fd: number | undefined;
  try {
    // Checked before opening: opening a FIFO blocks until a writer comes. O_NONBLOCK covers a swap in between.
    if (!statSync(file).isFile()) return 'not a regular file (a FIFO, socket or device is never opened)';
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return 'not a regular file';
    if (info.size > maxBytes) return `file too large (${megabytes(info.size)}; the limit is ${megabytes(maxBytes)})`;
    return readFileSync(fd);
  } catch (err) {
    return `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooComplex(chars: number, limit: number): string {
  return `too complex (${chars.toLocaleString('en')} characters of text; the limit for one article is ${limit.toLocaleString('en')})`;
}

function isJson(file: string): boolean {
  return /\.jsonl?$/i.test(file);
}

// U+2028/U+2029 are valid inside JSON strings but normalizing turns them into line breaks, which are not:
// written as escapes they survive JSON.parse and are normalized with the rest of the text afterwards.
function escapeLineSeparators(text: string): string {
  return text.replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
