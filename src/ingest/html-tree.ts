// A small forgiving HTML parser: tokens → element tree. Enough for news pages; not a full HTML5 parser.

/** An element: lower-case tag, attributes (lower-case names, raw values), children. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
/** A node: an element, or raw text (character references not yet decoded). */
export type HtmlNode = HtmlElement | string;

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Elements whose content is raw text up to their closing tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
// An opening tag of the key closes an open element of the listed kinds (`<p>` inside `<p>`, `<li>` after `<li>`).
const AUTO_CLOSE: Record<string, Set<string>> = {
  p: new Set(['p']),
  li: new Set(['li']),
  dt: new Set(['dt', 'dd']),
  dd: new Set(['dt', 'dd']),
  tr: new Set(['tr', 'td', 'th']),
  td: new Set(['td', 'th']),
  th: new Set(['td', 'th']),
  option: new Set(['option']),
};
const BLOCK_CLOSES_P = new Set([
  'div', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'aside',
  'header', 'footer', 'nav', 'figure', 'form', 'pre', 'hr', 'dl', 'main',
]);

// Deeper nesting is flattened, so the recursive walks over the tree stay within the call stack.
const MAX_DEPTH = 400;

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Parses HTML into a root element (tag `#root`). Unclosed tags close at the end; stray closing tags are ignored. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const top = stack.at(-1)!;
    if (match.index > last) top.children.push(html.slice(last, match.index));
    last = TOKEN.lastIndex;
    const tag = match[2]?.toLowerCase();
    if (!tag) continue; // comment, doctype, CDATA, processing instruction
    if (match[1]) {
      closeTag(stack, tag);
      continue;
    }
    const element = openTag(stack, tag, match[3] ?? '');
    if (RAW_TEXT.has(tag)) {
      const end = findClose(html, tag, last);
      if (end.start > last) element.children.push(html.slice(last, end.start));
      last = end.after;
      TOKEN.lastIndex = end.after;
    }
  }
  if (last < html.length) stack.at(-1)!.children.push(html.slice(last));
  return root;
}

function openTag(stack: HtmlElement[], tag: string, attrSource: string): HtmlElement {
  const closes = AUTO_CLOSE[tag];
  if (closes?.has(stack.at(-1)!.tag)) stack.pop();
  if (BLOCK_CLOSES_P.has(tag) && stack.at(-1)!.tag === 'p') stack.pop();
  const element: HtmlElement = { tag, attrs: parseAttrs(attrSource), children: [] };
  stack.at(-1)!.children.push(element);
  const selfClosing = attrSource.trimEnd().endsWith('/');
  if (!VOID.has(tag) && !RAW_TEXT.has(tag) && !selfClosing && stack.length < MAX_DEPTH) stack.push(element);
  return element;
}

function closeTag(stack: HtmlElement[], tag: string): void {
  for (let i = stack.length - 1; i > 0; i--) {
    if (stack[i]!.tag === tag) {
      stack.length = i;
      return;
    }
  }
}

function findClose(html: string, tag: string, from: number): { start: number; after: number } {
  const pattern = new RegExp(`</${tag}\\s*>`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? { start: match.index, after: pattern.lastIndex } : { start: html.length, after: html.length };
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let match = ATTR.exec(source); match; match = ATTR.exec(source)) {
    const name = match[1]!.toLowerCase();
    attrs[name] ??= match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attrs;
}

/** Depth-first walk over elements; `visit` returning false skips an element's children. */
export function walk(node: HtmlElement, visit: (element: HtmlElement) => boolean | undefined): void {
  for (const child of node.children) {
    if (typeof child !== 'string' && visit(child) !== false) walk(child, visit);
  }
}

/** The raw text of an element's descendants (no entity decoding). */
export function rawText(node: HtmlElement): string {
  let out = '';
  for (const child of node.children) out += typeof child === 'string' ? child : rawText(child);
  return out;
}
