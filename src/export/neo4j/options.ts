// Neo4j loader options: the public all-optional type, its defaults, one resolve-and-validate step, env reading.
import { KgError } from '../../errors.js';

/** Progress of a load, reported after every committed batch. */
export interface Neo4jProgress {
  phase: 'replace' | 'nodes' | 'relationships';
  /** Rows written so far in this phase. */
  done: number;
  /** Rows this phase will write (replace: unknown, 0). */
  total: number;
}

/** Options of `loadGraph`. Every field is optional; see DEFAULT_NEO4J_OPTIONS. */
export interface Neo4jOptions {
  /**
   * Bolt URI of the server.
   * @default 'bolt://localhost:7687'
   * @example 'neo4j://db.example.org:7687'
   */
  uri?: string;
  /** User name; without a password the driver connects with no authentication. @default 'neo4j' */
  user?: string;
  /** Password; omit for a server with auth disabled. */
  password?: string;
  /** Database name; omit for the server's default database (Community has one, `neo4j`). */
  database?: string;
  /** Rows per transaction. @default 10000 */
  batchSize?: number;
  /** Transactions in flight at once (nodes and relationships; deadlocks between them are retried). @default 2 */
  concurrency?: number;
  /** First remove what an earlier load of the same corpus wrote. @default false */
  replace?: boolean;
  /**
   * Corpus id: reloading the same corpus is idempotent, loading another one adds up.
   * @default a stable hash of the graph's article ids, e.g. 'corpus-3f9a1c0b7d2e'
   */
  corpus?: string;
  /** How long the driver retries a batch after a transient error or dropped connection. @default 30000 */
  maxRetryTimeMs?: number;
  /**
   * Milliseconds to wait for the server to answer when connecting (a port that accepts the connection
   * but never speaks Bolt fails after this long).
   * @default 30000
   */
  connectTimeoutMs?: number;
  /** Called after every committed batch. */
  onProgress?: (progress: Neo4jProgress) => void;
}

/** Options after defaults and validation. */
export interface ResolvedNeo4jOptions {
  uri: string;
  user: string;
  password: string | undefined;
  database: string | undefined;
  batchSize: number;
  concurrency: number;
  replace: boolean;
  corpus: string | undefined;
  maxRetryTimeMs: number;
  connectTimeoutMs: number;
  onProgress: ((progress: Neo4jProgress) => void) | undefined;
}

/** The defaults every option falls back to. */
export const DEFAULT_NEO4J_OPTIONS = {
  uri: 'bolt://localhost:7687',
  user: 'neo4j',
  batchSize: 10_000,
  concurrency: 2,
  replace: false,
  maxRetryTimeMs: 30_000,
  connectTimeoutMs: 30_000,
} as const;

const URI_SCHEME = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/;

/** Applies defaults (an `undefined` field counts as absent) and validates; throws KgError('USAGE'). */
export function resolveNeo4jOptions(options: Neo4jOptions = {}): ResolvedNeo4jOptions {
  const resolved: ResolvedNeo4jOptions = {
    uri: options.uri ?? DEFAULT_NEO4J_OPTIONS.uri,
    user: options.user ?? DEFAULT_NEO4J_OPTIONS.user,
    password: options.password,
    database: options.database || undefined,
    batchSize: options.batchSize ?? DEFAULT_NEO4J_OPTIONS.batchSize,
    concurrency: options.concurrency ?? DEFAULT_NEO4J_OPTIONS.concurrency,
    replace: options.replace ?? DEFAULT_NEO4J_OPTIONS.replace,
    corpus: options.corpus || undefined,
    maxRetryTimeMs: options.maxRetryTimeMs ?? DEFAULT_NEO4J_OPTIONS.maxRetryTimeMs,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_NEO4J_OPTIONS.connectTimeoutMs,
    onProgress: options.onProgress,
  };
  if (!URI_SCHEME.test(resolved.uri)) {
    throw new KgError(
      'USAGE',
      `expected a Neo4j URI like bolt://localhost:7687 or neo4j://host:7687, instead found "${resolved.uri}"`,
    );
  }
  if (!Number.isInteger(resolved.batchSize) || resolved.batchSize < 1) {
    throw new KgError('USAGE', `expected a batch size of at least 1 row, instead found ${resolved.batchSize}`);
  }
  if (!Number.isInteger(resolved.concurrency) || resolved.concurrency < 1 || resolved.concurrency > 16) {
    throw new KgError('USAGE', `expected a concurrency between 1 and 16 transactions, instead found ${resolved.concurrency}`);
  }
  if (!Number.isFinite(resolved.maxRetryTimeMs) || resolved.maxRetryTimeMs < 0) {
    throw new KgError('USAGE', `expected maxRetryTimeMs >= 0, instead found ${resolved.maxRetryTimeMs}`);
  }
  if (!Number.isFinite(resolved.connectTimeoutMs) || resolved.connectTimeoutMs <= 0) {
    throw new KgError('USAGE', `expected a connection timeout above 0 ms, instead found ${resolved.connectTimeoutMs}`);
  }
  return resolved;
}

/** Reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE; unset or empty variables are left out. */
export function neo4jOptionsFromEnv(env: Record<string, string | undefined>): Neo4jOptions {
  const options: Neo4jOptions = {};
  if (env.NEO4J_URI) options.uri = env.NEO4J_URI;
  if (env.NEO4J_USER) options.user = env.NEO4J_USER;
  if (env.NEO4J_PASSWORD) options.password = env.NEO4J_PASSWORD;
  if (env.NEO4J_DATABASE) options.database = env.NEO4J_DATABASE;
  return options;
}
