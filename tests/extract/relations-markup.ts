// Test helper: builds article text, sentences and mentions from bracket markup like "[PER Anna Ortega]".
import { extractRelations } from '../../src/extract/relations/index.js';
import { splitSentences } from '../../src/extract/text/index.js';
import type { EntityType, Mention, MentionRelation, Predicate, Sentence } from '../../src/types.js';

const TYPES: Record<string, EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Location', GPE: 'Location' };
const MARK_RE = /\[(PER|ORG|LOC|GPE) ([^\]]+)\]/g;

/** Parsed markup: plain text, its sentences and the marked mentions. */
export interface Marked {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
}

/**
 * Parses markup. `[GPE Ruritanian>Ruritania]` marks a country adjective with its canonical name,
 * `[GPE Ruritania]` a country; `[LOC …]` any other place.
 */
export function parseMarkup(markup: string): Marked {
  let text = '';
  let last = 0;
  const raw: Omit<Mention, 'sentence'>[] = [];
  for (const m of markup.matchAll(MARK_RE)) {
    text += markup.slice(last, m.index);
    const [surface = '', canonical] = m[2]!.split('>');
    const mention: Omit<Mention, 'sentence'> = { start: text.length, end: text.length + surface.length, text: surface, type: TYPES[m[1]!]! };
    if (m[1] === 'GPE') mention.canonical = canonical ?? surface;
    raw.push(mention);
    text += surface;
    last = m.index + m[0].length;
  }
  text += markup.slice(last);
  const sentences = splitSentences(text);
  const mentions = raw.map((m) => ({ ...m, sentence: sentences.findIndex((s) => s.start <= m.start && m.end <= s.end) }));
  return { text, sentences, mentions };
}

/** Relations as readable triples: "Anna Ortega HOLDS_POSITION Freedonia (Minister)". */
export function triples(mentions: readonly Mention[], relations: readonly MentionRelation[]): string[] {
  return relations.map((r) => {
    const s = mentions[r.subject]!.text;
    if (r.predicate === 'QUOTED_IN') return `${s} QUOTED_IN`;
    const o = mentions[r.object]!.text;
    return `${s} ${r.predicate} ${o}${r.title ? ` (${r.title})` : ''}`;
  });
}

/** Runs relation extraction on markup and returns the relations of `predicates` as sorted triples. */
export function relationTriples(markup: string, predicates: readonly Predicate[], articleDate: string): string[] {
  const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate });
  return triples(mentions, relations.filter((r) => predicates.includes(r.predicate))).sort();
}
