// CSV fields and files for neo4j-admin import: quoting, lists, points, headers (no server needed).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { ARRAY_DELIMITER, int, list, num, point, str } from '../../src/export/neo4j-csv/csv.js';
import { writeNeo4jCsv } from '../../src/export/neo4j-csv/index.js';
import { syntheticGraph } from '../neo4j/synthetic.js';

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
    const err = (() => {
      try {
        list([`a${ARRAY_DELIMITER}b`], 'entity person:anna-ortega');
      } catch (e) {
        return e;
      }
    })();
    expect(isKgError(err, 'INPUT_INVALID')).toBe(true);
    expect((err as Error).message).toMatch(/^entity person:anna-ortega: a list value holds the control character U\+001F/);
  });
});

describe('writeNeo4jCsv', () => {
  it('writes one file per node kind and relationship group, header first, rows as counted, and import.args', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-csv-test-'));
    try {
      const graph = syntheticGraph(60, 200);
      const written = writeNeo4jCsv(graph, dir, 'corpus-x');
      expect(written.corpus).toBe('corpus-x');
      const nodes = written.files.filter((f) => f.kind === 'nodes');
      expect(nodes.map((f) => f.path.split('/').pop())).toEqual([
        'nodes-Person.csv',
        'nodes-Organization.csv',
        'nodes-Location.csv',
        'nodes-Article.csv',
        'nodes-KgCorpus.csv',
      ]);
      expect(nodes.reduce((s, f) => s + f.rows, 0)).toBe(graph.order + 1);
      expect(written.files.filter((f) => f.kind === 'relationships').reduce((s, f) => s + f.rows, 0)).toBe(graph.size);
      for (const f of written.files) expect(readFileSync(f.path, 'utf8').trimEnd().split('\n')).toHaveLength(f.rows + 1);
      const person = readFileSync(nodes[0]!.path, 'utf8').split('\n');
      expect(person[0]).toMatch(/^id:ID\(Entity\),:LABEL,name,aliases:string\[\],mentions:long,/);
      expect(person[1]).toMatch(new RegExp(`^"e:\\d+",Entity${ARRAY_DELIMITER}Person,"Entity \\d+",`));
      const args = readFileSync(join(dir, 'import.args'), 'utf8').trim().split('\n');
      expect(args.filter((a) => a.startsWith('--nodes=') || a.startsWith('--relationships='))).toHaveLength(written.files.length);
      expect(args).toContain('--array-delimiter=\\u001F');
      expect(args).toContain('--multiline-fields=false');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a relationship list value holding the delimiter as bad input (INPUT_INVALID), though rows are made while writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-csv-test-'));
    try {
      const graph = syntheticGraph(60, 200);
      const edge = graph.findEdge((_e, a) => a.type !== 'MENTIONED_IN')!;
      graph.setEdgeAttribute(edge, 'dates', [`2020${ARRAY_DELIMITER}01`]);
      const err = (() => {
        try {
          writeNeo4jCsv(graph, dir, 'corpus-x');
        } catch (e) {
          return e;
        }
      })();
      expect(isKgError(err, 'INPUT_INVALID')).toBe(true);
      expect((err as Error).message).toContain(`${graph.getEdgeAttribute(edge, 'type')} ${graph.source(edge)} → ${graph.target(edge)}: a list value`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
