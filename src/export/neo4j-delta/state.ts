// The fingerprints of the last load into one database and corpus, kept beside the export (DIR/.kg-neo4j/).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Fingerprints } from './fingerprint.js';

const FORMAT = 'news-kg/neo4j-load-state/1';

/** A state ready to save: its text, and the digest the database's marker records (sha256 of the text). */
export interface EncodedState {
  json: string;
  digest: string;
}

const digestOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 32);

/** Where a target's state lives: one file per (uri, database, corpus). */
export function statePath(dir: string, target: { uri: string; database?: string; corpus: string }): string {
  const id = createHash('sha256').update(JSON.stringify([target.uri, target.database ?? null, target.corpus])).digest('hex');
  return join(dir, '.kg-neo4j', `${id.slice(0, 16)}.json`);
}

/** The saved state and its digest, or null when there is none or it cannot be read (a full load follows). */
export function readState(path: string): { digest: string; prints: Fingerprints } | null {
  try {
    const json = readFileSync(path, 'utf8');
    const data = JSON.parse(json) as { format: string; prints: [string, string][] };
    if (data.format !== FORMAT || !Array.isArray(data.prints)) return null;
    return { digest: digestOf(json), prints: new Map(data.prints) };
  } catch {
    return null;
  }
}

/** The text of a state and its digest. */
export function encodeState(prints: Fingerprints): EncodedState {
  const json = JSON.stringify({ format: FORMAT, prints: [...prints] });
  return { json, digest: digestOf(json) };
}

/** Saves an encoded state atomically (temp file + rename). */
export function writeState(path: string, state: EncodedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, state.json);
  renameSync(tmp, path);
}
