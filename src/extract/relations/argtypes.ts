// Argument type constraints per predicate: which kinds of mention may be subject and object.
import type { Predicate } from '../../types.js';
import type { MentionKind } from './kinds.js';

/** PER person, ORG organization, GPE country (name or adjective), LOC any other place. */
type ArgClass = 'PER' | 'ORG' | 'GPE' | 'LOC';

const ACTOR: readonly ArgClass[] = ['PER', 'ORG', 'GPE'];

/** Allowed subject and object classes per predicate (QUOTED_IN has no mention object). */
export const ARG_TYPES: Readonly<Record<Predicate, { s: readonly ArgClass[]; o: readonly ArgClass[] }>> = {
  HOLDS_POSITION: { s: ['PER'], o: ['ORG', 'GPE', 'LOC'] },
  AFFILIATED_WITH: { s: ['PER', 'ORG', 'GPE'], o: ['ORG', 'GPE', 'LOC'] },
  PART_OF: { s: ['ORG'], o: ['ORG', 'GPE'] },
  LOCATED_IN: { s: ['ORG', 'LOC'], o: ['LOC', 'GPE'] },
  CAPTURED: { s: ACTOR, o: ['LOC'] },
  ATTACKED: { s: ACTOR, o: ['PER', 'ORG', 'GPE', 'LOC'] },
  SUPPORTED: { s: ACTOR, o: ['PER', 'ORG', 'GPE', 'LOC'] },
  CONTACTED: { s: ACTOR, o: ACTOR },
  QUOTED_IN: { s: ['PER'], o: [] },
};

/** The argument class of a mention. */
export function argClass(k: MentionKind): ArgClass {
  if (k.type === 'Person') return 'PER';
  if (k.type === 'Organization') return 'ORG';
  return k.country ? 'GPE' : 'LOC';
}

/** True when subject and object kinds fit the predicate. */
export function argsFit(p: Predicate, s: MentionKind, o: MentionKind | undefined): boolean {
  const t = ARG_TYPES[p];
  if (!t.s.includes(argClass(s))) return false;
  if (o === undefined) return t.o.length === 0;
  // A town the tagger read as an organization can still be taken ("X retook Westville").
  if (p === 'CAPTURED' && o.type === 'Organization' && o.place !== undefined) return true;
  return t.o.includes(argClass(o));
}
