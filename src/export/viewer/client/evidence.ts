// DOM for evidence: a sentence with both entities marked, and its article, outlet and date.
import type { PayloadEvidence, ViewerPayload } from '../payload.js';
import { el } from './dom.js';
import { findRanges, segments } from './highlight.js';

const QUOTE_MARKS = /^["'“”‘’«»„]+|["'“”‘’«»„]+$/g;

/** The text without the quotation marks around it (the page adds its own). */
export function unquote(text: string): string {
  return text.trim().replace(QUOTE_MARKS, '').trim();
}

/** "1 sentence", "3 sentences": a count and a noun given as [singular, plural]. */
export function plural(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sentence as text nodes and <mark> elements (no HTML parsing); a sentence is shown as is, not quoted. */
export function markedSentence(text: string, names: readonly string[]): HTMLElement {
  const q = el('span', { class: 'sent' });
  for (const seg of segments(text, findRanges(text, names))) {
    q.append(seg.mark ? el('mark', {}, seg.text) : document.createTextNode(seg.text));
  }
  return q;
}

/** "Title · Outlet · 2024-03-01" for an article index, with an optional more precise date. */
export function sourceLine(p: ViewerPayload, article: number, date = ''): string {
  const row = p.articles[article];
  if (!row) return date;
  const [id, title, artDate, source] = row;
  return [title || id, source, date || artDate].filter(Boolean).join(' · ');
}

/** One evidence row: marked sentence, then its source line. */
export function evidenceItem(p: ViewerPayload, ev: PayloadEvidence, names: readonly string[]): HTMLElement {
  const [article, sentence, date] = ev;
  return el(
    'div',
    { class: 'ev' },
    markedSentence(p.strings[sentence] ?? '', names),
    el('span', { class: 'src' }, sourceLine(p, article, date)),
  );
}

/** A list that shows `first` items and a button revealing the rest ("Show 1 more sentence"). */
export function expandable(items: HTMLElement[], first: number, noun: readonly [string, string]): HTMLElement[] {
  if (items.length <= first) return items;
  const rest = items.slice(first);
  const more = el('button', { type: 'button', class: 'more' }, `Show ${rest.length} more ${rest.length === 1 ? noun[0] : noun[1]}`);
  more.addEventListener('click', () => more.replaceWith(...rest));
  return [...items.slice(0, first), more];
}
