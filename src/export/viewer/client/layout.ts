// Continues the ForceAtlas2 layout live in a web worker, from the precomputed positions.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { ViewerGraph } from './data.js';

/** Start/stop control of the live layout. */
export interface LiveLayout {
  readonly running: boolean;
  toggle(): boolean;
  stop(): void;
}

/** Creates the layout supervisor on first start (so pages that never run it spawn no worker). */
export function liveLayout(graph: ViewerGraph): LiveLayout {
  let fa2: FA2Layout | null = null;
  return {
    get running() {
      return fa2?.isRunning() ?? false;
    },
    toggle() {
      if (!fa2) {
        const settings = { ...forceAtlas2.inferSettings(graph), slowDown: 5 };
        fa2 = new FA2Layout(graph, { settings, getEdgeWeight: 'weight' });
      }
      if (fa2.isRunning()) fa2.stop();
      else fa2.start();
      return fa2.isRunning();
    },
    stop() {
      fa2?.stop();
    },
  };
}
