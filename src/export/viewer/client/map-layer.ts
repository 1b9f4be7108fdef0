// The map view: a world outline drawn under the graph, in the same coordinates as the nodes (lon, lat).
import type Sigma from 'sigma';
import land from 'world-atlas/land-110m.json';
import type { VEdge, VNode } from './data.js';
import { type Topology, topoRings } from './geo.js';

/** The world's bounds in map coordinates (longitude, latitude). */
export const WORLD_BBOX = { x: [-180, 180] as [number, number], y: [-90, 90] as [number, number] };

/**
 * A canvas under sigma's layers that draws the land outline whenever sigma renders and `on()` holds.
 * The outline is decoded once, on first use.
 */
export function mapLayer(sigma: Sigma<VNode, VEdge>, stage: HTMLElement, on: () => boolean): void {
  const canvas = document.createElement('canvas');
  canvas.id = 'kg-map';
  stage.prepend(canvas);
  let paths: { whole: Path2D; outline: Path2D } | null = null;
  sigma.on('afterRender', () => {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    canvas.hidden = !on();
    if (canvas.hidden) return;
    if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
      canvas.width = width * ratio;
      canvas.height = height * ratio;
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    paths ??= landPaths(topoRings(land as unknown as Topology, 'land'));
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    // graphToViewport is affine without rotation: three points give the whole transform.
    const o = sigma.graphToViewport({ x: 0, y: 0 });
    const ex = sigma.graphToViewport({ x: 1, y: 0 });
    const ey = sigma.graphToViewport({ x: 0, y: 1 });
    ctx.setTransform(ratio * (ex.x - o.x), ratio * (ex.y - o.y), ratio * (ey.x - o.x), ratio * (ey.y - o.y), ratio * o.x, ratio * o.y);
    const { whole, outline } = paths;
    ctx.fillStyle = '#e9edf2';
    ctx.fill(whole);
    ctx.lineWidth = 1 / Math.hypot(ex.x - o.x, ex.y - o.y);
    ctx.strokeStyle = '#b9c2ce';
    ctx.stroke(outline);
  });
}

/** The land as paths in (lon, lat): `whole` to fill, `outline` to stroke. */
function landPaths(rings: [number, number][][]): { whole: Path2D; outline: Path2D } {
  // Rings that cross the antimeridian jump across the map: they are outlined, never filled, and the jump is skipped.
  const whole = new Path2D();
  const outline = new Path2D();
  for (const ring of rings) {
    const jumps = ring.some(([lon], i) => i > 0 && Math.abs(lon - ring[i - 1]![0]) > 180);
    ring.forEach(([lon, lat], i) => {
      const jump = i > 0 && Math.abs(lon - ring[i - 1]![0]) > 180;
      if (i === 0 || jump) outline.moveTo(lon, lat);
      else outline.lineTo(lon, lat);
      if (jumps) return;
      if (i === 0) whole.moveTo(lon, lat);
      else whole.lineTo(lon, lat);
    });
  }
  return { whole, outline };
}
