// HTML page → metadata (<title>, <meta>, JSON-LD) and body text (the article container, blocks as paragraphs).
import { CLUTTER_CLASS_WORDS } from './clutter.js';
import { decodeEntities } from './html-entities.js';
import { type HtmlElement, parseHtml, rawText, walk } from './html-tree.js';
import { type DocMeta, mergeMeta, setMeta } from './meta.js';
import type { MetaField } from './metadata-keys.js';

/** What an HTML page holds: its metadata and its article text (blocks separated by blank lines). */
export interface HtmlDoc {
  meta: DocMeta;
  body: string;
}

// Elements never rendered: code, media, controls.
const DROP = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'button', 'select', 'textarea',
  'object', 'embed', 'canvas', 'video', 'audio', 'map', 'picture', 'dialog',
]);
// Page furniture: dropped unless it wraps most of the article (some sites put everything in a <form>).
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'figure', 'figcaption', 'menu']);
const FURNITURE_SHARE = 0.5;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'hr', 'address', 'center', 'body', 'html',
]);
const CLASS_WORDS = new Set(CLUTTER_CLASS_WORDS);
// <meta name|property|itemprop> → field, in order of preference within a field.
const META_NAMES: [string, MetaField][] = [
  ['og:title', 'title'], ['twitter:title', 'title'], ['dc.title', 'title'], ['headline', 'title'],
  ['article:published_time', 'date'], ['datepublished', 'date'], ['date', 'date'], ['pubdate', 'date'],
  ['publishdate', 'date'], ['publish-date', 'date'], ['dc.date', 'date'], ['dc.date.issued', 'date'],
  ['dcterms.created', 'date'], ['parsely-pub-date', 'date'], ['og:site_name', 'source'], ['dc.publisher', 'source'],
  ['publisher', 'source'], ['og:url', 'url'],
];
// Leave the page's 70 %-of-paragraph-text container only for one that holds that much of it.
const CONTAINER_SHARE = 0.7;
const MIN_PARAGRAPH_TEXT = 200;

/** Parses a page: metadata from the head, body text from the element that holds the article paragraphs. */
export function htmlToDoc(html: string): HtmlDoc {
  const root = parseHtml(html);
  const meta = readMeta(root);
  const shares = measureParagraphs(root);
  return { meta, body: render(pickContainer(root, shares), shares) };
}

/** Plain text of an HTML fragment (e.g. a JSON record's `content` holding markup). */
export function htmlFragmentToText(html: string): string {
  const root = parseHtml(html);
  return render(root, measureParagraphs(root));
}

function readMeta(root: HtmlElement): DocMeta {
  const named = new Map<string, string>();
  const fromLd: DocMeta = {};
  let titleTag: string | undefined;
  let h1: string | undefined;
  let time: string | undefined;
  walk(root, (el) => {
    const key = (el.attrs['property'] ?? el.attrs['name'] ?? el.attrs['itemprop'])?.toLowerCase();
    if (el.tag === 'meta' && key && el.attrs['content'] && !named.has(key)) named.set(key, el.attrs['content']);
    else if (el.tag === 'link' && /\bcanonical\b/i.test(el.attrs['rel'] ?? '')) named.set('canonical', el.attrs['href'] ?? '');
    else if (el.tag === 'title') titleTag ??= textOf(el);
    else if (el.tag === 'h1') h1 ??= textOf(el);
    else if (el.tag === 'time') time ??= el.attrs['datetime'];
    else if (el.tag === 'script' && /ld\+json/i.test(el.attrs['type'] ?? '')) readJsonLd(rawText(el), fromLd);
    return undefined;
  });
  const meta: DocMeta = {};
  for (const [name, field] of META_NAMES) {
    const value = named.get(name);
    if (value) setMeta(meta, field, decodeEntities(value));
  }
  if (named.get('canonical')) setMeta(meta, 'url', named.get('canonical'));
  const merged = mergeMeta(meta, fromLd);
  merged.title ??= pageTitle(titleTag, merged.source) ?? h1;
  if (!merged.date && time) setMeta(merged, 'date', time);
  return merged;
}

// schema.org NewsArticle & co.: headline, datePublished, publisher.name, url.
function readJsonLd(json: string, meta: DocMeta): void {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return;
  }
  const queue: unknown[] = [data];
  while (queue.length > 0) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const obj = item as Record<string, unknown>;
      if (obj['@graph']) queue.push(obj['@graph']);
      if (typeof obj['headline'] !== 'string') continue;
      setMeta(meta, 'title', obj['headline']);
      setMeta(meta, 'date', obj['datePublished']);
      setMeta(meta, 'source', obj['publisher']);
      setMeta(meta, 'url', obj['url']);
    }
  }
}

// "Headline | Outlet" → "Headline".
function pageTitle(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const lastPart = parts.at(-1)!.toLowerCase();
  if (site && lastPart === site.toLowerCase()) return parts.slice(0, -1).join(' - ');
  return title.includes(' | ') ? title.split(' | ')[0] : title;
}

function isDropped(el: HtmlElement): boolean {
  if (DROP.has(el.tag) || 'hidden' in el.attrs || el.attrs['aria-hidden'] === 'true') return true;
  return /display\s*:\s*none/i.test(el.attrs['style'] ?? '');
}

function isFurniture(el: HtmlElement): boolean {
  if (FURNITURE.has(el.tag)) return true;
  const names = `${el.attrs['class'] ?? ''} ${el.attrs['id'] ?? ''} ${el.attrs['role'] ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).some((word) => CLASS_WORDS.has(word));
}

// Length of the <p> text inside each element (dropped elements excluded).
function measureParagraphs(root: HtmlElement): Map<HtmlElement, number> {
  const shares = new Map<HtmlElement, number>();
  const measure = (el: HtmlElement): number => {
    let total = 0;
    for (const child of el.children) {
      if (typeof child === 'string' || isDropped(child)) continue;
      total += child.tag === 'p' ? textOf(child).length : measure(child);
    }
    shares.set(el, total);
    return total;
  };
  measure(root);
  return shares;
}

// The narrowest element holding most of the page's <p> text: <article> or the story container.
function pickContainer(root: HtmlElement, shares: Map<HtmlElement, number>): HtmlElement {
  const total = shares.get(root) ?? 0;
  if (total < MIN_PARAGRAPH_TEXT) return firstOf(root, ['article', 'main', 'body']) ?? root;
  let current = root;
  for (;;) {
    let best: HtmlElement | undefined;
    for (const child of current.children) {
      if (typeof child === 'string' || child.tag === 'p') continue;
      if ((shares.get(child) ?? 0) > (best ? shares.get(best)! : 0)) best = child;
    }
    if (!best || shares.get(best)! < CONTAINER_SHARE * total) return current;
    current = best;
  }
}

function firstOf(root: HtmlElement, tags: string[]): HtmlElement | undefined {
  for (const tag of tags) {
    let found: HtmlElement | undefined;
    walk(root, (el) => {
      if (!found && el.tag === tag) found = el;
      return !found;
    });
    if (found) return found;
  }
  return undefined;
}

function textOf(el: HtmlElement): string {
  return decodeEntities(rawText(el).replace(/\s+/g, ' ')).trim();
}

// Marks a <br> while rendering: two or more make a paragraph break; one is a line break after a
// sentence end and a space inside a sentence (a <br> used for layout).
const BR = '\u0001';

// Blocks become blank-line breaks, inline text flows, dropped elements vanish; <br> as above.
function render(container: HtmlElement, shares: Map<HtmlElement, number>): string {
  const out: string[] = [];
  const keepAt = FURNITURE_SHARE * (shares.get(container) ?? 0);
  const skip = (el: HtmlElement) => isDropped(el) || (isFurniture(el) && (shares.get(el) ?? 0) <= keepAt);
  const visit = (el: HtmlElement, pre: boolean) => {
    for (const child of el.children) {
      if (typeof child === 'string') {
        out.push(decodeEntities(pre ? child : child.replace(/\s+/g, ' ')));
      } else if (child.tag === 'br') {
        out.push(BR);
      } else if (!skip(child)) {
        const block = BLOCK.has(child.tag);
        if (block) out.push('\n\n');
        visit(child, pre || child.tag === 'pre');
        if (block) out.push('\n\n');
      }
    }
  };
  visit(container, false);
  return out
    .join('')
    .replace(/\u0001(?:\s*\u0001)+/g, '\n\n')
    .replace(/([.!?:;"”’)])?[ \t]*\u0001/g, (_, end: string | undefined) => (end ? `${end}\n` : ' '))
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
