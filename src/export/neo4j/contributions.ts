// What one corpus contributes to a node or relationship, and how contributions add up to stored properties.
import { compareCodeUnits as cmp } from '../../compare.js';
import { type FactStatus, isPredicate, predicateSpec } from '../../predicates.js';
import type { EntityType } from '../../types.js';

/** The extra list properties a relationship type carries (titles, quotes), from the predicate registry. */
function extrasOf(type: string): readonly ('titles' | 'quotes')[] {
  return isPredicate(type) ? predicateSpec(type).extras : [];
}

/** One corpus's view of an entity, stored as JSON in the node's `contributions` list (parallel to `corpora`). */
export interface EntityContribution {
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  articles: string[];
  lat?: number;
  lon?: number;
  country?: string;
}

/** One corpus's view of a relationship, stored as JSON in its `contributions` list (parallel to `corpora`). */
export interface RelContribution {
  weight: number;
  articles: string[];
  /** Evidence sentences, with the article each comes from at the same index of `evidenceArticles`. */
  evidence: string[];
  evidenceArticles: string[];
  dates: string[];
  titles?: string[];
  quotes?: string[];
  /** Relations of the nine predicates: 0–1 (see graph/confidence.ts). */
  confidence?: number;
  /** 'former' when the fact is stated as past. */
  status?: FactStatus;
}

/** Public properties of an entity node (numbers still plain; the writer turns counts into integers). */
export interface EntityProps {
  name: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  lat: number | null;
  lon: number | null;
  country: string | null;
}

/** Public properties of a relationship: the contributions' totals, plus `count` on MENTIONED_IN. */
export interface RelProps extends RelContribution {
  count?: number;
}

/** A contribution with the corpus it came from. */
export interface Tagged<T> {
  corpus: string;
  value: T;
}

const byCorpus = <T>(xs: Tagged<T>[]): Tagged<T>[] => [...xs].sort((a, b) => cmp(a.corpus, b.corpus));

/** Sorted union of string lists. */
export function union(lists: Iterable<readonly string[] | undefined>): string[] {
  const set = new Set<string>();
  for (const list of lists) for (const x of list ?? []) set.add(x);
  return [...set].sort(cmp);
}

/**
 * Adds up an entity's contributions: mentions sum, lists unite, the name comes from the contribution with the
 * most mentions (ties: lowest corpus id), coordinates from the first corpus that has them.
 */
export function entityProps(contributions: Tagged<EntityContribution>[]): EntityProps {
  const xs = byCorpus(contributions).map((t) => t.value);
  let best = xs[0]!;
  for (const x of xs) if (x.mentions > best.mentions) best = x;
  const geo = xs.find((x) => x.lat !== undefined && x.lon !== undefined);
  const names = union(xs.flatMap((x) => [[x.name], x.aliases]));
  return {
    name: best.name,
    aliases: names.filter((n) => n !== best.name),
    mentions: xs.reduce((sum, x) => sum + x.mentions, 0),
    articles: union(xs.map((x) => x.articles)),
    lat: geo?.lat ?? null,
    lon: geo?.lon ?? null,
    country: geo?.country ?? xs.find((x) => x.country)?.country ?? null,
  };
}

/**
 * Adds up a relationship's contributions: weights sum, lists unite; evidence keeps the first copy of each
 * (article, sentence) pair in corpus order, so a single contribution comes back unchanged.
 */
export function relProps(type: string, contributions: Tagged<RelContribution>[]): RelProps {
  const xs = byCorpus(contributions).map((t) => t.value);
  const weight = xs.reduce((sum, x) => sum + x.weight, 0);
  const seen = new Set<string>();
  const evidence: string[] = [];
  const evidenceArticles: string[] = [];
  for (const x of xs) {
    x.evidence.forEach((sentence, i) => {
      const article = x.evidenceArticles[i] ?? '';
      const key = `${article}\u0000${sentence}`;
      if (seen.has(key)) return;
      seen.add(key);
      evidence.push(sentence);
      evidenceArticles.push(article);
    });
  }
  const props: RelProps = {
    weight,
    articles: union(xs.map((x) => x.articles)),
    evidence,
    evidenceArticles,
    dates: union(xs.map((x) => x.dates)),
  };
  if (type === 'MENTIONED_IN') props.count = weight;
  for (const extra of extrasOf(type)) props[extra] = union(xs.map((x) => x[extra]));
  const confidences = xs.map((x) => x.confidence).filter((c) => c !== undefined);
  if (confidences.length > 0) props.confidence = confidences.reduce((a, b) => Math.max(a, b));
  if (xs.length > 0 && xs.every((x) => x.status === 'former')) props.status = 'former';
  return props;
}

/** Merges two contributions of the same corpus to one relationship (a multigraph's parallel edges). */
export function mergeRelContributions(a: RelContribution, b: RelContribution): RelContribution {
  const merged = relProps('', [
    { corpus: '0', value: a },
    { corpus: '1', value: b },
  ]);
  const out: RelContribution = { ...merged, weight: a.weight + b.weight };
  if (a.titles || b.titles) out.titles = union([a.titles, b.titles]);
  if (a.quotes || b.quotes) out.quotes = union([a.quotes, b.quotes]);
  if (a.confidence === undefined && b.confidence === undefined) delete out.confidence;
  if (a.status !== b.status) delete out.status;
  return out;
}

/** Stored properties of an element as read back from the database (counts as JS numbers). */
export type StoredProps = Record<string, unknown>;

const strings = (x: unknown): string[] => (Array.isArray(x) ? (x as string[]) : []);

/**
 * The contribution of the one corpus holding an entity node: such a node stores no `contributions`, its
 * properties are that contribution (entityProps of it gives the same properties back).
 */
export function entityContributionOf(props: StoredProps, type: EntityType): EntityContribution {
  const c: EntityContribution = {
    name: String(props.name ?? ''),
    type,
    aliases: strings(props.aliases),
    mentions: Number(props.mentions ?? 0),
    articles: strings(props.articles),
  };
  if (typeof props.lat === 'number' && typeof props.lon === 'number') {
    c.lat = props.lat;
    c.lon = props.lon;
  }
  if (typeof props.country === 'string') c.country = props.country;
  return c;
}

/** The contribution of the one corpus holding a relationship, read from its properties (see entityContributionOf). */
export function relContributionOf(props: StoredProps, type: string): RelContribution {
  const c: RelContribution = {
    weight: Number(props.weight ?? 0),
    articles: strings(props.articles),
    evidence: strings(props.evidence),
    evidenceArticles: strings(props.evidenceArticles),
    dates: strings(props.dates),
  };
  for (const extra of extrasOf(type)) c[extra] = strings(props[extra]);
  if (typeof props.confidence === 'number') c.confidence = props.confidence;
  if (props.status === 'former') c.status = 'former';
  return c;
}
