// Vitest globalSetup: starts a real Neo4j (scripts/neo4j.mjs) for tests/neo4j when NEO4J_URI is unset.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startServer, stopServer } from '../../scripts/neo4j.mjs';

/** The server the neo4j tests talk to; `managed` is set when this setup started it (tests may restart it). */
export interface Neo4jTestServer {
  uri: string;
  user: string;
  password: string | undefined;
  managed: { port: number; data: string; stateDir: string; password: string; javaOpts: string[] } | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestServer | null;
  }
}

/** Password of the managed test server (auth on, so the wrong-password test has something to refuse). */
const TEST_PASSWORD = 'news-kg-test-password';

/** C1-only JIT: the server starts ~40% sooner on a busy machine; test loads are too small to miss C2. */
const QUICK_START = ['-XX:TieredStopAtLevel=1'];

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const env = process.env;
  if (env.NEO4J_URI) {
    project.provide('neo4j', { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD, managed: null });
    return undefined;
  }
  if (!(await neo4jTestsSelected(project))) {
    project.provide('neo4j', null);
    return undefined;
  }
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'news-kg-neo4j-data-'));
  const stateDir = mkdtempSync(join(tmpdir(), 'news-kg-neo4j-state-'));
  const server = await startServer({ port, data, stateDir, password: TEST_PASSWORD, heap: '1g', javaOpts: QUICK_START });
  project.provide('neo4j', {
    uri: server.uri,
    user: 'neo4j',
    password: TEST_PASSWORD,
    managed: { port, data, stateDir, password: TEST_PASSWORD, javaOpts: QUICK_START },
  });
  return async () => {
    await stopServer({ stateDir });
    rmSync(data, { recursive: true, force: true });
    rmSync(stateDir, { recursive: true, force: true });
  };
}

/** Test files that talk to the server. */
const SERVER_TESTS = ['tests/neo4j/load.test.ts'];

/**
 * False when the run's file filters select none of SERVER_TESTS, so `vitest run tests/extract` starts no JVM.
 * NOTE: reads Vitest's internal `filenamePattern` (the CLI filters); without it every file counts as selected.
 */
async function neo4jTestsSelected(project: TestProject): Promise<boolean> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters?.length) return true;
  const specs = await project.vitest.globTestSpecifications(filters);
  return specs.some((s) => SERVER_TESTS.some((file) => s.moduleId.replaceAll('\\', '/').endsWith(`/${file}`)));
}
