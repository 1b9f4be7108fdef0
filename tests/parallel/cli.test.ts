// `kg build` from the bundle (dist/kg.js + dist/extract-worker.js): same exports for any --workers, the cache, stdin.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventedArticles } from './articles.js';

const KG = join(process.cwd(), 'dist/kg.js');
const work = mkdtempSync(join(tmpdir(), 'kg-parallel-cli-'));
const inputs = join(work, 'in');
const ARTICLES = inventedArticles(12);

function kg(args: string[], stdin?: string) {
  const r = spawnSync('node', [KG, ...args], { encoding: 'utf8', input: stdin });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const exportsOf = (out: string) => ['graph.graphml', 'graph.json', 'index.html'].map((f) => readFileSync(join(out, f), 'utf8'));

beforeAll(() => {
  if (!existsSync(KG) || !existsSync(join(process.cwd(), 'dist/extract-worker.js'))) {
    throw new Error('dist/kg.js or dist/extract-worker.js is missing: run `npm run build` first (npm test does)');
  }
  mkdirSync(inputs);
  for (const a of ARTICLES) writeFileSync(join(inputs, `${a.id}.txt`), `${a.title}\n\n${a.text}\n`);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('kg build --workers / cache / stdin', () => {
  it('writes byte-identical exports with 1 and 2 workers', () => {
    const one = kg(['build', inputs, '--out', join(work, 'w1'), '--workers', '1', '--no-cache', '--quiet']);
    const two = kg(['build', inputs, '--out', join(work, 'w2'), '--workers', '2', '--no-cache', '--quiet']);
    expect([one.code, one.stderr, two.code, two.stderr]).toEqual([0, '', 0, '']);
    expect(exportsOf(join(work, 'w2'))).toEqual(exportsOf(join(work, 'w1')));
    expect(existsSync(join(work, 'w1', '.kg-cache'))).toBe(false);
  });

  it('keeps a cache in DIR/.kg-cache and rebuilds the same exports from it', () => {
    const out = join(work, 'cached');
    expect(kg(['build', inputs, '--out', out, '--workers', '2', '--quiet']).code).toBe(0);
    const [version] = readdirSync(join(out, '.kg-cache'));
    const shards = readdirSync(join(out, '.kg-cache', version!));
    expect(shards.flatMap((s) => readdirSync(join(out, '.kg-cache', version!, s)))).toHaveLength(ARTICLES.length);
    const first = exportsOf(out);
    expect(kg(['build', inputs, '--out', out, '--workers', '2', '--quiet']).code).toBe(0);
    expect(exportsOf(out)).toEqual(first);
    expect(first).toEqual(exportsOf(join(work, 'w1')));
  });

  it('reads JSON Lines from standard input with `kg build -`', () => {
    const lines = ARTICLES.map((a) => JSON.stringify({ id: a.id, title: a.title, date: a.date, text: a.text })).join('\n');
    const r = kg(['build', '-', '--out', join(work, 'stdin'), '--workers', '1', '--quiet'], lines);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const graph = JSON.parse(readFileSync(join(work, 'stdin', 'graph.json'), 'utf8')) as { nodes: { attributes: { type: string } }[] };
    expect(graph.nodes.filter((n) => n.attributes.type === 'Article')).toHaveLength(ARTICLES.length);
  });

  it.each([
    [['--workers', '0'], /--workers/],
    [['--budget', '-1'], /--budget/],
  ])('rejects %j as a usage error', (flags, message) => {
    const r = kg(['build', inputs, '--out', join(work, 'bad'), ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
