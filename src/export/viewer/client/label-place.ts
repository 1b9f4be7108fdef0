// Label placement (pure): labels by importance, each kept only where it meets no earlier label and stays on screen.

/** A label's box on screen (CSS pixels). */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A candidate: node, its screen position and drawn size, and the width of its text. */
export interface LabelCandidate {
  node: string;
  x: number;
  y: number;
  size: number;
  width: number;
}

const CELL = 64;

/** Boxes of placed labels, bucketed in a coarse grid so a collision test looks at a few neighbours only. */
class BoxGrid {
  private cells = new Map<number, LabelBox[]>();
  private keys(b: Omit<LabelBox, 'node'>): number[] {
    const out: number[] = [];
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++)
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) out.push(cx * 65536 + cy);
    return out;
  }
  hits(b: Omit<LabelBox, 'node'>): boolean {
    return this.keys(b).some((k) =>
      (this.cells.get(k) ?? []).some((o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h),
    );
  }
  add(b: LabelBox): void {
    for (const k of this.keys(b)) this.cells.set(k, [...(this.cells.get(k) ?? []), b]);
  }
}

/**
 * Greedy label placement (pure): candidates in priority order; a label is kept, right of its node or
 * else left of it, when its box lies inside the `width`×`height` viewport and meets no kept box, until `max` labels. `reserved` boxes (e.g. the
 * selection's own label) are avoided too. Returns the kept boxes.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  width: number,
  height: number,
  labelSize: number,
  max: number,
  reserved: LabelBox[] = [],
): LabelBox[] {
  const grid = new BoxGrid();
  for (const r of reserved) grid.add(r);
  const kept: LabelBox[] = [];
  const fits = (b: LabelBox) => b.x >= 0 && b.y >= 0 && b.x + b.w <= width && b.y + b.h <= height && !grid.hits(b);
  for (const c of candidates) {
    if (kept.length >= max) break;
    const right = { node: c.node, x: c.x + c.size + 1, y: c.y - labelSize * 0.75, w: c.width + 4, h: labelSize * 1.5 };
    // Right of the node, else left of it (near the right edge or a neighbour's label), else no label.
    const left = { ...right, x: c.x - c.size - 1 - right.w };
    const box = fits(right) ? right : fits(left) ? left : null;
    if (!box) continue;
    grid.add(box);
    kept.push(box);
  }
  return kept;
}

/** Labels allowed on screen at a density from 1 (few) to 5 (many): about one per 4 to one per 0.8 grid cells. */
export function labelBudget(width: number, height: number, density: number): number {
  return Math.round(((width * height) / (120 * 120)) * [0.25, 0.5, 0.8, 1.2, 2][Math.max(0, Math.min(4, density - 1))]!);
}

