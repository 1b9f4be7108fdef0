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
}

/** The view when the hash is empty. */
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
};

const list = (v: string | null): string[] => (v ? [...new Set(v.split(',').filter(Boolean))].sort() : []);

/** The hash for a state (without '#'): only the fields that differ from the default, in a fixed order. */
export function encodeHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.node !== null) p.set('node', s.node);
  if (s.hiddenKinds.length) p.set('hideKinds', [...s.hiddenKinds].sort().join(','));
  if (s.hiddenTypes.length) p.set('hideTypes', [...s.hiddenTypes].sort().join(','));
  if (s.mentions) p.set('mentions', '1');
  if (s.outlet) p.set('outlet', s.outlet);
  if (s.article) p.set('article', s.article);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.color !== DEFAULT_STATE.color) p.set('color', s.color);
  if (s.size !== DEFAULT_STATE.size) p.set('size', s.size);
  return p.toString();
}

/** The state a hash describes (with or without '#'); unknown keys and bad values fall back to defaults. */
export function decodeHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const date = (v: string | null): string => (v && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : '');
  return {
    node: p.get('node') || null,
    hiddenKinds: list(p.get('hideKinds')),
    hiddenTypes: list(p.get('hideTypes')),
    mentions: p.get('mentions') === '1',
    outlet: p.get('outlet') ?? '',
    article: p.get('article') ?? '',
    from: date(p.get('from')),
    to: date(p.get('to')),
    color: p.get('color') === 'community' ? 'community' : 'type',
    size: p.get('size') === 'pagerank' ? 'pagerank' : 'degree',
  };
}
