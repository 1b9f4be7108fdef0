// The product on both shared dev sets: kg build, then kg eval and score.py agree, and quality holds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requiredInCi } from '../eval/helpers/ci.js';

const KG = resolve('dist/kg.js');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

type Figures = Record<string, Record<string, number>>;

/**
 * Quality floors, a little under the figures measured when they were last raised (see README,
 * "Measuring extraction"): a drop below them is a regression, not noise.
 */
const FLOORS = {
  dev: { entityF1: 0.95, typedF1: 0.92, splits: 1, relationF1: 0.89, relationP: 0.95 },
  dev2: { entityF1: 0.96, typedF1: 0.93, splits: 3, relationF1: 0.88, relationP: 0.95 },
} as const;

for (const [name, floor] of Object.entries(FLOORS)) {
  const dir = resolve(`../shared/eval/${name}`);
  describe.runIf(requiredInCi(existsSync(dir), `../shared/eval/${name}`))(`dev set ../shared/eval/${name}`, () => {
    let ours: Figures;
    let theirs: Figures;

    beforeAll(() => {
      const out = mkdtempSync(join(tmpdir(), `kg-${name}-`));
      run('node', [KG, 'build', join(dir, 'articles'), '--out', out, '--quiet']);
      const graphml = join(out, 'graph.graphml');
      ours = JSON.parse(run('node', [KG, 'eval', join(dir, 'gold.yaml'), graphml, '--json']));
      theirs = JSON.parse(run('python3', ['../shared/eval/score.py', join(dir, 'gold.yaml'), graphml]).trim().split('\n').pop()!);
    });

    it('kg eval gives the figures score.py gives', () => {
      const { details: _details, ...figures } = ours;
      expect(figures).toEqual(theirs);
    });

    it('keeps the extraction quality measured when it was committed', () => {
      expect(theirs.entities!.f1).toBeGreaterThanOrEqual(floor.entityF1);
      expect(theirs.entities_typed!.f1).toBeGreaterThanOrEqual(floor.typedF1);
      expect(theirs.entities!.split_entities).toBeLessThanOrEqual(floor.splits);
      expect(theirs.relations!.f1).toBeGreaterThanOrEqual(floor.relationF1);
      expect(theirs.relations!.precision).toBeGreaterThanOrEqual(floor.relationP);
    });
  });
}
