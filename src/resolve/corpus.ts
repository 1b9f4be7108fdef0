// Cross-article merging of name groups: acronyms, short org names, spelling variants, surnames, typos.
import type { EntityType } from '../types.js';
import { type Group, displayForm, isAcronymGroup } from './groups.js';
import { type LeaderEvidence, linkLeaderOrgs } from './leaders.js';
import { addTo } from './multimap.js';
import { acronymLetters, initialsOf, memberTail, nameKey, personWords } from './normalize.js';
import { foldWord, foldWords } from './phonetic.js';
import type { PlaceIndex } from './places.js';
import { ContextIndex, unionInContext } from './context.js';
import { linkOrgForms } from './forms.js';
import { corporateHead } from './heads-type.js';
import { isGenericHead } from './qualify.js';
import { linkPlaceTypos } from './typos.js';
import { UnionFind } from './union-find.js';
import { isSurnameOnly } from './words.js';
import { SHORT_NAME_TAILS } from '../extract/lexicons/organizations.js';

/** What the articles taught about short forms, gathered before merging. */
export interface CorpusEvidence {
  /** Acronym letters → expansion keys stated in parentheses anywhere. */
  defs: Map<string, Set<string>>;
  /** One-word org key → the longer org keys articles linked it to (applied to mentions, not here). */
  orgLinks: Map<string, Set<string>>;
  /** Leader-named governments and leaders' countries. */
  leaders: LeaderEvidence;
  /** [alias key, name key] pairs the articles state ("X (also known as Y)"). */
  aliases: [string, string][];
}

/** A lone given name in more articles than this is how someone is known, not a short form. */
const MAX_FIRST_NAME_ARTICLES = 2;

const TAILS = new Set(SHORT_NAME_TAILS);

const TYPE_ORDER: readonly EntityType[] = ['Organization', 'Location', 'Person'];

/**
 * The type most mentions of a group carry; ties go to Location for known places, then
 * Organization, Location, Person. Known countries are always Location.
 */
export function voteType(votes: Record<EntityType, number>, name: string | undefined, places: PlaceIndex): EntityType {
  const hit = name === undefined ? undefined : places.lookupPlace(name);
  if (hit?.kind === 'country' && nameKey(hit.canonical) === nameKey(name!)) return 'Location';
  const order: readonly EntityType[] = hit ? ['Location', 'Organization', 'Person'] : TYPE_ORDER;
  let best = order[0]!;
  for (const t of order) if (votes[t] > votes[best]) best = t;
  return best;
}

/**
 * Unions the groups that name the same entity; returns the sets over group keys. `uf` may come with
 * pairs already kept apart (UnionFind.separate).
 */
export function mergeGroups(groups: ReadonlyMap<string, Group>, ev: CorpusEvidence, places: PlaceIndex, uf = new UnionFind()): UnionFind {
  const keys = [...groups.keys()].sort();
  const types = new Map<string, EntityType>();
  for (const k of keys) {
    const g = groups.get(k)!;
    types.set(k, voteType(g.votes, [...g.canonicals.keys()].sort()[0] ?? displayForm(g), places));
  }
  retypeCompanyWords(keys, groups, types, places);
  for (const [alias, name] of ev.aliases) if (groups.has(alias) && groups.has(name)) uf.union(alias, name);
  linkCountryForms(keys, groups, types, places, uf);
  linkDescriptors(keys, groups, types, uf);
  linkCorporate(keys, groups, types, uf);
  linkOrgForms(keys, types, uf);
  linkAdjectives(keys, groups, types, uf);
  linkAcronyms(keys, groups, types, ev.defs, places, uf);
  const ctx = new ContextIndex(groups, places);
  linkNameTails(keys, groups, types, places, ctx, uf);
  linkPersons(keys, groups, types, ctx, uf);
  linkLeaderOrgs(keys, groups, types, ev.leaders, uf);
  linkPlaceTypos(keys, groups, types, places, ctx, uf);
  return uf;
}

/** A one-word name must open this many organization names in the corpus to be taken for a body. */
const MIN_OPENED_BODIES = 3;
/** ...and come with a title or honorific in at most one mention in this many (a tagger slip, not a person). */
const MAX_TITLED_SHARE = 20;

/**
 * A one-word name the tagger calls a person that opens several organization names in the corpus ("Acme" of "Acme
 * Pictures", "Acme Music", "Acme Corporation"), more than it opens person names, is nobody's surname, no acronym or known place,
 * and hardly ever comes with a title or honorific: a company, so its mentions vote Organization.
 */
function retypeCompanyWords(keys: readonly string[], groups: ReadonlyMap<string, Group>, types: Map<string, EntityType>, places: PlaceIndex): void {
  const opens = new Map<string, { bodies: number; persons: number }>();
  const surnames = new Set<string>();
  for (const k of keys) {
    const space = k.indexOf(' ');
    const type = types.get(k);
    if (space < 0 || type === 'Location') continue;
    const first = k.slice(0, space);
    const count = opens.get(first) ?? { bodies: 0, persons: 0 };
    if (type === 'Organization') count.bodies++;
    else count.persons++;
    opens.set(first, count);
    if (type === 'Person') surnames.add(k.slice(k.lastIndexOf(' ') + 1));
  }
  for (const k of keys) {
    const g = groups.get(k)!;
    const count = opens.get(k);
    if (types.get(k) !== 'Person' || !count || count.bodies < MIN_OPENED_BODIES || count.bodies <= count.persons) continue;
    if (surnames.has(k) || g.titled * MAX_TITLED_SHARE > g.mentions || isAcronymGroup(g) || [...g.surfaces].some((f) => places.lookupPlace(f))) continue;
    g.votes.Organization += g.votes.Person;
    g.votes.Person = 0;
    types.set(k, 'Organization');
  }
}

/**
 * "US" typed an organization ("the US said") joins the country when mentions typed as places write the country
 * so elsewhere in the corpus: a short form the tagger read as a body. A code no place mention uses ("IT") stays.
 */
function linkCountryForms(keys: readonly string[], groups: ReadonlyMap<string, Group>, types: ReadonlyMap<string, EntityType>, places: PlaceIndex, uf: UnionFind): void {
  const countryBySurface = new Map<string, string>();
  for (const k of keys) {
    if (types.get(k) !== 'Location') continue;
    const g = groups.get(k)!;
    if (places.lookupPlace(displayForm(g) ?? k)?.kind !== 'country') continue;
    for (const surface of g.surfaces) if (!countryBySurface.has(surface)) countryBySurface.set(surface, k);
  }
  for (const k of keys) {
    if (types.get(k) === 'Location') continue;
    const form = displayForm(groups.get(k)!);
    if (form === undefined) continue;
    const country = countryBySurface.get(form);
    if (country !== undefined && places.lookupPlace(form)?.kind === 'country') uf.union(k, country);
  }
}

const FORCES_RE = / (forces|troops)$/i;

/** "forces" or "troops" ending a form: the members of an organization named before it ("Velto Front forces"). */
function forcesTail(form: string): string | undefined {
  return FORCES_RE.exec(form)?.[1]?.toLowerCase();
}

/**
 * "Northland militants" joins "Northland" when that name exists on its own, not as a person;
 * "Velto Front forces" joins "Velto Front" when that is an organization and not a generic body
 * ("Northland government forces" are not the government).
 */
function linkDescriptors(keys: readonly string[], groups: ReadonlyMap<string, Group>, types: ReadonlyMap<string, EntityType>, uf: UnionFind): void {
  for (const k of keys) {
    const g = groups.get(k)!;
    const form = displayForm(g);
    const tail = form && (memberTail(form) ?? forcesTail(form));
    if (!form || !tail) continue;
    const head = nameKey(form.slice(0, -tail.length - 1));
    if (head === '' || !groups.has(head) || types.get(head) === 'Person') continue;
    if (!memberTail(form) && (types.get(head) !== 'Organization' || isGenericHead(head.slice(head.lastIndexOf(' ') + 1)))) continue;
    g.descriptive = true;
    uf.union(k, head);
  }
}

/** "Acme Motor Co." joins "Acme" (an org, not a person or place) once the company-form words are cut. */
function linkCorporate(keys: readonly string[], groups: ReadonlyMap<string, Group>, types: ReadonlyMap<string, EntityType>, uf: UnionFind): void {
  for (const k of keys) {
    const head = types.get(k) === 'Organization' ? corporateHead(k) : undefined;
    if (head && groups.has(head) && types.get(head) === 'Organization') uf.union(k, head);
  }
}

/**
 * "Velto" joins "Velto Party" (or "Velto Airlines", "Velto Bank"…) when that is the only organization in the corpus
 * named by it and a tail word a short name drops, and the two share context; never a place ("Westville").
 */
function linkNameTails(
  keys: readonly string[],
  groups: ReadonlyMap<string, Group>,
  types: ReadonlyMap<string, EntityType>,
  places: PlaceIndex,
  ctx: ContextIndex,
  uf: UnionFind,
): void {
  const longer = new Map<string, Set<string>>();
  for (const k of keys) {
    const cut = k.lastIndexOf(' ');
    if (cut < 0 || types.get(k) !== 'Organization' || !TAILS.has(k.slice(cut + 1))) continue;
    addTo(longer, k.slice(0, cut), k);
  }
  const pairs: [Group, Group][] = [];
  for (const [head, owners] of longer) {
    if (owners.size !== 1 || types.get(head) !== 'Organization') continue;
    if (places.lookupPlace(displayForm(groups.get(head)!) ?? head)) continue;
    pairs.push([groups.get(head)!, groups.get([...owners][0]!)!]);
  }
  unionInContext(pairs, ctx, uf);
}

/** An adjective the gazetteer does not know ("Ruritanian") joins its place ("Ruritania"). */
function linkAdjectives(keys: readonly string[], groups: ReadonlyMap<string, Group>, types: ReadonlyMap<string, EntityType>, uf: UnionFind): void {
  for (const k of keys) {
    if (k.includes(' ') || k.length < 6 || !k.endsWith('n')) continue;
    const place = k.slice(0, -1);
    if (types.get(place) !== 'Location') continue;
    const g = groups.get(k)!;
    g.descriptive = true;
    g.surfaces.clear();
    uf.union(k, place);
  }
}

/**
 * An acronym joins its expansion: the one stated in parentheses somewhere, else (three letters
 * or more) the only org or place in the corpus with those initials.
 */
function linkAcronyms(
  keys: readonly string[],
  groups: ReadonlyMap<string, Group>,
  types: ReadonlyMap<string, EntityType>,
  defs: ReadonlyMap<string, ReadonlySet<string>>,
  places: PlaceIndex,
  uf: UnionFind,
): void {
  const byInitials = new Map<string, Set<string>>();
  for (const k of keys) {
    const g = groups.get(k)!;
    const form = displayForm(g);
    if (!form || types.get(k) === 'Person' || isAcronymGroup(g)) continue;
    for (const ini of initialsOf(form)) addTo(byInitials, ini, k);
  }
  for (const k of keys) {
    const g = groups.get(k)!;
    if (!isAcronymGroup(g)) continue;
    const letters = acronymLetters(displayForm(g)!);
    const stated = defs.get(letters);
    // "USA" is the country, not a body whose initials it happens to spell, unless an article says so.
    const guess = letters.length >= 3 && types.get(k) !== 'Person' && places.lookupPlace(displayForm(g)!)?.kind !== 'country';
    const found = stated ?? (guess ? byInitials.get(letters) : undefined);
    if (found?.size === 1) uf.union(k, [...found][0]!);
  }
}

/**
 * People: forms of one full name join (with or without "al-"), spelling variants too when they
 * share context (Arkady/Arkadiy); then a lone surname joins the only full name in the corpus with
 * that surname, and a lone given name that is nobody's surname (nor a common one), never titled
 * ("Sir Anton") and in at most two articles, the only full name with that given name when the two
 * share context.
 */
function linkPersons(keys: readonly string[], groups: ReadonlyMap<string, Group>, types: ReadonlyMap<string, EntityType>, ctx: ContextIndex, uf: UnionFind): void {
  const byFolded = new Map<string, { key: string; plain: string }>();
  const single: string[] = [];
  const hyphenated: string[] = [];
  const variants: [Group, Group][] = [];
  for (const k of keys) {
    const words = personWords(k);
    if (types.get(k) !== 'Person' || words.length === 0) continue;
    if (words.length === 1) {
      single.push(k);
      continue;
    }
    // "Kilroy-Velde" alone: a hyphenated surname, written as one word.
    const written = displayForm(groups.get(k)!);
    if (written !== undefined && !written.includes(' ')) {
      hyphenated.push(k);
      continue;
    }
    const folded = foldWords(words);
    const seen = byFolded.get(folded);
    if (seen === undefined) byFolded.set(folded, { key: k, plain: words.join(' ') });
    else if (seen.plain === words.join(' ')) uf.union(seen.key, k);
    else variants.push([groups.get(seen.key)!, groups.get(k)!]);
  }
  unionInContext(variants, ctx, uf);
  const bySurname = new Map<string, Set<string>>();
  for (const [folded, { key }] of byFolded) addTo(bySurname, folded.slice(folded.lastIndexOf(' ') + 1), key);
  linkInitials(byFolded, bySurname, groups, ctx, uf);
  linkHyphenatedSurnames(hyphenated, byFolded, uf);
  const byFirst = new Map<string, Set<string>>();
  for (const [folded, { key }] of byFolded) addTo(byFirst, folded.slice(0, folded.indexOf(' ')), key);
  const firstNamePairs: [Group, Group][] = [];
  for (const k of single) {
    const word = foldWord(personWords(k)[0]!);
    const full = bySurname.get(word);
    const roots = new Set([...(full ?? [])].map((f) => uf.find(f)));
    if (roots.size === 1) uf.union(k, [...roots][0]!);
    const g = groups.get(k)!;
    const lone = !full && g.titled === 0 && g.articles.size <= MAX_FIRST_NAME_ARTICLES && !isSurnameOnly(displayForm(g) ?? k);
    const owners = lone ? byFirst.get(word) : undefined;
    if (owners?.size === 1) firstNamePairs.push([g, groups.get([...owners][0]!)!]);
  }
  unionInContext(firstNamePairs, ctx, uf);
}

/** A hyphenated surname written alone ("Kilroy-Velde") joins the only full name in the corpus ending with it. */
function linkHyphenatedSurnames(hyphenated: readonly string[], byFolded: ReadonlyMap<string, { key: string }>, uf: UnionFind): void {
  if (hyphenated.length === 0) return;
  const byTail = new Map<string, Set<string>>();
  for (const [folded, { key }] of byFolded) {
    const words = folded.split(' ');
    for (let i = 1; i < words.length - 1; i++) addTo(byTail, words.slice(i).join(' '), key);
  }
  for (const k of hyphenated) {
    const roots = new Set([...(byTail.get(foldWords(personWords(k))) ?? [])].map((f) => uf.find(f)));
    if (roots.size === 1) uf.union(k, [...roots][0]!);
  }
}

/**
 * "S Velde" (an initial and a surname, as team sheets and results write names) joins the only full name in the
 * corpus with that surname whose given name starts with the initial, when the two share context.
 */
function linkInitials(
  byFolded: ReadonlyMap<string, { key: string; plain: string }>,
  bySurname: ReadonlyMap<string, ReadonlySet<string>>,
  groups: ReadonlyMap<string, Group>,
  ctx: ContextIndex,
  uf: UnionFind,
): void {
  const names = new Map<string, { first: string; folded: string }>();
  for (const [folded, { key, plain }] of byFolded) names.set(key, { first: plain.split(' ')[0]!, folded });
  const pairs: [Group, Group][] = [];
  for (const [folded, { key, plain }] of byFolded) {
    const written = plain.split(' ');
    const initial = written[0]!;
    if (initial.length !== 1 || written.length > 3) continue;
    // "M Kilroy-Velde": the rest may be a hyphenated surname of two key words.
    const rest = folded.slice(folded.indexOf(' '));
    const owners = [...(bySurname.get(folded.slice(folded.lastIndexOf(' ') + 1)) ?? [])].filter((k) => {
      const name = names.get(k)!;
      return name.first.length > 1 && name.first.startsWith(initial) && name.folded.endsWith(rest);
    });
    const roots = new Set(owners.map((k) => uf.find(k)));
    if (roots.size === 1) pairs.push([groups.get(key)!, groups.get(owners[0]!)!]);
  }
  // "D Velde" on a team sheet and the novelist "Dana Velde" share no story and no rare name around them.
  unionInContext(pairs, ctx, uf);
}
