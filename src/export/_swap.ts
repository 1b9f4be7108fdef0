// Internal to write.ts: the lock file beside an export folder, temporary names, and recovery after a kill.
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { KgError } from '../errors.js';

const MANIFEST = 'kg-manifest.json';

/** `.<folder>.<kind>-<pid>-<random>`: a sibling of the export folder that a later run can attribute. */
export function tempName(abs: string, kind: 'tmp' | 'old'): string {
  return `.${basename(abs)}.${kind}-${process.pid}-${Math.random().toString(16).slice(2, 10)}`;
}

/**
 * Takes `.<folder>.lock` beside the folder; returns the release function. A lock held by a live process
 * is refused with one line; one left by a dead process is taken over.
 */
export function lockFolder(abs: string): () => void {
  const lock = join(dirname(abs), `.${basename(abs)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new KgError('OUTPUT_FAILED', `cannot lock ${abs}: ${(err as Error).message}`, { cause: err });
      }
      const holder = Number.parseInt(readOr(lock, ''), 10);
      if (isAlive(holder)) {
        throw new KgError('OUTPUT_FAILED', `another kg (pid ${holder}) is writing ${abs}; wait for it to finish, or use another --out`);
      }
      rmSync(lock, { force: true });
    }
  }
  throw new KgError('OUTPUT_FAILED', `cannot lock ${abs}: the lock file ${lock} keeps coming back`);
}

/**
 * Cleans up after writers that were killed (or, with `own`, after this one failing): puts a folder that
 * was moved aside back when the export folder is missing, returns carried-over entries, deletes the rest.
 */
export function recoverStale(abs: string, own = false): void {
  const parent = dirname(abs);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(abs))}\\.(tmp|old)-(\\d+)-[0-9a-f]+$`);
  const stale = readdirSync(parent)
    .map((name) => ({ name, m: pattern.exec(name) }))
    .filter(({ m }) => m && (!isAlive(Number(m[2])) || (own && Number(m[2]) === process.pid)))
    .map(({ name, m }) => ({ path: join(parent, name), kind: m![1] as 'tmp' | 'old' }));
  const aside = stale.find((s) => s.kind === 'old');
  if (aside && !existsSync(abs)) renameSync(aside.path, abs);
  for (const s of stale) {
    if (s.kind === 'tmp' && existsSync(abs)) returnCarried(s.path, abs);
    rmSync(s.path, { recursive: true, force: true });
  }
  removeOldFileTemps(abs);
}

// Entries of a temporary folder that are not the export's own files came from the old folder: put them back.
function returnCarried(tmp: string, abs: string): void {
  let own: string[] = [];
  try {
    own = (JSON.parse(readOr(join(tmp, MANIFEST), '{}')) as { files?: string[] }).files ?? [];
  } catch {
    own = [];
  }
  const skip = new Set([...own, MANIFEST, 'graph.graphml', 'graph.json', 'index.html']);
  for (const entry of readdirSync(tmp)) {
    if (!skip.has(entry) && !existsSync(join(abs, entry))) renameSync(join(tmp, entry), join(abs, entry));
  }
}

// `.graph.json.<pid>.tmp` files that single-file writes of killed runs left inside the folder.
function removeOldFileTemps(abs: string): void {
  if (!existsSync(abs)) return;
  for (const name of readdirSync(abs)) {
    const m = /^\..+\.(\d+)\.tmp$/.exec(name);
    if (m && !isAlive(Number(m[1]))) rmSync(join(abs, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return fallback;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
