// Opens the driver and turns driver failures into one-line KgErrors that say what to check.
import type { Driver } from 'neo4j-driver';
import { KgError, isKgError } from '../../errors.js';
import { loadDriverModule } from './driver.js';
import type { ResolvedNeo4jOptions } from './options.js';

/** A driver for the resolved options: numbers come back as JS numbers; basic auth only with a password. */
export async function openDriver(options: ResolvedNeo4jOptions): Promise<Driver> {
  const neo4j = await loadDriverModule();
  const auth = options.password === undefined ? undefined : neo4j.auth.basic(options.user, options.password);
  try {
    return neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs,
      connectionTimeout: options.connectTimeoutMs,
      connectionAcquisitionTimeout: options.connectTimeoutMs,
      userAgent: 'news-kg',
    });
  } catch (err) {
    throw new KgError('USAGE', `cannot use Neo4j URI "${options.uri}": ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Checks the server answers and accepts the credentials, within `connectTimeoutMs` in all: a port that
 * accepts connections but never speaks Bolt fails with KgError NEO4J_UNREACHABLE when the time is up.
 */
export async function verifyServer(driver: Driver, options: ResolvedNeo4jOptions): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const seconds = options.connectTimeoutMs / 1000;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KgError('NEO4J_UNREACHABLE', noAnswer(options.uri, seconds))), options.connectTimeoutMs);
  });
  const check = driver.verifyAuthentication({ database: options.database }).catch(async (err) => {
    // verifyAuthentication reports an unreachable server too; verifyConnectivity names it precisely.
    await driver.verifyConnectivity({ database: options.database });
    throw err;
  });
  try {
    await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function noAnswer(uri: string, seconds: number): string {
  return `Neo4j at ${uri} did not answer within ${seconds} s: check the server is running and --uri/NEO4J_URI names its Bolt port (or raise --connect-timeout)`;
}

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
const AUTH = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit']);

/** Maps a driver error to KgError NEO4J_UNREACHABLE, NEO4J_AUTH or NEO4J_FAILED (a KgError passes through). */
export function toKgError(err: unknown, options: ResolvedNeo4jOptions, started: boolean): KgError {
  if (isKgError(err)) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = firstLine((err as Error).message ?? String(err));
  if (/acquisition timed out|connection timed out|timed out after/i.test(message)) {
    return new KgError('NEO4J_UNREACHABLE', noAnswer(options.uri, options.connectTimeoutMs / 1000), { cause: err });
  }
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
