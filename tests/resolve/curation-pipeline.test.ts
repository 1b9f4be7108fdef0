// Curation through the real pipeline stages: extract invented articles, resolve with a curation file, build the graph.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/index.js';
import { parseCuration } from '../../src/resolve/curation/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';

const TEXTS = [
  'Anna Ortega, the leader of the Northern Defence Forces, said on Monday that the NDF had taken Strelsau.',
  'The Nordef militia said on Tuesday that it had captured the port of Zenda, its spokesman Ivo Bran told reporters in Strelsau.',
  'Acme Holdings chief executive Lena Brandt said the company would invest in Freedonia.',
];

const CURATION = `merge:
  - name: Northern Defence Forces
    aliases: [Nordef]
type:
  Freedonia: Organization
drop: [Ivo Bran]
`;

function graphOf(curationText?: string) {
  const extractions = TEXTS.map((text, i) => extractArticle({ id: `a${i}`, path: `a${i}.txt`, title: '', text }));
  const corpus = resolveCorpus(extractions, curationText ? { curation: parseCuration(curationText, 'c.yaml') } : {});
  return { corpus, graph: buildGraph(corpus) };
}

function labels(graph: ReturnType<typeof graphOf>['graph']): string[] {
  return graph
    .filterNodes((_n, a) => a.type !== 'Article')
    .map((n) => `${graph.getNodeAttribute(n, 'type')}:${graph.getNodeAttribute(n, 'label')}`)
    .sort();
}

describe('curation in the pipeline', () => {
  it('the plain graph has the nodes the curation will change', () => {
    const all = labels(graphOf().graph);
    expect(all).toEqual(expect.arrayContaining(['Organization:Nordef', 'Organization:Northern Defence Forces', 'Location:Freedonia', 'Person:Ivo Bran']));
  });

  it('merges, retypes and drops nodes, and keeps the merged node’s facts', () => {
    const { graph, corpus } = graphOf(CURATION);
    const all = labels(graph);
    expect(all).toContain('Organization:Northern Defence Forces');
    expect(all).not.toContain('Organization:Nordef');
    expect(all).toContain('Organization:Freedonia');
    expect(all.some((l) => l.endsWith(':Ivo Bran'))).toBe(false);
    const ndf = 'organization:northern-defence-forces';
    expect(graph.getNodeAttribute(ndf, 'aliases')).toEqual(expect.arrayContaining(['NDF', 'Nordef']));
    expect(graph.getNodeAttribute(ndf, 'articles')).toEqual(['a0', 'a1']);
    expect(corpus.unknownNames).toEqual([]);
  });
});
