// Node positions for focus rings and the map: written into the graph (sigma 3 reads x/y from the graph,
// not from reducers), with the layout's own positions kept to come back to.
import type { ViewerGraph } from './data.js';
import type { Point } from './focus.js';

/** A bounding box as sigma's `setCustomBBox` takes it. */
export interface BBox {
  x: [number, number];
  y: [number, number];
}

export class Positions {
  private home: Float64Array;
  private overridden = false;

  constructor(private readonly graph: ViewerGraph) {
    this.home = new Float64Array(graph.order * 2);
    this.capture();
  }

  /** Remembers the current graph positions as home (the live layout may have moved them). */
  private capture(): void {
    this.graph.forEachNode((_, a) => {
      this.home[2 * a.idx] = a.x;
      this.home[2 * a.idx + 1] = a.y;
    });
  }

  /** The box of the home positions. */
  homeBox(): BBox {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < this.home.length; i += 2) {
      [x0, x1] = [Math.min(x0, this.home[i]!), Math.max(x1, this.home[i]!)];
      [y0, y1] = [Math.min(y0, this.home[i + 1]!), Math.max(y1, this.home[i + 1]!)];
    }
    return Number.isFinite(x0) ? { x: [x0, x1], y: [y0, y1] } : { x: [0, 1], y: [0, 1] };
  }

  /**
   * Puts the given nodes at the given points and every other node at home; null restores all of home.
   * The attributes are written in place, without graph events: the caller refreshes sigma once, whereas
   * an update event would make sigma run every reducer and schedule a second full refresh.
   */
  apply(over: ReadonlyMap<string, Point> | null): void {
    if (!over && !this.overridden) return;
    if (!this.overridden) this.capture();
    this.overridden = over !== null;
    this.graph.forEachNode((node, a) => {
      const p = over?.get(node);
      a.x = p ? p.x : this.home[2 * a.idx]!;
      a.y = p ? p.y : this.home[2 * a.idx + 1]!;
    });
  }
}
