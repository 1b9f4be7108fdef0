// Bodies a heading's capitals make of a country adjective and common words: kept only when the article's body names them too.
import { isHeadline } from '../extract/ner/headlines.js';
import { tokenize } from '../extract/text/index.js';
import type { ArticleExtraction, Mention } from '../types.js';
import type { MentionInfo } from './mentions.js';
import type { PlaceIndex } from './places.js';

/** A mention that is its whole line but for punctuation around it: a label such as a section title ("- RURITANIAN TIMES ."), not a heading. */
function isLabel(m: Mention, line: string): boolean {
  return line.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') === m.text;
}

/**
 * Drops (sets to null, in place) the organization mentions of a heading that open with a country adjective
 * ("SOCCER - RURITANIAN FIRST DIVISION RESULTS") unless a mention outside the headings spells the whole name:
 * a heading capitalizes every word, so "Ruritanian first division" reads as the name of a body there. The
 * tagger's own heading mentions are confirmed in extraction; these come from the later reading of country
 * adjectives before body words. A line that is only the name (a section title) and texts made only of headings
 * keep everything.
 */
export function dropHeadingBodies(ex: ArticleExtraction, infos: (MentionInfo | null)[], places: PlaceIndex): void {
  const headings = new Map<number, boolean>();
  const inHeading = (sentence: number) => {
    let h = headings.get(sentence);
    if (h === undefined) {
      const s = ex.sentences[sentence];
      h = s !== undefined && isHeadline(tokenize(s.text, s.start));
      headings.set(sentence, h);
    }
    return h;
  };
  const suspects = ex.mentions
    .map((m, j) => ({ m, j }))
    .filter(({ m, j }) => infos[j]?.type === 'Organization' && m.text.includes(' ') && places.countryOfDemonym(m.text.split(' ')[0]!) !== undefined)
    .filter(({ m }) => inHeading(m.sentence) && !isLabel(m, ex.sentences[m.sentence]!.text));
  if (suspects.length === 0) return;
  const body = ex.mentions.filter((m) => !inHeading(m.sentence)).map((m) => ` ${m.text.toLowerCase()} `);
  if (body.length === 0) return;
  for (const { m, j } of suspects) {
    const name = ` ${m.text.toLowerCase()} `;
    if (!body.some((b) => b.includes(name))) infos[j] = null;
  }
}
