// The view state (selection, filters, encodings) and its URL-hash form, so a view can be shared (pure).

export type ColorMode = 'type' | 'community';
export type SizeMode = 'degree' | 'pagerank';

/** What the page shows; everything here round-trips through the URL hash. */
export interface ViewState {
  /** Selected node key, or null. */
  node: string | null;
  /** Node kinds (Person, …, Article) not shown, sorted. */
  hiddenKinds: string[];
  /** Relation predicates not shown, sorted (MENTIONED_IN is governed by `mentions`). */
  hiddenTypes: string[];
  /** Show MENTIONED_IN edges. */
  mentions: boolean;
  /** Only facts and entities from this outlet ('' = all). */
  outlet: string;
  /** Only facts and entities from this article id ('' = all). */
  article: string;
  /** Relation date range, inclusive ISO dates ('' = open end). */
  from: string;
  to: string;
  color: ColorMode;
  size: SizeMode;
  /** Nodes with fewer shown relations than this are hidden (the selection and path stay). */
  minDegree: number;
  /** Relations with a confidence below this are hidden (0 = all). */
  minConfidence: number;
  /** Neighbourhood depth shown around the selection (1 or 2). */
  depth: number;
  /** Label density, 1 (few) to 5 (many). */
  labels: number;
  /** Places at their coordinates on a world outline. */
  map: boolean;
  /** Path finder ends (node keys), or null. */
  pathFrom: string | null;
  pathTo: string | null;
}

/** The view when the hash is empty (a page may start with Article nodes hidden: see `defaultsFor`). */
export const DEFAULT_STATE: Readonly<ViewState> = {
  node: null,
  hiddenKinds: [],
  hiddenTypes: [],
  mentions: false,
  outlet: '',
  article: '',
  from: '',
  to: '',
  color: 'type',
  size: 'degree',
  minDegree: 0,
  minConfidence: 0,
  depth: 1,
  labels: 3,
  map: false,
  pathFrom: null,
  pathTo: null,
};

/** The default view of a page: Article nodes start hidden when there are more than `threshold` articles. */
export function defaultsFor(articleCount: number, threshold: number): ViewState {
  return { ...DEFAULT_STATE, hiddenKinds: articleCount > threshold ? ['Article'] : [] };
}

const list = (v: string | null): string[] => (v ? [...new Set(v.split(',').filter(Boolean))].sort() : []);
const sameList = (a: readonly string[], b: readonly string[]) => a.join(',') === [...b].sort().join(',');
const int = (v: string | null, lo: number, hi: number, fallback: number): number => {
  const n = Number(v);
  return v !== null && v !== '' && Number.isInteger(n) && n >= lo && n <= hi ? n : fallback;
};

/** The hash for a state (without '#'): only the fields that differ from `base`, in a fixed order. */
export function encodeHash(s: ViewState, base: Readonly<ViewState> = DEFAULT_STATE): string {
  const p = new URLSearchParams();
  if (s.node !== null) p.set('node', s.node);
  if (!sameList(s.hiddenKinds, base.hiddenKinds)) p.set('hideKinds', [...s.hiddenKinds].sort().join(','));
  if (s.hiddenTypes.length) p.set('hideTypes', [...s.hiddenTypes].sort().join(','));
  if (s.mentions) p.set('mentions', '1');
  if (s.outlet) p.set('outlet', s.outlet);
  if (s.article) p.set('article', s.article);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.color !== DEFAULT_STATE.color) p.set('color', s.color);
  if (s.size !== DEFAULT_STATE.size) p.set('size', s.size);
  if (s.minDegree) p.set('minDegree', String(s.minDegree));
  if (s.minConfidence) p.set('minConf', String(s.minConfidence));
  if (s.depth !== DEFAULT_STATE.depth) p.set('depth', String(s.depth));
  if (s.labels !== DEFAULT_STATE.labels) p.set('labels', String(s.labels));
  if (s.map) p.set('map', '1');
  if (s.pathFrom && s.pathTo) p.set('path', `${s.pathFrom} ${s.pathTo}`);
  return p.toString();
}

/** The state a hash describes (with or without '#'); unknown keys and bad values fall back to `base`. */
export function decodeHash(hash: string, base: Readonly<ViewState> = DEFAULT_STATE): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const date = (v: string | null): string => (v && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : '');
  const conf = Number(p.get('minConf'));
  const path = (p.get('path') ?? '').split(' ');
  return {
    node: p.get('node') || null,
    hiddenKinds: p.has('hideKinds') ? list(p.get('hideKinds')) : [...base.hiddenKinds],
    hiddenTypes: list(p.get('hideTypes')),
    mentions: p.get('mentions') === '1',
    outlet: p.get('outlet') ?? '',
    article: p.get('article') ?? '',
    from: date(p.get('from')),
    to: date(p.get('to')),
    color: p.get('color') === 'community' ? 'community' : 'type',
    size: p.get('size') === 'pagerank' ? 'pagerank' : 'degree',
    minDegree: int(p.get('minDegree'), 0, 1000, 0),
    minConfidence: conf > 0 && conf <= 1 ? conf : 0,
    depth: int(p.get('depth'), 1, 2, DEFAULT_STATE.depth),
    labels: int(p.get('labels'), 1, 5, DEFAULT_STATE.labels),
    map: p.get('map') === '1',
    pathFrom: path.length === 2 && path[0] ? path[0] : null,
    pathTo: path.length === 2 && path[1] ? path[1] : null,
  };
}
