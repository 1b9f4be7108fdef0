// Locates files shipped with the package (models, lexicons) from both src/ (tests) and dist/ (CLI).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root: the nearest folder above this module holding package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
  root = dir;
  return root;
}

/** Absolute path of a file inside the package, e.g. `fromRoot('src/extract/ner/model/weights.bin')`. */
export function fromRoot(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
