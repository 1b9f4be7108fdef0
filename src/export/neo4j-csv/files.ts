// The CSV files of a graph: one per node kind and one per relationship group, header first, in the loader's model.
import type { KnowledgeGraph } from '../../graph/types.js';
import { ENTITY_TYPES, type EdgeType } from '../../types.js';
import { relKeys } from '../neo4j/cypher.js';
import { defaultCorpusId, type GraphRows, graphRows, type RelGroup } from '../neo4j/rows.js';
import { ARRAY_DELIMITER, int, list, num, point, str } from './csv.js';

/** One CSV file: its name, header and rows (each a line without the newline). */
export interface CsvFile {
  name: string;
  kind: 'nodes' | 'relationships';
  header: string;
  rows: Iterable<string>;
  count: number;
}

const ENTITY_HEADER =
  'id:ID(Entity),:LABEL,name,aliases:string[],mentions:long,articles:string[],lat:double,lon:double,country,location:point{crs:WGS-84},corpora:string[]';
const ARTICLE_HEADER = 'id:ID(Article),:LABEL,key,title,date,source,path,mentions:long,corpora:string[]';
const CORPUS_HEADER = 'id:ID(KgCorpus),:LABEL';

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
 * Every file of the graph in the model `kg neo4j` writes for a database holding one corpus: entity
 * nodes (`:Entity:<Type>`), articles, a `:KgCorpus` marker, relationships grouped by type and end labels.
 * The corpus id defaults to the MERGE loader's (a hash of the article ids).
 */
export function csvFiles(graph: KnowledgeGraph, corpus?: string): { corpus: string; files: CsvFile[] } {
  const rows = graphRows(graph);
  const id = corpus ?? defaultCorpusId(rows, graph);
  const corpora = list([id], 'corpus id');
  return { corpus: id, files: [...nodeFiles(rows, corpora, id), ...rows.relationships.map((g) => relFile(g, corpora))] };
}

function nodeFiles(rows: GraphRows, corpora: string, corpus: string): CsvFile[] {
  const files: CsvFile[] = ENTITY_TYPES.map((type) => {
    const entities = rows.entities.get(type) ?? [];
    const lines = entities.map(({ id, contribution: c }) => {
      const where = `entity ${id}`;
      return [str(id), `Entity${ARRAY_DELIMITER}${type}`, str(c.name), list(c.aliases, where), int(c.mentions), list(c.articles, where),
        num(c.lat), num(c.lon), str(c.country), point(c.lat, c.lon), corpora].join(',');
    });
    return { name: `nodes-${type}.csv`, kind: 'nodes', header: ENTITY_HEADER, rows: lines, count: lines.length };
  });
  const articles = rows.articles.map(({ id, props: p }) =>
    [str(id), 'Article', str(p.key), str(p.title), str(p.date), str(p.source), str(p.path), int(p.mentions), corpora].join(','),
  );
  files.push({ name: 'nodes-Article.csv', kind: 'nodes', header: ARTICLE_HEADER, rows: articles, count: articles.length });
  files.push({ name: 'nodes-KgCorpus.csv', kind: 'nodes', header: CORPUS_HEADER, rows: [`${str(corpus)},KgCorpus`], count: 1 });
  return files;
}

function relFile(group: RelGroup, corpora: string): CsvFile {
  const keys = relKeys(group.type as EdgeType);
  const columns = keys.map(columnOf);
  const header = [`:START_ID(${group.sourceLabel})`, `:END_ID(${group.targetLabel})`, ':TYPE', ...keys.map((k, i) => `${k}:${columns[i]!.type}`), 'corpora:string[]'].join(',');
  const name = `rels-${group.type}-${group.sourceLabel}-${group.targetLabel}.csv`;
  return { name, kind: 'relationships', header, rows: relLines(group, keys, corpora), count: group.rows.length };
}

/** The lines of a relationship file, made as they are written (no array of 10⁵ lines held at once). */
function* relLines(group: RelGroup, keys: readonly string[], corpora: string): Generator<string> {
  // `count` is the MERGE loader's name for the weight of a MENTIONED_IN relationship.
  const fields = keys.map((k) => ({ read: k === 'count' ? 'weight' : k, field: columnOf(k).field }));
  const tail = `,${corpora}`;
  for (const { source, target, contribution } of group.rows) {
    const values = contribution as unknown as Record<string, unknown>;
    const where = () => `${group.type} ${source} → ${target}`;
    let line = `${str(source)},${str(target)},${group.type}`;
    for (const { read, field } of fields) line += `,${field(values[read], where)}`;
    yield line + tail;
  }
}
