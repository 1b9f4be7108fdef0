// How connected the graph is on news the rules never saw: entity-to-entity relations per article on a
// seeded sample of BBC articles and on the CoNLL-2003 test documents, plus a random sample of 50
// relations with their evidence, written for a person to judge.
//   npx tsx scripts/relation-density.ts [--bbc N] [--sample 50] [--seed 1] [--out /tmp/relation-sample.md]
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConll } from '../src/extract/ner/conll.js';
import type { KnowledgeGraph } from '../src/graph/index.js';
import { buildFromInputs } from '../src/pipeline.js';
import { ENTITY_PREDICATES } from '../src/predicates.js';
import { mulberry32 } from '../src/random.js';
import { arg } from './args.js';

const SHARED = resolve(arg('shared', '../shared'));
const BBC_COUNT = Number(arg('bbc', '200'));
const SAMPLE = Number(arg('sample', '50'));
const OUT = arg('out', join(tmpdir(), 'relation-sample.md'));
/** Seed of the relation sample (change it to draw a sample nobody tuned on). */
const SEED = Number(arg('seed', '1'));

interface Density {
  corpus: string;
  articles: number;
  relationsPerArticle: number;
  mentionsPerArticle: number;
  entities: number;
  unlinkedShare: number;
}

function bbcSample(n: number): string[] {
  const root = join(SHARED, 'data/bbc');
  const files = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.endsWith('.txt')).map((f) => join(root, d.name, f)))
    .sort();
  const rand = mulberry32(20261201);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [files[i], files[j]] = [files[j]!, files[i]!];
  }
  return files.slice(0, n).sort();
}

/** The CoNLL-2003 test documents as plain-text articles (tokens joined, punctuation reattached). */
function conllArticles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kg-conll-'));
  const docs = readConll(join(SHARED, 'data/conll2003/test.txt'));
  return docs.map((doc, i) => {
    const text = doc.map((s) => detokenize(s.tokens)).join('\n');
    const path = join(dir, `${String(i).padStart(3, '0')}_conll.txt`);
    writeFileSync(path, text);
    return path;
  });
}

function detokenize(tokens: string[]): string {
  return tokens.join(' ').replace(/ ([.,;:!?%)])/g, '$1').replace(/([($]) /g, '$1').replace(/ (n't|'s|'re|'ve|'ll|'d)\b/g, '$1');
}

const ENTITY_EDGE = new Set<string>(ENTITY_PREDICATES);

function density(corpus: string, graph: KnowledgeGraph, articles: number): Density {
  let relations = 0;
  let mentions = 0;
  const linked = new Set<string>();
  graph.forEachEdge((_, a, s, t) => {
    if (!ENTITY_EDGE.has(a.type)) return;
    relations++;
    mentions += a.weight;
    linked.add(s).add(t);
  });
  const entities = graph.filterNodes((_, a) => a.type !== 'Article').length;
  return { corpus, articles, relationsPerArticle: relations / articles, mentionsPerArticle: mentions / articles, entities, unlinkedShare: 1 - linked.size / Math.max(1, entities) };
}

function sample(graph: KnowledgeGraph, n: number, seed: number): string[] {
  const edges = graph.filterEdges((_, a) => ENTITY_EDGE.has(a.type)).sort();
  const rand = mulberry32(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(n, edges.length)) picked.add(Math.floor(rand() * edges.length));
  return [...picked].sort((a, b) => a - b).map((i) => {
    const key = edges[i]!;
    const a = graph.getEdgeAttributes(key);
    const s = graph.getNodeAttribute(graph.source(key), 'label');
    const t = graph.getNodeAttribute(graph.target(key), 'label');
    const title = a.titles?.length ? ` (${a.titles.join(', ')})` : '';
    return `- **${s}** ${a.type} **${t}**${title} [${a.confidence ?? ''}${a.status ? `, ${a.status}` : ''}] — “${a.evidence[0]?.sentence.replace(/\s+/g, ' ') ?? ''}”`;
  });
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const results: Density[] = [];
  for (const [name, inputs, seed] of [['bbc', bbcSample(BBC_COUNT), SEED], ['conll-test', conllArticles(), SEED + 1]] as const) {
    const built = await buildFromInputs([...inputs], { layout: false });
    const d = density(name, built.graph, built.articles.length);
    results.push(d);
    lines.push(`## ${name}: ${d.articles} articles`, '', ...sample(built.graph, SAMPLE / 2, seed), '');
  }
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, `${lines.join('\n')}\n`);
  for (const d of results) {
    console.log(`relation-density ${d.corpus}: ${d.articles} articles, ${d.relationsPerArticle.toFixed(2)} entity-entity relations/article (${d.mentionsPerArticle.toFixed(2)} mentions/article), ${d.entities} entities, ${(100 * d.unlinkedShare).toFixed(1)}% without a relation; sample in ${OUT}`);
  }
}

await main();
