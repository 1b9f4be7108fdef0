// Turns merged groups into entities: type vote, canonical name, aliases, geo and a stable id.
import type { EntityType, GeoInfo, ResolvedEntity } from '../types.js';
import { voteType } from './corpus.js';
import type { CurationOverride } from './curation/apply.js';
import { shapeOf } from './forms.js';
import { type Group, displayForm, isAcronymGroup } from './groups.js';
import { personWords, slug } from './normalize.js';
import type { PlaceIndex } from './places.js';
import type { UnionFind } from './union-find.js';

/** The entities, and the entity id of each union-find root. */
export interface BuiltEntities {
  entities: ResolvedEntity[];
  idOfRoot: Map<string, string>;
}

interface Cluster {
  root: string;
  groups: Group[];
  entity: ResolvedEntity;
}

/** Builds one entity per union-find set of groups; entities come sorted by id. `override` is the analyst's say on a set. */
export function buildEntities(
  groups: ReadonlyMap<string, Group>,
  uf: UnionFind,
  places: PlaceIndex,
  override: (list: readonly Group[]) => CurationOverride = () => ({}),
): BuiltEntities {
  const members = new Map<string, Group[]>();
  for (const key of [...groups.keys()].sort()) {
    const root = uf.find(key);
    const list = members.get(root) ?? [];
    list.push(groups.get(key)!);
    members.set(root, list);
  }
  const clusters: Cluster[] = [];
  for (const [root, list] of members) {
    if (list.every((g) => g.mentions === 0)) continue;
    const said = override(list);
    if (said.drop) continue;
    clusters.push({ root, groups: list, entity: makeEntity(list, places, said) });
  }
  assignIds(clusters);
  clusters.sort((a, b) => (a.entity.id < b.entity.id ? -1 : 1));
  return {
    entities: clusters.map((c) => c.entity),
    idOfRoot: new Map(clusters.map((c) => [c.root, c.entity.id])),
  };
}

function makeEntity(list: readonly Group[], places: PlaceIndex, said: CurationOverride): ResolvedEntity {
  const votes: Record<EntityType, number> = { Person: 0, Organization: 0, Location: 0 };
  for (const g of list) for (const t of Object.keys(votes) as EntityType[]) votes[t] += g.votes[t];
  const first = said.name ?? pickName(said.type ?? voteType(votes, undefined, places), list, places);
  const type = said.type ?? voteType(votes, first, places);
  const name = said.name ?? (type === 'Location' ? pickName(type, list, places) : first);
  const aliases = new Set<string>();
  for (const g of list) for (const s of g.surfaces) if (s !== name) aliases.add(s);
  const entity: ResolvedEntity = { id: '', type, name, aliases: [...aliases].sort() };
  if (type === 'Location') {
    const geo = pickGeo(list) ?? places.lookupPlace(name)?.geo;
    if (geo) entity.geo = geo;
  }
  return entity;
}

/**
 * The canonical name: for places a canonical NER gave, else the most complete display form (more
 * words, then more mentions; acronyms and "X militants" forms last). Places take the gazetteer's
 * canonical for countries ("Old Ruritania" → "Ruritania") and case ("STRELSAU" → "Strelsau"), not
 * for cities whose canonical spells another name (NOTE: the gazetteer maps some short names to
 * "X City"), nor a city's name that no article writes (a gazetteer alternate: "Cologne", not "Köln").
 */
function pickName(type: EntityType, list: readonly Group[], places: PlaceIndex): string {
  const canon = new Map<string, number>();
  for (const g of list) for (const [c, n] of g.canonicals) canon.set(c, (canon.get(c) ?? 0) + n);
  if (canon.size > 0 && type === 'Location') {
    const name = best(canon);
    // A city's own name the articles never write ("Köln" for "Cologne", from the gazetteer's other names)
    // gives way to the name they do write.
    const written = [...new Set(list.flatMap((g) => [...g.surfaces]))].sort();
    if (written.length === 0 || written.includes(name) || places.lookupPlace(name)?.kind !== 'city') return name;
    return written[0]!;
  }
  const ranked = list
    .map((g) => ({ g, form: displayForm(g) }))
    .filter((c): c is { g: Group; form: string } => c.form !== undefined)
    .map(({ g, form }) => {
      const words = type === 'Person' ? personWords(g.key) : g.key.split(' ');
      // "S Velde" from a team sheet gives way to the full name "Sam Velde".
      const initial = type === 'Person' && words[0]?.length === 1;
      return {
        form,
        shape: type === 'Person' ? '' : shapeOf(g.key),
        demoted: (g.descriptive ? 2 : 0) + (type !== 'Person' && isAcronymGroup(g) ? 1 : 0) + (initial ? 1 : 0),
        words: words.length,
        count: sum(g.forms),
      };
    });
  // Forms of one spelling ("X-Box", "Xbox") rank by how often the articles write each, not by the words a hyphen makes.
  if (type !== 'Person') {
    const most = new Map<string, number>();
    const uses = new Map<string, number>();
    for (const c of ranked) {
      most.set(c.shape, Math.max(most.get(c.shape) ?? 0, c.words));
      uses.set(c.form, (uses.get(c.form) ?? 0) + c.count);
    }
    for (const c of ranked) {
      c.words = most.get(c.shape)!;
      c.count = uses.get(c.form)!;
    }
  }
  ranked.sort((a, b) => a.demoted - b.demoted || b.words - a.words || b.count - a.count || b.form.length - a.form.length || (a.form < b.form ? -1 : 1));
  if (type === 'Location') {
    for (const c of ranked) {
      const hit = places.lookupPlace(c.form);
      if (hit && (hit.kind === 'country' || hit.canonical.toLowerCase() === c.form.toLowerCase())) return hit.canonical;
    }
  }
  return ranked[0]?.form ?? list[0]!.key;
}

function pickGeo(list: readonly Group[]): GeoInfo | undefined {
  const geos = new Map<string, { geo: GeoInfo; n: number }>();
  for (const g of list) {
    for (const [id, slot] of g.geos) {
      const seen = geos.get(id);
      geos.set(id, { geo: slot.geo, n: (seen?.n ?? 0) + slot.n });
    }
  }
  let bestId: string | undefined;
  for (const [id, slot] of geos) {
    const top = bestId === undefined ? undefined : geos.get(bestId)!;
    if (!top || slot.n > top.n || (slot.n === top.n && id < bestId!)) bestId = id;
  }
  return bestId === undefined ? undefined : geos.get(bestId)!.geo;
}

/** `type:slug`, with -2, -3 … on collisions in the order of the clusters' sorted member keys. */
function assignIds(clusters: Cluster[]): void {
  const byBase = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const base = `${c.entity.type.toLowerCase()}:${slug(c.entity.name)}`;
    const list = byBase.get(base) ?? [];
    list.push(c);
    byBase.set(base, list);
  }
  const used = new Set(byBase.keys());
  for (const [base, list] of [...byBase].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    list.sort((a, b) => (signature(a) < signature(b) ? -1 : 1));
    list.forEach((c, i) => {
      let id = base;
      for (let n = i + 1; i > 0 && used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      c.entity.id = id;
    });
  }
}

function signature(c: Cluster): string {
  return c.groups.map((g) => g.key).join('|');
}

function best(counts: ReadonlyMap<string, number>): string {
  let top = '';
  let topN = -1;
  for (const [k, n] of counts) if (n > topN || (n === topN && k < top)) [top, topN] = [k, n];
  return top;
}

function sum(counts: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}
