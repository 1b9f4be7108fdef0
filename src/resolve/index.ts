// Resolve stage: clusters the mentions of all articles into real-world entities.
import type { ArticleExtraction, ResolvedCorpus } from '../types.js';
import { linkInArticle } from './article.js';
import { statedAliases } from './aka.js';
import { type CorpusEvidence, mergeGroups } from './corpus.js';
import { type Curation, CurationIndex } from './curation/index.js';
import { findDefinitions } from './definitions.js';
import { buildEntities } from './entities.js';
import { collectLeaders } from './leaders.js';
import { addMention, addVirtual, type Group } from './groups.js';
import type { MentionInfo, MentionMemo } from './mentions.js';
import { prepareArticle } from './prepare.js';
import { addTo } from './multimap.js';
import { GAZETTEER, memoPlaces, type PlaceIndex } from './places.js';
import { applyCorpusPersons } from './retype.js';
import { UnionFind } from './union-find.js';

export { type Curation, emptyCuration, loadCuration, parseCuration } from './curation/index.js';
export type { MentionInfo } from './mentions.js';
export type { PlaceHit, PlaceIndex } from './places.js';
export { prepareArticle } from './prepare.js';

/** Options of resolveCorpus; all optional. */
export interface ResolveOptions {
  /**
   * Place lookups (country/city/region names, demonyms).
   * @default the project gazetteer (src/extract/gazetteer)
   */
  places?: PlaceIndex;
  /**
   * The analyst's merges, separations, type overrides and drops (see loadCuration).
   * @default none
   */
  curation?: Curation;
  /**
   * Per article (same order as the extractions), its mentions as prepareArticle gives them, kept from an
   * earlier run (the cache's); an article without one is prepared here. Only valid with the default places.
   * The lists are taken over and changed.
   * @default none
   */
  prepared?: readonly ((MentionInfo | null)[] | undefined)[];
  /**
   * Called with each article prepared here (its index, its mentions) before the corpus-wide steps change
   * them, so a caller can keep them (copy or encode them at once).
   */
  onPrepared?: (index: number, infos: readonly (MentionInfo | null)[]) => void;
}

/** The resolved corpus, plus the curation names that matched nothing (reported, not fatal). */
export interface ResolveResult extends ResolvedCorpus {
  /** Names of the curation file found in no article, sorted; empty without curation. */
  unknownNames: string[];
}

/**
 * Clusters every mention of every article into entities: titles, "the" and possessives stripped;
 * surnames linked to full names; acronyms to their expansions; aliases the text states ("also
 * known as"); company forms, plurals and clipped forms of one name; transliteration and spelling
 * variants merged; demonyms joined to their country; types from context as well as the tagger.
 * `options.curation` then applies the analyst's merges, separations, types and drops; its names
 * found nowhere come back in `unknownNames`. Pure and deterministic: the same articles in any
 * order give the same entities and ids; entities are sorted by id.
 * @example resolveCorpus(extractions, { curation: loadCuration('aliases.yaml') }).unknownNames // []
 */
export function resolveCorpus(extractions: readonly ArticleExtraction[], options: ResolveOptions = {}): ResolveResult {
  const places = memoPlaces(options.places ?? GAZETTEER);
  const groups = new Map<string, Group>();
  const ev: CorpusEvidence = { defs: new Map(), orgLinks: new Map(), leaders: { orgs: [], leaders: [] }, aliases: [] };
  const memo: MentionMemo = new Map();
  const perArticle = extractions.map((ex, i) => {
    const kept = options.prepared?.[i];
    if (kept) return kept;
    const infos = prepareArticle(ex, places, memo);
    options.onPrepared?.(i, infos);
    return infos;
  });
  applyCorpusPersons(
    perArticle,
    extractions.map((ex) => ex.article.text),
    places,
  );
  markTitleOrgs(extractions, perArticle);
  const known = new Set<string>();
  for (const infos of perArticle) for (const info of infos) if (info) known.add(info.ownKey);
  extractions.forEach((ex, i) => {
    linkArticle(ex, perArticle[i]!, known, groups, ev, places);
  });
  const live = perArticle.map((infos) => infos.filter((i): i is MentionInfo => i !== null && i.key !== ''));
  applyOrgLinks(live.flat(), ev.orgLinks);
  const curation = options.curation ? new CurationIndex(options.curation) : undefined;
  curation?.unlinkDistinct(live.flat());
  live.forEach((infos, doc) => {
    for (const info of infos) addMention(groups, info, doc);
  });
  const uf = new UnionFind();
  curation?.indexGroups(groups);
  curation?.separate(uf);
  mergeGroups(groups, ev, places, uf);
  curation?.merge(uf);
  const { entities, idOfRoot } = buildEntities(groups, uf, places, curation && ((list) => curation.override(list)));
  const mentionEntity = perArticle.map((infos) => infos.map((info) => (info && info.key !== '' ? (idOfRoot.get(uf.find(info.key)) ?? null) : null)));
  return { entities, extractions: [...extractions], mentionEntity, unknownNames: curation?.unknown() ?? [] };
}

/** Flags the organization mentions that a HOLDS_POSITION relation puts a title at (MentionInfo.titleOrg). */
function markTitleOrgs(extractions: readonly ArticleExtraction[], perArticle: readonly (MentionInfo | null)[][]): void {
  extractions.forEach((ex, i) => {
    for (const r of ex.relations) {
      if (r.predicate !== 'HOLDS_POSITION') continue;
      const info = perArticle[i]![r.object];
      if (info && info.type === 'Organization') info.titleOrg = true;
    }
  });
}

/** Links one article's mentions; records its acronym definitions, org links and leaders. */
function linkArticle(
  ex: ArticleExtraction,
  infos: (MentionInfo | null)[],
  known: ReadonlySet<string>,
  groups: Map<string, Group>,
  ev: CorpusEvidence,
  places: PlaceIndex,
): void {
  const live = infos.filter((i): i is MentionInfo => i !== null).sort((a, b) => a.start - b.start || a.index - b.index);
  const defs = findDefinitions(ex.article.text, ex.mentions, infos, places);
  const links = linkInArticle(live, { text: ex.article.text, scope: ex.article.id, defs, known, places });
  for (const [letters, e] of defs) {
    addTo(ev.defs, letters, e.key);
    addVirtual(groups, e);
  }
  for (const [short, long] of links.orgLinks) addTo(ev.orgLinks, short, long);
  ev.aliases.push(...statedAliases(ex.article.text, live));
  collectLeaders(ex, infos, places, ev.leaders);
}

/**
 * A one-word org name that articles always linked to the same longer org ("Northwich" → "Northwich
 * Rovers") stands for it in other articles too — as an org mention only, so the town keeps its node.
 */
function applyOrgLinks(live: readonly MentionInfo[], orgLinks: ReadonlyMap<string, ReadonlySet<string>>): void {
  for (const info of live) {
    if (info.type !== 'Organization' || info.key !== info.ownKey) continue;
    const longs = orgLinks.get(info.key);
    if (longs?.size === 1) info.key = [...longs][0]!;
  }
}
