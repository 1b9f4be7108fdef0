// Issue 13: a seeded corpus of adversarial articles mixed with good ones, built by the real CLI in a child
// process with a capped heap. Every good article is built, every bad one is built or skipped with one
// line, nothing else reaches stderr, and peak memory and time stay under fixed caps.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzCorpus } from './shapes.js';

const KG = join(process.cwd(), 'dist/kg.js');
const HEAP_MB = 1024;
const RSS_CAP_MB = 1400;
const TIME_CAP_S = 60;

describe.each([[13], [2026]])('fuzz corpus, seed %i', (seed) => {
  it('builds the good articles and reports each bad one in one line, within memory and time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-fuzz-'));
    mkdirSync(join(dir, 'corpus'));
    const files = fuzzCorpus(seed);
    for (const f of files) writeFileSync(join(dir, 'corpus', f.name), f.content);
    const started = performance.now();
    const r = spawnSync(
      'node',
      [`--max-old-space-size=${HEAP_MB}`, '--import', join(process.cwd(), 'tests/fuzz/report-rss.mjs'), KG, 'build', 'corpus', '--out', 'out', '--quiet'],
      { cwd: dir, encoding: 'utf8', timeout: 2 * TIME_CAP_S * 1000, env: { ...process.env, KG_RSS_FILE: join(dir, 'rss') } },
    );
    const seconds = (performance.now() - started) / 1000;
    expect(r.signal, `killed after ${seconds.toFixed(1)} s`).toBeNull();
    expect([0, 3], r.stderr.slice(0, 2000)).toContain(r.status);
    const lines = r.stderr.split('\n').filter(Boolean);
    for (const line of lines) expect(line).toMatch(/^(?:skipped corpus\/[^:]+: .+|warning: .+)$/);
    const graph = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { nodes: { attributes: { type: string; path?: string } }[] };
    const built = new Set(graph.nodes.filter((n) => n.attributes.type === 'Article').map((n) => n.attributes.path));
    for (const f of files) {
      const path = `corpus/${f.name}`;
      const skips = lines.filter((l) => l.startsWith(`skipped ${path}:`)).length;
      if (f.good) expect(built.has(path), `${path} was not built`).toBe(true);
      else expect(Number(built.has(path)) + skips, `${path}: built or skipped once`).toBe(1);
    }
    const rssMb = Number(readFileSync(join(dir, 'rss'), 'utf8')) / 1024;
    expect(rssMb).toBeLessThan(RSS_CAP_MB);
    expect(seconds).toBeLessThan(TIME_CAP_S);
    expect(statSync(join(dir, 'out', 'graph.graphml')).size).toBeLessThan(20 * 1024 * 1024);
  }, 3 * TIME_CAP_S * 1000);
});
