// Atomic file output: write to a temp file beside the target, then rename over it.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors.js';

/**
 * Writes `content` (a string or chunks) to `path` atomically: readers see the old file or the
 * new one, never a half-written one. Creates the parent folder.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): number {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  let bytes = 0;
  try {
    mkdirSync(dir, { recursive: true });
    const fd = openSync(tmp, 'w');
    try {
      const chunks = typeof content === 'string' ? [content] : content;
      for (const chunk of chunks) bytes += writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    return bytes;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new KgError('OUTPUT_FAILED', `cannot write ${path}: ${(err as Error).message}`, { cause: err });
  }
}
