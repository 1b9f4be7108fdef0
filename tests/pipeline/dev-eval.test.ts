// The product on the shared dev set: kg build, then kg eval and score.py agree, and quality holds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const DEV = resolve('../shared/eval/dev');
const KG = resolve('dist/kg.js');
const out = mkdtempSync(join(tmpdir(), 'kg-dev-'));

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

describe.skipIf(!existsSync(DEV))('dev set (../shared/eval/dev)', () => {
  let ours: Record<string, Record<string, unknown>>;
  let theirs: Record<string, Record<string, unknown>>;

  beforeAll(() => {
    run('node', [KG, 'build', join(DEV, 'articles'), '--out', out, '--quiet']);
    const graphml = join(out, 'graph.graphml');
    ours = JSON.parse(run('node', [KG, 'eval', join(DEV, 'gold.yaml'), graphml, '--json']));
    theirs = JSON.parse(run('python3', ['../shared/eval/score.py', join(DEV, 'gold.yaml'), graphml]).trim().split('\n').pop()!);
  });

  it('kg eval gives the figures score.py gives', () => {
    const { details: _details, ...figures } = ours;
    expect(figures).toEqual(theirs);
  });

  it('keeps the extraction quality measured when it was committed', () => {
    // Measured at commit: entity F1 0.934, typed 0.904, 1 split (an alias pair that needs world knowledge), relations 0.903.
    expect(theirs.entities!.f1).toBeGreaterThanOrEqual(0.92);
    expect(theirs.entities_typed!.f1).toBeGreaterThanOrEqual(0.88);
    expect(theirs.entities!.split_entities).toBeLessThanOrEqual(1);
    expect(theirs.relations!.f1).toBeGreaterThanOrEqual(0.85);
  });
});
