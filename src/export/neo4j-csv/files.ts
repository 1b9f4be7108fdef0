// The CSV files of a graph: entity, article and corpus nodes, and every relationship in one file, in the loader's model.
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { ENTITY_TYPES } from '../../types.js';
import { relKeys } from '../neo4j/cypher.js';
import { defaultCorpusId, type GraphRows, graphRows, type NodeLabel, type RelGroup, type RelRow } from '../neo4j/rows.js';
import { ARRAY_DELIMITER, int, list, num, point, str } from './csv.js';

/** One CSV file: its name, header and rows (each a line without the newline). */
export interface CsvFile {
  name: string;
  kind: 'nodes' | 'relationships';
  header: string;
  rows: Iterable<string>;
  count: number;
}

// Nodes are numbered across the node files in the order written (`:ID`, read with `--id-type=actual`, so the
// import tool needs no id lookup); the stored id is the `id` column, as the MERGE loader writes it.
const ENTITY_HEADER =
  ':ID,id,:LABEL,name,aliases:string[],mentions:long,articles:string[],lat:double,lon:double,country,location:point{crs:WGS-84},corpora:string[]';
const ARTICLE_HEADER = ':ID,id,:LABEL,key,title,date,source,path,mentions:long,corpora:string[]';
const CORPUS_HEADER = ':ID,id,:LABEL';

/** Relationship property columns by key: their import type and field writer; any other key is a list of strings. */
const REL_COLUMNS: Record<string, { type: string; field: (value: unknown, where: () => string) => string }> = {
  weight: { type: 'long', field: (v) => int(v as number) },
  count: { type: 'long', field: (v) => int(v as number) },
  confidence: { type: 'double', field: (v) => num(v as number) },
  status: { type: 'string', field: (v) => str(v as string | undefined) },
};
const LIST_COLUMN = { type: 'string[]', field: (v: unknown, where: () => string) => list(v as string[] | undefined, where) };
const columnOf = (key: string) => REL_COLUMNS[key] ?? LIST_COLUMN;

/**
 * Every file of the graph in the model `kg neo4j` writes for a database holding one corpus: entity nodes
 * (`:Entity:<Type>`), articles and a `:KgCorpus` marker, one file each, and all relationships in one file
 * (the import tool reads a sample of every file before it starts, so fewer files start sooner).
 * The corpus id defaults to the MERGE loader's (a hash of the article ids).
 */
export function csvFiles(graph: KnowledgeGraph, corpus?: string): { corpus: string; files: CsvFile[] } {
  const rows = graphRows(graph);
  const id = corpus ?? defaultCorpusId(rows, graph);
  const corpora = list([id], 'corpus id');
  const numbers = nodeNumbers(rows);
  return { corpus: id, files: [...nodeFiles(rows, numbers, corpora, id), relFile(rows.relationships, numbers, corpora)] };
}

/** Node numbers by label and stored id. */
type NodeNumbers = Record<NodeLabel, Map<string, number>>;

/** Each node's number (its row across the node files, in the order written); a repeated id is refused. */
function nodeNumbers(rows: GraphRows): NodeNumbers {
  const numbers = { Entity: new Map<string, number>(), Article: new Map<string, number>() };
  const add = (label: NodeLabel, id: string) => {
    const map = numbers[label];
    if (map.has(id)) throw new KgError('INPUT_INVALID', `two ${label} nodes have the id ${JSON.stringify(id)}; node ids must be unique`);
    map.set(id, numbers.Entity.size + numbers.Article.size);
  };
  for (const type of ENTITY_TYPES) for (const entity of rows.entities.get(type) ?? []) add('Entity', entity.id);
  for (const article of rows.articles) add('Article', article.id);
  return numbers;
}

function nodeFiles(rows: GraphRows, numbers: NodeNumbers, corpora: string, corpus: string): CsvFile[] {
  let current = '';
  // One closure naming the current entity, only called to word an error.
  const where = () => `entity ${current}`;
  const entities = ENTITY_TYPES.flatMap((type) =>
    (rows.entities.get(type) ?? []).map(({ id, contribution: c }) => {
      current = id;
      return [numbers.Entity.get(id), str(id), `Entity${ARRAY_DELIMITER}${type}`, str(c.name), list(c.aliases, where), int(c.mentions),
        list(c.articles, where), num(c.lat), num(c.lon), str(c.country), point(c.lat, c.lon), corpora].join(',');
    }),
  );
  const articles = rows.articles.map(({ id, props: p }) =>
    [numbers.Article.get(id), str(id), 'Article', str(p.key), str(p.title), str(p.date), str(p.source), str(p.path), int(p.mentions), corpora].join(','),
  );
  const marker = `${numbers.Entity.size + numbers.Article.size},${str(corpus)},KgCorpus`;
  return [
    { name: 'nodes-Entity.csv', kind: 'nodes', header: ENTITY_HEADER, rows: entities, count: entities.length },
    { name: 'nodes-Article.csv', kind: 'nodes', header: ARTICLE_HEADER, rows: articles, count: articles.length },
    { name: 'nodes-KgCorpus.csv', kind: 'nodes', header: CORPUS_HEADER, rows: [marker], count: 1 },
  ];
}

/** One file for all relationships: the union of the groups' property columns, empty (no property) where a type has none. */
function relFile(groups: RelGroup[], numbers: NodeNumbers, corpora: string): CsvFile {
  const keys = [...new Set(groups.flatMap((g) => relKeys(g.type)))];
  const header = [':START_ID', ':END_ID', ':TYPE', ...keys.map((k) => `${k}:${columnOf(k).type}`), 'corpora:string[]'].join(',');
  const count = groups.reduce((s, g) => s + g.rows.length, 0);
  return { name: 'relationships.csv', kind: 'relationships', header, rows: relLines(groups, keys, numbers, corpora), count };
}

/** The lines of the relationship file, made as they are written (no array of 10⁵ lines held at once). */
function* relLines(groups: RelGroup[], keys: readonly string[], numbers: NodeNumbers, corpora: string): Generator<string> {
  const tail = `,${corpora}`;
  for (const group of groups) {
    const own = new Set(relKeys(group.type));
    // `count` is the MERGE loader's name for the weight of a MENTIONED_IN relationship.
    const fields = keys.map((k) => (own.has(k) ? { read: k === 'count' ? 'weight' : k, field: columnOf(k).field } : null));
    const sources = numbers[group.sourceLabel];
    const targets = numbers[group.targetLabel];
    let row: RelRow | undefined;
    // One closure per group naming the current row, only called to word an error.
    const where = () => `${group.type} ${row?.source} → ${row?.target}`;
    for (row of group.rows) {
      const values = row.contribution as unknown as Record<string, unknown>;
      let line = `${sources.get(row.source)},${targets.get(row.target)},${group.type}`;
      for (const f of fields) line += f ? `,${f.field(values[f.read], where)}` : ',';
      yield line + tail;
    }
  }
}
