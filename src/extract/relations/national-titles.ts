// National offices named once with their country and once bare: "the Ruritanian president … President
// X said" makes X Ruritania's president when the article names no other holder of that office.
import type { Mention, MentionRelation } from '../../types.js';
import { NATIONAL_OFFICES } from '../lexicons/titles.js';
import { CONFIDENCE } from './confidence.js';
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { lexLength } from './pattern.js';
import { titleCase, withoutPastPrefix } from './title-text.js';
import type { SentenceView, Unit } from './units.js';

const OFFICES = [...NATIONAL_OFFICES].sort((a, b) => b.length - a.length);
const OWNERS = new Set(['its', 'his', 'her', 'their', 'our', 'whose']);

interface TitleUse {
  office: string;
  /** The country before the title, or -1 when the title stands bare. */
  country: number;
  /** The person named right after the title, or -1. */
  person: number;
  view: number;
  past: boolean;
  /** "its president X": the title belongs to someone the pronoun names. */
  owned: boolean;
  /** "Acme President X", "shadow chancellor X": a name or word before the title makes it no national office. */
  named: boolean;
}

/** HOLDS_POSITION for bare national titles whose country the article states for that office alone. */
export function nationalTitleRelations(views: readonly SentenceView[], mentions: readonly Mention[], kinds: readonly MentionKind[]): MentionRelation[] {
  const uses = views.flatMap((v) => titleUses(v, kinds));
  const out: MentionRelation[] = [];
  const only = onlyCountry(mentions, kinds);
  const bareUses = uses.filter((u) => u.country < 0 && u.person >= 0 && !u.owned);
  for (const bare of bareUses) {
    // One current and one past holder at most: "President X … President Y" leaves both unknown.
    const rivals = new Set(bareUses.filter((u) => u.office === bare.office && u.past === bare.past).map((u) => personKey(mentions[u.person]!)));
    if (rivals.size !== 1) continue;
    const qualified = uses.filter((u) => u.office === bare.office && u.country >= 0);
    const countries = new Set(qualified.map((u) => countryKey(mentions[u.country]!)));
    let country = -1;
    let confidence = CONFIDENCE.construction - 0.3;
    if (qualified.length === 0 && only && !bare.named && !AMBIGUOUS_OFFICES.has(bare.office)) {
      // No country named with the office, but the article names one country only: it is that country's office.
      country = only.nearest(bare.view);
      confidence = CONFIDENCE.construction - 0.4;
    } else if (countries.size === 1 && !qualified.some((u) => u.person >= 0 && u.person !== bare.person)) {
      // One country for the office, and no one else named as its holder there.
      country = qualified[0]!.country;
    }
    if (country < 0) continue;
    const r: MentionRelation = { predicate: 'HOLDS_POSITION', subject: bare.person, object: country, sentence: bare.view, confidence, title: titleCase(bare.office) };
    if (bare.past) r.status = 'former';
    out.push(r);
  }
  return out;
}

/** Offices companies and other bodies have too ("senior vice president X"): never taken as the article's country's. */
const AMBIGUOUS_OFFICES = new Set(['president', 'vice president', 'vice-president']);
/** Words before a title that make it a party's or a body's ("shadow chancellor X"). */
const NOT_NATIONAL = new Set(['shadow', 'party', 'club', 'company', 'group']);

/** Mentions of a country an article must make, and no other, for a bare office to be taken as that country's. */
const ONLY_COUNTRY_MENTIONS = 2;

/** The one country an article names (at least twice, by name or adjective), with its mention nearest before a sentence. */
function onlyCountry(mentions: readonly Mention[], kinds: readonly MentionKind[]): { nearest(view: number): number } | undefined {
  const found = mentions.map((_, i) => i).filter((i) => kinds[i]!.country);
  const keys = new Set(found.map((i) => countryKey(mentions[i]!)));
  if (keys.size !== 1 || found.length < ONLY_COUNTRY_MENTIONS) return undefined;
  return { nearest: (view) => found.filter((i) => mentions[i]!.sentence <= view).at(-1) ?? found[0]! };
}

/** A person's last name, so "President X Y" and "President Y" count as one holder. */
function personKey(m: Mention): string {
  return m.text.toLowerCase().split(' ').at(-1)!;
}

function countryKey(m: Mention): string {
  return (m.canonical ?? m.text).toLowerCase();
}

/** Every national office title in a sentence, with the country before it and the person after it. */
function titleUses(view: SentenceView, kinds: readonly MentionKind[]): TitleUse[] {
  const units = view.units;
  const out: TitleUse[] = [];
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.mention >= 0) continue;
    const len = lexLength('TITLE', units, i);
    if (len === 0) continue;
    const office = officeOf(units, i, len);
    if (office) {
      const prev = units[i - 1];
      // "shadow chancellor X" names no office of the country, whether "shadow" was read into the title or not.
      const inside = units.slice(i, i + len).some((u) => NOT_NATIONAL.has(u.lower));
      const named = inside || (prev !== undefined && ((prev.mention >= 0 && !kinds[prev.mention]!.country) || /^\p{Lu}/u.test(prev.text) || NOT_NATIONAL.has(prev.lower)));
      out.push({ office, country: countryBefore(units, i, kinds), person: personAt(units, i + len, kinds), view: view.index, past: pastBefore(units, i, len), owned: OWNERS.has(prev?.lower ?? ''), named });
    }
    i += len - 1;
  }
  return out;
}

/** The national office a title phrase ends with ("former foreign minister" → "foreign minister"). */
function officeOf(units: readonly Unit[], i: number, len: number): string | undefined {
  const text = units.slice(i, i + len).map((u) => u.lower).join(' ');
  return OFFICES.find((o) => text === o || text.endsWith(` ${o}`));
}

function countryBefore(units: readonly Unit[], i: number, kinds: readonly MentionKind[]): number {
  const k = units[i - 1]?.lower === "'s" ? i - 2 : i - 1;
  const m = units[k]?.mention ?? -1;
  return m >= 0 && kinds[m]!.country ? m : -1;
}

function personAt(units: readonly Unit[], k: number, kinds: readonly MentionKind[]): number {
  const m = units[k]?.mention ?? -1;
  return m >= 0 && kinds[m]!.type === 'Person' ? m : -1;
}

/** "former president X", "ex-president X": the title phrase or the word before it marks a past holder. */
function pastBefore(units: readonly Unit[], i: number, len: number): boolean {
  if (LEX.pastWords.has(units[i - 1]?.lower ?? '')) return true;
  for (let k = i; k < i + len; k++) if (LEX.pastWords.has(units[k]!.lower) || withoutPastPrefix(units[k]!.lower).past) return true;
  return false;
}
