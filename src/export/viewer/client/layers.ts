// Frame-rate fixes for software WebGL: keep empty canvases out of the compositor, skip picking while moving.
import type Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import type { VEdge, VNode } from './data.js';

type ViewerSigma = Sigma<VNode, VEdge>;

/** True while sigma draws a moving camera: the same test its render uses to leave edges out. */
export function isMoving(sigma: ViewerSigma): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/**
 * Without a GPU, Chromium reads every WebGL canvas that changed back into main memory for its software
 * compositor, once per frame: measured here, one cleared 1280×800 canvas keeps 59 fps and three drop to 28.
 * Sigma clears its three WebGL canvases (edges, nodes, hovered nodes) on every render, even while the edge
 * canvas stays empty (edges are hidden while the camera moves) and nothing is hovered or selected.
 * This hides those two canvases whenever the coming frame leaves them empty; a hidden canvas is not
 * composited, so a pan costs one read-back instead of three.
 * `hasHighlights` says whether a node is drawn highlighted (the selection); hovering is tracked here.
 */
export function hideEmptyLayers(sigma: ViewerSigma, hasHighlights: () => boolean): void {
  const { edges, hoverNodes } = sigma.getCanvases();
  let hovered = false;
  const show = (canvas: HTMLCanvasElement | undefined, visible: boolean) => {
    const value = visible ? '' : 'hidden';
    if (canvas && canvas.style.visibility !== value) canvas.style.visibility = value;
  };
  const showHover = () => show(hoverNodes, hovered || hasHighlights());
  sigma.on('beforeRender', () => {
    show(edges, !(sigma.getSetting('hideEdgesOnMove') && isMoving(sigma)));
    showHover();
  });
  sigma.on('enterNode', () => {
    hovered = true;
    showHover();
  });
  sigma.on('leaveNode', () => {
    hovered = false;
    showHover();
  });
}

/**
 * Sigma's point program, minus its picking pass while `skip()` holds. Sigma draws every node twice per
 * frame, once more into an offscreen buffer that tells which node is under the mouse; while the camera moves
 * nothing can be hovered, and that second pass is a third of a frame in software WebGL. The frame drawn
 * when the camera stops (sigma always draws one, to bring the edges back) fills the buffer again.
 */
export function pointProgramSkippingPicking(skip: () => boolean): typeof NodePointProgram<VNode, VEdge> {
  return class extends NodePointProgram<VNode, VEdge> {
    override render(params: RenderParams): void {
      const pick = this.pickProgram;
      if (!pick || !skip()) {
        super.render(params);
        return;
      }
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  };
}
