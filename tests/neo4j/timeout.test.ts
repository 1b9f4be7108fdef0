// Issue 13: `kg neo4j` against a port that accepts connections but never answers fails within its
// connection timeout, in one line, and the process exits.
import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const KG = join(process.cwd(), 'dist/kg.js');
let server: Server;
const sockets: Socket[] = [];
let port = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.push(socket); // accepted, never answered
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((done) => server.close(done));
});

function run(args: string[]): Promise<{ code: number | null; stderr: string; seconds: number }> {
  const started = performance.now();
  const child = spawn('node', [KG, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((done) => {
    child.on('exit', (code) => done({ code, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

describe('kg neo4j connection timeout', () => {
  it('gives up on a silent server within --connect-timeout, says what to check, and exits', async () => {
    const r = await run(['neo4j', 'graph-export', '--uri', `bolt://127.0.0.1:${port}`, '--connect-timeout', '2']);
    expect(r.code).toBe(1);
    expect(r.seconds).toBeLessThan(10);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/did not answer within 2 s: check the server is running/)]);
  }, 30_000);
});
