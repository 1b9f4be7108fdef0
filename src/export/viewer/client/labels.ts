// The label layer: draws the labels label-place.ts keeps, on sigma's label canvas, after each render.
import type Sigma from 'sigma';
import type { VEdge, VNode } from './data.js';
import { type LabelBox, type LabelCandidate, labelBudget, placeLabels } from './label-place.js';

/**
 * Draws labels on sigma's label canvas after each render (sigma's own labels are off): candidates come
 * from `order()` (most important first), so the least important label is the one dropped in a collision.
 * The boxes drawn last are kept in `boxes` (tests read them).
 */
export function labelLayer(
  sigma: Sigma<VNode, VEdge>,
  order: () => readonly string[],
  density: () => number,
  boxed: () => readonly string[],
) {
  const layer = { boxes: [] as LabelBox[] };
  const canvas = sigma.getCanvases().labels!;
  const context = canvas.getContext('2d')!;
  const widths = new Map<string, number>();
  sigma.on('afterRender', () => {
    const settings = sigma.getSettings();
    const { width, height } = sigma.getDimensions();
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const shown = new Map<string, { x: number; y: number; size: number; label: string }>();
    function* candidates(): Generator<LabelCandidate> {
      for (const node of order()) {
        const d = sigma.getNodeDisplayData(node);
        if (!d || d.hidden || !d.label || own.has(node)) continue;
        const p = sigma.framedGraphToViewport(d);
        if (p.x < -50 || p.y < -20 || p.x > width || p.y > height + 20) continue;
        let w = widths.get(d.label);
        if (w === undefined) {
          w = context.measureText(d.label).width;
          widths.set(d.label, w);
        }
        const size = sigma.scaleSize(d.size);
        shown.set(node, { ...p, size, label: d.label });
        yield { node, x: p.x, y: p.y, size, width: w };
      }
    }
    const reserved = reservedBoxes(sigma, boxed(), context, settings.labelSize);
    const own = new Set(reserved.map((b) => b.node));
    layer.boxes = placeLabels(candidates(), width, height, settings.labelSize, labelBudget(width, height, density()), reserved);
    const color = 'color' in settings.labelColor ? settings.labelColor.color : undefined;
    context.fillStyle = color ?? '#000';
    for (const b of layer.boxes) context.fillText(shown.get(b.node)!.label, b.x + 2, shown.get(b.node)!.y + settings.labelSize / 3);
    layer.boxes.push(...reserved);
  });
  return layer;
}

/** Boxes of the labels sigma draws itself, boxed, on its hover layer (the selection's). */
function reservedBoxes(
  sigma: Sigma<VNode, VEdge>,
  nodes: readonly string[],
  context: CanvasRenderingContext2D,
  labelSize: number,
): LabelBox[] {
  const out: LabelBox[] = [];
  nodes.forEach((node) => {
    const d = sigma.getNodeDisplayData(node);
    if (!d || d.hidden || !d.label) return;
    const p = sigma.framedGraphToViewport(d);
    const size = sigma.scaleSize(d.size);
    // Sigma's hover box wraps the disc and the label, with a few pixels of margin.
    const w = context.measureText(d.label).width;
    out.push({ node, x: p.x - size - 2, y: p.y - labelSize * 0.75 - 2, w: w + 2 * size + 12, h: labelSize * 1.5 + 4 });
  });
  return out;
}
