// The search box: suggestions over names and aliases, arrow keys to move, Enter or click to select.
import { KIND_COLORS, OTHER_COLOR } from './colors.js';
import type { ViewerGraph } from './data.js';
import { el, swatch } from './dom.js';
import type { SearchEntry, SearchHit } from './search-index.js';
import { closeNames, entriesFor, search } from './search-index.js';

/** Wires the search input and its suggestion list; `onPick` receives the chosen node key. */
export function bindSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  graph: ViewerGraph,
  onPick: (node: string) => void,
): void {
  let entries: SearchEntry[] | null = null;
  let hits: SearchHit[] = [];
  let active = -1;
  /** The arrow keys moved through the list since it was last filled. */
  let moved = false;

  const index = () => {
    if (!entries) {
      entries = [];
      graph.forEachNode((node, a) => entries!.push(...entriesFor(node, a.label, a.aliases, a.mentions)));
    }
    return entries;
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.label;
    close();
    onPick(hit.node);
  };
  const highlight = () => {
    list.querySelectorAll('li[role="option"]').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
    });
    if (active >= 0) input.setAttribute('aria-activedescendant', `${input.id}-hit-${active}`);
  };
  const show = () => {
    hits = search(index(), input.value, 12);
    const none = hits.length === 0 && input.value.trim() !== '';
    if (none) hits = closeNames(index(), input.value);
    list.replaceChildren(
      ...(none
        ? [
            el(
              'li',
              { class: 'nomatch', role: 'presentation' },
              `No match for “${input.value.trim()}”.${hits.length ? ' Did you mean:' : ''}`,
            ),
          ]
        : []),
      ...hits.map((hit, i) => {
        const kind = graph.getNodeAttribute(hit.node, 'kind');
        const li = el(
          'li',
          { role: 'option', id: `${input.id}-hit-${i}`, 'aria-selected': 'false' },
          swatch(KIND_COLORS[kind] ?? OTHER_COLOR),
          hit.label,
          hit.alias ? el('span', { class: 'alias' }, `(${hit.alias})`) : null,
        );
        li.addEventListener('mousedown', (ev) => {
          ev.preventDefault();
          pick(hit);
        });
        return li;
      }),
    );
    active = hits.length && !none ? 0 : -1;
    moved = false;
    highlight();
    list.hidden = hits.length === 0 && !none;
    input.setAttribute('aria-expanded', String(!list.hidden));
  };

  input.addEventListener('input', show);
  input.addEventListener('focus', () => input.value && show());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (list.hidden) show();
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      active = hits.length ? (active + step + hits.length) % hits.length : -1;
      moved = true;
      highlight();
      ev.preventDefault();
    } else if (ev.key === 'Enter') {
      // With no match, Enter picks a "did you mean" name only once the arrow keys chose one.
      if (list.querySelector('.nomatch') && !moved) return;
      pick(hits[Math.max(0, active)]);
      ev.preventDefault();
    } else if (ev.key === 'Escape' && !list.hidden) {
      close();
      ev.stopPropagation();
    }
  });
}
