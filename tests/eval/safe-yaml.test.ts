// Issue 13: gold files cannot exhaust memory (nested aliases, size) and errors show a short value.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { loadGold, parseGold } from '../../src/eval/index.js';
import { billionLaughs } from '../fuzz/shapes.js';

function goldError(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (err) {
    if (isKgError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected a KgError');
}

describe('safe YAML gold files', () => {
  it('refuses a "billion laughs" document quickly, in one short line', () => {
    const started = performance.now();
    const { code, message } = goldError(() => parseGold(billionLaughs(), 'laughs.yaml', 'yaml'));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(code).toBe('GOLD_INVALID');
    expect(message).toMatch(/aliases expand to more than/);
    expect(message.length).toBeLessThan(300);
  });

  it('still reads aliases that expand to a modest size', () => {
    const yaml = 'base: &b {type: Person, name: Anna Ortega}\nentities:\n  ortega: *b\n  lind: {type: Person, name: Boris Lind}\nrelations: []\n';
    expect(parseGold(yaml, 'ok.yaml', 'yaml').entities.map((e) => e.names[0])).toEqual(['Anna Ortega', 'Boris Lind']);
  });

  it.each([
    ['a list of 200,000 names', `entities: [${Array(200_000).fill('"Anna Ortega"').join(', ')}]\nrelations: []\n`],
    ['a 100,000-character name', `entities: "${'x'.repeat(100_000)}"\nrelations: []\n`],
  ])('shortens %s in the error message', (_, yaml) => {
    const { code, message } = goldError(() => parseGold(yaml, 'big.yaml', 'yaml'));
    expect(code).toBe('GOLD_INVALID');
    expect(message.length).toBeLessThan(300);
  });

  it('refuses a gold file over the size limit without reading it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-gold-')), 'huge.yaml');
    writeFileSync(file, `# ${'x'.repeat(11 * 1024 * 1024)}\n`);
    const { code, message } = goldError(() => loadGold(file));
    expect(code).toBe('GOLD_INVALID');
    expect(message).toMatch(/at most 10 MB/);
  });
});
