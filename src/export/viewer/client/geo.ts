// Map view (pure): places at their coordinates, actors at their place, and the world outline from world-atlas.
import type { ViewerGraph } from './data.js';
import type { Point } from './focus.js';

/** Where each node goes on the map (x = longitude, y = latitude), and the entities with no place. */
export interface MapLayout {
  positions: Map<string, Point>;
  offMap: string[];
}

const GOLDEN = Math.PI * (3 - Math.sqrt(5));

function placeOf(g: ViewerGraph, node: string, placesByArticle: Map<number, string[]>): string | null {
  let best: string | null = null;
  let bestWeight = 0;
  g.forEachOutEdge(node, (_, a, __, target) => {
    const x = g.getNodeAttribute(target, 'extra');
    if (a.pred === 'LOCATED_IN' && x && x.lat !== undefined && a.weight > bestWeight) {
      best = target;
      bestWeight = a.weight;
    }
  });
  if (best) return best;
  const counts = new Map<string, number>();
  for (const art of g.getNodeAttribute(node, 'arts')) {
    for (const p of placesByArticle.get(art) ?? []) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  for (const [p, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestWeight) {
      best = p;
      bestWeight = n;
    }
  }
  return best;
}

/**
 * Places with `lat`/`lon` at their coordinates; each other entity at the place it is most LOCATED_IN,
 * else the place it shares most articles with, spread on a small spiral round it; the rest off the map.
 */
export function mapLayout(g: ViewerGraph): MapLayout {
  const positions = new Map<string, Point>();
  const placesByArticle = new Map<number, string[]>();
  g.forEachNode((n, a) => {
    if (!a.extra || a.extra.lat === undefined || a.extra.lon === undefined) return;
    positions.set(n, { x: a.extra.lon, y: a.extra.lat });
    for (const art of a.arts) placesByArticle.set(art, [...(placesByArticle.get(art) ?? []), n]);
  });
  const offMap: string[] = [];
  const crowd = new Map<string, number>();
  g.forEachNode((n, a) => {
    if (positions.has(n) || a.kind === 'Article') return;
    const place = placeOf(g, n, placesByArticle);
    if (!place) {
      offMap.push(n);
      return;
    }
    const i = (crowd.get(place) ?? 0) + 1;
    crowd.set(place, i);
    const at = positions.get(place)!;
    const r = 1.5 * Math.sqrt(i);
    positions.set(n, { x: at.x + r * Math.cos(i * GOLDEN), y: at.y + r * Math.sin(i * GOLDEN) });
  });
  return { positions, offMap };
}

/** TopoJSON topology as world-atlas writes it (quantized, delta-encoded arcs). */
export interface Topology {
  transform: { scale: [number, number]; translate: [number, number] };
  arcs: [number, number][][];
  objects: Record<string, { type: string; geometries: { type: string; arcs: number[][][] | number[][] }[] }>;
}

/** The rings of a TopoJSON object as [lon, lat] polylines (a minimal decoder: polygons and multipolygons). */
export function topoRings(topo: Topology, object: string): [number, number][][] {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): [number, number] => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const ring = (ids: number[]) =>
    ids.flatMap((id, k) => {
      const pts = id >= 0 ? arcs[id]! : [...arcs[~id]!].reverse();
      return k === 0 ? pts : pts.slice(1);
    });
  const out: [number, number][][] = [];
  for (const geo of topo.objects[object]?.geometries ?? []) {
    const polygons = (geo.type === 'Polygon' ? [geo.arcs] : geo.arcs) as number[][][];
    for (const polygon of polygons) for (const ids of polygon) out.push(ring(ids));
  }
  return out;
}
