// Name groups: all mentions that resolved to the same key, with their forms, type votes and geo.
import type { EntityType, GeoInfo } from '../types.js';
import type { Expansion } from './definitions.js';
import type { MentionInfo } from './mentions.js';
import { INITIALS_SKIP as SMALL_WORDS } from '../extract/lexicons/organizations.js';
import { isAcronym } from './normalize.js';

/** Everything known about one resolved key across the corpus. */
export interface Group {
  key: string;
  /** Display forms spelling this very key (not short forms linked to it), with counts. */
  forms: Map<string, number>;
  /** Every surface form resolved to this key that may serve as an alias. */
  surfaces: Set<string>;
  /** Mention counts by type. */
  votes: Record<EntityType, number>;
  /** NER canonical names given to mentions of this key, with counts. */
  canonicals: Map<string, number>;
  /** Gazetteer positions given to mentions, by "lat,lon,cc", with counts. */
  geos: Map<string, { geo: GeoInfo; n: number }>;
  mentions: number;
  /** Indices of the articles mentioning it (as positions in the input; used only as a set). */
  articles: Set<number>;
  /** Mentions that came with a title ("Sir Anton"): a lone given name so written is how the person is known. */
  titled: number;
  /** Member-descriptor form of another group ("X militants"): never the display name. */
  descriptive: boolean;
  /** Memo of displayForm(); reset when forms change. */
  display?: string | null;
}

/** A new empty group. */
export function newGroup(key: string): Group {
  return {
    key,
    forms: new Map(),
    surfaces: new Set(),
    votes: { Person: 0, Organization: 0, Location: 0 },
    canonicals: new Map(),
    geos: new Map(),
    mentions: 0,
    articles: new Set(),
    titled: 0,
    descriptive: false,
  };
}

/** Type votes of an organization a title is held at (see MentionInfo.titleOrg). */
const TITLE_ORG_VOTES = 2;

/** Adds one mention of article `doc` to the groups (creating its group). */
export function addMention(groups: Map<string, Group>, info: MentionInfo, doc: number): void {
  let g = groups.get(info.key);
  if (!g) {
    g = newGroup(info.key);
    groups.set(info.key, g);
  }
  g.mentions++;
  g.articles.add(doc);
  g.votes[info.type] += info.titleOrg ? TITLE_ORG_VOTES : 1;
  if (info.titled) g.titled++;
  if (info.ownKey === info.key) {
    bump(g.forms, info.form);
    g.display = undefined;
  }
  if (!info.demonym) g.surfaces.add(info.form);
  if (info.canonical) bump(g.canonicals, info.canonical);
  if (info.geo) {
    const id = `${info.geo.lat},${info.geo.lon},${info.geo.country}`;
    const slot = g.geos.get(id);
    if (slot) slot.n++;
    else g.geos.set(id, { geo: info.geo, n: 1 });
  }
}

/** Adds an acronym expansion that no mention spells out, as a zero-count form. */
export function addVirtual(groups: Map<string, Group>, e: Expansion): void {
  let g = groups.get(e.key);
  if (!g) {
    g = newGroup(e.key);
    groups.set(e.key, g);
  }
  if (!g.forms.has(e.form)) g.forms.set(e.form, 0);
  g.display = undefined;
  g.surfaces.add(e.form);
}

/**
 * The group's own display form: mixed case over ALL CAPS, no inner possessive ("Ruritanian Army"
 * over "Ruritania's army"), a proper name over a description ("Ruritanian Army" over "Ruritanian
 * troops"), then most frequent, then more capitalized words, then code order.
 */
export function displayForm(g: Group): string | undefined {
  if (g.display === undefined) g.display = pickDisplay(g.forms) ?? null;
  return g.display ?? undefined;
}

function pickDisplay(forms: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestScore = -1;
  for (const [form, n] of forms) {
    const proper = form.split(' ').every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
    const score = (isShouting(form) ? 0 : 1_000_000) + (/['’]s\b/.test(form) ? 0 : 100_000) + (proper ? 10_000 : 0) + n * 100 + capitals(form);
    if (score > bestScore || (score === bestScore && best !== undefined && form < best)) {
      best = form;
      bestScore = score;
    }
  }
  return best;
}

/** True when the group is written only as an acronym ("NDF"). */
export function isAcronymGroup(g: Group): boolean {
  const form = displayForm(g);
  return form !== undefined && isAcronym(form);
}

/** Written in capitals only ("STRELSAU", "NDF"). */
function isShouting(form: string): boolean {
  return !/\p{Ll}/u.test(form) && form.replace(/[^\p{L}]/gu, '').length > 1;
}

function capitals(form: string): number {
  return Math.min(99, form.split(' ').filter((w) => /^\p{Lu}/u.test(w)).length);
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
