// Checks an output folder before a build: a writable place, and never someone else's export by default.
import { accessSync, constants, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { KgError } from '../errors.js';
import { MANIFEST_NAME, manifestInputs } from '../export/write.js';

/** The output folder of `kg build` and the input folder of `kg neo4j` when none is given. */
export const DEFAULT_OUT = 'graph-export';

// Pseudo file systems where a write can hang or never mean a file.
const VIRTUAL = /^\/(?:proc|sys|dev)(?:\/|$)/;

/**
 * Fails fast, with one line, when `out` cannot take an export: it is a file, its parent is not a
 * writable folder, or it is on a pseudo file system. When `out` is the default folder (not given
 * explicitly) and holds an export built from other inputs, refuses unless `force`.
 */
export function checkOutputFolder(out: string, how: { inputs: string[]; force: boolean; explicit: boolean }): void {
  const abs = resolve(out);
  const real = realOrSelf(abs);
  if (VIRTUAL.test(real)) throw fail(out, 'it is on a system pseudo file system (/proc, /sys, /dev); choose a normal folder');
  const info = statOrUndefined(abs);
  if (info && !info.isDirectory()) throw fail(out, 'it exists and is not a folder; choose another --out');
  // The folder is swapped as a whole: it must not hold the working folder or the inputs.
  const holds = (p: string) => !relative(abs, resolve(p)).startsWith('..');
  if (holds(process.cwd()) || how.inputs.some(holds)) {
    throw fail(out, 'it holds the current folder or an input; give the export a folder of its own');
  }
  const parent = dirname(abs);
  const parentInfo = statOrUndefined(parent);
  if (!parentInfo?.isDirectory()) throw fail(out, `its parent ${parent} is not an existing folder; create it first`);
  try {
    accessSync(parent, constants.W_OK | constants.X_OK);
    if (info) accessSync(abs, constants.W_OK | constants.X_OK);
  } catch {
    throw fail(out, `${info ? abs : parent} is not writable; choose another --out`);
  }
  if (!info || how.explicit || how.force) return;
  const previous = readManifestInputs(abs);
  const wanted = manifestInputs(how.inputs, abs);
  if (previous === null && !holdsExport(abs)) return;
  if (previous !== null && sameList(previous, wanted)) return;
  const shown = (p: string) => relative(process.cwd(), resolve(abs, p)) || '.';
  const from = previous ? `from ${previous.map(shown).join(', ')}` : 'from unknown inputs';
  throw new KgError(
    'USAGE',
    `${out}/ holds an export built ${from}; pass --out DIR for a new folder, or --force to overwrite it`,
  );
}

function fail(out: string, why: string): KgError {
  return new KgError('OUTPUT_FAILED', `cannot write to --out ${out}: ${why}`);
}

function realOrSelf(path: string): string {
  // The deepest existing ancestor decides which file system the folder is on.
  for (let p = path; ; p = dirname(p)) {
    try {
      return resolve(realpathSync(p), path.slice(p.length + 1) || '.');
    } catch {
      if (dirname(p) === p) return path;
    }
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function readManifestInputs(dir: string): string[] | null {
  try {
    const parsed = JSON.parse(readFileSync(resolve(dir, MANIFEST_NAME), 'utf8')) as { inputs?: unknown };
    return Array.isArray(parsed.inputs) ? parsed.inputs.map(String) : null;
  } catch {
    return null;
  }
}

function holdsExport(dir: string): boolean {
  return ['graph.graphml', 'graph.json', 'index.html'].some((name) => statOrUndefined(resolve(dir, name)) !== undefined);
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
