// The predicate registry: each relation type described once. Extraction, graph, exports, viewer and
// scorer read it; adding a predicate is one row here, its lexicon (src/extract/lexicons/) and its tests.

/** Argument classes: PER person, ORG organization, GPE country (name or adjective), LOC any other place. */
export type ArgClass = 'PER' | 'ORG' | 'GPE' | 'LOC';

/** Extra list attributes an edge of a predicate carries, collected from its mentions. */
export type EdgeExtra = 'titles' | 'quotes';

/** One relation type. */
export interface PredicateSpec {
  /** Edge type, as written in every export. */
  name: string;
  /** Short phrase for people ("holds position at"). */
  label: string;
  /** Argument classes the subject may have. */
  subject: readonly ArgClass[];
  /** Argument classes the object may have; `'Article'` when the object is the article itself. */
  object: readonly ArgClass[] | 'Article';
  /** Stored once per unordered pair (`A CONTACTED B` = `B CONTACTED A`). */
  symmetric: boolean;
  /** List attributes collected on the edge. */
  extras: readonly EdgeExtra[];
  /** True when a fact may hold only in the past ("former president"): edges then carry `status`. */
  temporal: boolean;
}

const ACTOR: readonly ArgClass[] = ['PER', 'ORG', 'GPE'];
const ANY: readonly ArgClass[] = ['PER', 'ORG', 'GPE', 'LOC'];

/** The registry, in the order predicates are listed everywhere. */
export const PREDICATE_SPECS = [
  { name: 'HOLDS_POSITION', label: 'holds a position at', subject: ['PER'], object: ['ORG', 'GPE', 'LOC'], symmetric: false, extras: ['titles'], temporal: true },
  { name: 'AFFILIATED_WITH', label: 'is affiliated with', subject: ACTOR, object: ['ORG', 'GPE', 'LOC'], symmetric: false, extras: [], temporal: true },
  { name: 'PART_OF', label: 'is part of', subject: ['ORG'], object: ['ORG', 'GPE'], symmetric: false, extras: [], temporal: true },
  { name: 'LOCATED_IN', label: 'is located in', subject: ['ORG', 'LOC'], object: ['LOC', 'GPE'], symmetric: false, extras: [], temporal: false },
  { name: 'CAPTURED', label: 'captured', subject: ACTOR, object: ['LOC'], symmetric: false, extras: [], temporal: false },
  { name: 'ATTACKED', label: 'attacked', subject: ACTOR, object: ANY, symmetric: false, extras: [], temporal: false },
  { name: 'SUPPORTED', label: 'supported', subject: ACTOR, object: ANY, symmetric: false, extras: [], temporal: false },
  { name: 'CONTACTED', label: 'contacted', subject: ACTOR, object: ACTOR, symmetric: true, extras: [], temporal: false },
  { name: 'QUOTED_IN', label: 'is quoted in', subject: ['PER'], object: 'Article', symmetric: false, extras: ['quotes'], temporal: false },
] as const satisfies readonly PredicateSpec[];

/** The predicate names, in registry order. */
export type Predicate = (typeof PREDICATE_SPECS)[number]['name'];

/** The predicate names, in registry order. */
export const PREDICATES: readonly Predicate[] = PREDICATE_SPECS.map((p) => p.name);

const BY_NAME: ReadonlyMap<string, PredicateSpec> = new Map(PREDICATE_SPECS.map((p) => [p.name, p]));

/** The registry row of a predicate. Throws on an unknown name (a programming error, never input). */
export function predicateSpec(name: Predicate): PredicateSpec {
  const spec = BY_NAME.get(name);
  if (!spec) throw new Error(`unknown predicate ${name}; expected one of ${PREDICATES.join(', ')}`);
  return spec;
}

/** True for a predicate name in the registry. */
export function isPredicate(name: string): name is Predicate {
  return BY_NAME.has(name);
}

/** True when the predicate's object is the article the subject is mentioned in. */
export function objectIsArticle(name: Predicate): boolean {
  return predicateSpec(name).object === 'Article';
}

const CLASS_TYPES: Readonly<Record<ArgClass, string>> = { PER: 'Person', ORG: 'Organization', GPE: 'Location', LOC: 'Location' };

/**
 * True when resolved entity types fit the predicate's arguments (`object` undefined: the article).
 * Resolution may retype a mention ("Acme said" first read as a person): a fact that no longer fits is
 * not drawn.
 */
export function typesFit(name: Predicate, subject: string, object: string | undefined): boolean {
  const spec = predicateSpec(name);
  if (!spec.subject.some((c) => CLASS_TYPES[c] === subject)) return false;
  if (spec.object === 'Article') return object === undefined || object === 'Article';
  return object !== undefined && spec.object.some((c) => CLASS_TYPES[c] === object);
}

/** Predicates whose edges carry the extra list attribute. */
export function predicatesWith(extra: EdgeExtra): Predicate[] {
  return PREDICATES.filter((p) => predicateSpec(p).extras.includes(extra));
}

/** Predicates between two entities (every one whose object is not an article). */
export const ENTITY_PREDICATES: readonly Predicate[] = PREDICATES.filter((p) => !objectIsArticle(p));

/** Fact status: asserted as current, or stated as past ("former chairman"). */
export type FactStatus = 'former';
