// A readable name for every article: its title, else its first evidence sentence shortened, else its id.
import type { KnowledgeGraph } from '../../graph/types.js';

/** Longest shortened sentence, in characters (before the ellipsis). */
const MAX_CHARS = 70;

/** Cuts text at a word boundary before `max` characters and adds an ellipsis when it was cut. */
export function shorten(text: string, max = MAX_CHARS): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = (space > max / 2 ? cut.slice(0, space) : clean.slice(0, max)).replace(/[\s,;:.–—-]+$/, '');
  return `${head}…`;
}

/** The earliest evidence sentence of each article id, over all edges. */
function firstSentences(graph: KnowledgeGraph): Map<string, { start: number; sentence: string }> {
  const first = new Map<string, { start: number; sentence: string }>();
  graph.forEachEdge((_, a) => {
    for (const ev of a.evidence) {
      const prev = first.get(ev.article);
      if (!prev || ev.start < prev.start || (ev.start === prev.start && ev.sentence < prev.sentence)) {
        first.set(ev.article, { start: ev.start, sentence: ev.sentence });
      }
    }
  });
  return first;
}

/**
 * Display title of each article id that has an Article node or evidence: the stated title, else the first
 * evidence sentence shortened, else the id.
 */
export function articleTitles(graph: KnowledgeGraph): Map<string, string> {
  const first = firstSentences(graph);
  const out = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.type !== 'Article') return;
    const id = a.articles[0] ?? key;
    const sentence = first.get(id)?.sentence;
    out.set(id, a.title?.trim() || (sentence ? shorten(sentence) : id));
  });
  for (const [id, { sentence }] of first) if (!out.has(id)) out.set(id, shorten(sentence));
  return out;
}
