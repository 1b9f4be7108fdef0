// formatReport and runEvalCommand: figures first, then the misses and false hits; JSON for --json.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { formatReport, runEvalCommand } from '../../src/eval/index.js';

const BASIC = join(import.meta.dirname, 'fixtures/basic');
const args = { gold: join(BASIC, 'gold.yaml'), graph: join(BASIC, 'graph.graphml') };

describe('formatReport', () => {
  it('puts the figures first, then each list with its count', async () => {
    const { output } = await runEvalCommand(args);
    const lines = output.split('\n');
    expect(lines[0]).toBe('Entities        P 0.800  R 0.875  F1 0.836   10 nodes, 7/8 gold found, 1 split');
    expect(lines[1]).toBe('Entities typed  P 0.700  R 0.750  F1 0.724');
    expect(lines[2]).toBe('Relations       P 0.571  R 0.636  F1 0.602   15 triples, 7/11 gold found');
    expect(output).toContain('Recall by predicate: AFFILIATED_WITH 1/1, CAPTURED 0/1,');
    expect(output).toContain('Unscored edge types: MENTIONED_IN 2, CO_OCCURS 1, (no type) 1');
    expect(output).toContain('Missed entities (1):\n  ostrava_bay\n');
    expect(output).toContain('ivo_brandt: "Mr Brandt" | "Brandt\'s"');
    expect(output).toContain('False-positive nodes (2):\n  "Grey Lantern Group"\n  "Perrin Odell"\n');
    expect(output).toContain('  ostrava_bay LOCATED_IN norvania\n');
    expect(output).toContain('  harbor_guard CAPTURED ostrava_bay   (in 07)\n');
    expect(output).toContain("  ?['Perrin Odell'] QUOTED_IN 07\n");
  });

  it.each([
    [0, 0],
    [1, 1],
    [3, 3],
  ])('maxItems %i lists at most %i items per section and says how many are left', async (maxItems, shown) => {
    const { result } = await runEvalCommand(args);
    const text = formatReport(result, { maxItems });
    const fpTriples = text.split('False-positive triples (6):\n')[1]!.split('\n');
    expect(fpTriples.slice(0, shown).every((l) => l.startsWith('  ') && !l.startsWith('  …'))).toBe(true);
    expect(fpTriples[shown]).toBe(`  … and ${6 - shown} more`);
  });
});

describe('runEvalCommand', () => {
  it('gives score.py-shaped JSON with --json', async () => {
    const { output, result } = await runEvalCommand({ ...args, json: true });
    const parsed = JSON.parse(output);
    expect(Object.keys(parsed)).toEqual(['entities', 'entities_typed', 'relations', 'relations_by_predicate_recall', 'unscored_edge_types', 'details']);
    expect(parsed).toEqual(result);
  });

  it.each([
    ['gold', { gold: '/nonexistent/gold.yaml', graph: args.graph }, 'INPUT_NOT_FOUND'],
    ['graph', { gold: args.gold, graph: '/nonexistent/graph.graphml' }, 'INPUT_NOT_FOUND'],
    ['graph that is not GraphML', { gold: args.gold, graph: args.gold }, 'INPUT_INVALID'],
  ] as const)('a missing or bad %s file → %s naming it', async (_what, bad, code) => {
    const caught = await runEvalCommand(bad).catch((err: unknown) => err);
    expect(isKgError(caught, code)).toBe(true);
    expect((caught as Error).message).toContain(typeof bad.graph === 'string' && code !== 'INPUT_NOT_FOUND' ? bad.graph : '/nonexistent/');
  });
});
