// Scores a graph against a gold file: the figures of score.py's `result`, plus the misses and false hits.
import { mapNodes, type NodeMapping, nodeNames } from './map-nodes.js';
import { pyStrip } from './normalize.js';
import { comparePy, pyReprStr, pyRound3 } from './pyvalue.js';
import type { Gold, GoldEntity, GoldRelation, Prf, ScoreDetails, ScoreResult, ScoringGraph } from './types.js';
import { PREDICATES, predicateSpec } from '../predicates.js';

/** The predicates score.py scores; other edge types are only counted. */
const SCORED: ReadonlySet<string> = new Set(PREDICATES);
/** Predicates matched in either direction (the registry's symmetric ones). */
const SYMMETRIC: ReadonlySet<string> = new Set(PREDICATES.filter((p) => predicateSpec(p).symmetric));

type Triple = [string, string, string];

/**
 * Score `graph` against `gold` exactly as ../shared/eval/score.py does (same figures, same JSON
 * shape), with `details` listing what score.py --verbose prints.
 * @example score(loadGold('gold.yaml'), readGraphml(readFileSync('graph.graphml', 'utf8')))
 */
export function score(gold: Gold, graph: ScoringGraph): ScoreResult {
  const mapping = mapNodes(gold, graph);
  const entities = scoreEntities(gold, graph, mapping);
  const relations = scoreRelations(gold, graph, mapping);
  return {
    entities: entities.figures,
    entities_typed: entities.typed,
    relations: relations.figures,
    relations_by_predicate_recall: relations.byPredicate,
    unscored_edge_types: relations.unscored,
    details: { ...entities.details, ...relations.details },
  };
}

/** score.py's `prf`: precision over system items, recall over gold items, rounded to 3 decimals. */
function prf(tp: number, fp: number, found: number, total: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = total ? found / total : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: pyRound3(p), recall: pyRound3(r), f1: pyRound3(f) };
}

/** A gold key as people read it (non-string YAML keys are stored with a NUL prefix). */
function shownKey(id: string): string {
  return id.startsWith('\u0000') ? id.slice(1) : id;
}

function firstNameOrId(graph: ScoringGraph, id: string): string {
  return nodeNames(graph.nodes.get(id))[0] ?? id;
}

function scoreEntities(gold: Gold, graph: ScoringGraph, mapping: NodeMapping) {
  const required = new Set(gold.entities.filter((e) => !e.optional).map((e) => e.id));
  let tp = 0;
  let fp = 0;
  let tpTyped = 0;
  const found = new Set<string>();
  const foundTyped = new Set<string>();
  const byGold = new Map<string, string[]>();
  const falsePositives: string[] = [];
  for (const [id, kind] of mapping.kind) {
    if (kind === 'doc' || kind === 'other') continue;
    const entity = mapping.gold.get(id) as GoldEntity | null | undefined;
    if (!entity) {
      fp++;
      falsePositives.push(firstNameOrId(graph, id));
      continue;
    }
    const nodes = byGold.get(entity.id);
    if (nodes) nodes.push(id);
    else byGold.set(entity.id, [id]);
    if (!required.has(entity.id)) continue;
    tp++;
    found.add(entity.id);
    if (entity.type === kind) {
      tpTyped++;
      foundTyped.add(entity.id);
    }
  }
  const splits = [...byGold].filter(([gid, nodes]) => nodes.length > 1 && required.has(gid));
  const details: Pick<ScoreDetails, 'missed_entities' | 'split_entities' | 'false_positive_nodes'> = {
    missed_entities: [...required].filter((g) => !found.has(g)).sort(comparePy).map(shownKey),
    split_entities: splits.map(([gid, nodes]) => ({ entity: shownKey(gid), nodes: nodes.map((n) => firstNameOrId(graph, n)) })),
    false_positive_nodes: falsePositives,
  };
  const figures = {
    ...prf(tp, fp, found.size, required.size),
    system_nodes: tp + fp,
    gold_required: required.size,
    found: found.size,
    split_entities: splits.length,
  };
  return { figures, typed: prf(tpTyped, fp + (tp - tpTyped), foundTyped.size, required.size), details };
}

/** score.py's edge predicate: type (or label, predicate) uppercased, stripped, anything but A-Z and _ → _. */
function predicateOf(attrs: Map<string, string>): string {
  const raw = attrs.get('type') || attrs.get('label') || attrs.get('predicate') || '';
  return pyStrip(raw.toUpperCase()).replace(/[^A-Z_]/gu, '_');
}

/** `?` + repr of a node's first name in a list, as score.py writes an end that maps to nothing; cached per node. */
function unmappedEnd(graph: ScoringGraph, node: string, cache: Map<string, string>): string {
  let text = cache.get(node);
  if (text === undefined) {
    const first = nodeNames(graph.nodes.get(node))[0];
    text = '?[' + (first === undefined ? '' : pyReprStr(first)) + ']';
    cache.set(node, text);
  }
  return text;
}

/** The distinct triples of scored edges (sorted as Python sorts tuples), and the counts of other edge types. */
function systemTriples(graph: ScoringGraph, mapping: NodeMapping) {
  const triples = new Map<string, Triple>();
  const unscored = new Map<string, number>();
  const cache = new Map<string, string>();
  for (const edge of graph.edges) {
    const p = predicateOf(edge.attrs);
    if (!SCORED.has(p)) {
      unscored.set(p, (unscored.get(p) ?? 0) + 1);
      continue;
    }
    const s = mapping.gold.get(edge.source);
    let o = mapping.gold.get(edge.target);
    if (p === 'QUOTED_IN') {
      const doc = o?.truthy && o.id.startsWith('doc:') ? o.id.slice(4) : undefined;
      o = doc === undefined ? null : { id: doc, truthy: doc !== '' };
    }
    const triple: Triple = [
      s?.truthy ? s.id : unmappedEnd(graph, edge.source, cache),
      p,
      o?.truthy ? o.id : unmappedEnd(graph, edge.target, cache),
    ];
    triples.set(JSON.stringify(triple), triple);
  }
  const sorted = [...triples.values()].sort(
    (a, b) => comparePy(a[0], b[0]) || comparePy(a[1], b[1]) || comparePy(a[2], b[2]),
  );
  return { sorted, unscored };
}

/**
 * Gold relations indexed by (predicate, subject key): score.py's `matches` (same predicate, subject in
 * `s` and object in `o`, or the reverse for CONTACTED) without comparing every triple with every fact.
 */
class RelationIndex {
  private readonly bySubject = new Map<string, number[]>();

  constructor(private readonly relations: GoldRelation[]) {
    relations.forEach((r, i) => {
      for (const s of new Set(r.s)) {
        const key = r.p + '\u0000' + s;
        const list = this.bySubject.get(key);
        if (list) list.push(i);
        else this.bySubject.set(key, [i]);
      }
    });
  }

  /** Indices of the relations the triple matches. */
  matching(t: Triple): number[] {
    const hits = new Set<number>();
    for (const i of this.bySubject.get(t[1] + '\u0000' + t[0]) ?? []) if (this.relations[i]!.o.includes(t[2])) hits.add(i);
    if (SYMMETRIC.has(t[1])) {
      for (const i of this.bySubject.get(t[1] + '\u0000' + t[2]) ?? []) if (this.relations[i]!.o.includes(t[0])) hits.add(i);
    }
    return [...hits];
  }
}

function scoreRelations(gold: Gold, graph: ScoringGraph, mapping: NodeMapping) {
  const { sorted, unscored } = systemTriples(graph, mapping);
  const required = gold.relations.filter((r) => !r.optional);
  const requiredIndex = new RelationIndex(required);
  const optionalIndex = new RelationIndex(gold.relations.filter((r) => r.optional));
  const matched = new Set<number>();
  let tp = 0;
  const falsePositives: Triple[] = [];
  for (const t of sorted) {
    const hits = requiredIndex.matching(t);
    if (hits.length > 0) {
      tp++;
      for (const i of hits) matched.add(i);
    } else if (optionalIndex.matching(t).length === 0) {
      falsePositives.push(t);
    }
  }
  const counts = new Map<string, [number, number]>();
  required.forEach((r, i) => {
    const c = counts.get(r.p) ?? [0, 0];
    counts.set(r.p, [c[0] + (matched.has(i) ? 1 : 0), c[1] + 1]);
  });
  const byPredicate = Object.fromEntries(
    [...counts].sort((a, b) => comparePy(a[0], b[0])).map(([p, [n, m]]) => [p, `${n}/${m}`]),
  );
  const figures = {
    ...prf(tp, falsePositives.length, matched.size, required.length),
    system_triples: sorted.length,
    gold_required: required.length,
    found: matched.size,
  };
  const details: Pick<ScoreDetails, 'missed_relations' | 'false_positive_triples'> = {
    missed_relations: required
      .filter((_r, i) => !matched.has(i))
      .map((r) => ({ s: r.sIsList ? r.s : r.s[0]!, p: r.p, o: r.oIsList ? r.o : r.o[0]!, a: r.a })),
    false_positive_triples: falsePositives.map(([a, p, b]) => [shownKey(a), p, shownKey(b)]),
  };
  return { figures, byPredicate, unscored: Object.fromEntries(unscored), details };
}
