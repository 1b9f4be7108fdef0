// The syntax model files: a JSON header, then sections of dense (ids, int16 rows) or sparse (ids, counts, entries)
// weights; gzipped, written atomically.
import { renameSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { KgError } from '../../errors.js';
import { readGzipped } from '../ner/gzip-file.js';
import type { LinearWeights } from './linear-model.js';
import type { SparseWeights } from './sparse-model.js';

/** One section of weights: dense rows or sparse entries. */
export type Section = LinearWeights | SparseWeights;

/** What every syntax model header carries besides its own fields. */
export interface FileHeader {
  kind: 'tagger' | 'parser';
  version: 2;
  /** Shape of each section, in file order (`entries` only for sparse ones). */
  sections?: { rows: number; classes: number; entries?: number }[];
}

const isSparse = (s: Section): s is SparseWeights => 'entries' in s;

/** The typed arrays of a section, in file order. */
function arraysOf(s: Section): ArrayBufferView[] {
  return isSparse(s) ? [s.featureIds, s.counts, s.entries] : [s.featureIds, s.weights];
}

/** Serializes a header and its sections into one gzipped buffer (each array padded to 4 bytes). */
export function encodeModelFile<H extends FileHeader>(header: H, sections: Section[]): Buffer {
  const shapes = sections.map((s) => ({ rows: s.featureIds.length, classes: s.classes, ...(isSparse(s) ? { entries: s.entries.length } : {}) }));
  const json = Buffer.from(JSON.stringify({ ...header, sections: shapes }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  const parts: Buffer[] = [len, json, Buffer.alloc((4 - ((4 + json.length) % 4)) % 4)];
  for (const a of sections.flatMap(arraysOf)) {
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b, Buffer.alloc((4 - (b.length % 4)) % 4));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a file written by encodeModelFile(); checks its kind and version. */
export function decodeModelFile<H extends FileHeader>(path: string, kind: FileHeader['kind']): { header: H; sections: Section[] } {
  const raw = readGzipped(path, {
    name: `syntax ${kind} model`,
    expected: 'a gzipped model file',
    rebuild: 'Run `npm run train:ud` to build it.',
  });
  const jsonLen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLen).toString('utf8')) as H;
  if (header.kind !== kind || header.version !== 2 || !header.sections) {
    throw new KgError('INPUT_INVALID', `The syntax model ${path} is a ${header.kind} model of version ${header.version}; expected a ${kind} model of version 2. Retrain it with \`npm run train:ud\`.`);
  }
  let off = 4 + jsonLen;
  off += (4 - (off % 4)) % 4;
  const body = new Uint8Array(raw.byteLength - off);
  body.set(raw.subarray(off));
  let at = 0;
  const take = <T>(make: (buf: ArrayBuffer, at: number, n: number) => T, n: number, bytes: number): T => {
    const a = make(body.buffer, at, n);
    at += n * bytes;
    at += (4 - (at % 4)) % 4;
    return a;
  };
  const sections = header.sections.map(({ rows, classes, entries }): Section => {
    const featureIds = take((b, o, n) => new Uint32Array(b, o, n), rows, 4);
    if (entries === undefined) return { classes, featureIds, weights: take((b, o, n) => new Int16Array(b, o, n), rows * classes, 2) };
    const counts = take((b, o, n) => new Uint16Array(b, o, n), rows, 2);
    return { classes, featureIds, counts, entries: take((b, o, n) => new Int32Array(b, o, n), entries, 4) };
  });
  return { header, sections };
}

/** Writes `data` to `path` through a temporary file and a rename, so readers never see half a file. */
export function writeAtomic(path: string, data: Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
