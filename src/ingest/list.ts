// Input paths → the sorted list of files to read (folders walked recursively, hidden entries skipped).
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { compareCodeUnits } from '../compare.js';
import { KgError } from '../errors.js';
import type { SkippedInput } from '../types.js';

/** File extensions ingest reads (compared in lower case). */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl'];

// Files that describe a folder of articles rather than being one (found in folders, not when named).
const NOT_ARTICLES = /^(?:readme|license|licence|changelog|copying|notice|authors)(?:\.[a-z]+)?$/i;

/** One file to read: where it is, and the path articles and reports show for it. */
export interface InputFile {
  file: string;
  /**
   * Relative to the input root given, so builds from different working folders agree: `<folder name>/<path
   * inside it>` for a file found in a folder, the file's name for a file named directly. `/` separators,
   * control characters escaped.
   */
  path: string;
}

/** True when ingest can read files with this name's extension. */
export function isSupported(file: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extname(file).toLowerCase());
}

/** Control characters as `%XX`, so names that differ only by one stay distinct and printable. */
export function escapeControls(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f-\u009f%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A path as `readInputFile` shows it by default: relative to the current folder, `/` separators. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  const shown = rel === '' || resolve(rel) !== resolve(file) ? resolve(file) : rel;
  return escapeControls(shown.split(sep).join('/'));
}

/** Shown path of `file` found under the folder `root`: `<root name>/<path inside it>`. */
function underRoot(root: string, file: string): string {
  const name = basename(resolve(root)) || resolve(root);
  return escapeControls([name, ...relative(root, file).split(sep)].join('/'));
}

/**
 * Expands files and folders into the files to read, sorted by shown path and without duplicates.
 * Folders are walked recursively; hidden entries, anything that is not a regular file (FIFO, socket,
 * device), unsupported extensions and README/LICENSE files inside folders are left out, never opened.
 * A file named explicitly is always listed (readInputFile reports an unsupported one as skipped). A
 * folder that cannot be read is one entry in `skipped`. Throws KgError('INPUT_NOT_FOUND') for a path
 * that does not exist.
 */
export async function listInputs(inputs: string[], skipped: SkippedInput[] = []): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  for (const input of inputs) {
    const info = await stat(input).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') {
        throw new KgError('INPUT_NOT_FOUND', `input not found: ${input} (expected an existing file or folder; check the path)`);
      }
      throw new KgError('INPUT_UNREADABLE', `cannot read input ${input}: ${err.code ?? err.message}`, { cause: err });
    });
    if (info.isDirectory()) await walkFolder({ root: input, found, skipped, seen: new Set() }, input);
    else found.set(resolve(input), { file: input, path: escapeControls(basename(resolve(input))) });
  }
  const byPath = (a: InputFile, b: InputFile) => compareCodeUnits(a.path, b.path) || compareCodeUnits(a.file, b.file);
  return [...found.values()].sort(byPath);
}

/** The files of `listInputs`, as paths. */
export async function listInputFiles(inputs: string[], skipped: SkippedInput[] = []): Promise<string[]> {
  return (await listInputs(inputs, skipped)).map((f) => f.file);
}

interface Walk {
  root: string;
  found: Map<string, InputFile>;
  skipped: SkippedInput[];
  seen: Set<string>;
}

async function walkFolder(walk: Walk, folder: string): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    const real = await realpath(folder);
    if (walk.seen.has(real)) return; // a symbolic link loop
    walk.seen.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    walk.skipped.push({ path: underRoot(walk.root, folder), reason: `cannot read folder (${code}); its files were left out` });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    const kind = entry.isSymbolicLink() ? await targetKind(path) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
    if (kind === 'dir') await walkFolder(walk, path);
    else if (kind === 'file' && isSupported(entry.name) && !NOT_ARTICLES.test(entry.name)) {
      walk.found.set(resolve(path), { file: path, path: underRoot(walk.root, path) });
    }
  }
}

async function targetKind(path: string): Promise<'dir' | 'file' | 'other'> {
  return stat(path).then(
    (info) => (info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other'),
    () => 'other' as const,
  );
}
