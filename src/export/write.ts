// Atomic output: one file (temp file + rename) or a whole export set (temp sibling folder + swap, under a lock).
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { KgError } from '../errors.js';
import { lockFolder, recoverStale, tempName } from './_swap.js';

/** The file in an export folder that records what it was built from; written last. */
export const MANIFEST_NAME = 'kg-manifest.json';

/**
 * Writes `content` (a string or chunks) to `path` atomically: readers see the old file or the
 * new one, never a half-written one. Creates the parent folder.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): number {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    const bytes = writeChunks(tmp, content);
    renameSync(tmp, path);
    return bytes;
  } catch (err) {
    rmSync(tmp, { force: true });
    // Content made while writing (a generator) may refuse its input: that error is the caller's, not the disk's.
    if (err instanceof KgError) throw err;
    throw new KgError('OUTPUT_FAILED', `cannot write ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** The inputs as a manifest records them: relative to the export folder, `/` separators, sorted. */
export function manifestInputs(inputs: string[], outDir: string): string[] {
  const out = resolve(outDir);
  const rel = inputs.map((i) => relative(out, resolve(i)).split(sep).join('/') || '.');
  return [...new Set(rel)].sort();
}

/** One file of an export set. */
export interface ExportFile {
  name: string;
  content: string | Iterable<string>;
}

/**
 * Writes a set of files into `outDir` as one unit: they go into a fresh temporary sibling folder,
 * with the manifest last, and that folder is swapped in for `outDir` (other entries of `outDir`, such
 * as screenshots, are carried over). Readers see the old set or the new one, never a mix. A lock
 * beside the folder refuses a second concurrent writer; temporaries left by killed writers are
 * cleaned up (or put back) first. Returns each file's path and size.
 */
export function writeExportSet(outDir: string, files: ExportFile[], inputs: string[]): { path: string; bytes: number }[] {
  const abs = resolve(outDir);
  const parent = dirname(abs);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (err) {
    throw new KgError('OUTPUT_FAILED', `cannot create ${parent}: ${(err as Error).message}`, { cause: err });
  }
  const unlock = lockFolder(abs);
  try {
    recoverStale(abs);
    const tmp = join(parent, tempName(abs, 'tmp'));
    const written = fillTemp(tmp, files, manifestInputs(inputs, abs));
    swapIn(tmp, abs);
    return written.map((f) => ({ path: join(outDir, f.name), bytes: f.bytes }));
  } finally {
    unlock();
  }
}

function fillTemp(tmp: string, files: ExportFile[], inputs: string[]): { name: string; bytes: number }[] {
  try {
    mkdirSync(tmp);
    const written = files.map((f) => ({ name: f.name, bytes: writeChunks(join(tmp, f.name), f.content) }));
    const manifest = { inputs, files: files.map((f) => f.name).sort() };
    writeChunks(join(tmp, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    return written;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw new KgError('OUTPUT_FAILED', `cannot write the export into ${tmp}: ${(err as Error).message}`, { cause: err });
  }
}

// Moves the old folder's other entries into `tmp`, then renames old → aside and tmp → abs.
function swapIn(tmp: string, abs: string): void {
  const aside = join(dirname(abs), tempName(abs, 'old'));
  const own = new Set(readdirSync(tmp));
  try {
    let existed = true;
    try {
      for (const entry of readdirSync(abs)) if (!own.has(entry)) renameSync(join(abs, entry), join(tmp, entry));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      existed = false;
    }
    if (existed) renameSync(abs, aside);
    renameSync(tmp, abs);
    if (existed) rmSync(aside, { recursive: true, force: true });
  } catch (err) {
    recoverStale(abs, true);
    throw new KgError('OUTPUT_FAILED', `cannot put the new export in place at ${abs}: ${(err as Error).message}`, { cause: err });
  }
}

/** Chunks are gathered into writes of about this many characters (one system call per node is slow). */
const WRITE_CHARS = 1 << 20;

/**
 * Chunks joined into strings of about WRITE_CHARS characters each: the way to keep a part of a file made ahead of
 * writing without holding one small string per chunk (many small strings kept alive are costly for the GC).
 */
export function inBlocks(chunks: Iterable<string>): string[] {
  const blocks: string[] = [];
  let block: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    block.push(chunk);
    length += chunk.length;
    if (length < WRITE_CHARS) continue;
    blocks.push(block.join(''));
    block = [];
    length = 0;
  }
  if (block.length > 0) blocks.push(block.join(''));
  return blocks;
}

function writeChunks(path: string, content: string | Iterable<string>): number {
  let bytes = 0;
  const fd = openSync(path, 'w');
  try {
    if (typeof content === 'string') return writeSync(fd, content);
    let pending = '';
    for (const chunk of content) {
      pending += chunk;
      if (pending.length < WRITE_CHARS) continue;
      bytes += writeSync(fd, pending);
      pending = '';
    }
    if (pending) bytes += writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  return bytes;
}
