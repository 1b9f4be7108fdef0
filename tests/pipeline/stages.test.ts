// The pipeline reports each stage as it ends, with wall and CPU milliseconds (what the benchmarks print).
import { describe, expect, it } from 'vitest';
import { buildFromInputs, type Stage } from '../../src/pipeline.js';

describe('buildFromInputs stage reports', () => {
  it('calls onStageEnd once per stage, in order, with the wall times it returns, and CPU times for the same stages', async () => {
    const ended: [Stage, number][] = [];
    const result = await buildFromInputs(['seeds'], { workers: 1, onStageEnd: (stage, ms) => ended.push([stage, ms]) });
    expect(ended.map(([stage]) => stage)).toEqual(['ingest', 'extract', 'resolve', 'graph', 'layout']);
    for (const [stage, ms] of ended) expect(result.timings[stage]).toBe(ms);
    expect(Object.keys(result.cpu)).toEqual(Object.keys(result.timings));
    for (const ms of Object.values(result.cpu)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(result.graph.order).toBeGreaterThan(0);
  });
});
