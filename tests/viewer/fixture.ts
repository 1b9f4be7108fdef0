// A small invented news graph for the viewer tests, including entity names that try to inject markup.
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import type { EdgeAttrs, EdgeType, GraphAttrs, NodeAttrs } from '../../src/types.js';

export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '</script><script>alert(2)</script>';

const ARTICLES = [
  {
    id: 'a1',
    title: 'Harbor council vote delayed',
    date: '2024-03-02',
    source: 'Harbor Wire',
  },
  {
    id: 'a2',
    title: 'Union leader speaks on port strike',
    date: '2024-04-10',
    source: 'Evening Ledger',
  },
];

const ENTITIES: [string, NodeAttrs['type'], string, string[], string[]][] = [
  ['person:mara-lindqvist', 'Person', 'Mara Lindqvist', ['Lindqvist'], ['a1', 'a2']],
  ['person:xss-img', 'Person', XSS_IMG, [], ['a1']],
  ['person:xss-script', 'Person', XSS_SCRIPT, [], ['a2']],
  ['organization:port-workers-union', 'Organization', 'Port Workers Union', ['PWU'], ['a1', 'a2']],
  ['organization:harbor-council', 'Organization', 'Harbor Council', [], ['a1']],
  ['location:eastport', 'Location', 'Eastport', [], ['a1']],
];

const RELATIONS: [EdgeType, string, string, string, string][] = [
  [
    'AFFILIATED_WITH',
    'person:mara-lindqvist',
    'organization:port-workers-union',
    'a2',
    'Mara Lindqvist, who leads the Port Workers Union, spoke on Monday.',
  ],
  [
    'HOLDS_POSITION',
    'person:mara-lindqvist',
    'organization:harbor-council',
    'a1',
    'Lindqvist was elected chair of the Harbor Council last year.',
  ],
  [
    'LOCATED_IN',
    'organization:harbor-council',
    'location:eastport',
    'a1',
    'The Harbor Council met in Eastport on Tuesday.',
  ],
  [
    'ATTACKED',
    'person:xss-img',
    'organization:harbor-council',
    'a1',
    `${XSS_IMG} criticized the Harbor Council & its chair.`,
  ],
  ['CONTACTED', 'person:xss-script', 'person:mara-lindqvist', 'a2', `${XSS_SCRIPT} called Mara Lindqvist twice.`],
  ['QUOTED_IN', 'person:mara-lindqvist', 'article:a2', 'a2', '"We will not back down," Lindqvist said.'],
];

/** The fixture graph: 2 articles, 6 entities, 6 relations, MENTIONED_IN links. Positions on a circle. */
export function fixtureGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  g.replaceAttributes({
    name: 'Fixture <news> & "graph"',
    articles: ARTICLES.length,
  });
  const total = ARTICLES.length + ENTITIES.length;
  const pos = (i: number) => ({
    x: 100 * Math.cos((2 * Math.PI * i) / total),
    y: 100 * Math.sin((2 * Math.PI * i) / total),
  });
  ARTICLES.forEach((a, i) => {
    g.addNode(`article:${a.id}`, {
      label: a.title,
      type: 'Article',
      aliases: [],
      mentions: 3,
      articles: [a.id],
      ...pos(i),
      title: a.title,
      date: a.date,
      source: a.source,
      path: `news/${a.id}.txt`,
    });
  });
  ENTITIES.forEach(([key, type, label, aliases, articles], i) => {
    g.addNode(key, {
      label,
      type,
      aliases,
      mentions: articles.length * 2,
      articles,
      ...pos(ARTICLES.length + i),
    });
    for (const a of articles) {
      const date = ARTICLES.find((x) => x.id === a)!.date;
      g.addEdgeWithKey(`MENTIONED_IN:${key}->article:${a}`, key, `article:${a}`, {
        type: 'MENTIONED_IN',
        weight: 2,
        articles: [a],
        dates: [date],
        evidence: [],
      });
    }
  });
  for (const [type, s, t, article, sentence] of RELATIONS) {
    const date = ARTICLES.find((x) => x.id === article)!.date;
    const quote = type === 'QUOTED_IN' ? 'We will not back down' : undefined;
    const evidence = [
      {
        article,
        sentence,
        start: 0,
        end: sentence.length,
        date,
        ...(quote ? { quote } : {}),
      },
    ];
    const attrs: EdgeAttrs = {
      type,
      weight: 1,
      articles: [article],
      dates: [date],
      evidence,
    };
    if (type === 'HOLDS_POSITION') attrs.titles = ['chair'];
    if (quote) attrs.quotes = [quote];
    g.addEdgeWithKey(`${type}:${s}->${t}`, s, t, attrs);
  }
  return g;
}
