// CSV fields and files for neo4j-admin import: quoting, lists, points, headers (no server needed).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { ARRAY_DELIMITER, int, list, num, point, str } from '../../src/export/neo4j-csv/csv.js';
import { writeNeo4jCsv } from '../../src/export/neo4j-csv/index.js';
import { graphRows } from '../../src/export/neo4j/rows.js';
import { syntheticGraph } from '../neo4j/synthetic.js';

/** Runs `fn` with a fresh temporary folder, removed afterwards. */
function inTempDir(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'kg-csv-test-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What `fn` throws, or undefined. */
function thrown(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('CSV fields', () => {
  it.each([
    [str('Acme "Bolts", Inc.'), '"Acme ""Bolts"", Inc."'],
    [str(''), '""'],
    [str(null), ''],
    [num(1.5), '1.5'],
    [num(Number.NaN), ''],
    [int(2.6), '3'],
    [int(undefined), ''],
    [list(['Freedonia', 'Sylvania']), `"Freedonia${ARRAY_DELIMITER}Sylvania"`],
    [list([]), '""'],
    [point(1.5, -2), '"{latitude:1.5, longitude:-2}"'],
    [point(undefined, 3), ''],
  ])('writes %j', (field, expected) => {
    expect(field).toBe(expected);
  });

  it.each([
    [['a', 'b', 'c'], `"a${ARRAY_DELIMITER}b${ARRAY_DELIMITER}c"`],
    [['', ''], `"${ARRAY_DELIMITER}"`],
    [['say "no"'], '"say ""no"""'],
  ])('joins the list %j', (values, expected) => {
    expect(list(values)).toBe(expected);
  });

  it.each([[[`a${ARRAY_DELIMITER}`]], [['a', `${ARRAY_DELIMITER}b`]], [[ARRAY_DELIMITER, '']]])('refuses %j, whose elements hold the delimiter', (values) => {
    expect(() => list(values, () => 'lazily named')).toThrow(/^lazily named: a list value holds/);
  });

  it('refuses a list value holding the delimiter, naming where', () => {
    const err = thrown(() => list([`a${ARRAY_DELIMITER}b`], 'entity person:anna-ortega'));
    expect(isKgError(err, 'INPUT_INVALID')).toBe(true);
    expect((err as Error).message).toMatch(/^entity person:anna-ortega: a list value holds the control character U\+001F/);
  });
});

describe('writeNeo4jCsv', () => {
  it('writes one file per node kind and one of relationships, header first, rows as counted, and import.args', () => {
    inTempDir((dir) => {
    const graph = syntheticGraph(60, 200);
    const written = writeNeo4jCsv(graph, dir, 'corpus-x');
    expect(written.corpus).toBe('corpus-x');
    expect(written.files.map((f) => [f.path.split('/').pop(), f.kind])).toEqual([
      ['nodes-Entity.csv', 'nodes'],
      ['nodes-Article.csv', 'nodes'],
      ['nodes-KgCorpus.csv', 'nodes'],
      ['relationships.csv', 'relationships'],
    ]);
    const nodes = written.files.filter((f) => f.kind === 'nodes');
    expect(nodes.reduce((s, f) => s + f.rows, 0)).toBe(graph.order + 1);
    expect(written.files[3]!.rows).toBe(graph.size);
    for (const f of written.files) expect(readFileSync(f.path, 'utf8').trimEnd().split('\n')).toHaveLength(f.rows + 1);
    const entities = readFileSync(nodes[0]!.path, 'utf8').split('\n');
    expect(entities[0]).toMatch(/^:ID,id,:LABEL,name,aliases:string\[\],mentions:long,/);
    expect(entities[1]).toMatch(new RegExp(`^0,"e:\\d+",Entity${ARRAY_DELIMITER}Person,"Entity \\d+",`));
    const args = readFileSync(join(dir, 'import.args'), 'utf8').trim().split('\n');
    expect(args.filter((a) => a.startsWith('--nodes=') || a.startsWith('--relationships='))).toHaveLength(written.files.length);
    expect(args).toEqual(expect.arrayContaining(['--id-type=actual', '--array-delimiter=\\u001F', '--multiline-fields=false']));
    });
  });

  it('numbers the nodes across the node files and names relationship ends by those numbers', () => {
    inTempDir((dir) => {
    const graph = syntheticGraph(60, 200);
    const written = writeNeo4jCsv(graph, dir, 'corpus-x');
    const rows = (i: number) => readFileSync(written.files[i]!.path, 'utf8').trimEnd().split('\n').slice(1);
    const nodes = [0, 1, 2].flatMap(rows);
    expect(nodes.map((line) => Number(line.split(',')[0]))).toEqual(nodes.map((_line, i) => i));
    const idOf = nodes.map((line) => JSON.parse(line.split(',')[1]!) as string);
    const header = readFileSync(written.files[3]!.path, 'utf8').split('\n')[0]!.split(',');
    const ends = rows(3).map((line) => {
      const [s, t, type] = line.split(',');
      return `${idOf[Number(s)]}|${type}|${idOf[Number(t)]}`;
    });
    expect(new Set(ends)).toEqual(new Set(graph.mapEdges((_e, a, s, t) => `${s}|${a.type}|${graph.getNodeAttribute(t, 'type') === 'Article' ? graph.getNodeAttribute(t, 'articles')[0] : t}`)));
    // The union of the types' columns: a type without a column leaves it empty, which stores no property.
    expect(header).toEqual(expect.arrayContaining(['count:long', 'titles:string[]', 'quotes:string[]', 'confidence:double']));
    const mention = rows(3).find((line) => line.split(',')[2] === 'MENTIONED_IN')!.split(',');
    expect(mention[header.indexOf('titles:string[]')]).toBe('');
    });
  });

  it('writes the relationships of graphRows in its order, parallel edges of one type added up (as the MERGE loader does)', () => {
    inTempDir((dir) => {
    const graph = syntheticGraph(60, 200);
    const edge = graph.edges()[5]!;
    const attrs = graph.getEdgeAttributes(edge);
    graph.addEdge(graph.source(edge), graph.target(edge), { ...attrs, weight: 40, articles: ['synthetic-extra'] });
    // An edge of another type between the same ends stays a relationship of its own.
    graph.addEdge(graph.source(edge), graph.target(edge), { ...attrs, type: attrs.type === 'MENTIONED_IN' ? 'QUOTED_IN' : 'MENTIONED_IN' });
    const written = writeNeo4jCsv(graph, dir, 'corpus-x');
    const read = (i: number) => readFileSync(written.files[i]!.path, 'utf8').trimEnd().split('\n');
    const idOf = [0, 1, 2].flatMap((i) => read(i).slice(1)).map((line) => JSON.parse(line.split(',')[1]!) as string);
    const [head, ...lines] = read(3);
    const header = head!.split(',');
    const [weight, articles] = [header.indexOf('weight:long'), header.indexOf('articles:string[]')];
    const got = lines.map((line) => {
      const f = line.split(',');
      return [idOf[Number(f[0])], f[2], idOf[Number(f[1])], f[weight], f[articles]];
    });
    const expected = graphRows(graph).relationships.flatMap((g) =>
      g.rows.map((r) => [r.source, g.type, r.target, String(r.contribution.weight), list(r.contribution.articles)]),
    );
    expect(got).toHaveLength(graph.size - 1);
    expect(got).toEqual(expected);
    });
  });

  it('refuses two nodes with the same id as bad input (INPUT_INVALID)', () => {
    inTempDir((dir) => {
    const graph = syntheticGraph(600, 2000);
    const [first, second] = graph.filterNodes((_n, a) => a.type === 'Article');
    graph.setNodeAttribute(second!, 'articles', graph.getNodeAttribute(first!, 'articles'));
    const err = thrown(() => writeNeo4jCsv(graph, dir, 'corpus-x'));
    expect(isKgError(err, 'INPUT_INVALID')).toBe(true);
    expect((err as Error).message).toMatch(/^two Article nodes have the id "/);
    });
  });

  it('refuses a relationship list value holding the delimiter as bad input (INPUT_INVALID), though rows are made while writing', () => {
    inTempDir((dir) => {
    const graph = syntheticGraph(60, 200);
    const edge = graph.findEdge((_e, a) => a.type !== 'MENTIONED_IN')!;
    graph.setEdgeAttribute(edge, 'dates', [`2020${ARRAY_DELIMITER}01`]);
    const err = thrown(() => writeNeo4jCsv(graph, dir, 'corpus-x'));
    expect(isKgError(err, 'INPUT_INVALID')).toBe(true);
    expect((err as Error).message).toContain(`${graph.getEdgeAttribute(edge, 'type')} ${graph.source(edge)} → ${graph.target(edge)}: a list value`);
    });
  });
});
