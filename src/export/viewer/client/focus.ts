// Focus mode (pure): the neighbourhood of the selection up to depth 2, laid out on rings around it.
import type { ViewerGraph } from './data.js';

/** A position in graph coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** The focused nodes with their ring (0 = the selection) and their positions on the rings. */
export interface Focus {
  ring: Map<string, number>;
  positions: Map<string, Point>;
}

/** At most this many nodes per ring (the most important ones); the rest stay dimmed. */
export const MAX_RING = 150;

type Shown = (edgeIdx: number) => boolean;
const importance = (g: ViewerGraph, n: string) => g.getNodeAttribute(n, 'rank') * 1e6 + g.getNodeAttribute(n, 'degree');

/** Neighbours of `nodes` over shown edges that are not in `seen`, most important first, at most `max`. */
function nextRing(g: ViewerGraph, nodes: readonly string[], seen: Set<string>, shown: Shown, max: number) {
  const parent = new Map<string, string>();
  for (const n of nodes) {
    g.forEachEdge(n, (_, a, s, t) => {
      const other = s === n ? t : s;
      if (shown(a.idx) && !seen.has(other) && !parent.has(other)) parent.set(other, n);
    });
  }
  const ring = [...parent.keys()].sort((a, b) => importance(g, b) - importance(g, a) || (a < b ? -1 : 1));
  return { ring: ring.slice(0, max), parent };
}

/**
 * The selection's neighbourhood to `depth` (1 or 2) and ring positions around its own position: ring 1 at
 * `radius` (more with more than 12 nodes on it), ring 2 at twice that; nodes keep their bearing order,
 * ring-2 nodes sit next to their parent.
 */
export function focusOn(g: ViewerGraph, center: string, depth: number, shown: Shown, radius: number): Focus {
  const ring = new Map<string, number>([[center, 0]]);
  const c = { x: g.getNodeAttribute(center, 'x'), y: g.getNodeAttribute(center, 'y') };
  const positions = new Map<string, Point>([[center, c]]);
  const bearing = (n: string) => Math.atan2(g.getNodeAttribute(n, 'y') - c.y, g.getNodeAttribute(n, 'x') - c.x);
  const first = nextRing(g, [center], new Set(ring.keys()), shown, MAX_RING);
  // A crowded first ring gets a longer circumference (its labels need room); the camera then fits it.
  radius *= Math.max(1, Math.sqrt(first.ring.length / 12));
  const angle = new Map<string, number>();
  place(first.ring, () => 0, bearing, 1);
  if (depth >= 2) {
    const second = nextRing(g, first.ring, new Set([center, ...first.ring]), shown, MAX_RING);
    place(second.ring, (n) => angle.get(second.parent.get(n)!) ?? 0, bearing, 2);
  }
  return { ring, positions };

  function place(nodes: string[], major: (n: string) => number, minor: (n: string) => number, k: number) {
    const order = [...nodes].sort((a, b) => major(a) - major(b) || minor(a) - minor(b) || (a < b ? -1 : 1));
    const r = radius * k;
    order.forEach((n, i) => {
      const theta = (2 * Math.PI * i) / order.length + (k === 2 ? Math.PI / order.length : 0);
      ring.set(n, k);
      angle.set(n, theta);
      positions.set(n, { x: c.x + r * Math.cos(theta), y: c.y + r * Math.sin(theta) });
    });
  }
}
