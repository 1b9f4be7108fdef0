// The filter column: node kinds, predicates, MENTIONED_IN toggle, outlet, article and date range.
import type { ViewerPayload } from '../payload.js';
import { KIND_COLORS, OTHER_COLOR } from './colors.js';
import { sliderDates } from './dates.js';
import { el, swatch } from './dom.js';
import type { ViewState } from './state.js';
import { viewControls } from './view-controls.js';

/** Controls bound to the state: `sync` writes a state into them, changes call `onChange` with a patch. */
export interface FilterControls {
  sync(s: ViewState): void;
}

function counts(values: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

function checkList(
  items: [string, number][],
  color: (k: string) => string | null,
  onToggle: (k: string, on: boolean) => void,
) {
  const boxes = new Map<string, HTMLInputElement>();
  const rows = items.map(([key, n]) => {
    const box = el('input', { type: 'checkbox', value: key });
    box.checked = true;
    box.addEventListener('change', () => onToggle(key, box.checked));
    boxes.set(key, box);
    const c = color(key);
    return el('label', { class: 'check' }, box, c ? swatch(c) : null, key, el('span', { class: 'count' }, String(n)));
  });
  return { rows, boxes };
}

function select(
  id: string,
  label: string,
  options: [string, string][],
  onPick: (v: string) => void,
): HTMLSelectElement {
  const s = el('select', { id, 'aria-label': label }, el('option', { value: '' }, `All ${label}`));
  for (const [value, text] of options) s.append(el('option', { value }, text));
  s.addEventListener('change', () => onPick(s.value));
  return s;
}

/** Builds the filters into `root`. */
export function buildFilters(
  root: HTMLElement,
  p: ViewerPayload,
  onChange: (patch: Partial<ViewState>) => void,
  current: () => ViewState,
): FilterControls {
  const kindCounts = counts(p.nodes.map((n) => p.kinds[n[2]]!));
  const typeCounts = counts(p.edges.map((e) => p.types[e[2]]!));
  const toggle = (field: 'hiddenKinds' | 'hiddenTypes') => (key: string, on: boolean) => {
    const set = new Set(current()[field]);
    if (on) set.delete(key);
    else set.add(key);
    onChange({ [field]: [...set].sort() });
  };
  const kinds = checkList(
    p.kinds.filter((k) => kindCounts.has(k)).map((k) => [k, kindCounts.get(k)!]),
    (k) => KIND_COLORS[k] ?? OTHER_COLOR,
    toggle('hiddenKinds'),
  );
  const preds = p.types.filter((t) => t !== 'MENTIONED_IN');
  const types = checkList(
    preds.map((t) => [t, typeCounts.get(t)!]),
    () => null,
    toggle('hiddenTypes'),
  );
  const mentions = el('input', { type: 'checkbox', id: 'kg-f-mentions' });
  mentions.addEventListener('change', () => onChange({ mentions: mentions.checked }));

  const { outlet, article } = sourceSelects(p, onChange);

  const mentioned = p.types.indexOf('MENTIONED_IN');
  const relationDates = p.edges.flatMap((e) => (e[2] === mentioned ? [] : e[5]));
  const dates = sliderDates(
    p.articles.map((a) => a[2]),
    relationDates,
  );
  const range = dateRange(dates, onChange);
  const view = viewControls(p, onChange);
  root.replaceChildren(
    el('div', { id: 'kg-legend', 'aria-label': 'Legend' }),
    view.root,
    el('h2', {}, 'Node types'),
    ...kinds.rows,
    el('h2', {}, 'Relations'),
    ...types.rows,
    el('label', { class: 'check' }, mentions, `Show MENTIONED_IN links (${typeCounts.get('MENTIONED_IN') ?? 0})`),
    el('h2', {}, 'Sources'),
    outlet,
    article,
    range.root,
  );
  return {
    sync(s) {
      for (const [k, box] of kinds.boxes) box.checked = !s.hiddenKinds.includes(k);
      for (const [k, box] of types.boxes) box.checked = !s.hiddenTypes.includes(k);
      mentions.checked = s.mentions;
      outlet.value = s.outlet;
      article.value = s.article;
      range.sync(s);
      view.sync(s);
    },
  };
}

/** The outlet and article pickers. */
function sourceSelects(p: ViewerPayload, onChange: (patch: Partial<ViewState>) => void) {
  const outlets = [...new Set(p.articles.map((a) => a[3]).filter(Boolean))].sort();
  const outlet = select(
    'kg-f-outlet',
    'outlets',
    outlets.map((o) => [o, o]),
    (v) => onChange({ outlet: v }),
  );
  const arts = p.articles.map(
    ([id, title, date]) => [id, `${date ? `${date} — ` : ''}${title || id}`] as [string, string],
  );
  arts.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const article = select('kg-f-article', 'articles', arts, (v) => onChange({ article: v }));
  return { outlet, article };
}

/** Two sliders over the distinct relation dates; the ends mean "open". */
function dateRange(dates: string[], onChange: (patch: Partial<ViewState>) => void) {
  const max = Math.max(0, dates.length - 1);
  const from = el('input', {
    type: 'range',
    id: 'kg-f-from',
    min: '0',
    max: String(max),
    value: '0',
    'aria-label': 'From date',
  });
  const to = el('input', {
    type: 'range',
    id: 'kg-f-to',
    min: '0',
    max: String(max),
    value: String(max),
    'aria-label': 'To date',
  });
  const out = el('output', { id: 'kg-f-dates' });
  const show = () => {
    out.textContent = dates.length ? `${dates[Number(from.value)]} → ${dates[Number(to.value)]}` : 'No dated relations';
  };
  const emit = () => {
    if (Number(from.value) > Number(to.value)) [from.value, to.value] = [to.value, from.value];
    show();
    onChange({
      from: from.value === '0' ? '' : dates[Number(from.value)]!,
      to: to.value === String(max) ? '' : dates[Number(to.value)]!,
    });
  };
  from.addEventListener('change', emit);
  to.addEventListener('change', emit);
  from.addEventListener('input', show);
  to.addEventListener('input', show);
  const nearest = (d: string, fallback: number) => {
    if (!d) return fallback;
    const i = dates.findIndex((x) => x >= d);
    return i < 0 ? max : i;
  };
  const play = el('button', { type: 'button', id: 'kg-f-play', class: 'more' }, '▶ Play');
  let timer = 0;
  const stop = () => {
    window.clearInterval(timer);
    timer = 0;
    play.textContent = '▶ Play';
  };
  // Plays the range forward: the end handle steps through the dates, the view follows.
  play.addEventListener('click', () => {
    if (timer) return stop();
    if (Number(to.value) >= max) to.value = from.value;
    play.textContent = '■ Stop';
    emit();
    timer = window.setInterval(() => {
      if (Number(to.value) >= max) return stop();
      to.value = String(Number(to.value) + Math.max(1, Math.round(max / 40)));
      emit();
    }, 400);
  });
  const root = el('div', { class: 'range' }, el('h2', {}, 'Date range'), from, to, out, play);
  if (dates.length < 2) root.hidden = true;
  return {
    root,
    sync(s: ViewState) {
      from.value = String(nearest(s.from, 0));
      to.value = String(
        s.to
          ? Math.max(
              0,
              dates.findLastIndex((x) => x <= s.to),
            )
          : max,
      );
      show();
    },
  };
}
