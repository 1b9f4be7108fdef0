// The versions a cache entry carries: the extractor's (every file under src/extract, the cache format) and the resolver's.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compareCodeUnits } from '../compare.js';
import { fromRoot } from '../paths.js';

/** Bump when the layout of a cache entry changes, or when extraction changes in a way no hashed file shows. */
export const CACHE_FORMAT = 'news-kg/extraction-cache/1';

/** Files outside src/extract whose content extraction depends on (shared types, the predicate registry, the PRNG). */
const SHARED_FILES = ['types.ts', 'predicates.ts', 'random.ts'];

/** Bump when the compact form of prepared mentions (src/cache/prepared.ts) changes. */
export const PREPARED_FORMAT = 'news-kg/prepared-mentions/1';

let memo: string | undefined;
let resolverMemo: string | undefined;

/**
 * sha256 (hex) of CACHE_FORMAT, of each file under `src/extract` (path and bytes, in path order)
 * and of SHARED_FILES: a new model, lexicon or extractor change gives a new version, which starts a
 * fresh cache.
 * NOTE: the bundle `dist/kg.js` is hashed through its sources; a rebuilt bundle over unchanged sources keeps the version.
 */
export function extractorVersion(root: string = fromRoot('src', 'extract')): string {
  if (memo && root === fromRoot('src', 'extract')) return memo;
  const shared = SHARED_FILES.map((name) => join(root, '..', name)).filter((file) => existsSync(file));
  const version = filesHash(CACHE_FORMAT, root, [...listFiles(root), ...shared]);
  if (root === fromRoot('src', 'extract')) memo = version;
  return version;
}

/**
 * sha256 (hex) of PREPARED_FORMAT and of each file under `src/resolve` (path and bytes, in path order):
 * the prepared mentions kept in an entry are used only with this version. The extractor's files
 * (lexicons, gazetteer) are covered by the entry's own version.
 */
export function resolverVersion(root: string = fromRoot('src', 'resolve')): string {
  if (resolverMemo && root === fromRoot('src', 'resolve')) return resolverMemo;
  const version = filesHash(PREPARED_FORMAT, root, listFiles(root));
  if (root === fromRoot('src', 'resolve')) resolverMemo = version;
  return version;
}

/** sha256 (hex) of `format`, then of each file's path (relative to `root`) and bytes, in the order given. */
function filesHash(format: string, root: string, files: readonly string[]): string {
  const hash = createHash('sha256').update(format);
  for (const file of files) {
    hash.update(`\0${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
