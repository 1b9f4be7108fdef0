// graphToScoring: scoring the in-memory graph gives what scoring its GraphML export gives (and what score.py gives).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, describe, expect, it } from 'vitest';
import { graphToScoring, parseGold, readGraphml, score } from '../../src/eval/index.js';
import { toGraphml as projectGraphml } from '../../src/export/graphml/index.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import type { EdgeAttrs, EdgeType, EntityType, GraphAttrs, NodeAttrs } from '../../src/types.js';
import { canRunScorePy, runScorePy } from './helpers/score-py.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOLD_YAML = `
entities:
  hale: {type: Person, name: Wilma Hale, aliases: [Hale]}
  corvid: {type: Organization, name: Corvid Shipping, aliases: [Corvid]}
  brel: {type: Location, name: Brel}
  fenn: {type: Person, name: Osric Fenn, optional: true}
relations:
  - {s: hale, p: HOLDS_POSITION, o: corvid, a: ["004"]}
  - {s: corvid, p: LOCATED_IN, o: brel, a: ["004"]}
  - {s: hale, p: QUOTED_IN, o: "004"}
  - {s: fenn, p: CONTACTED, o: hale, a: ["011"]}
  - {s: hale, p: QUOTED_IN, o: "011"}
`;

function entity(label: string, type: EntityType, aliases: string[] = []): NodeAttrs {
  return { label, type, aliases, mentions: 2, articles: ['004_harbour_1a2b3c4d'], x: 0.5, y: -1.25 };
}

function article(id: string, title: string): NodeAttrs {
  return { label: title, type: 'Article', aliases: [], mentions: 3, articles: [id], x: 1, y: 2, title, path: `news/${id.slice(0, -9)}.txt`, date: '2024-05-01' };
}

function edge(type: EdgeType): EdgeAttrs {
  return { type, weight: 1, articles: ['004_harbour_1a2b3c4d'], dates: [], evidence: [{ article: '004_harbour_1a2b3c4d', sentence: 'A sentence.', start: 0, end: 11 }] };
}

function sampleGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  g.addNode('person:wilma-hale', entity('Wilma Hale', 'Person', ['Hale', 'W. Hale']));
  g.addNode('person:hale', entity('Ms Hale', 'Person', ['Hale']));
  g.addNode('organization:corvid', entity('Corvid Shipping Co', 'Organization', ['Corvid']));
  g.addNode('location:brel', entity('Brel', 'Location'));
  g.addNode('person:osric-fenn', entity('Osric Fenn', 'Person'));
  g.addNode('organization:tern', entity('Tern & "Sons" <Ltd>', 'Organization'));
  g.addNode('organization:odd\tid', entity('Odd\u0001 Works\r\nGroup', 'Organization', ['Odd\rWorks']));
  g.addNode('004_harbour_1a2b3c4d', article('004_harbour_1a2b3c4d', 'Harbour news'));
  g.addNode('011_talks_9f8e7d6c', article('011_talks_9f8e7d6c', 'Talks'));
  g.addEdgeWithKey('e1', 'person:wilma-hale', 'organization:corvid', edge('HOLDS_POSITION'));
  g.addEdgeWithKey('e2', 'organization:corvid', 'location:brel', edge('LOCATED_IN'));
  g.addEdgeWithKey('e3', 'person:wilma-hale', '004_harbour_1a2b3c4d', edge('QUOTED_IN'));
  g.addEdgeWithKey('e4', 'person:wilma-hale', 'person:osric-fenn', edge('CONTACTED'));
  g.addEdgeWithKey('e5', 'organization:tern', 'location:brel', edge('ATTACKED'));
  g.addEdgeWithKey('e6', 'person:hale', '011_talks_9f8e7d6c', edge('MENTIONED_IN'));
  g.addEdgeWithKey('e7', 'organization:odd\tid', 'location:brel', edge('LOCATED_IN'));
  return g;
}

/** A plain GraphML writer (every attribute, in object order; key ids are attribute names, lists JSON), to compare whole views. */
function toGraphml(g: KnowledgeGraph): string {
  const esc = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const text = (v: unknown) => (typeof v === 'object' ? JSON.stringify(v) : String(v));
  const data = (attrs: object) =>
    Object.entries(attrs)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<data key="${esc(k)}">${esc(text(v))}</data>`)
      .join('');
  const keys = new Set<string>();
  g.forEachNode((_n, a) => {
    for (const k of Object.keys(a)) keys.add(k);
  });
  g.forEachEdge((_e, a) => {
    for (const k of Object.keys(a)) keys.add(k);
  });
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const k of keys) lines.push(`  <key id="${k}" for="all" attr.name="${k}" attr.type="string"/>`);
  lines.push('  <graph edgedefault="directed">');
  g.forEachNode((n, a) => lines.push(`    <node id="${esc(n)}">${data(a)}</node>`));
  g.forEachEdge((e, a, s, t) => lines.push(`    <edge id="${esc(e)}" source="${esc(s)}" target="${esc(t)}">${data(a)}</edge>`));
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

describe('graphToScoring', () => {
  const gold = parseGold(GOLD_YAML, 'inline gold', 'yaml');
  const graph = sampleGraph();

  it('keeps ids, labels, types and aliases as GraphML would carry them', () => {
    const view = graphToScoring(graph);
    expect(view.nodes.get('person:wilma-hale')?.get('aliases')).toBe('["Hale","W. Hale"]');
    expect(view.nodes.get('004_harbour_1a2b3c4d')?.get('path')).toBe('news/004_harbour.txt');
    expect(view.edges.map((e) => e.attrs.get('type'))).toEqual(['HOLDS_POSITION', 'LOCATED_IN', 'QUOTED_IN', 'CONTACTED', 'ATTACKED', 'MENTIONED_IN', 'LOCATED_IN']);
    expect(view.nodes.get('organization:odd id')?.get('label')).toBe('Odd Works\nGroup');
    expect(readGraphml(toGraphml(graph))).toEqual(view);
  });

  it('scores the same as its GraphML export, by the project writer too', () => {
    const direct = score(gold, graphToScoring(graph));
    expect(score(gold, readGraphml(toGraphml(graph)))).toEqual(direct);
    expect(score(gold, readGraphml(projectGraphml(graph)))).toEqual(direct);
    expect(direct.entities).toMatchObject({ system_nodes: 6, found: 3, split_entities: 1 });
    expect(direct.relations_by_predicate_recall).toEqual({ CONTACTED: '1/1', HOLDS_POSITION: '1/1', LOCATED_IN: '1/1', QUOTED_IN: '1/2' });
  });

  it.runIf(canRunScorePy)('scores the same as score.py on the export', () => {
    writeFileSync(join(dir, 'gold.yaml'), GOLD_YAML);
    writeFileSync(join(dir, 'graph.graphml'), projectGraphml(graph));
    const { details, ...result } = score(gold, graphToScoring(graph));
    expect(result).toEqual(runScorePy(join(dir, 'gold.yaml'), join(dir, 'graph.graphml')).result);
    expect(details.false_positive_nodes).toEqual(['Tern & "Sons" <Ltd>', 'Odd Works\nGroup']);
  });
});
