// Ingest options: the public all-optional type, its defaults, and the resolve-and-validate step.
import { KgError } from '../errors.js';

/** Options for `readInputFile` and `ingest`. */
export interface IngestOptions {
  /**
   * Files larger than this many bytes are skipped (reported as a SkippedInput).
   * @default 10_485_760 (10 MB)
   * @example { maxBytes: 50 * 1024 * 1024 }
   */
  maxBytes?: number;
  /**
   * Articles whose cleaned text is longer than this many characters are skipped as too complex (one
   * line each): the work per article stays bounded. A long news feature is about 50,000 characters.
   * @default 1_000_000
   */
  maxArticleChars?: number;
}

/** The defaults of every ingest option. */
export const DEFAULT_INGEST_OPTIONS: Required<IngestOptions> = {
  maxBytes: 10 * 1024 * 1024,
  maxArticleChars: 1_000_000,
};

/** Fills in defaults and checks values; throws KgError('USAGE') on a bad value. */
export function resolveIngestOptions(options: IngestOptions = {}): Required<IngestOptions> {
  const resolved = { ...DEFAULT_INGEST_OPTIONS, ...stripUndefined(options) };
  if (!Number.isFinite(resolved.maxBytes) || resolved.maxBytes < 1) {
    throw new KgError('USAGE', `ingest option maxBytes: expected a positive number of bytes, instead found ${String(resolved.maxBytes)}`);
  }
  if (!Number.isFinite(resolved.maxArticleChars) || resolved.maxArticleChars < 1) {
    throw new KgError('USAGE', `ingest option maxArticleChars: expected a positive number of characters, instead found ${String(resolved.maxArticleChars)}`);
  }
  return resolved;
}

function stripUndefined(options: IngestOptions): IngestOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}
