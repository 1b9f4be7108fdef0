// "in the capital, Westville": the capital of which country the text leaves to the reader. The article's
// countries and the gazetteer's country of the town settle it: a capital lies in a country the article
// names when the gazetteer puts the town there.
import type { MentionRelation } from '../../types.js';
import { CONFIDENCE } from './confidence.js';
import type { MentionKind } from './kinds.js';
import type { SentenceView, Unit } from './units.js';

/** Words that make "capital" the country's seat ("the capital", "its capital", "the country's capital"). */
const BEFORE_CAPITAL = new Set(['the', 'its', "'s", "'"]);

/**
 * LOCATED_IN for "the capital, X" / "its capital X": X a town the gazetteer knows, in the country of a
 * country mention of the article (the nearest before it, else the first).
 */
export function capitalRelations(views: readonly SentenceView[], kinds: readonly MentionKind[]): MentionRelation[] {
  const countries: { mention: number; view: number; code: string }[] = [];
  for (const view of views) {
    for (const u of view.units) {
      const k = u.mention >= 0 ? kinds[u.mention]! : undefined;
      if (k?.country && k.countryCode) countries.push({ mention: u.mention, view: view.index, code: k.countryCode });
    }
  }
  const out: MentionRelation[] = regionalCapitals(views, kinds);
  if (countries.length === 0) return out;
  for (const view of views) {
    for (const town of capitalsNamed(view.units, kinds)) {
      const code = kinds[town]!.countryCode;
      const same = countries.filter((c) => c.code === code);
      const country = same.filter((c) => c.view <= view.index).at(-1) ?? same[0];
      if (country) out.push({ predicate: 'LOCATED_IN', subject: town, object: country.mention, sentence: view.index, confidence: CONFIDENCE.construction - 0.15 });
    }
  }
  return out;
}

/**
 * Towns named right after "capital" with one of `before` in front of it ("in the capital, X", "its capital X";
 * "the state capital X" with REGIONAL).
 */
function capitalsNamed(units: readonly Unit[], kinds: readonly MentionKind[], before: ReadonlySet<string> = BEFORE_CAPITAL): number[] {
  const out: number[] = [];
  for (let i = 1; i < units.length; i++) {
    if (units[i]!.lower !== 'capital' || !before.has(units[i - 1]!.lower)) continue;
    const at = units[i + 1]?.lower === ',' ? i + 2 : i + 1;
    const m = units[at]?.mention ?? -1;
    const k = m >= 0 ? kinds[m]! : undefined;
    if (k && k.type === 'Location' && !k.country && k.place === 'city' && k.countryCode) out.push(m);
  }
  return out;
}

/** Words that make a capital a region's ("the state capital X", "the provincial capital, X"). */
const REGIONAL = new Set(['state', 'provincial', 'province', 'regional', 'region', 'district', 'county']);

/**
 * LOCATED_IN for "the provincial capital, X" / "state capital X": X a town the gazetteer knows, in the one
 * region of its country the article names (none when it names two: which one's capital is left open).
 */
function regionalCapitals(views: readonly SentenceView[], kinds: readonly MentionKind[]): MentionRelation[] {
  const regions = new Map<string, Set<string>>();
  const first = new Map<string, number>();
  for (const view of views) {
    for (const u of view.units) {
      const k = u.mention >= 0 ? kinds[u.mention]! : undefined;
      if (k?.type !== 'Location' || k.place !== 'region' || !k.countryCode) continue;
      const names = regions.get(k.countryCode) ?? new Set<string>();
      names.add(u.lower);
      regions.set(k.countryCode, names);
      if (!first.has(k.countryCode)) first.set(k.countryCode, u.mention);
    }
  }
  const out: MentionRelation[] = [];
  for (const view of views) {
    for (const town of capitalsNamed(view.units, kinds, REGIONAL)) {
      const code = kinds[town]!.countryCode!;
      if (regions.get(code)?.size !== 1) continue;
      out.push({ predicate: 'LOCATED_IN', subject: town, object: first.get(code)!, sentence: view.index, confidence: CONFIDENCE.construction - 0.2 });
    }
  }
  return out;
}
