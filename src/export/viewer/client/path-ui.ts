// The path finder panel: two entity pickers and the shortest evidence paths between them.
import type { ViewerPayload } from '../payload.js';
import type { ViewerGraph } from './data.js';
import { el } from './dom.js';
import { evidenceItem, plural } from './evidence.js';
import { MAX_HOPS, type FoundPath } from './path.js';
import { bindSearch } from './search.js';

/** What the path panel needs from the page. */
export interface PathContext {
  graph: ViewerGraph;
  payload: ViewerPayload;
  from: string | null;
  to: string | null;
  paths: FoundPath[];
  /** Sets the ends (null clears one). */
  setEnds: (from: string | null, to: string | null) => void;
  select: (node: string) => void;
}

function picker(ctx: PathContext, id: string, label: string, value: string | null, onPick: (n: string) => void) {
  const input = el('input', { type: 'search', id, placeholder: label, autocomplete: 'off', 'aria-label': label });
  if (value) input.value = ctx.graph.getNodeAttribute(value, 'label');
  const list = el('ul', { class: 'suggest', role: 'listbox', hidden: '' });
  bindSearch(input, list, ctx.graph, onPick);
  return el('div', { class: 'search' }, input, list);
}

/** One hop: "A —PREDICATE→ B" and the first evidence sentence of its strongest edge. */
function hop(ctx: PathContext, a: string, b: string, edges: string[]): HTMLElement {
  const g = ctx.graph;
  const edge = [...edges].sort((x, y) => g.getEdgeAttribute(y, 'weight') - g.getEdgeAttribute(x, 'weight'))[0]!;
  const attrs = g.getEdgeAttributes(edge);
  const forward = g.source(edge) === a;
  const names = [a, b].flatMap((n) => [g.getNodeAttribute(n, 'label'), ...g.getNodeAttribute(n, 'aliases')]);
  const ev = attrs.ev[0];
  return el(
    'div',
    { class: 'rel' },
    el('div', {}, `${forward ? '' : '← '}${attrs.pred}${forward ? ' →' : ''} `, link(ctx, b)),
    ev ? evidenceItem(ctx.payload, ev, names) : null,
  );
}

function link(ctx: PathContext, node: string): HTMLElement {
  const b = el('button', { type: 'button', class: 'ent', 'data-node': node }, ctx.graph.getNodeAttribute(node, 'label'));
  b.addEventListener('click', () => ctx.select(node));
  return b;
}

/** Fills `root` with the path finder. */
export function renderPathPanel(root: HTMLElement, ctx: PathContext): void {
  const out: HTMLElement[] = [
    el('h3', {}, 'Path finder'),
    el('p', { class: 'meta' }, `Shortest chains of facts between two entities (up to ${MAX_HOPS} hops).`),
    picker(ctx, 'kg-path-from', 'From…', ctx.from, (n) => ctx.setEnds(n, ctx.to)),
    picker(ctx, 'kg-path-to', 'To…', ctx.to, (n) => ctx.setEnds(ctx.from, n)),
  ];
  if (ctx.from && ctx.to) {
    if (!ctx.paths.length) {
      out.push(el('p', { class: 'nomatch', id: 'kg-path-none' }, `No chain of facts of at most ${MAX_HOPS} hops links them.`));
    } else {
      const hops = ctx.paths[0]!.nodes.length - 1;
      out.push(el('h2', {}, `${plural(ctx.paths.length, ['path', 'paths'])} of ${plural(hops, ['hop', 'hops'])}`));
      ctx.paths.forEach((p, i) => {
        const steps = p.hops.map((edges, k) => hop(ctx, p.nodes[k]!, p.nodes[k + 1]!, edges));
        out.push(el('section', { class: 'path', 'data-path': String(i) }, el('div', {}, link(ctx, p.nodes[0]!)), ...steps));
      });
    }
  }
  root.replaceChildren(...out);
}
