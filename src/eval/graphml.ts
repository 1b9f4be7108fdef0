// A small GraphML reader giving the same view as score.py's ElementTree code (text attributes by key name).
import { DOMParser } from '@xmldom/xmldom';
import { KgError } from '../errors.js';
import type { ScoringAttrs, ScoringGraph } from './types.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
/** Stands for Python's None where score.py uses a missing `key`/`id` attribute as a dict key. */
const NONE = '\u0000None';

type El = Element;

/**
 * Read GraphML text as score.py does: `<key>` elements anywhere map ids to `attr.name`; each node's and
 * edge's `<data>` children give name → text. Works with or without the GraphML namespace (if any
 * `<graph>` is in the namespace, only namespaced elements count). Only the first `<graph>` is read.
 * NOTE: nodes need an `id` and edges a `source` and `target` (score.py would tolerate some missing ones).
 * @param source names the input in error messages.
 * @throws KgError INPUT_INVALID when the text is not well-formed XML or holds no `<graph>`.
 */
export function readGraphml(xml: string, source = 'GraphML input'): ScoringGraph {
  const root = parseXml(xml, source);
  const descendants = Array.from(root.getElementsByTagName('*')) as El[];
  const namespaced = descendants.some((el) => el.namespaceURI === GRAPHML_NS && el.localName === 'graph');
  const is = (el: El, name: string): boolean =>
    el.localName === name && (namespaced ? el.namespaceURI === GRAPHML_NS : !el.namespaceURI);
  const keys = keyNames([root, ...descendants]);
  const graph = descendants.find((el) => is(el, 'graph'));
  if (!graph) throw new KgError('INPUT_INVALID', `${source}: expected a <graph> element, instead found none. Is it GraphML?`);
  const nodes = new Map<string, ScoringAttrs>();
  const edges: ScoringGraph['edges'] = [];
  for (const el of childElements(graph)) {
    if (is(el, 'node')) nodes.set(required(el, 'id', source), dataOf(el, keys));
    else if (is(el, 'edge')) {
      edges.push({ source: required(el, 'source', source), target: required(el, 'target', source), attrs: dataOf(el, keys) });
    }
  }
  return { nodes, edges };
}

function parseXml(xml: string, source: string): El {
  const problems: string[] = [];
  const report = (msg: string) => problems.push(msg.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0] ?? msg);
  const doc = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(
    xml,
    'application/xml',
  );
  const root = doc?.documentElement;
  if (problems.length > 0 || !root) {
    const why = problems[0] ?? 'no root element';
    throw new KgError('INPUT_INVALID', `${source}: expected well-formed GraphML XML, instead: ${why}.`);
  }
  return root;
}

/** score.py: every element whose tag ends with "key" maps its id to attr.name (or the id); the last one wins. */
function keyNames(elements: El[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const el of elements) {
    if (!(el.localName ?? el.tagName).endsWith('key')) continue;
    const id = el.hasAttribute('id') ? el.getAttribute('id')! : NONE;
    const name = el.getAttribute('attr.name') || (el.hasAttribute('id') ? el.getAttribute('id')! : NONE);
    keys.set(id, name);
  }
  return keys;
}

/** The `<data>` children of a node or edge: key name → text before the first child element. */
function dataOf(el: El, keys: Map<string, string>): ScoringAttrs {
  const attrs: ScoringAttrs = new Map();
  for (const data of childElements(el)) {
    if (!(data.localName ?? data.tagName).endsWith('data')) continue;
    const key = data.hasAttribute('key') ? data.getAttribute('key')! : NONE;
    attrs.set(keys.get(key) ?? key, leadingText(data));
  }
  return attrs;
}

/** ElementTree's `.text`: text and CDATA up to the first child element (comments and PIs skipped). */
function leadingText(el: El): string {
  let text = '';
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) break;
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? '';
  }
  return text;
}

function childElements(el: El): El[] {
  const out: El[] = [];
  for (let child = el.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) out.push(child as El);
  return out;
}

function required(el: El, attr: string, source: string): string {
  if (!el.hasAttribute(attr)) {
    throw new KgError('INPUT_INVALID', `${source}: expected a ${attr} attribute on <${el.tagName}>, instead found none.`);
  }
  return el.getAttribute(attr)!;
}
