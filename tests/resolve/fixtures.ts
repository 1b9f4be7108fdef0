// Hand-made extractions and an invented gazetteer for the resolve tests.
import { expect } from 'vitest';
import { type PlaceHit, type PlaceIndex, resolveCorpus } from '../../src/resolve/index.js';
import type { ArticleExtraction, EntityType, GeoInfo, Mention, MentionRelation, Predicate, ResolvedCorpus, ResolvedEntity } from '../../src/types.js';

/** A mention to place in an article: its surface (found in order), type and optional NER extras. */
export type MentionSpec = [text: string, type: EntityType, extra?: { canonical?: string; geo?: GeoInfo }];

/** A fact between mentions (indices into the article's mention list). */
export type RelationSpec = [predicate: Predicate, subject: number, object: number, title?: string];

/** An article: its text, its mentions in reading order, and optional facts. */
export type ArticleSpec = [text: string, mentions: MentionSpec[], relations?: RelationSpec[]];

const P = (lat: number, lon: number, country: string, canonical: string, kind: PlaceHit['kind']): PlaceHit => ({
  canonical,
  kind,
  geo: { lat, lon, country },
});

const PLACES: Record<string, PlaceHit> = {
  ruritania: P(50, 14, 'RU', 'Ruritania', 'country'),
  'republic of ruritania': P(50, 14, 'RU', 'Ruritania', 'country'),
  rk: P(50, 14, 'RU', 'Ruritania', 'country'),
  borduria: P(45, 20, 'BD', 'Borduria', 'country'),
  strelsau: P(50.1, 14.4, 'RU', 'Strelsau', 'city'),
  zenda: P(49.5, 13.9, 'RU', 'Zenda', 'city'),
  halden: P(49.9, 15.1, 'RU', 'Halden', 'city'),
  brandon: P(48, 16, 'BD', 'Brandon', 'city'),
  brendon: P(47, 17, 'BD', 'Brendon', 'city'),
  northwich: P(48.5, 15.5, 'BD', 'Northwich', 'city'),
  kessel: P(48.6, 15.6, 'BD', 'Kessel', 'city'),
  'kessel city': P(48.7, 15.7, 'BD', 'Kessel City', 'city'),
  velto: P(46, 18, 'BD', 'Velto', 'region'),
  'velto province': P(46, 18, 'BD', 'Velto', 'region'),
  'halden state': P(49.9, 15.1, 'RU', 'Halden', 'city'),
  'north borduria': P(52, 21, 'NB', 'North Borduria', 'country'),
  north: P(10, 10, 'XX', 'North', 'region'),
};

const DEMONYMS: Record<string, string> = { ruritanian: 'Ruritania', ruritanians: 'Ruritania', bordurian: 'Borduria' };

/** An invented gazetteer: two countries, a few cities, two demonyms. */
export const FAKE_PLACES: PlaceIndex = {
  lookupPlace: (name) => PLACES[name.trim().toLowerCase().replace(/^the /, '')],
  countryOfDemonym: (word) => DEMONYMS[word.toLowerCase()],
  countryOfCode: (code) => ({ RU: 'Ruritania', BD: 'Borduria' })[code],
};

/** Builds an extraction; each mention is searched for after the previous one. */
export function makeExtraction(id: string, text: string, specs: readonly MentionSpec[], facts: readonly RelationSpec[] = []): ArticleExtraction {
  const mentions: Mention[] = [];
  let from = 0;
  for (const [surface, type, extra] of specs) {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`fixture ${id}: "${surface}" not found after offset ${from}`);
    const end = start + surface.length;
    const sentence = text.slice(0, start).split(/[.!?]\s/).length - 1;
    mentions.push({ start, end, text: surface, type, sentence, ...extra });
    from = end;
  }
  return {
    article: { id, path: `${id}.txt`, title: '', text },
    sentences: [{ start: 0, end: text.length, text }],
    mentions,
    relations: facts.map(([predicate, subject, object, title]): MentionRelation => ({ predicate, subject, object, sentence: 0, ...(title ? { title } : {}) })),
  };
}

/** Builds a corpus of articles named a0, a1, … */
export function makeCorpus(articles: readonly ArticleSpec[]): ArticleExtraction[] {
  return articles.map(([text, specs, facts], i) => makeExtraction(`a${i}`, text, specs, facts));
}

/**
 * The entity of a mention referenced as "article:surface" (first mention with that text) or
 * "article:surface#n" (n-th, from 1); undefined when the mention was dropped.
 */
export function entityOf(corpus: ResolvedCorpus, ref: string): ResolvedEntity | undefined {
  const m = /^(\d+):(.*?)(?:#(\d+))?$/.exec(ref);
  if (!m) throw new Error(`bad mention ref ${ref}`);
  const doc = Number(m[1]);
  const nth = Number(m[3] ?? 1);
  const mentions = corpus.extractions[doc]!.mentions;
  const hits = mentions.map((x, j) => [x, j] as const).filter(([x]) => x.text === m[2]);
  const hit = hits[nth - 1];
  if (!hit) throw new Error(`no mention ${ref}`);
  const id = corpus.mentionEntity[doc]![hit[1]];
  return id === null || id === undefined ? undefined : corpus.entities.find((e) => e.id === id);
}

/** Deterministic Fisher–Yates shuffle with a small LCG. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A table-driven resolution case: a small corpus and what must hold of its mentions' entities. */
export interface Case {
  name: string;
  articles: ArticleSpec[];
  /** Mention refs ("article:surface[#n]") that must share an entity. */
  same?: [string, string][];
  /** Mention refs that must not. */
  differ?: [string, string][];
  /** Expected fields of a mention's entity. */
  entity?: [string, Partial<ResolvedEntity>][];
  /** Mentions that must be dropped. */
  dropped?: string[];
}

/** Resolves a case's corpus with the invented gazetteer and checks every expectation. */
export function checkCase(c: Case): void {
  const corpus = resolveCorpus(makeCorpus(c.articles), { places: FAKE_PLACES });
  for (const [a, b] of c.same ?? []) {
    expect(entityOf(corpus, a), `${a} ~ ${b}`).toBeDefined();
    expect(entityOf(corpus, a)?.id, `${a} ~ ${b}`).toBe(entityOf(corpus, b)?.id);
  }
  for (const [a, b] of c.differ ?? []) expect(entityOf(corpus, a)?.id, `${a} ≁ ${b}`).not.toBe(entityOf(corpus, b)?.id);
  for (const [ref, fields] of c.entity ?? []) expect(entityOf(corpus, ref), ref).toMatchObject(fields);
  for (const ref of c.dropped ?? []) expect(entityOf(corpus, ref), ref).toBeUndefined();
}
