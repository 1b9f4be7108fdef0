// Whether a clause asserts its fact: not negated, not modal, not a plan, condition, denial or prediction.
import { ASSERTING_CONTROL_VERBS, CONDITIONAL_MARKERS, MODAL_AUXILIARIES, NEGATORS, NON_ASSERTING_VERBS, PLANNING_VERBS } from '../../lexicons/frames.js';
import { childrenWith, type DepSentence, hasRel } from './dep.js';

const MODALS = new Set(MODAL_AUXILIARIES);
const NEGATIONS = new Set(NEGATORS);
const ASSERTING = new Set(ASSERTING_CONTROL_VERBS);
const CONDITIONS = new Set(CONDITIONAL_MARKERS);
const NON_ASSERTING = new Set(NON_ASSERTING_VERBS);
const PLANNING = new Set(PLANNING_VERBS);

/** Longest chain of clause heads walked up before giving up. */
const MAX_DEPTH = 8;

/**
 * True when the clause headed by `t` states its fact as real (`lenient`: only explicit plans, wishes
 * and denials cancel an infinitive complement): no negation or modal on it, not the
 * complement of a plan or wish ("vowed to retake Y"), not a condition ("if X attacks"), not a
 * question, and the same holds for the clauses it is the complement of.
 */
export function isAsserted(d: DepSentence, t: number, lenient = false): boolean {
  for (let v = t, depth = 0; v >= 0 && depth < MAX_DEPTH; depth++) {
    if (negatedOrModal(d, v)) return false;
    for (const m of childrenWith(d, v, ['mark'])) if (CONDITIONS.has(d.lower[m]!)) return false;
    const h = d.parse.heads[v]!;
    if (h < 0) return !question(d);
    if (hasRel(d, v, ['xcomp'])) {
      // Lenient (a veto over facts found without the parse): only a verb of plan, wish or denial cancels.
      if (lenient ? NON_ASSERTING.has(d.parse.lemmas[h]!) : !ASSERTING.has(d.parse.lemmas[h]!)) return false;
    } else if (hasRel(d, v, ['ccomp', 'advcl', 'csubj'])) {
      if (hasRel(d, v, ['advcl'])) return true;
      if (NON_ASSERTING.has(d.parse.lemmas[h]!)) return false;
    } else if (!hasRel(d, v, ['conj', 'parataxis'])) {
      return true;
    }
    v = h;
  }
  return true;
}

/**
 * A negator or modal auxiliary on the clause head ("has not met", "will meet", "could attack"). A modal
 * on a verb of continuing ("will continue to support") states what already goes on.
 */
/** True when a modal auxiliary hangs on the verb at `v` ("will start", "could hold"). */
export function hasModal(d: DepSentence, v: number): boolean {
  return childrenWith(d, v, ['aux', 'aux:pass']).some((c) => MODALS.has(d.lower[c]!));
}

function negatedOrModal(d: DepSentence, v: number): boolean {
  const continuing = ASSERTING.has(d.parse.lemmas[v]!) && d.parse.lemmas[v] !== 'help';
  for (const c of d.children[v]!) {
    const rel = d.parse.deprels[c]!;
    if ((rel === 'advmod' || rel === 'neg' || rel === 'det' || rel === 'cc:preconj') && NEGATIONS.has(d.lower[c]!)) return true;
    if ((rel === 'aux' || rel === 'aux:pass') && MODALS.has(d.lower[c]!) && !continuing) return true;
  }
  return false;
}

function question(d: DepSentence): boolean {
  return d.lower.at(-1) === '?';
}

/** True for a verb that makes an event noun in its object a plan or refusal ("scheduled a meeting"). */
export function isPlanVerb(lemma: string): boolean {
  return PLANNING.has(lemma);
}

/** True when the verb is passive: a passive auxiliary or subject, or a past participle modifying a noun. */
export function isPassive(d: DepSentence, v: number): boolean {
  for (const c of d.children[v]!) {
    const rel = d.parse.deprels[c]!;
    if (rel === 'aux:pass' || rel === 'nsubj:pass' || rel === 'csubj:pass') return true;
  }
  return hasRel(d, v, ['acl']) && !d.lower[v]!.endsWith('ing') && d.parse.deprels[v] !== 'acl:relcl';
}
