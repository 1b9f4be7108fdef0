// Event relations stated by nouns: "the liberation of Y by X", "X's air strikes on Y", "talks with Y".
import { type NounEntry, STRIKE_TARGET_NOUNS } from '../lexicons/verbs.js';
import { type ArgContext, agentAfter, clauseSubject, objectAfter } from './args.js';
import type { UnitRelation } from './events.js';
import { LEX } from './lexicon.js';

/** "X's capture of Y", "the liberation of Y by X", "air strikes on Y", "talks with Y", "with the support of X". */
export function nounRelations(ctx: ArgContext, i: number, out: UnitRelation[]): void {
  if (!LEX.nounStarts.startsWith(ctx.units[i]!.lower)) return;
  for (const { entry, set } of LEX.nouns) {
    const len = set.match(ctx.units, i);
    if (len === 0) continue;
    const after = skipLocative(ctx, i + len, entry.predicate);
    const prep = strikeAt(ctx, i, after) ? 'on' : (ctx.units[after]?.lower ?? '');
    if (entry.predicate === 'SUPPORTED') {
      const agent = agentAfter(ctx, after, entry.agentPreps);
      const withAt = withStart(ctx, i);
      const helped = entry.objectPreps.includes(prep) ? objectAfter(ctx, after + 1) : withAt >= 0 ? clauseSubject(ctx, withAt) : -1;
      const giver = agent >= 0 ? agent : prenominalAgent(ctx, i);
      if (giver >= 0 && helped >= 0) out.push({ p: 'SUPPORTED', s: giver, o: helped });
      return;
    }
    if (entry.agentPreps.includes(prep)) {
      agentFirst(ctx, after, entry, out);
      return;
    }
    if (!entry.objectPreps.includes(prep)) {
      if (entry.predicate === 'ATTACKED' && implicitTarget(ctx, i, out)) return;
      continue;
    }
    const obj = objectAfter(ctx, after + 1, entry.predicate === 'ATTACKED' ? 'any' : 'place');
    if (obj < 0) continue;
    let agent = prenominalAgent(ctx, i);
    if (agent < 0) agent = agentAfter(ctx, obj + 1, entry.agentPreps);
    if (agent < 0 && entry.clauseSubject) agent = clauseAgent(ctx, i);
    if (agent >= 0) out.push({ p: entry.predicate, s: agent, o: obj });
    return;
  }
}

/**
 * "what is left of Westville after months of Freedonia-led air strikes": a strike noun with a country
 * or organization agent before it and no target after it hits the one place (below country level) the sentence names.
 */
function implicitTarget(ctx: ArgContext, i: number, out: UnitRelation[]): boolean {
  const len = LEX.strikeNouns.match(ctx.units, i);
  const next = ctx.units[i + len]?.lower ?? '';
  if (len === 0 || (LEX.prepositions.has(next) && next !== 'in')) return false;
  const agent = prenominalAgent(ctx, i);
  if (agent < 0) return false;
  const a = ctx.kinds[ctx.units[agent]!.mention]!;
  if (a.type !== 'Organization' && !a.country) return false;
  const place = onlyPlace(ctx);
  if (place < 0) return false;
  out.push({ p: 'ATTACKED', s: agent, o: place });
  return true;
}

/** The unit of the one place below country level the sentence names (repeats allowed), or -1. */
function onlyPlace(ctx: ArgContext): number {
  let found = -1;
  for (let k = 0; k < ctx.units.length; k++) {
    const u = ctx.units[k]!;
    if (u.mention < 0) continue;
    const kind = ctx.kinds[u.mention]!;
    if (kind.type !== 'Location' || kind.country) continue;
    if (found >= 0 && ctx.units[found]!.lower !== u.lower) return -1;
    if (found < 0) found = k;
  }
  return found;
}

/** "attacks by X on Y": the agent comes first, then the object's preposition. */
function agentFirst(ctx: ArgContext, at: number, entry: NounEntry, out: UnitRelation[]): void {
  const agent = agentAfter(ctx, at, entry.agentPreps);
  if (agent < 0 || !entry.objectPreps.includes(ctx.units[agent + 1]?.lower ?? '')) return;
  const obj = objectAfter(ctx, agent + 2);
  if (obj >= 0) out.push({ p: entry.predicate, s: agent, o: obj });
}

/** The "with" of "with the support of X" before the noun at i, or -1. */
function withStart(ctx: ArgContext, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (ctx.units[k]!.lower === 'with') return k;
  return -1;
}

/** "X's attack", "Ruritanian air strikes", "X-led bombing": an agent written before the noun. */
function prenominalAgent(ctx: ArgContext, i: number): number {
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && ctx.units[k]!.mention < 0 && /^[a-z]+$/.test(ctx.units[k]!.lower) && !LEX.determiners.has(ctx.units[k]!.lower)) {
    if (!LEX.lightVerbs.has(ctx.units[k]!.lower) && !isModifierWord(ctx.units[k]!.lower)) return -1;
    k--;
  }
  const u = ctx.units[k];
  if (!u) return -1;
  if (u.mention >= 0) return k;
  if ((u.lower === "'s" || u.lower === '-led') && (ctx.units[k - 1]?.mention ?? -1) >= 0) return k - 1;
  return -1;
}

/** A plain word that can modify a noun ("heavy", "renewed"): not a verb, preposition or clause word. */
function isModifierWord(w: string): boolean {
  return !(LEX.prepositions.has(w) || LEX.verbForms.has(w) || LEX.speechVerbs.has(w) || LEX.verbContext.has(w) ||
    LEX.passiveAux.has(w) || LEX.clauseWords.has(w));
}

/** The clause subject as agent of a noun, only organizations and countries ("Acme announced the capture of Y"). */
function clauseAgent(ctx: ArgContext, i: number): number {
  const k = clauseSubject(ctx, i);
  if (k < 0) return -1;
  const kind = ctx.kinds[ctx.units[k]!.mention]!;
  return kind.type === 'Organization' || kind.country ? k : -1;
}

/** "strikes in Westville at …": steps over a place phrase between an attack noun and its target. */
function skipLocative(ctx: ArgContext, at: number, predicate: string): number {
  if (predicate !== 'ATTACKED' || ctx.units[at]?.lower !== 'in') return at;
  const u = ctx.units[at + 1];
  if (!u || u.mention < 0 || ctx.kinds[u.mention]!.type !== 'Location') return at;
  return at + 2;
}

/**
 * "air strikes at X", "strikes at facilities of X": `at` introduces a strike's target (not a venue, as
 * in "victory at X"). A bare "strike(s)" may be industrial action, so it needs a military target noun.
 */
function strikeAt(ctx: ArgContext, i: number, after: number): boolean {
  if (ctx.units[after]?.lower !== 'at') return false;
  if (LEX.strikeNouns.match(ctx.units, i) > 0) return true;
  const lower = ctx.units[i]!.lower;
  return (lower === 'strikes' || lower === 'strike') && STRIKE_TARGETS.has(ctx.units[after + 1]?.lower ?? '');
}

const STRIKE_TARGETS: ReadonlySet<string> = new Set(STRIKE_TARGET_NOUNS);
