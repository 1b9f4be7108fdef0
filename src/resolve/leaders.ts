// Governments named after their leader ("the Ortega government") join the government of the leader's country.
import type { ArticleExtraction, EntityType } from '../types.js';
import type { Group } from './groups.js';
import { HEAD_SYNONYMS } from '../extract/lexicons/organizations.js';
import { LEADER_TITLES } from '../extract/lexicons/titles.js';
import type { MentionInfo } from './mentions.js';
import { addTo } from './multimap.js';
import { nameKey, personKey, personWords } from './normalize.js';
import { foldWord } from './phonetic.js';
import type { PlaceIndex } from './places.js';
import { countryOf } from './qualify.js';
import type { UnionFind } from './union-find.js';

const GOVERNMENT = HEAD_SYNONYMS.find((set) => set[0] === 'government')!;
const GOVERNMENT_HEADS = [...GOVERNMENT].sort((a, b) => b.length - a.length);

/** What the articles say about leaders, gathered before merging. */
export interface LeaderEvidence {
  /** [org key, person key] for orgs named "<person> government|regime|administration". */
  orgs: [string, string][];
  /** [person key, country] from HOLDS_POSITION facts with a leader's title. */
  leaders: [string, string][];
}

/** The person key of an org named after a leader ("Ortega regime" → "ortega"), if it is one. */
export function leaderOf(form: string): string | undefined {
  const lower = form.toLowerCase();
  const head = GOVERNMENT_HEADS.find((h) => lower.endsWith(` ${h}`));
  if (!head) return undefined;
  const name = form.slice(0, -head.length - 1);
  return /^\p{Lu}/u.test(name) ? personKey(name) : undefined;
}

/** Records one article's leader-named orgs and leader facts (infos aligned with ex.mentions). */
export function collectLeaders(ex: ArticleExtraction, infos: readonly (MentionInfo | null)[], places: PlaceIndex, ev: LeaderEvidence): void {
  for (const info of infos) if (info?.ledBy && info.key !== '') ev.orgs.push([info.key, info.ledBy]);
  for (const r of ex.relations) {
    if (r.predicate !== 'HOLDS_POSITION' || !r.title || !LEADER_TITLES.has(r.title.toLowerCase())) continue;
    const [person, place] = [infos[r.subject], infos[r.object]];
    if (!person || !place || person.type !== 'Person' || place.type !== 'Location') continue;
    const country = place.canonical ?? countryOf(place.form, places);
    if (country && places.lookupPlace(country)?.kind === 'country') ev.leaders.push([person.key, country]);
  }
}

/**
 * Joins "<leader> regime" to "<country> government" when the leader resolves to one person who
 * holds a leader's title in exactly one country somewhere in the corpus.
 */
export function linkLeaderOrgs(keys: readonly string[], groups: ReadonlyMap<string, Group>, types: ReadonlyMap<string, EntityType>, ev: LeaderEvidence, uf: UnionFind): void {
  if (ev.orgs.length === 0 || ev.leaders.length === 0) return;
  const countriesOf = new Map<string, Set<string>>();
  for (const [person, country] of ev.leaders) addTo(countriesOf, uf.find(person), country);
  const bySurname = new Map<string, Set<string>>();
  for (const k of keys) {
    const words = personWords(k);
    if (types.get(k) !== 'Person' || words.length === 0) continue;
    addTo(bySurname, foldWord(words[words.length - 1]!), uf.find(k));
  }
  for (const [org, person] of ev.orgs) {
    const words = personWords(person);
    const roots = types.get(person) === 'Person' ? new Set([uf.find(person)]) : bySurname.get(foldWord(words[words.length - 1] ?? ''));
    if (roots?.size !== 1) continue;
    const countries = countriesOf.get([...roots][0]!);
    if (countries?.size !== 1) continue;
    const target = nameKey(`${[...countries][0]} ${GOVERNMENT[0]}`);
    if (groups.has(target)) uf.union(org, target);
  }
}
