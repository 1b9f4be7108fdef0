import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { escapeXml, toGraphml } from '../../src/export/graphml/index.js';
import { buildGraph, layoutGraph } from '../../src/graph/index.js';
import { mulberry32 } from '../../src/random.js';
import { fixtureCorpus } from '../fixtures/corpus.js';

function fixtureGraphml(): string {
  const graph = buildGraph(fixtureCorpus());
  layoutGraph(graph);
  return toGraphml(graph);
}

describe('GraphML writer', () => {
  const xml = fixtureGraphml();

  it('declares every key with domain, name and type, and readable ids', () => {
    const keys = [...xml.matchAll(/<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)" attr\.type="(\w+)"\/>/g)];
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.every(([, id]) => !/^d\d+$/.test(id!))).toBe(true);
    expect(xml).not.toContain('for="all"');
  });

  it.each([
    ['a & b', 'a &amp; b'],
    ['<tag attr="v">', '&lt;tag attr=&quot;v&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['bell\u0007 nul\u0000 ok', 'bell nul ok'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('escapes as the two-replacement reference does, on random strings of markup, controls and surrogates', () => {
    const invalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
    const reference = (s: string) => s.replace(invalid, '').replace(/[&<>"']/g, (c) => entities[c]!);
    const alphabet = ['a', ' ', '&', '&amp;', '<', '>', '"', "'", '\u0000', '\u0007', '\t', '\n', '\uD83D', '\uDE00', '\uFFFE', 'é', '[', ','];
    const rand = mulberry32(7);
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: Math.floor(rand() * 12) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      expect(escapeXml(s)).toBe(reference(s));
    }
  });

  it('writes a list of strings as escapeXml(JSON.stringify(list)), on random lists of markup, controls and surrogates', () => {
    const alphabet = ['a', ' ', '&', '<', '>', '"', "'", '\\', '\u0000', '\u0007', '\n', '\uD83D', '\uDE00', '\uFFFE', 'é', '[', ','];
    const rand = mulberry32(11);
    const word = () => Array.from({ length: Math.floor(rand() * 6) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
    for (let i = 0; i < 300; i++) {
      const aliases = Array.from({ length: Math.floor(rand() * 4) }, word);
      const g = buildGraph(fixtureCorpus());
      g.setNodeAttribute('person:anna-ortega', 'aliases', aliases);
      const line = toGraphml(g).match(/<node id="person:anna-ortega">\n(?:.*\n)*?\s*<data key="aliases">(.*)<\/data>/)?.[1];
      expect(line).toBe(escapeXml(JSON.stringify(aliases)));
    }
  });

  it('round-trips through graphology-graphml', () => {
    const parsed = parse(Graph, xml);
    const original = buildGraph(fixtureCorpus());
    expect(parsed.order).toBe(original.order);
    expect(parsed.size).toBe(original.size);
    const a = parsed.getNodeAttributes('person:anna-ortega');
    expect(a.label).toBe('Anna Ortega');
    expect(JSON.parse(a.aliases as string)).toEqual(['Ortega']);
    expect(a.mentions).toBe(2);
    expect(typeof a.x).toBe('number');
    const odd = parsed.getNodeAttributes('organization:odd');
    expect(odd.label).toBe('Odd & "quoted" ');
    const article = parsed.getNodeAttributes('article:002_beta-5e6f7a8b');
    expect(article).toMatchObject({ type: 'Article', title: 'Beta & <Co>', source: 'Example Wire', path: 'in/002_beta.txt' });
    const edge = parsed.getEdgeAttributes('CAPTURED:organization:northern-defence-forces->location:marvel-city');
    expect(edge).toMatchObject({ type: 'CAPTURED', weight: 2, date: '2020-01-01' });
    expect(JSON.parse(edge.evidence as string)).toHaveLength(2);
  });

  it('is read by the shared scorer (score.py)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-graphml-'));
    writeFileSync(join(dir, 'graph.graphml'), xml);
    const gold = {
      entities: {
        ortega: { type: 'Person', name: 'Anna Ortega', aliases: ['Ortega'] },
        ndf: { type: 'Organization', name: 'Northern Defence Forces', aliases: ['NDF'] },
        marvel: { type: 'Location', name: 'Marvel City' },
      },
      relations: [
        { s: 'ndf', p: 'CAPTURED', o: 'marvel', a: ['001'] },
        { s: 'ortega', p: 'QUOTED_IN', o: '001' },
      ],
    };
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold));
    const out = execFileSync('python3', ['../shared/eval/score.py', join(dir, 'gold.json'), join(dir, 'graph.graphml')], {
      encoding: 'utf8',
    });
    const result = JSON.parse(out.trim().split('\n').pop()!);
    expect(result.entities.found).toBe(3);
    expect(result.relations.found).toBe(2);
  });

  it('is read by NetworkX', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-graphml-'));
    writeFileSync(join(dir, 'graph.graphml'), xml);
    const script = [
      'import json, sys, networkx as nx',
      'g = nx.read_graphml(sys.argv[1])',
      'n = g.nodes["person:anna-ortega"]',
      'print(json.dumps([g.number_of_nodes(), g.number_of_edges(), n["label"], n["mentions"], json.loads(n["aliases"])]))',
    ].join('\n');
    const out = execFileSync('python3', ['-c', script, join(dir, 'graph.graphml')], { encoding: 'utf8' });
    const original = buildGraph(fixtureCorpus());
    expect(JSON.parse(out)).toEqual([original.order, original.size, 'Anna Ortega', 2, ['Ortega']]);
  });
});
