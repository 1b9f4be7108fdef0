// Data shapes of the evaluation: the gold file, the graph view the scorer reads, and the score.

/** One gold entity, with every value already turned into the string score.py compares. */
export interface GoldEntity {
  /**
   * The entity key as score.py compares it with relation ends: the key itself when the YAML key is a
   * string; `'\u0000' + str(key)` otherwise (`7:` or `yes:` keys, which score.py never matches to a relation).
   */
  id: string;
  /** Python truthiness of the key (score.py tests `if gid:` when it walks a node's aliases). */
  truthy: boolean;
  /** `str(type)`; '' when absent. Only 'Person', 'Organization' and 'Location' ever match a node. */
  type: string;
  /** `str(name)` first, then `str()` of each alias, in file order. */
  names: string[];
  optional: boolean;
}

/** One gold fact; `s` and `o` hold `str()` of each listed key (a single key is a list of one). */
export interface GoldRelation {
  s: string[];
  p: string;
  o: string[];
  /** Article keys of `a` (informational, but also the keys Article nodes are matched with). */
  a: string[];
  optional: boolean;
  /** Whether `s` / `o` were written as lists, to print them as score.py does. */
  sIsList: boolean;
  oIsList: boolean;
}

/** A gold file after loading. */
export interface Gold {
  /** The file it came from (for messages). */
  source: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** Attribute name → text, in document order, as score.py's GraphML reader keeps them. */
export type ScoringAttrs = Map<string, string>;

/** The graph as score.py sees it: text attributes only. */
export interface ScoringGraph {
  /** Node id → attributes, in document (insertion) order. */
  nodes: Map<string, ScoringAttrs>;
  edges: { source: string; target: string; attrs: ScoringAttrs }[];
}

/** Precision, recall and F1, rounded to 3 decimals like score.py. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** The misses and false hits score.py --verbose prints. */
export interface ScoreDetails {
  /** Required gold entity keys no node maps to, sorted. */
  missed_entities: string[];
  /** Required gold entities found as more than one node: the first name of each node. */
  split_entities: { entity: string; nodes: string[] }[];
  /** Entity nodes that map to no gold entity: first name (or id). */
  false_positive_nodes: string[];
  /** Required gold facts no edge matched, as written in the gold file, with the article keys (`a`) stating them. */
  missed_relations: { s: string | string[]; p: string; o: string | string[]; a: string[] }[];
  /** Edges matching no gold fact, as score.py's triples: gold key or `?['first name']`, predicate, gold key or `?[...]`. */
  false_positive_triples: [string, string, string][];
}

/** score.py's `result`, plus `details`. */
export interface ScoreResult {
  entities: Prf & {
    system_nodes: number;
    gold_required: number;
    found: number;
    split_entities: number;
  };
  entities_typed: Prf;
  relations: Prf & { system_triples: number; gold_required: number; found: number };
  /** Predicate → "found/required", sorted by predicate. */
  relations_by_predicate_recall: Record<string, string>;
  /** Edge types that are not one of the nine predicates → count, in first-seen order. */
  unscored_edge_types: Record<string, number>;
  details: ScoreDetails;
}
