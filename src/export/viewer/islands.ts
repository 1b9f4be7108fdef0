// Island layout: each community packed as its own disc, largest in the middle, members kept in their relative order.
import { compareCodeUnits as cmp } from '../../compare.js';

/** A position. */
export interface Point {
  x: number;
  y: number;
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Space between discs, as a share of their area. */
const SLACK = 1.7;

/**
 * Lays groups out as discs: inside a disc, members keep the direction they had from the group's centre
 * in `pos` and are spread evenly by their distance rank (a disc of even density); the discs go on a
 * sunflower spiral by size, largest first. Groups are given largest first; the result is deterministic.
 */
export function islandLayout(groups: readonly string[][], pos: (node: string) => Point): Map<string, Point> {
  const out = new Map<string, Point>();
  let area = 0;
  groups.forEach((members, gi) => {
    const radius = Math.sqrt(members.length);
    const dist = Math.sqrt((SLACK * (area + (Math.PI * radius * radius) / 2)) / Math.PI);
    area += Math.PI * (radius + 1) * (radius + 1);
    const centre = gi === 0 ? { x: 0, y: 0 } : { x: dist * Math.cos(gi * GOLDEN), y: dist * Math.sin(gi * GOLDEN) };
    placeDisc(members, pos, centre, radius, out);
  });
  return out;
}

function placeDisc(
  members: readonly string[],
  pos: (node: string) => Point,
  centre: Point,
  radius: number,
  out: Map<string, Point>,
): void {
  const n = members.length;
  if (n === 1) {
    out.set(members[0]!, centre);
    return;
  }
  const u = ranks(members, (m) => pos(m).x);
  const v = ranks(members, (m) => pos(m).y);
  members.forEach((m, i) => {
    const p = squareToDisc(((u[i]! + 0.5) / n) * 2 - 1, ((v[i]! + 0.5) / n) * 2 - 1);
    out.set(m, { x: centre.x + radius * p.x, y: centre.y + radius * p.y });
  });
}

/** Rank of each member by a coordinate (ties by key): spreads the members evenly along that axis. */
function ranks(members: readonly string[], value: (m: string) => number): number[] {
  const order = members.map((m, i) => ({ m, i, v: value(m) }));
  order.sort((a, b) => a.v - b.v || cmp(a.m, b.m));
  const out = new Array<number>(members.length);
  order.forEach((o, r) => {
    out[o.i] = r;
  });
  return out;
}

/** Shirley–Chiu concentric map from the square [-1, 1]² onto the unit disc (keeps neighbours together). */
export function squareToDisc(a: number, b: number): Point {
  if (a === 0 && b === 0) return { x: 0, y: 0 };
  const [r, phi] = Math.abs(a) > Math.abs(b) ? [a, (Math.PI / 4) * (b / a)] : [b, Math.PI / 2 - (Math.PI / 4) * (a / b)];
  return { x: r * Math.cos(phi), y: r * Math.sin(phi) };
}
