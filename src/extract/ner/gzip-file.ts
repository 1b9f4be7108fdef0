// Reading the tagger's gzipped data files (model, word classes, word clusters) with one clear error.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { KgError } from '../../errors.js';

/**
 * The unzipped bytes of `path`. Throws KgError INPUT_UNREADABLE naming the file (`what`), the expected
 * content and how to rebuild it when the file is missing or not gzip.
 */
export function readGzipped(path: string, what: { name: string; expected: string; rebuild: string }): Buffer {
  try {
    return gunzipSync(readFileSync(path));
  } catch (err) {
    throw new KgError('INPUT_UNREADABLE', `Cannot read the ${what.name} ${path}; expected ${what.expected}. ${what.rebuild}`, { cause: err });
  }
}
