// Applies the analyst's curation inside resolution: separations, merges, type overrides, drops.
import type { EntityType } from '../../types.js';
import type { Group } from '../groups.js';
import type { MentionInfo } from '../mentions.js';
import { cleanSurface, nameKey, personKey } from '../normalize.js';
import type { UnionFind } from '../union-find.js';
import type { Curation, CurationMerge } from './load.js';

/** What curation says about one cluster of groups. */
export interface CurationOverride {
  name?: string;
  type?: EntityType;
  drop?: boolean;
}

/** Matching keys of a curation name: the resolver's own keys, as a name and as a person. */
function keysOf(name: string): string[] {
  const form = cleanSurface(name);
  return [...new Set([nameKey(form), personKey(form), nameKey(name)])].filter((k) => k !== '');
}

/** The keys a group answers to: its own key and the keys of its forms and surfaces. */
function groupKeys(g: Group): Set<string> {
  const out = new Set([g.key]);
  for (const f of g.forms.keys()) out.add(nameKey(f));
  for (const s of g.surfaces) out.add(nameKey(s));
  return out;
}

/** A curation file turned into lookups by matching key. */
export class CurationIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly groupsOf = new Map<string, Set<string>>();
  private readonly seen = new Set<string>();

  constructor(private readonly curation: Curation) {}

  /** Indexes the groups' names; call once all mentions are in groups. */
  indexGroups(groups: ReadonlyMap<string, Group>): void {
    for (const key of [...groups.keys()].sort()) {
      for (const k of groupKeys(groups.get(key)!)) {
        const list = this.byKey.get(k) ?? [];
        list.push(key);
        this.byKey.set(k, list);
      }
    }
  }

  /** Group keys answering to a curation name (and remembers that the name was found). */
  private groupsNamed(name: string): string[] {
    let out = this.groupsOf.get(name);
    if (!out) {
      out = new Set(keysOf(name).flatMap((k) => this.byKey.get(k) ?? []));
      this.groupsOf.set(name, out);
    }
    if (out.size > 0) this.seen.add(name);
    return [...out].sort();
  }

  /** Undoes an in-article link between two names the analyst declared distinct ("Marvel" → "Marvel Ortega"). */
  unlinkDistinct(infos: readonly MentionInfo[]): void {
    const pairs = this.curation.distinct.map(([a, b]) => [new Set(keysOf(a)), new Set(keysOf(b))] as const);
    if (pairs.length === 0) return;
    for (const info of infos) {
      if (info.key === info.ownKey) continue;
      const hit = pairs.some(([a, b]) => (a.has(info.ownKey) && b.has(info.key)) || (b.has(info.ownKey) && a.has(info.key)));
      if (hit) info.key = info.ownKey;
    }
  }

  /** Tags the groups of each distinct pair so that no later union joins them. */
  separate(uf: UnionFind): void {
    this.curation.distinct.forEach(([a, b], i) => {
      const as = this.groupsNamed(a);
      const bs = this.groupsNamed(b);
      for (const ka of as) for (const kb of bs) uf.separate(ka, kb, i + 1);
    });
  }

  /** Joins every group named in one merge entry. */
  merge(uf: UnionFind): void {
    for (const m of this.curation.merge) {
      const keys = [m.name, ...m.aliases].flatMap((n) => this.groupsNamed(n));
      for (const k of keys.slice(1)) uf.union(keys[0]!, k);
    }
  }

  /** The name, type and drop decision for a cluster of groups. */
  override(list: readonly Group[]): CurationOverride {
    const keys = new Set(list.map((g) => g.key));
    const named = (n: string): boolean => this.groupsNamed(n).some((k) => keys.has(k));
    const out: CurationOverride = {};
    if (this.curation.drop.some(named)) out.drop = true;
    const m = this.curation.merge.find((e: CurationMerge) => [e.name, ...e.aliases].some(named));
    if (m) out.name = m.name;
    const typed = Object.keys(this.curation.type)
      .sort()
      .find((n) => named(n));
    if (typed) out.type = this.curation.type[typed];
    else if (m?.type) out.type = m.type;
    return out;
  }

  /** Names of the curation file that matched no name in the corpus, sorted. */
  unknown(): string[] {
    const c = this.curation;
    const all = [...c.merge.flatMap((m) => [m.name, ...m.aliases]), ...c.distinct.flat(), ...Object.keys(c.type), ...c.drop];
    for (const n of all) this.groupsNamed(n);
    // A merge's canonical name may be new: it is unknown only when none of its aliases is known either.
    const known = new Set(this.seen);
    for (const m of c.merge) if (m.aliases.some((a) => known.has(a))) known.add(m.name);
    return [...new Set(all.filter((n) => !known.has(n)))].sort();
  }
}
