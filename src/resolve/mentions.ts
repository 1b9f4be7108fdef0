// Turns raw mentions into cleaned forms and matching keys, dropping spans that name nothing.
import type { EntityType, GeoInfo, Mention } from '../types.js';
import { leaderOf } from './leaders.js';
import { headType, regionOf } from './heads-type.js';
import { JUNK_NAMES } from '../extract/lexicons/names.js';
import { CLUB_SUFFIXES } from '../extract/lexicons/organizations.js';
import { ORG_TRAILING_ROLES } from '../extract/lexicons/titles.js';
import { cleanSurface, isAcronym, nameKey, personKey, stripTitles } from './normalize.js';
import type { PlaceIndex } from './places.js';
import { canonicalHead, isGenericHead, qualifiedKey } from './qualify.js';

/** One usable mention, as resolution sees it. */
export interface MentionInfo {
  /** Index of the mention in its article's mention list. */
  index: number;
  /** [start, end) offsets in the article text. */
  start: number;
  end: number;
  /** Display form: trimmed, no "the"/possessive, no leading titles for people. */
  form: string;
  /** Matching key of the form. */
  ownKey: string;
  /** Key of the name it resolves to: `ownKey`, the canonical's key, or a link found later. */
  key: string;
  type: EntityType;
  /** The canonical name NER gave (demonyms, alternative country names). */
  canonical?: string;
  /** True when the surface is a demonym/adjective, not a name (never an alias). */
  demonym: boolean;
  /** An organization head that needs its country to name anything ("Foreign Ministry", "army"). */
  generic: boolean;
  /** Person key of the leader a government is named after ("Ortega regime" → "ortega"). */
  ledBy?: string;
  /** A Person span that came with a title ("President Anna Ortega"): confidently a person. */
  titled?: boolean;
  /**
   * An organization a title is held at ("<Org> CEO <Person>"): the construction, not only the tagger,
   * says it is an organization, so its type vote counts double.
   */
  titleOrg?: boolean;
  geo?: GeoInfo;
}

const LETTER_RE = /\p{L}/u;
/** A role word standing alone names a person of a body, never a body ("the MP would", "the CEO said"). */
const LONE_ROLES: ReadonlySet<string> = new Set(ORG_TRAILING_ROLES);
const UPPER_RE = /\p{Lu}/u;

/**
 * The cleaned view of a mention, or null for a junk span (no letters, no capital letter, a lone
 * pronoun/weekday/title, a role word such as "CEO" or "MP", a single letter). Generic organization heads are kept even in lower case.
 */
export function prepareMention(m: Mention, index: number, places: PlaceIndex): MentionInfo | null {
  let form = cleanSurface(m.text);
  let spanType = m.canonical ? m.type : headType(form, m.type, places);
  if (spanType === 'Organization') {
    const person = personAfterRole(form);
    if (person) [form, spanType] = [person, 'Person'];
    else form = stripTrailingRole(form);
  }
  const untitled = form;
  if (spanType === 'Person') form = stripTitles(form, (w) => places.countryOfDemonym(w) !== undefined);
  let ownKey = spanType === 'Person' ? personKey(form) : nameKey(form);
  const qualified = spanType === 'Organization' && !m.canonical ? qualifiedKey(form, places) : undefined;
  if (qualified) ownKey = qualified;
  const generic = spanType === 'Organization' && !qualified && isGenericHead(ownKey);
  if (generic) ownKey = canonicalHead(ownKey);
  const canonical = m.canonical?.trim() || (spanType === 'Location' ? regionOf(form, places) : undefined);
  const junk = (JUNK_NAMES.has(ownKey) && !canonical && !isAcronym(form)) || LONE_ROLES.has(ownKey);
  if (!LETTER_RE.test(form) || (!generic && (!UPPER_RE.test(form) || junk))) return null;
  if (ownKey.replace(/[^\p{L}]/gu, '').length < 2) return null;
  const type = spanType === 'Location' && !canonical && isClubName(form, places) ? 'Organization' : spanType;
  const info: MentionInfo = { index, start: m.start, end: m.end, form, ownKey, key: ownKey, type, demonym: false, generic };
  if (canonical) {
    info.canonical = canonical;
    info.key = nameKey(canonical);
    info.demonym = info.key !== ownKey && places.countryOfDemonym(form) !== undefined;
  }
  if (m.geo) info.geo = m.geo;
  if (spanType === 'Person' && form !== untitled) info.titled = true;
  const ledBy = type === 'Organization' && !qualified && !generic ? leaderOf(form) : undefined;
  if (ledBy) info.ledBy = ledBy;
  return info;
}

/** Mentions already prepared in one resolution run, by surface, tagger type and canonical name. */
export type MentionMemo = Map<string, MentionInfo | null>;

/**
 * prepareMention, computed once per distinct (surface, type, canonical) of a run: a name repeated
 * across the corpus is cleaned and keyed once, and each mention gets its own copy (later steps mutate
 * it). The copy is equal to what prepareMention returns for that mention, key for key and in order.
 */
export function prepareMentionMemo(m: Mention, index: number, places: PlaceIndex, memo: MentionMemo): MentionInfo | null {
  const id = `${m.type}\u0000${m.canonical ?? '\u0001'}\u0000${m.text}`;
  const seen = memo.get(id);
  if (seen === null) return null;
  if (seen !== undefined) return copyInfo(seen, m, index);
  const info = prepareMention(m, index, places);
  memo.set(id, info && copyInfo(info, m, index));
  return info;
}

/** A fresh MentionInfo with the name parts of `t` and the position of `m`, properties in prepareMention's order. */
function copyInfo(t: MentionInfo, m: Mention, index: number): MentionInfo {
  const info: MentionInfo = { index, start: m.start, end: m.end, form: t.form, ownKey: t.ownKey, key: t.key, type: t.type, demonym: t.demonym, generic: t.generic };
  if (t.canonical !== undefined) info.canonical = t.canonical;
  if (m.geo) info.geo = m.geo;
  if (t.titled) info.titled = true;
  if (t.ledBy !== undefined) info.ledBy = t.ledBy;
  return info;
}

/**
 * "Northwich Rovers": a known town (under that very name) plus a club word, the whole not a known
 * place ("Kessel City" may be one, or the town's gazetteer name).
 */
export function isClubName(form: string, places: PlaceIndex): boolean {
  const space = form.lastIndexOf(' ');
  if (space < 0 || !CLUB_SUFFIXES.has(form.slice(space + 1))) return false;
  const town = places.lookupPlace(form.slice(0, space));
  return town !== undefined && places.lookupPlace(form) === undefined && nameKey(town.canonical) === nameKey(form.slice(0, space));
}

/** "Vextor CEO Lena Brandt" → "Lena Brandt": an org span that runs on into a person's name. */
function personAfterRole(form: string): string | undefined {
  const words = form.split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    if (!ORG_TRAILING_ROLES.includes(words[i]!.toLowerCase())) continue;
    const rest = words.slice(i + 1);
    return rest.every((w) => /^\p{Lu}/u.test(w)) ? rest.join(' ') : undefined;
  }
  return undefined;
}

/** "Vextor CEO" → "Vextor"; a span that is only the role stays as it is. */
function stripTrailingRole(form: string): string {
  const lower = form.toLowerCase();
  const role = ORG_TRAILING_ROLES.find((r) => lower.endsWith(` ${r}`));
  return role ? form.slice(0, -role.length - 1) : form;
}
