// Streaming GraphML writer: what Gephi, yEd, NetworkX and the scorer read.
import type { KnowledgeGraph } from '../../graph/types.js';
import { EDGE_KEYS, type KeySpec, NODE_KEYS } from './keys.js';

export { EDGE_KEYS, NODE_KEYS } from './keys.js';

const NS = 'http://graphml.graphdrawing.org/xmlns';

/**
 * Yields the GraphML document in chunks (one per node or edge), so a large graph is never held
 * as one string. Values are XML-escaped and stripped of characters XML 1.0 forbids. The edges' chunks
 * may be made beforehand (they do not depend on positions, so they can be made while the layout runs).
 */
export function* graphmlChunks(graph: KnowledgeGraph, edges: Iterable<string> = graphmlEdgeChunks(graph)): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<graphml xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${NS}/1.0/graphml.xsd">\n`;
  for (const k of [...NODE_KEYS, ...EDGE_KEYS]) {
    yield `  <key id="${k.id}" for="${k.domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  }
  yield `  <graph id="${escapeXml(graph.getAttribute('name') ?? 'G')}" edgedefault="directed">\n`;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `    <node id="${escapeXml(node)}">\n${dataLines(NODE_KEYS, attributes)}    </node>\n`;
  }
  yield* edges;
  yield '  </graph>\n</graphml>\n';
}

/** The `<edge>` elements of the document, one chunk per edge. */
export function* graphmlEdgeChunks(graph: KnowledgeGraph): Generator<string> {
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const head = `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n`;
    yield `${head}${dataLines(EDGE_KEYS, attributes)}    </edge>\n`;
  }
}

/** The whole document as one string (tests and small graphs). */
export function toGraphml(graph: KnowledgeGraph): string {
  return [...graphmlChunks(graph)].join('');
}

function dataLines<A>(keys: KeySpec<A>[], attrs: A): string {
  let out = '';
  for (const k of keys) {
    const v = k.get(attrs);
    if (v === undefined || v === null) continue;
    const text = typeof v === 'string' ? escapeXml(v) : typeof v === 'number' ? formatNumber(v, k.type) : jsonXml(v);
    out += `      <data key="${k.id}">${text}</data>\n`;
  }
  return out;
}

// A string that JSON.stringify and escapeXml both leave as it is (apart from JSON's quotes around it).
const JSON_OR_XML_WORK = /["\\\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF&<>']/;

/**
 * `escapeXml(JSON.stringify(v))`. A list of strings (most values) is escaped string by string, skipping those that
 * need nothing: both escapes change characters one at a time, and JSON text holds no lone surrogate to pair across items.
 */
function jsonXml(v: string[] | object[]): string {
  if (!v.every((x) => typeof x === 'string')) return escapeXml(JSON.stringify(v));
  let out = '[';
  for (let i = 0; i < v.length; i++) {
    const s = v[i] as string;
    out += `${i === 0 ? '' : ','}${JSON_OR_XML_WORK.test(s) ? escapeXml(JSON.stringify(s)) : `&quot;${s}&quot;`}`;
  }
  return `${out}]`;
}

function formatNumber(v: number, type: string): string {
  if (!Number.isFinite(v)) return '0';
  return type === 'int' || type === 'long' ? String(Math.round(v)) : String(v);
}

// Characters XML 1.0 does not allow anywhere, even escaped; lone surrogates included.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Any character escapeXml changes, or a surrogate (which it keeps only when paired).
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
// A character INVALID_XML may remove.
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes markup characters and removes characters that XML 1.0 forbids. */
export function escapeXml(s: string): string {
  // Most values need nothing, and JSON-valued ones only markup escapes: tests first, then native replaceAll
  // (a JSON list holds many quotes; a callback per quote is what made this slow). `&` goes first.
  if (!NEEDS_WORK.test(s)) return s;
  const valid = MAYBE_INVALID.test(s) ? s.replace(INVALID_XML, '') : s;
  return valid.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}
