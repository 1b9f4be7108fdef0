// Opens the driver and turns driver failures into one-line KgErrors that say what to check.
import neo4j, { type Driver } from 'neo4j-driver';
import { KgError, isKgError } from '../../errors.js';
import type { ResolvedNeo4jOptions } from './options.js';

/** A driver for the resolved options: numbers come back as JS numbers; basic auth only with a password. */
export function openDriver(options: ResolvedNeo4jOptions): Driver {
  const auth = options.password === undefined ? undefined : neo4j.auth.basic(options.user, options.password);
  try {
    return neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs,
      connectionTimeout: 10_000,
      userAgent: 'news-kg',
    });
  } catch (err) {
    throw new KgError('USAGE', `cannot use Neo4j URI "${options.uri}": ${(err as Error).message}`, { cause: err });
  }
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const AUTH = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

/** Maps a driver error to KgError NEO4J_UNREACHABLE, NEO4J_AUTH or NEO4J_FAILED (a KgError passes through). */
export function toKgError(err: unknown, options: ResolvedNeo4jOptions, started: boolean): KgError {
  if (isKgError(err)) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = firstLine((err as Error).message ?? String(err));
  if (UNREACHABLE.has(code)) {
    const hint = started
      ? 'the connection dropped during the load: restart the server and re-run the same command (loading is idempotent)'
      : 'check the server is running and the --uri/NEO4J_URI';
    return new KgError('NEO4J_UNREACHABLE', `cannot reach Neo4j at ${options.uri}: ${hint}`, { cause: err });
  }
  if (AUTH.has(code)) {
    const who = options.password === undefined ? 'no credentials' : `the password of user "${options.user}"`;
    return new KgError(
      'NEO4J_AUTH',
      `Neo4j at ${options.uri} refused ${who}: check --user/--password (NEO4J_USER/NEO4J_PASSWORD)`,
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError('NEO4J_FAILED', `Neo4j at ${options.uri} has no database "${options.database}": check --database/NEO4J_DATABASE`, {
      cause: err,
    });
  }
  return new KgError('NEO4J_FAILED', `Neo4j at ${options.uri} failed${code ? ` (${code})` : ''}: ${message}`, {
    cause: err,
  });
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]!.trim();
}
