// The side panel: details of the selected entity or article, its relations with evidence, quotes, articles.
import { isPredicate, objectIsArticle } from '../../../predicates.js';
import type { ViewerPayload } from '../payload.js';
import { KIND_COLORS, OTHER_COLOR } from './colors.js';
import type { Curation } from './curation-ui.js';
import type { VEdge, ViewerGraph } from './data.js';
import { el, swatch } from './dom.js';
import { evidenceItem, expandable, sourceLine, unquote } from './evidence.js';

/** What the panel needs from the page. */
export interface PanelContext {
  graph: ViewerGraph;
  payload: ViewerPayload;
  /** Selects another node (entity links in the panel). */
  select: (node: string) => void;
  /** The curation edits, whose actions and list the panel shows. */
  curation: Curation;
}

const HINT =
  'Search or click a node to see its relations and the sentences that support them. Press Escape to clear the selection.';
const MAX_RELATIONS = 300;

const names = (g: ViewerGraph, n: string): string[] => [
  g.getNodeAttribute(n, 'label'),
  ...g.getNodeAttribute(n, 'aliases'),
];

/** A button that selects a node, labelled with its name. */
function entityLink(ctx: PanelContext, node: string): HTMLElement {
  const b = el(
    'button',
    { type: 'button', class: 'ent', 'data-node': node },
    ctx.graph.getNodeAttribute(node, 'label'),
  );
  b.addEventListener('click', () => ctx.select(node));
  return b;
}

function header(ctx: PanelContext, node: string): HTMLElement[] {
  const a = ctx.graph.getNodeAttributes(node);
  const out: HTMLElement[] = [
    el('div', { class: 'badge' }, swatch(KIND_COLORS[a.kind] ?? OTHER_COLOR), a.kind),
    el('h3', {}, a.label),
  ];
  if (a.aliases.length) out.push(el('p', { class: 'meta' }, `Also: ${a.aliases.join(', ')}`));
  if (a.kind !== 'Article') {
    const n = a.arts.length;
    out.push(
      el(
        'p',
        { class: 'meta' },
        `${a.mentions} mention${a.mentions === 1 ? '' : 's'} in ${n} article${n === 1 ? '' : 's'}`,
      ),
    );
  }
  const x = a.extra;
  if (x && (x.country || x.lat !== undefined)) {
    const where = [x.country, x.lat !== undefined ? `${x.lat.toFixed(2)}, ${x.lon?.toFixed(2)}` : ''];
    out.push(el('p', { class: 'meta' }, where.filter(Boolean).join(' · ')));
  }
  return out;
}

/** Relations grouped by predicate, each with its evidence sentences. */
function relations(ctx: PanelContext, node: string): HTMLElement | null {
  const groups = new Map<string, HTMLElement[]>();
  let count = 0;
  ctx.graph.forEachEdge(node, (_, a: VEdge, source, target) => {
    if (a.pred === 'MENTIONED_IN' || quotePredicate(a.pred) || count++ >= MAX_RELATIONS) return;
    const out = source === node;
    const other = out ? target : source;
    const highlight = [...names(ctx.graph, source), ...names(ctx.graph, target)];
    const head = el('div', {}, out ? '→ ' : '← ', entityLink(ctx, other), a.weight > 1 ? ` ×${a.weight}` : '');
    if (a.titles.length) head.append(el('span', { class: 'meta' }, ` (${a.titles.join(', ')})`));
    const quality = a.extra || {};
    if (quality.s) head.append(el('span', { class: 'tag' }, quality.s));
    if (quality.c !== undefined) head.append(el('span', { class: 'meta' }, ` · confidence ${quality.c.toFixed(2)}`));
    const evs = a.ev.map((ev) => evidenceItem(ctx.payload, ev, highlight));
    const rel = el('div', { class: 'rel' }, head, ...expandable(evs, 2, ['sentence', 'sentences']));
    const list = groups.get(a.pred) ?? [];
    list.push(rel);
    groups.set(a.pred, list);
  });
  if (!groups.size) return null;
  const section = el('section', {}, el('h2', {}, 'Relations'));
  for (const pred of [...groups.keys()].sort()) {
    const items = groups.get(pred)!;
    section.append(
      el('div', { class: 'group' }, el('h4', {}, `${pred} (${items.length})`), ...expandable(items, 8, ['relation', 'relations'])),
    );
  }
  if (count > MAX_RELATIONS)
    section.append(el('p', { class: 'meta' }, `First ${MAX_RELATIONS} of ${count} relations shown.`));
  return section;
}

/** Quotes: QUOTED_IN edges out of a person (or into an article). */
function quotes(ctx: PanelContext, node: string, incoming: boolean): HTMLElement | null {
  const items: HTMLElement[] = [];
  const each = incoming ? ctx.graph.forEachInEdge.bind(ctx.graph) : ctx.graph.forEachOutEdge.bind(ctx.graph);
  each(node, (_, a: VEdge, source) => {
    if (!quotePredicate(a.pred)) return;
    for (const [article, sentence, date, , quote] of a.ev) {
      const text = unquote(quote || ctx.payload.strings[sentence] || '');
      const who = incoming ? [entityLink(ctx, source), ': '] : [];
      items.push(
        el(
          'div',
          { class: 'ev' },
          ...who,
          el('q', {}, text),
          el('span', { class: 'src' }, sourceLine(ctx.payload, article, date)),
        ),
      );
    }
  });
  if (!items.length) return null;
  return el('section', {}, el('h2', {}, `Quotes (${items.length})`), ...expandable(items, 5, ['quote', 'quotes']));
}

/** The articles an entity is mentioned in, linking to their Article nodes. */
function articles(ctx: PanelContext, node: string): HTMLElement | null {
  const arts = ctx.graph.getNodeAttribute(node, 'arts');
  if (!arts.length) return null;
  const items = arts.map((i) => {
    const row = ctx.payload.articles[i]!;
    const articleNode = row[5] >= 0 ? ctx.payload.nodes[row[5]]?.[0] : undefined;
    const line = sourceLine(ctx.payload, i);
    return el(
      'li',
      {},
      articleNode ? entityLink(ctx, articleNode) : row[1] || row[0],
      articleNode ? el('span', { class: 'meta' }, ` ${line.split(' · ').slice(1).join(' · ')}`) : '',
    );
  });
  return el(
    'section',
    {},
    el('h2', {}, `Articles (${arts.length})`),
    el('ul', { class: 'plain' }, ...expandable(items, 10, ['article', 'articles'])),
  );
}

/** For an Article node: its metadata and the entities mentioned in it, by kind. */
function articleBody(ctx: PanelContext, node: string): HTMLElement[] {
  const a = ctx.graph.getNodeAttributes(node);
  const row = ctx.payload.articles[a.arts[0] ?? -1];
  const out: HTMLElement[] = [];
  if (row) {
    const [id, , date, source, path] = row;
    out.push(el('p', { class: 'meta' }, [date, source].filter(Boolean).join(' · ')));
    out.push(el('p', { class: 'meta' }, path || id));
  }
  const byKind = new Map<string, string[]>();
  ctx.graph.forEachInEdge(node, (_, e: VEdge, source) => {
    if (e.pred !== 'MENTIONED_IN') return;
    const kind = ctx.graph.getNodeAttribute(source, 'kind');
    byKind.set(kind, [...(byKind.get(kind) ?? []), source]);
  });
  for (const kind of ctx.payload.kinds.filter((k) => byKind.has(k))) {
    const nodes = byKind
      .get(kind)!
      .sort((x, y) => ctx.graph.getNodeAttribute(y, 'mentions') - ctx.graph.getNodeAttribute(x, 'mentions'));
    const items = nodes.map((n) => el('li', {}, entityLink(ctx, n)));
    out.push(
      el(
        'section',
        {},
        el('h2', {}, `${kind} (${nodes.length})`),
        el('ul', { class: 'plain' }, ...expandable(items, 15, ['name', 'names'])),
      ),
    );
  }
  return out;
}

/** Fills the panel for `node`, or shows the hint when nothing is selected. */
export function renderPanel(root: HTMLElement, ctx: PanelContext, node: string | null): void {
  root.replaceChildren();
  if (node === null || !ctx.graph.hasNode(node)) {
    root.append(el('p', { class: 'hint' }, HINT), ctx.curation.box);
    return;
  }
  root.append(...header(ctx, node));
  const isArticle = ctx.graph.getNodeAttribute(node, 'kind') === 'Article';
  const parts = isArticle
    ? [...articleBody(ctx, node), quotes(ctx, node, true), relations(ctx, node)]
    : [relations(ctx, node), quotes(ctx, node, false), articles(ctx, node)];
  if (!isArticle) root.append(ctx.curation.actions(node));
  root.append(ctx.curation.box);
  for (const part of parts) if (part) root.append(part);
  root.scrollTop = 0;
}

/** True for a predicate whose object is the article (QUOTED_IN): its edges are listed as quotes. */
function quotePredicate(pred: string): boolean {
  return isPredicate(pred) && objectIsArticle(pred);
}
