// Argument type constraints per predicate, read from the registry (src/predicates.ts).
import { type ArgClass, predicateSpec } from '../../predicates.js';
import type { Predicate } from '../../types.js';
import type { MentionKind } from './kinds.js';

/** The argument class of a mention. */
export function argClass(k: MentionKind): ArgClass {
  if (k.type === 'Person') return 'PER';
  if (k.type === 'Organization') return 'ORG';
  return k.country ? 'GPE' : 'LOC';
}

/** True when subject and object kinds fit the predicate (`o` undefined: the object is the article). */
export function argsFit(p: Predicate, s: MentionKind, o: MentionKind | undefined): boolean {
  const spec = predicateSpec(p);
  if (!spec.subject.includes(argClass(s))) return false;
  if (o === undefined) return spec.object === 'Article';
  if (spec.object === 'Article') return false;
  // A town the tagger read as an organization can still be taken ("X retook Westville").
  if (p === 'CAPTURED' && o.type === 'Organization' && o.place !== undefined) return true;
  return spec.object.includes(argClass(o));
}
