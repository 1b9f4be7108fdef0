// The data contract between pipeline stages: ingest → extract → resolve → graph → export.
import type { FactStatus, Predicate } from './predicates.js';

/** The three entity types the extractor produces. */
export const ENTITY_TYPES = ['Person', 'Organization', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The nine relation predicates (direction subject → object): see the registry in predicates.ts. */
export { PREDICATES, type Predicate } from './predicates.js';
/** Edge type linking an entity to an Article it is mentioned in. */
export const MENTIONED_IN = 'MENTIONED_IN';
export type EdgeType = Predicate | typeof MENTIONED_IN;

// ---------------------------------------------------------------- ingest

/** One article after ingest: metadata plus the cleaned body text that extraction reads. */
export interface Article {
  /** Stable id: `<file stem or url slug>-<8 hex of content hash>`; file stems are kept so `000_…` prefixes survive. */
  id: string;
  /** Path of the input file, relative to the current directory when possible (`seeds/000_x.txt`). */
  path: string;
  /** Title from metadata, `<title>`, or the first short line; '' when none. */
  title: string;
  /** ISO date `YYYY-MM-DD` when the text or metadata states one. */
  date?: string;
  /** Outlet or source URL when stated (`source:` header, `/AGENCY/` dateline, `<meta>`). */
  source?: string;
  /** URL when stated. */
  url?: string;
  /** Cleaned body text (website clutter removed). All character offsets refer to this string. */
  text: string;
}

/** A file or record that ingest could not turn into an article. */
export interface SkippedInput {
  path: string;
  reason: string;
}

// ---------------------------------------------------------------- extract

/** A sentence of an article's text: [start, end) offsets into `Article.text`. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** A token: [start, end) offsets into the text it was cut from. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Where a location sits on the map, from the gazetteer. */
export interface GeoInfo {
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
}

/** One surface mention of an entity in one article. */
export interface Mention {
  /** [start, end) offsets into `Article.text`. */
  start: number;
  end: number;
  /** The surface text exactly as in the article (`text.slice(start, end)`). */
  text: string;
  type: EntityType;
  /** Index into the article's sentence list. */
  sentence: number;
  /**
   * The name this mention stands for when it differs from its surface:
   * a demonym ("French" → "France"), an alternative country name ("U.S." → "United States").
   */
  canonical?: string;
  /** Gazetteer information when the mention is a known place. */
  geo?: GeoInfo;
}

/** A fact stated by one sentence, between two mentions (or a mention and the article, for QUOTED_IN). */
export interface MentionRelation {
  predicate: Predicate;
  /** Index into the article's mention list. */
  subject: number;
  /** Index into the article's mention list; -1 for QUOTED_IN, whose object is the article. */
  object: number;
  /** Index of the evidence sentence. */
  sentence: number;
  /** ISO date of the fact: stated in its sentence, else the article's date. */
  date?: string;
  /** HOLDS_POSITION: the title ("President", "Defense Minister"). */
  title?: string;
  /** QUOTED_IN: the quoted words (direct quote, or the reported clause). */
  quote?: string;
  /** How sure the construction that found it is, 0–1 (see extract/relations/confidence.ts). */
  confidence?: number;
  /** 'former' when the sentence states the fact as past ("former chairman", "ex-minister"). */
  status?: FactStatus;
}

/** What extraction produces for one article. */
export interface ArticleExtraction {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  relations: MentionRelation[];
}

// ---------------------------------------------------------------- resolve

/** One real-world entity across the corpus, after alias resolution. */
export interface ResolvedEntity {
  /** Stable id, e.g. `person:anna-ortega`. */
  id: string;
  type: EntityType;
  /** Canonical (longest, most complete) name. */
  name: string;
  /** Other surface forms, sorted, excluding `name`. */
  aliases: string[];
  geo?: GeoInfo;
}

/** The corpus after resolution: entities, and for each article each mention's entity id. */
export interface ResolvedCorpus {
  entities: ResolvedEntity[];
  extractions: ArticleExtraction[];
  /** `mentionEntity[i][j]` is the entity id of mention j of extraction i, or null if the mention was dropped. */
  mentionEntity: (string | null)[][];
}

// ---------------------------------------------------------------- graph

/** Evidence for one supporting mention of a fact. */
export interface Evidence {
  article: string;
  sentence: string;
  /** [start, end) of the sentence in the article's text. */
  start: number;
  end: number;
  date?: string;
  title?: string;
  quote?: string;
  confidence?: number;
  status?: FactStatus;
}

/** Node attributes for entities and articles. `type` is the entity type or 'Article'. */
export interface NodeAttrs {
  label: string;
  type: EntityType | 'Article';
  aliases: string[];
  /** Number of mentions across the corpus (Article nodes: number of entity mentions in it). */
  mentions: number;
  /** Article ids the entity is mentioned in (Article nodes: their own id). */
  articles: string[];
  x: number;
  y: number;
  // Locations
  lat?: number;
  lon?: number;
  country?: string;
  // Articles
  title?: string;
  date?: string;
  source?: string;
  path?: string;
}

/** Edge attributes. `type` is the predicate or MENTIONED_IN. */
export interface EdgeAttrs {
  type: EdgeType;
  /** Number of supporting mentions (MENTIONED_IN: number of mentions in that article). */
  weight: number;
  /** Article ids that state the fact, sorted. */
  articles: string[];
  /** Sorted distinct dates of the supporting mentions. */
  dates: string[];
  evidence: Evidence[];
  /** HOLDS_POSITION: distinct titles. */
  titles?: string[];
  /** QUOTED_IN: distinct quotes. */
  quotes?: string[];
  /** Relations: 0–1, from the constructions that state it and how many mentions corroborate it. */
  confidence?: number;
  /** Relations of a temporal predicate: 'former' when every supporting mention states it as past. */
  status?: FactStatus;
}

export interface GraphAttrs {
  name: string;
  articles: number;
}
