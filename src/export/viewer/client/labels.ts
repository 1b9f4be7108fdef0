// Node labels that never overlap: sigma's label grid picks candidates, this drawer skips any that would collide.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Wraps a label drawer (sigma's `drawDiscNodeLabel`) to remember the boxes drawn this frame: a label whose
 * box meets an earlier one is skipped, unless it is forced (selection) or highlighted. Call `reset` on sigma's `beforeRender`.
 */
export function nonOverlappingLabels(base: NodeLabelDrawingFunction): {
  draw: NodeLabelDrawingFunction;
  reset: () => void;
} {
  let boxes: Box[] = [];
  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const box = {
      x: data.x + data.size + 2,
      y: data.y - size * 0.7,
      w: context.measureText(data.label).width + 4,
      h: size * 1.4,
    };
    if (!data.forceLabel && !data.highlighted && boxes.some((b) => overlaps(b, box))) return;
    boxes.push(box);
    base(context, data, settings);
  };
  return {
    draw,
    reset: () => {
      boxes = [];
    },
  };
}
