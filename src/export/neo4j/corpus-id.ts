// Corpus ids for --replace: derived from where the articles came from, not from which articles they were.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { KgError } from '../../errors.js';

/**
 * The corpus id of a build from these input roots (files or folders): `corpus-<last folder name>-<hash>`,
 * the hash over their sorted real paths. Adding, changing or removing articles under the same roots
 * keeps the id, so `--replace` finds what the earlier load wrote.
 * @example corpusIdFromRoots(['news/']) // 'corpus-news-3f9a1c0b7d2e'
 */
export function corpusIdFromRoots(roots: string[]): string {
  if (roots.length === 0) throw new KgError('USAGE', 'cannot name a corpus without its input folders; pass --corpus ID');
  const real = [...new Set(roots.map(realOrResolved))].sort();
  const hash = createHash('sha256');
  for (const r of real) hash.update(r).update('\u0000');
  const name = basename(real[0]!).replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'root';
  return `corpus-${name}-${hash.digest('hex').slice(0, 12)}`;
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
