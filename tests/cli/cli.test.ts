import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const KG = join(process.cwd(), 'dist/kg.js');

function kg(args: string[], cwd = process.cwd()) {
  const r = spawnSync('node', [KG, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(KG)) throw new Error('dist/kg.js is missing: run `npm run build` first (npm test does)');
});

describe('kg CLI', () => {
  it.each([[['--help']], [['build', '--help']], [['neo4j', '--help']], [['eval', '--help']]])('%j prints usage', (args) => {
    const r = kg(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: kg/);
  });

  it('loads neo4j-driver only when a load starts (no static import in the bundle: kg build starts 0.4 s sooner)', () => {
    const bundle = readFileSync(KG, 'utf8');
    expect(bundle).not.toMatch(/^import [^;]* from "neo4j-driver";/m);
    expect(bundle).toContain('import("neo4j-driver")');
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['build'], /needs at least one file or folder/],
    [['build', 'seeds', '--bogus'], /unknown option --bogus/],
    [['build', 'seeds', '--out'], /--out needs a value/],
  ])('%j is a usage error', (args, message) => {
    const r = kg(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('reports a missing input path by name', () => {
    const r = kg(['build', 'no/such/folder', '--out', mkdtempSync(join(tmpdir(), 'kg-'))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no/such/folder');
  });

  it('rebuilds the committed seed export byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'kg-seeds-'));
    const r = kg(['build', 'seeds', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/articles: +5 read, 0 skipped/);
    for (const name of ['graph.graphml', 'graph.json', 'index.html']) {
      const fresh = readFileSync(join(out, name), 'utf8');
      const committed = readFileSync(join('graph-export', name), 'utf8');
      expect(fresh === committed, `${name} differs from graph-export/${name}; run npm start and commit`).toBe(true);
    }
  });

  it('skips bad files with one line each, keeps the rest, and says so in the exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.txt'), 'Anna Ortega, the mayor of Marvel City, met Rufus Firefly in Sylvania on Monday.\n');
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    writeFileSync(join(dir, 'in', 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    writeFileSync(join(dir, 'in', 'broken.json'), '{"title": "x", ');
    const r = kg(['build', 'in', '--out', 'out'], dir);
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('skipped'))).toHaveLength(3);
    expect(r.stderr).toMatch(/skipped .*empty\.txt: .*empty/);
    expect(r.stderr).toMatch(/skipped .*binary\.txt: .*binary/);
    expect(r.stderr).toMatch(/skipped .*broken\.json: .*JSON/);
    expect(r.stdout).toMatch(/articles: +1 read, 3 skipped/);
    expect(existsSync(join(dir, 'out', 'graph.graphml'))).toBe(true);
  });
});
