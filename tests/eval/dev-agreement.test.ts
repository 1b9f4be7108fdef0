// Agreement with score.py on the dev gold file: graphs synthesised from it (misses, splits, wrong types,
// reversed and wrong edges, noise), and the dev graph, built here from the dev articles (or KG_DEV_GRAPH).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { type Gold, graphToScoring, loadGold, readGraphml, score } from '../../src/eval/index.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { PREDICATES as REGISTRY } from '../../src/predicates.js';
import { buildFromInputs, writeExports } from '../../src/pipeline.js';
import { requiredInCi } from './helpers/ci.js';
import { canRunScorePy, numbersAsText, runScorePyMany, verboseShape } from './helpers/score-py.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEV = process.env.KG_DEV_EVAL ?? resolve('../shared/eval/dev');
const DEV_GOLD = join(DEV, 'gold.yaml');
let DEV_GRAPH = process.env.KG_DEV_GRAPH ?? '';
const TYPES = ['Person', 'Organization', 'Location', 'person', 'GPE', 'org'];
const PREDICATES = [...REGISTRY];

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A GraphML graph drawn from the gold file with seeded mistakes of every kind the scorer counts. */
function synthesise(gold: Gold, articleStems: string[], seed: number): string {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const nodes: string[] = [];
  const nodesOf = new Map<string, string[]>();
  const addNode = (id: string, label: string, type: string, aliases?: string) => {
    const al = aliases === undefined ? '' : `<data key="aliases">${esc(aliases)}</data>`;
    nodes.push(`<node id="${esc(id)}"><data key="label">${esc(label)}</data><data key="type">${esc(type)}</data>${al}</node>`);
  };
  gold.entities.forEach((e, i) => {
    if (rand() < 0.1) return;
    const copies = rand() < 0.12 ? 2 : 1;
    for (let c = 0; c < copies; c++) {
      const id = `e${i}_${c}`;
      const label = pick([pick(e.names), `The ${pick(e.names)}`, pick(e.names).toUpperCase(), `${pick(e.names)}’s`, `Unlisted ${i}`]);
      const type = rand() < 0.12 ? pick(TYPES) : e.type;
      const others = e.names.filter(() => rand() < 0.5);
      const aliases = rand() < 0.3 ? others.join(' | ') : JSON.stringify(others);
      addNode(id, label, type, rand() < 0.8 ? aliases : undefined);
      nodesOf.set(e.id, [...(nodesOf.get(e.id) ?? []), id]);
    }
  });
  for (let i = 0; i < 25; i++) addNode(`noise${i}`, `Noise Entity ${i % 20}`, pick(TYPES));
  for (const stem of articleStems) addNode(`${stem}_0badcafe`, stem, 'Article');
  const allNodes = [...nodesOf.values()].flat().concat(Array.from({ length: 25 }, (_, i) => `noise${i}`));
  const endFor = (key: string) => pick(nodesOf.get(key) ?? [pick(allNodes)]);
  const articleFor = (key: string) => articleStems.find((s) => s.startsWith(`${key}_`));
  const edges: string[] = [];
  const addEdge = (s: string, t: string, type: string) =>
    edges.push(`<edge source="${esc(s)}" target="${esc(t)}"><data key="etype">${esc(type)}</data></edge>`);
  for (const r of gold.relations) {
    if (rand() < 0.15) continue;
    const p = rand() < 0.1 ? pick(PREDICATES) : r.p;
    const s = endFor(pick(r.s));
    const article = articleFor(pick(r.o));
    const o = p === 'QUOTED_IN' && article ? `${article}_0badcafe` : endFor(pick(r.o));
    if (r.p === 'CONTACTED' && rand() < 0.5) addEdge(o, s, p);
    else addEdge(s, o, p);
    if (rand() < 0.1) addEdge(s, o, p);
  }
  for (let i = 0; i < 40; i++) addEdge(pick(allNodes), pick(allNodes), pick([...PREDICATES, 'MENTIONED_IN', 'related to']));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '<key id="label" for="node" attr.name="label" attr.type="string"/>',
    '<key id="type" for="node" attr.name="type" attr.type="string"/>',
    '<key id="aliases" for="node" attr.name="aliases" attr.type="string"/>',
    '<key id="etype" for="edge" attr.name="type" attr.type="string"/>',
    '<graph edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** Our result and details against score.py's, on several [gold, graph] pairs at once. */
function expectAgreement(pairs: [string, string][]) {
  const reference = runScorePyMany(pairs);
  pairs.forEach(([goldPath, graphPath], i) => {
    const { details, ...result } = score(loadGold(goldPath), readGraphml(readFileSync(graphPath, 'utf8'), graphPath));
    expect(result, graphPath).toEqual(reference[i]!.result);
    expect(verboseShape(details), graphPath).toEqual(numbersAsText(reference[i]!.verbose));
  });
}

describe.runIf(canRunScorePy && requiredInCi(existsSync(DEV_GOLD), DEV_GOLD))('agreement with score.py on the dev gold', () => {
  beforeAll(async () => {
    if (DEV_GRAPH) return;
    const articles = join(DEV, 'articles');
    const built = await buildFromInputs([articles], { layout: false });
    writeExports(built.graph, join(dir, 'dev'), { inputs: [articles] });
    DEV_GRAPH = join(dir, 'dev', 'graph.graphml');
  }, 300_000);

  it('on graphs synthesised from it with seeds 1 to 6', () => {
    const stems = readdirSync(join(DEV, 'articles')).map((f) => f.replace(/\.[^.]+$/, ''));
    const gold = loadGold(DEV_GOLD);
    const pairs = [1, 2, 3, 4, 5, 6].map((seed): [string, string] => {
      const graphPath = join(dir, `graph-${seed}.graphml`);
      writeFileSync(graphPath, synthesise(gold, stems, seed));
      return [DEV_GOLD, graphPath];
    });
    expectAgreement(pairs);
  });

  it('on the dev graph built from the dev articles (GraphML)', () => {
    expectAgreement([[DEV_GOLD, DEV_GRAPH]]);
  });

  it('on the dev graph built from the dev articles (in memory, from graph.json)', () => {
    const devJson = DEV_GRAPH.replace(/\.graphml$/, '.json');
    const graph = MultiDirectedGraph.from(JSON.parse(readFileSync(devJson, 'utf8'))) as KnowledgeGraph;
    const gold = loadGold(DEV_GOLD);
    const { details, ...result } = score(gold, graphToScoring(graph));
    const reference = runScorePyMany([[DEV_GOLD, DEV_GRAPH]])[0]!;
    expect(result).toEqual(reference.result);
    expect(verboseShape(details)).toEqual(numbersAsText(reference.verbose));
  });
});
