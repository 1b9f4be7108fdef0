// Parses YAML (as PyYAML's safe_load types it) or JSON (as Python's json does) into Python values.
import { type Document, isAlias, isMap, isScalar, isSeq, type Node, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { constructTagged, resolvePlainJson, resolvePlainPyyaml } from './py-scalars.js';
import { isPyScalar, type PyDict, type PyValue, pyDict, pyHashKey } from './pyvalue.js';

/** How plain (unquoted, untagged) scalars are typed. */
type PlainResolver = (text: string) => PyValue;

/** Thrown when the text cannot be read; the message says where and why. */
export class LoadError extends Error {}

/**
 * Parse a YAML document into the value PyYAML's `yaml.safe_load` returns: YAML 1.1 plain-scalar
 * typing (`08` is the string '08', `010` the int 8, `yes` True, `~` None), merge keys, duplicate keys
 * (the last value wins, at the first key's place).
 */
export function loadPyyaml(text: string): PyValue {
  return load(text, resolvePlainPyyaml);
}

/**
 * Parse JSON into the value `json.load` returns (ints and floats kept apart: `2.0` stays a float).
 * NOTE: JSON is parsed as YAML flow syntax after a strict JSON.parse check, so NaN/Infinity are refused.
 */
export function loadPyJson(text: string): PyValue {
  try {
    JSON.parse(text);
  } catch (err) {
    throw new LoadError(`not valid JSON: ${(err as Error).message}`);
  }
  return load(text, resolvePlainJson);
}

function load(text: string, resolve: PlainResolver): PyValue {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, merge: false, prettyErrors: true });
  const error = doc.errors[0];
  if (error) throw new LoadError(error.message);
  if (doc.contents === null) return null;
  return new Builder(doc, resolve, text).value(doc.contents as Node);
}

/**
 * Most values a document may stand for once its aliases are expanded (what a reader that copies aliased
 * values, like PyYAML's consumers, would hold). A "billion laughs" document nests aliases to billions.
 */
export const MAX_EXPANDED_VALUES = 1_000_000;

/** Walks the YAML node tree once, caching anchored nodes so aliases share one value. */
class Builder {
  private readonly done = new Map<Node, PyValue>();
  private readonly active = new Set<Node>();
  /** Expanded size (values counted with aliases copied) of every collection built. */
  private readonly sizes = new Map<Node, number>();

  constructor(
    private readonly doc: Document,
    private readonly resolve: PlainResolver,
    private readonly text: string,
  ) {}

  value(node: Node | null): PyValue {
    if (node === null) return null;
    if (isAlias(node)) return this.value(node.resolve(this.doc) as Node);
    const cached = this.done.get(node);
    if (cached !== undefined) return cached;
    if (this.active.has(node)) throw new LoadError('an alias refers to a node that contains it (a recursive structure)');
    this.active.add(node);
    const result = this.build(node);
    this.active.delete(node);
    this.done.set(node, result);
    return result;
  }

  private build(node: Node): PyValue {
    if (isScalar(node)) return this.scalar(node);
    if (isSeq(node)) {
      this.refuseTag(node.tag, 'tag:yaml.org,2002:seq', node.range);
      const items = node.items.map((item) => this.value(item as Node | null));
      this.count(node, node.items as (Node | null)[]);
      return items;
    }
    if (isMap(node)) {
      this.refuseTag(node.tag, 'tag:yaml.org,2002:map', node.range);
      const dict = this.mapping(node);
      this.count(node, this.flatten(node).flat());
      return dict;
    }
    throw new LoadError(`unexpected YAML node ${String(node)}`);
  }

  // Records the expanded size of a collection from its children's; refuses one that is too large.
  private count(node: Node, children: (Node | null)[]): void {
    let size = 1;
    for (const child of children) size += this.sizeOf(child);
    if (size > MAX_EXPANDED_VALUES) {
      throw new LoadError(
        `aliases expand to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values ${this.where(node.range)}; a gold file needs no such nesting`,
      );
    }
    this.sizes.set(node, size);
  }

  private sizeOf(node: Node | null): number {
    if (node === null) return 1;
    const target = isAlias(node) ? (node.resolve(this.doc) as Node | undefined) : node;
    return target ? (this.sizes.get(target) ?? 1) : 1;
  }

  private scalar(node: Scalar): PyValue {
    const text = String(node.value);
    try {
      // PyYAML types a `!`-tagged scalar like a plain one, even when quoted.
      if (node.tag === '!' || (!node.tag && node.type === 'PLAIN')) return this.resolve(text);
      return node.tag ? (constructTagged(node.tag, text) ?? text) : text;
    } catch (err) {
      throw new LoadError(`${(err as Error).message} ${this.where(node.range)}`);
    }
  }

  /** A mapping, with PyYAML's merge-key flattening (`<<: *base` keys come first, own keys override). */
  private mapping(node: YAMLMap): PyDict {
    const dict = pyDict();
    for (const [keyNode, valueNode] of this.flatten(node)) {
      const key = this.value(keyNode);
      if (!isPyScalar(key)) throw new LoadError(`a mapping key is a list or mapping ${this.where(keyNode?.range)}`);
      const hash = pyHashKey(key);
      const previous = dict.entries.get(hash);
      dict.entries.set(hash, { key: previous ? previous.key : key, value: this.value(valueNode) });
    }
    return dict;
  }

  private flatten(node: YAMLMap): [Node | null, Node | null][] {
    const merged: [Node | null, Node | null][] = [];
    const own: [Node | null, Node | null][] = [];
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!this.isMergeKey(key)) {
        own.push([key, value]);
        continue;
      }
      const target = isAlias(value) ? (value.resolve(this.doc) as Node) : value;
      if (isMap(target)) merged.push(...this.flatten(target));
      else if (isSeq(target)) merged.push(...this.mergeSequence(target.items as Node[]));
      else throw new LoadError(`a merge key (<<) needs a mapping or a list of mappings ${this.where(node.range)}`);
    }
    return [...merged, ...own];
  }

  private mergeSequence(items: Node[]): [Node | null, Node | null][] {
    const parts = items.map((item) => {
      const target = isAlias(item) ? (item.resolve(this.doc) as Node) : item;
      if (!isMap(target)) throw new LoadError(`a merge list (<<: [...]) holds something other than a mapping`);
      return this.flatten(target);
    });
    return parts.reverse().flat();
  }

  private isMergeKey(key: Node | null): boolean {
    if (!isScalar(key)) return false;
    if (key.tag === 'tag:yaml.org,2002:merge') return true;
    return this.resolve === resolvePlainPyyaml && !key.tag && key.type === 'PLAIN' && key.value === '<<';
  }

  private refuseTag(tag: string | undefined, allowed: string, range: Node['range']): void {
    if (tag && tag !== allowed && tag !== '!') {
      throw new LoadError(`the tag ${tag} is not supported here ${this.where(range)}`);
    }
  }

  private where(range: Node['range'] | undefined | null): string {
    if (!range) return '';
    let line = 1;
    for (let i = 0; i < range[0] && i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) line++;
    return `(line ${line})`;
  }
}
