// Builds the scorer's view straight from the in-memory graph, as if it had gone through GraphML and back.
import type { KnowledgeGraph } from '../graph/types.js';
import type { ScoringAttrs, ScoringGraph } from './types.js';

/**
 * The scorer's view of a knowledge graph, without writing GraphML: node keys are ids, every defined
 * attribute becomes text (strings as they are, numbers and booleans with `String`, arrays such as
 * `aliases` and objects as JSON — the GraphML writer's encoding of lists), with what a GraphML round
 * trip does to text: characters XML 1.0 forbids dropped, line ends made `\n`, and in ids (XML
 * attributes) tabs and line ends made spaces.
 * NOTE: only label/type/aliases and, for Article nodes, text containing the article key matter to the
 * score, so a writer formatting numbers differently still gives the same figures.
 */
export function graphToScoring(graph: KnowledgeGraph): ScoringGraph {
  const nodes = new Map<string, ScoringAttrs>();
  graph.forEachNode((id, attrs) => {
    nodes.set(asXmlAttribute(id), asText(attrs));
  });
  const edges: ScoringGraph['edges'] = [];
  graph.forEachEdge((_key, attrs, source, target) => {
    edges.push({ source: asXmlAttribute(source), target: asXmlAttribute(target), attrs: asText(attrs) });
  });
  return { nodes, edges };
}

function asText(attrs: object): ScoringAttrs {
  const out: ScoringAttrs = new Map();
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    out.set(name, asXmlText(typeof value === 'object' ? JSON.stringify(value) : String(value)));
  }
  return out;
}

// Characters XML 1.0 does not allow, even escaped (the writer drops them), lone surrogates included.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element text after a GraphML round trip: forbidden characters gone, CR LF and CR read as LF. */
function asXmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/\r\n?/g, '\n');
}

/** An attribute value after a round trip: as element text, then tabs and line feeds read as spaces. */
function asXmlAttribute(text: string): string {
  return asXmlText(text).replace(/[\t\n]/g, ' ');
}
