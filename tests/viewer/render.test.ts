// renderViewerHtml on the node side: self-contained, deterministic, escaped page and compact payload.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { buildViewerClient } from '../../src/export/viewer/build-client.js';
import { shorten } from '../../src/export/viewer/article-titles.js';
import { jsonForScript } from '../../src/export/viewer/escape.js';
import { finishViewer, prepareViewer, renderViewerHtml } from '../../src/export/viewer/index.js';
import type { ViewerPayload } from '../../src/export/viewer/payload.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../../src/types.js';
import { fixtureGraph, XSS_IMG, XSS_SCRIPT } from './fixture.js';

let dir: string;
let clientPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
  clientPath = await buildViewerClient(join(dir, 'viewer-client.js'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const render = (g: KnowledgeGraph, options = {}) => renderViewerHtml(g, { clientPath, ...options });

function dataOf(html: string): { raw: string; payload: ViewerPayload } {
  const m = /<script type="application\/json" id="kg-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no kg-data element');
  return { raw: m[1]!, payload: JSON.parse(m[1]!) as ViewerPayload };
}

/** The same graph with nodes and edges inserted in reverse order. */
function reversed(g: KnowledgeGraph): KnowledgeGraph {
  const r: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  r.replaceAttributes(g.getAttributes());
  for (const n of g.nodes().reverse()) r.addNode(n, g.getNodeAttributes(n));
  for (const e of g.edges().reverse()) r.addEdgeWithKey(e, g.source(e), g.target(e), g.getEdgeAttributes(e));
  return r;
}

describe('renderViewerHtml', () => {
  it('is deterministic, whatever the insertion order', () => {
    const html = render(fixtureGraph());
    expect(render(fixtureGraph())).toBe(html);
    expect(render(reversed(fixtureGraph()))).toBe(html);
  });

  it('embeds data no text can break out of, and keeps the text intact', () => {
    const { raw, payload } = dataOf(render(fixtureGraph()));
    expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
    const labels = payload.nodes.map((n) => n[1]);
    expect(labels).toContain(XSS_IMG);
    expect(labels).toContain(XSS_SCRIPT);
    expect(payload.strings.some((s) => s.includes(`${XSS_IMG} criticized the Harbor Council & its chair.`))).toBe(true);
  });

  it.each([
    ['<', '"\\u003c"'],
    ['</script>', '"\\u003c/script\\u003e"'],
    ['a & b', '"a \\u0026 b"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
  ])('escapes %j for a script element', (text, expected) => {
    expect(jsonForScript(text)).toBe(expected);
    expect(JSON.parse(jsonForScript(text))).toBe(text);
  });

  it('escapes the title and loads nothing from the network', () => {
    const html = render(fixtureGraph());
    expect(html).toContain('<title>Fixture &lt;news&gt; &amp; &quot;graph&quot;</title>');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('writes a compact payload: articles table, kinds, no MENTIONED_IN evidence, capped evidence', () => {
    const g = fixtureGraph();
    g.updateEdgeAttributes('AFFILIATED_WITH:person:mara-lindqvist->organization:port-workers-union', (a) => ({
      ...a,
      weight: 3,
      evidence: [0, 1, 2].map((i) => ({
        ...a.evidence[0]!,
        sentence: `Sentence ${i} about Mara Lindqvist.`,
        start: i,
      })),
    }));
    const { payload } = dataOf(render(g, { maxEvidencePerEdge: 2 }));
    expect(payload.kinds).toEqual(['Person', 'Organization', 'Location', 'Article']);
    expect(payload.articles.map((a) => a.slice(0, 5))).toEqual([
      ['a1', 'Harbor council vote delayed', '2024-03-02', 'Harbor Wire', 'news/a1.txt'],
      ['a2', 'Union leader speaks on port strike', '2024-04-10', 'Evening Ledger', 'news/a2.txt'],
    ]);
    const mentioned = payload.types.indexOf('MENTIONED_IN');
    expect(payload.edges.filter((e) => e[2] === mentioned).every((e) => e[6].length === 0)).toBe(true);
    const affiliated = payload.edges.find((e) => payload.types[e[2]] === 'AFFILIATED_WITH')!;
    expect(affiliated[3]).toBe(3);
    expect(affiliated[6].map((ev) => payload.strings[ev[1]])).toEqual([
      'Sentence 0 about Mara Lindqvist.',
      'Sentence 1 about Mara Lindqvist.',
    ]);
    expect(payload.nodes.find((n) => n[0] === 'person:mara-lindqvist')![6]).toEqual(['Lindqvist']);
  });

  it('fails with OUTPUT_FAILED naming the build step when the browser bundle is missing', () => {
    let err: unknown;
    try {
      renderViewerHtml(fixtureGraph(), {
        clientPath: join(tmpdir(), 'no-such-dir', 'viewer-client.js'),
      });
    } catch (e) {
      err = e;
    }
    expect(isKgError(err, 'OUTPUT_FAILED')).toBe(true);
    expect((err as Error).message).toMatch(/scripts\/build\.mjs/);
  });

  it('names an untitled article after its first evidence sentence, shortened', () => {
    const g = fixtureGraph();
    g.mergeNodeAttributes('article:a1', { title: '', label: 'a1' });
    const { payload } = dataOf(render(g));
    // Every fixture sentence starts at 0: the tie goes to the first in code-unit order.
    const title = shorten(`${XSS_IMG} criticized the Harbor Council & its chair.`);
    expect(title).toBe('<img src=x onerror=alert(1)> criticized the Harbor Council & its…');
    expect(payload.articles[0]![1]).toBe(title);
    expect(payload.nodes.find((n) => n[0] === 'article:a1')![1]).toBe(title);
    expect(shorten('The Harbor Council of Eastport met on Tuesday to vote on the budget for the coming years.', 40)).toBe(
      'The Harbor Council of Eastport met on…',
    );
  });

  it('ranks nodes over relation edges only and names communities after their top entity', () => {
    const { payload } = dataOf(render(fixtureGraph()));
    const rank = (key: string) => payload.rank[payload.nodes.findIndex((n) => n[0] === key)]!;
    expect(rank('person:mara-lindqvist')).toBe(1);
    expect(rank('person:mara-lindqvist')).toBeGreaterThan(rank('article:a1'));
    expect(payload.communities.length).toBeGreaterThan(0);
    const mara = payload.community[payload.nodes.findIndex((n) => n[0] === 'person:mara-lindqvist')]!;
    expect(payload.communities[mara]).toBe('Mara Lindqvist');
    expect(payload.community[payload.nodes.findIndex((n) => n[0] === 'article:a1')]).toBe(-1);
  });

  it('keeps the most important nodes within the node budget and says how much it left out', () => {
    const { payload } = dataOf(render(fixtureGraph(), { maxNodes: 3 }));
    expect(payload.nodes.map((n) => n[0])).toContain('person:mara-lindqvist');
    expect(payload.nodes).toHaveLength(3);
    const g = fixtureGraph();
    expect(payload.omitted).toEqual({ nodes: g.order - 3, edges: g.size - payload.edges.length });
    expect(dataOf(render(fixtureGraph())).payload.omitted).toEqual({ nodes: 0, edges: 0 });
  });

  it.each([3, 5000])('gives the same page when the positions change between prepareViewer and finishViewer (maxNodes %i)', (maxNodes) => {
    const g = fixtureGraph();
    const draft = prepareViewer(g, { clientPath, maxNodes });
    g.forEachNode((node, a) => g.mergeNodeAttributes(node, { x: a.x * 2 + 1, y: a.y - 3 }));
    expect(finishViewer(draft)).toBe(render(g, { maxNodes }));
  });

  it('carries confidence and status of relations', () => {
    const g = fixtureGraph();
    g.mergeEdgeAttributes('HOLDS_POSITION:person:mara-lindqvist->organization:harbor-council', {
      confidence: 0.8234,
      status: 'former',
    });
    const { payload } = dataOf(render(g));
    const holds = payload.edges.find((e) => payload.types[e[2]] === 'HOLDS_POSITION')!;
    expect(holds[9]).toEqual({ c: 0.823, s: 'former' });
    expect(payload.edges.find((e) => payload.types[e[2]] === 'LOCATED_IN')![9]).toBe(0);
  });

  it.each([{ maxEvidencePerEdge: -1 }, { fastEdgeThreshold: 1.5 }, { maxNodes: 0 }])('rejects option %j with USAGE', (options) => {
    expect(() => render(fixtureGraph(), options)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
