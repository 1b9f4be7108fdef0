// Input paths → the sorted list of files to read (folders walked recursively, hidden entries skipped).
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { KgError } from '../errors.js';
import { compareCodeUnits } from '../compare.js';

/** File extensions ingest reads (compared in lower case). */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'];

// Files that describe a folder of articles rather than being one (found in folders, not when named).
const NOT_ARTICLES = /^(?:readme|license|licence|changelog|copying|notice|authors)(?:\.[a-z]+)?$/i;

/** True when ingest can read files with this name's extension. */
export function isSupported(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(file).toLowerCase());
}

/** The path as shown in articles and reports: relative to the current directory, `/` separators. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  const shown = rel === '' || resolve(rel) !== resolve(file) ? resolve(file) : rel;
  return shown.split(sep).join('/');
}

/**
 * Expands files and folders into the files to read, sorted by display path and without duplicates.
 * Folders are walked recursively; hidden files and folders, unsupported extensions and README/LICENSE
 * files inside folders are left out. A file named explicitly is always listed (readInputFile reports
 * an unsupported one as skipped). Throws KgError('INPUT_NOT_FOUND') for a path that does not exist.
 */
export async function listInputFiles(inputs: string[]): Promise<string[]> {
  const found = new Map<string, string>();
  for (const input of inputs) {
    const info = await stat(input).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
        throw new KgError('INPUT_NOT_FOUND', `input not found: ${input} (expected an existing file or folder; check the path)`);
      }
      throw new KgError('INPUT_UNREADABLE', `cannot read input ${input}: ${err.message}`, { cause: err });
    });
    if (info.isDirectory()) await walkFolder(input, found, new Set());
    else found.set(displayPath(input), input);
  }
  return [...found.keys()].sort(compareCodeUnits).map((key) => found.get(key)!);
}

async function walkFolder(folder: string, found: Map<string, string>, seen: Set<string>): Promise<void> {
  const real = await realpath(folder);
  if (seen.has(real)) return; // a symbolic link loop
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(path)));
    if (isDir) await walkFolder(path, found, seen);
    else if (isSupported(entry.name) && !NOT_ARTICLES.test(entry.name)) found.set(displayPath(path), path);
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
