// The legend over the graph: what the node colors mean under the current coloring.
import { el, swatch } from './dom.js';
import type { LegendItem } from './metrics.js';

/** Renders the legend rows. */
export function renderLegend(root: HTMLElement, title: string, items: readonly LegendItem[]): void {
  root.replaceChildren(
    el('strong', {}, title),
    ...items.map((it) => el('div', {}, swatch(it.color), `${it.label} (${it.count})`)),
  );
}
