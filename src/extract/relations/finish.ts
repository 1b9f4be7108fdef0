// The last step of relation extraction: type checks, self-links, merged duplicates, past titles, dates.
import { VIOLENCE_WORDS } from '../lexicons/frames.js';
import type { Mention, MentionRelation, Sentence } from '../../types.js';
import { resolveDate } from '../dates/index.js';
import { argsFit } from './argtypes.js';
import { AGREEMENT_BONUS } from './confidence.js';
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { withoutPastPrefix } from './title-text.js';

const VIOLENCE = new Set(VIOLENCE_WORDS);

/**
 * Keeps the relations whose arguments fit their predicate, merges duplicates within a sentence (the
 * first keeps its place, confidence rises when another source agrees; a title beats a plain
 * affiliation), marks past titles and dates each relation.
 */
export function finish(found: MentionRelation[], mentions: Mention[], kinds: MentionKind[], sentences: Sentence[], articleDate?: string): MentionRelation[] {
  const held = new Set<string>();
  for (const r of found) if (r.predicate === 'HOLDS_POSITION') held.add(`${r.subject}|${r.object}`);
  const kept = new Map<string, MentionRelation>();
  for (const found1 of found) {
    const r = pastTitle(found1);
    const o = r.object >= 0 ? kinds[r.object] : undefined;
    if (!argsFit(r.predicate, kinds[r.subject]!, o)) continue;
    if (r.object >= 0 && sameEntity(mentions[r.subject]!, mentions[r.object]!)) continue;
    if (r.predicate === 'AFFILIATED_WITH' && held.has(`${r.subject}|${r.object}`)) continue;
    if (r.predicate === 'LOCATED_IN' && o && (!sameCountry(kinds[r.subject]!, o) || !larger(o, kinds[r.subject]!))) continue;
    if (r.predicate === 'ATTACKED' && o?.type === 'Person' && kinds[r.subject]!.type === 'Person' && !violent(sentences[r.sentence]!.text)) continue;
    const [a, b] = r.predicate === 'CONTACTED' && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
    const key = `${r.predicate}|${a}|${b}|${r.sentence}`;
    const prior = kept.get(key);
    if (prior) merge(prior, r);
    else kept.set(key, { ...r });
  }
  const dates = new Map<number, string | undefined>();
  return [...kept.values()].map((r) => {
    const date = r.quote ? quoteDate(sentences[r.sentence]!.text, r.quote, articleDate) : sentenceDate(dates, sentences, r.sentence, articleDate);
    return date ? { ...r, date } : r;
  });
}

/** A second statement of the same fact in the same sentence: more confidence, a title or past mark it lacked. */
function merge(prior: MentionRelation, r: MentionRelation): void {
  const a = prior.confidence ?? 1;
  const b = r.confidence ?? 1;
  prior.confidence = Math.min(1, Math.round((Math.max(a, b) + AGREEMENT_BONUS) * 100) / 100);
  if (!prior.title && r.title) prior.title = r.title;
  if (!prior.status && r.status) prior.status = r.status;
}

/** "Former President" → title "President", status former. */
function pastTitle(r: MentionRelation): MentionRelation {
  if (!r.title) return r;
  const words = r.title.split(' ');
  let status = r.status;
  const first = withoutPastPrefix(words[0]!);
  if (first.past) {
    status = 'former';
    words[0] = first.word.charAt(0).toUpperCase() + first.word.slice(1);
  }
  while (words.length > 1 && LEX.pastWords.has(words[0]!.toLowerCase())) {
    words.shift();
    status = 'former';
  }
  if (status === r.status && words.join(' ') === r.title) return r;
  return { ...r, title: words.join(' '), ...(status ? { status } : {}) };
}

function sentenceDate(cache: Map<number, string | undefined>, sentences: Sentence[], i: number, articleDate?: string): string | undefined {
  if (!cache.has(i)) cache.set(i, resolveDate(sentences[i]!.text, articleDate) ?? articleDate);
  return cache.get(i);
}

/** A quote's date is when it was said ("X said on Sunday"), not a date inside the quoted words. */
function quoteDate(sentence: string, quote: string, articleDate?: string): string | undefined {
  return resolveDate(sentence.replace(quote, ' '), articleDate) ?? articleDate;
}

/** True when the sentence speaks of physical violence (see VIOLENCE_WORDS). */
function violent(sentence: string): boolean {
  for (const w of sentence.toLowerCase().split(/[^\p{L}]+/u)) if (VIOLENCE.has(w)) return true;
  return false;
}

function sameEntity(a: Mention, b: Mention): boolean {
  return (a.canonical ?? a.text).toLowerCase() === (b.canonical ?? b.text).toLowerCase();
}

/** A place inside a country must carry that country's code when both are known. */
/** A container is no smaller than what it holds: a country or region is never in a town ("Ruritania in Westville"). */
function larger(container: MentionKind, held: MentionKind): boolean {
  return rank(held) <= rank(container) || rank(container) === 0;
}

/** Size rank of a known place: country 3, region 2, town 1; 0 when unknown. */
function rank(k: MentionKind): number {
  if (k.type !== 'Location') return 0;
  if (k.place === 'country' || (k.country && !k.demonym)) return 3;
  return k.place === 'region' ? 2 : k.place === 'city' ? 1 : 0;
}

function sameCountry(s: MentionKind, o: MentionKind): boolean {
  if (!o.country || s.type !== 'Location' || !s.countryCode || !o.countryCode) return true;
  return s.countryCode === o.countryCode;
}
