// The island layout and the focus rings (pure geometry).
import { describe, expect, it } from 'vitest';
import { islandLayout, squareToDisc } from '../../src/export/viewer/islands.js';

describe('islandLayout', () => {
  const groups = [
    ['a1', 'a2', 'a3', 'a4'],
    ['b1', 'b2'],
    ['c1'],
  ];
  const pos = (n: string) => ({ x: n.charCodeAt(0) + Number(n[1]), y: Number(n[1]) * 2 });
  const layout = islandLayout(groups, pos);
  const centre = (g: string[]) => ({
    x: g.reduce((s, n) => s + layout.get(n)!.x, 0) / g.length,
    y: g.reduce((s, n) => s + layout.get(n)!.y, 0) / g.length,
  });

  it('places every node, deterministically', () => {
    expect(layout.size).toBe(7);
    expect([...islandLayout(groups, pos)]).toEqual([...layout]);
  });

  it('keeps each group within its disc and the discs apart', () => {
    const radius = (g: string[]) => Math.sqrt(g.length);
    for (const [i, g] of groups.entries()) {
      const c = centre(g);
      for (const n of g) expect(Math.hypot(layout.get(n)!.x - c.x, layout.get(n)!.y - c.y)).toBeLessThanOrEqual(radius(g) + 1e-9);
      for (const h of groups.slice(i + 1)) {
        const d = centre(h);
        expect(Math.hypot(c.x - d.x, c.y - d.y)).toBeGreaterThan(radius(g) + radius(h));
      }
    }
  });

  it('keeps the members left-to-right order', () => {
    const xs = groups[0]!.map((n) => layout.get(n)!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it.each([
    [1, 0, 1, 0],
    [0, 1, 0, 1],
    [0, 0, 0, 0],
  ])('maps the square point (%d, %d) onto the disc at (%d, %d)', (a, b, x, y) => {
    const p = squareToDisc(a, b);
    expect(p.x).toBeCloseTo(x);
    expect(p.y).toBeCloseTo(y);
  });
});
