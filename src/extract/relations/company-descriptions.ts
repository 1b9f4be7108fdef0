// Descriptions of a company by its home: "The Ruritanian carmaker said …", "The Westville-based bank's
// profits rose …". Business news names a company, then calls it by where it is from; the description
// states that home for the company it stands for.
import type { Mention, MentionRelation } from '../../types.js';
import { endsNounPhrase } from './args.js';
import { type MainOrganization, mainOrganization } from './company-titles.js';
import { CONFIDENCE } from './confidence.js';
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import type { SentenceView, Unit } from './units.js';

/** Words that may open the sentence before the description ("But the Ruritanian firm …"). */
const OPENERS = new Set(['"', '“', "'", ',', 'but', 'and', 'however', 'yet', 'meanwhile']);
/** Lower-case words allowed between the home and the kind ("the Ruritanian telecoms giant"). */
const MAX_FILLER = 2;
/** How many sentences back the company may have been named. */
const LOOK_BACK = 2;

interface Description {
  /** The country or place the description names. */
  home: number;
  /** "the Westville-based bank": where it is, not whose it is. */
  based: boolean;
}

/**
 * AFFILIATED_WITH (a country) or LOCATED_IN (a "-based" place) for the company a sentence-opening
 * description stands for: the organization the article is about when the sentences just before name it,
 * else the one organization that opens the nearest sentence naming any. Nothing when `found` already
 * gives that company another country, or another company this one ("the Ruritanian group" after
 * "Ruritanian exchange Beta" is Beta).
 */
export function describedCompanyRelations(
  views: readonly SentenceView[],
  mentions: readonly Mention[],
  kinds: readonly MentionKind[],
  found: readonly MentionRelation[],
): MentionRelation[] {
  const main = mainOrganization(mentions, kinds);
  const homes = countriesOf(found, mentions, kinds);
  const out: MentionRelation[] = [];
  for (const view of views) {
    const d = description(view.units, kinds);
    if (!d) continue;
    const body = antecedent(views, view.index, kinds, main);
    if (body < 0) continue;
    const code = kinds[d.home]!.countryCode;
    const name = key(mentions[body]!);
    const own = homes.get(name);
    if (code && ((own && !own.has(code)) || [...homes].some(([other, codes]) => other !== name && codes.has(code)))) continue;
    out.push({ predicate: d.based ? 'LOCATED_IN' : 'AFFILIATED_WITH', subject: body, object: d.home, sentence: view.index, confidence: CONFIDENCE.construction - 0.35 });
  }
  return out;
}

/** Country codes each organization (by name) is tied to by a membership or location in `found`. */
function countriesOf(found: readonly MentionRelation[], mentions: readonly Mention[], kinds: readonly MentionKind[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of found) {
    const code = r.object >= 0 ? kinds[r.object]!.countryCode : undefined;
    if (!code || (r.predicate !== 'AFFILIATED_WITH' && r.predicate !== 'LOCATED_IN') || kinds[r.subject]!.type !== 'Organization') continue;
    const name = key(mentions[r.subject]!);
    out.set(name, (out.get(name) ?? new Set()).add(code));
  }
  return out;
}

function key(m: Mention): string {
  return m.text.toLowerCase();
}

/** "The Ruritanian carmaker …", "But the Westville-based telecoms group's …" at the start of a sentence. */
function description(units: readonly Unit[], kinds: readonly MentionKind[]): Description | undefined {
  const k = opening(units);
  if (units[k]?.lower !== 'the') return undefined;
  const home = units[k + 1]?.mention ?? -1;
  if (home < 0) return undefined;
  let j = k + 2;
  const based = units[j]?.lower === '-based' || units[j]?.lower === '-headquartered';
  if (based) j++;
  const kind = kinds[home]!;
  if (based ? kind.type !== 'Location' : !kind.country) return undefined;
  for (let f = 0; f <= MAX_FILLER; f++) {
    const filler = units[j + f - 1];
    if (f > 0 && (filler!.mention >= 0 || !/^[a-z][a-z-]*$/.test(filler!.lower) || LEX.prepositions.has(filler!.lower) || LEX.verbForms.has(filler!.lower))) return undefined;
    const len = LEX.describedBodies.match(units, j + f);
    if (len === 0) continue;
    const last = j + f + len - 1;
    const next = units[last + 1];
    // "the Ruritanian carmaker Acme" names its company itself (see constructions.ts).
    if (next && (next.mention >= 0 || /^\p{Lu}/u.test(next.text))) return undefined;
    return endsNounPhrase(units, last) || next?.lower === "'s" || next?.lower === "'" ? { home, based } : undefined;
  }
  return undefined;
}

/** The company the description in sentence `s` stands for, or -1 when the sentences before leave it open. */
function antecedent(views: readonly SentenceView[], s: number, kinds: readonly MentionKind[], main: MainOrganization | undefined): number {
  const isCompany = (m: number) => m >= 0 && kinds[m]!.type === 'Organization' && !kinds[m]!.place && !kinds[m]!.country;
  for (let t = s - 1; t >= 0 && t >= s - LOOK_BACK; t--) {
    const named = views[t]!.units.map((u) => u.mention).filter(isCompany);
    if (named.length === 0) continue;
    const ofMain = main ? named.find((m) => main.names(m)) : undefined;
    if (ofMain !== undefined) return ofMain;
    // No main company near: the organization that opens the sentence before, its subject in news prose.
    const units = views[t]!.units;
    const first = units[opening(units)]?.mention ?? -1;
    return isCompany(first) ? first : -1;
  }
  return -1;
}

/** The first unit after the words that may open a sentence (OPENERS). */
function opening(units: readonly Unit[]): number {
  let k = 0;
  while (k < units.length && OPENERS.has(units[k]!.lower)) k++;
  return k;
}
