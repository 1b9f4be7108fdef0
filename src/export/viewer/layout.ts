// Positions for the page: communities as islands, articles at the centre of the entities they mention.
import { compareCodeUnits as cmp } from '../../compare.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { MENTIONED_IN } from '../../types.js';
import type { Communities } from './communities.js';
import { islandLayout, type Point } from './islands.js';

/**
 * Island positions of every node: one disc per community (largest in the middle), one more disc for the
 * entities without relations (outermost), and each article at the mean position of the entities it mentions.
 * The layout's positions are read from `laidOut` (the whole graph, of which `graph` may be a part made before the layout ended).
 */
export function pagePositions(graph: KnowledgeGraph, communities: Communities, laidOut: KnowledgeGraph = graph): Map<string, Point> {
  const groups: string[][] = communities.names.map(() => []);
  const loose: string[] = [];
  const articles: string[] = [];
  for (const node of graph.nodes().sort(cmp)) {
    if (graph.getNodeAttribute(node, 'type') === 'Article') articles.push(node);
    else {
      const c = communities.of.get(node);
      if (c === undefined) loose.push(node);
      else groups[c]!.push(node);
    }
  }
  const original = (n: string): Point => ({ x: laidOut.getNodeAttribute(n, 'x'), y: laidOut.getNodeAttribute(n, 'y') });
  const out = islandLayout(loose.length ? [...groups, loose] : groups, original);
  for (const article of articles) {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachInEdge(article, (_, a, source) => {
      const p = out.get(source);
      if (a.type !== MENTIONED_IN || !p) return;
      x += p.x;
      y += p.y;
      n++;
    });
    out.set(article, n ? { x: x / n, y: y / n } : { x: 0, y: 0 });
  }
  return out;
}
