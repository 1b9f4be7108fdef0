// Relation extraction for one article: mention adjustments, constructions, verbs and nouns, quotes, dates.
import type { Mention, MentionRelation, Predicate, Sentence, Token } from '../../types.js';
import { resolveDate } from '../dates/index.js';
import { joinOrgPhrases, retypeTitleOwners, splitCompounds, trimTitles } from './adjust.js';
import type { ArgContext } from './args.js';
import { argsFit } from './argtypes.js';
import { CONSTRUCTIONS } from './constructions.js';
import { eventRelations } from './events.js';
import { classifyMentions, type MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { addMissedNames } from './missed.js';
import { keepProvenPlaces, type PendingRelation, retypeAsPlaces } from './misread.js';
import { compilePattern, endsWith, lexLength, matchAt, PatternIndex } from './pattern.js';
import { findQuoteSpans } from './quote-spans.js';
import { quoteRelations } from './quotes.js';
import { buildViews, normalizeWord, type SentenceView, tokenizeSentences, type Unit } from './units.js';

/** What extractRelations reads. */
export interface RelationInput {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  /** ISO date of the article; relation dates fall back to it. */
  articleDate?: string;
  /** Tokens of each sentence when the caller already has them (the tagger's); tokenized here otherwise. */
  tokens?: Token[][];
}

/** Mentions (possibly adjusted and extended) and the relations between them. */
export interface RelationOutput {
  mentions: Mention[];
  relations: MentionRelation[];
}

const INDEX = new PatternIndex(CONSTRUCTIONS.map((c) => ({ ...c, compiled: compilePattern(c.pattern) })));

/**
 * Finds the relations the article states between its mentions. May trim mentions ("Freedonia-backed")
 * and add organizations ("Ruritanian armed forces"); relation indices refer to the returned mentions.
 * Pure and deterministic; linear in the number of tokens.
 */
export function extractRelations(input: RelationInput): RelationOutput {
  const { text, sentences } = input;
  const adjusted = adjustMentions(sentences, input.mentions, input.tokens);
  const { views, kinds } = adjusted;
  const found: PendingRelation[] = [];
  const places = new Set<string>();
  for (const view of views) {
    const ctx: ArgContext = { units: view.units, kinds };
    constructionRelations(view, ctx, found);
    for (const r of eventRelations(ctx)) {
      const rel: PendingRelation = { predicate: r.p, subject: view.units[r.s]!.mention, object: view.units[r.o]!.mention, sentence: view.index };
      if (r.placeObject) {
        places.add(view.units[r.o]!.text);
        rel.asPlace = true;
      }
      found.push(rel);
    }
  }
  found.push(...quoteRelations(text, views, kinds, findQuoteSpans(text)));
  let mentions = adjusted.mentions;
  let finalKinds = kinds;
  if (places.size > 0) {
    keepProvenPlaces(found, views, kinds, places);
    mentions = retypeAsPlaces(mentions, places);
    finalKinds = classifyMentions(mentions);
  }
  return { mentions, relations: finish(found, mentions, finalKinds, sentences, input.articleDate) };
}


/** The tagger's mentions after the adjustments (see adjust.ts, missed.ts), with sentence views and kinds. */
function adjustMentions(
  sentences: Sentence[],
  tagged: Mention[],
  tokens: Token[][] = tokenizeSentences(sentences),
): { mentions: Mention[]; views: SentenceView[]; kinds: MentionKind[] } {
  let mentions = [...addMissedNames(sentences, tokens, splitCompounds(sentences, tokens, trimTitles(tagged)))];
  let views = buildViews(sentences, tokens, mentions);
  let kinds = classifyMentions(mentions);
  const retyped = retypeTitleOwners(views, mentions, kinds);
  if (retyped) {
    mentions = retyped;
    kinds = classifyMentions(mentions);
  }
  const joined = joinOrgPhrases(views, mentions, kinds);
  if (joined) {
    mentions = joined;
    views = buildViews(sentences, tokens, mentions);
    kinds = classifyMentions(mentions);
  }
  return { mentions, views, kinds };
}

function constructionRelations(view: SentenceView, ctx: ArgContext, out: MentionRelation[]): void {
  for (let i = 0; i < view.units.length; i++) {
    for (const c of INDEX.candidates(view.units, i)) {
      const caps = matchAt(c.compiled, ctx, i);
      if (!caps) continue;
      for (const e of c.emit) {
        const s = caps[e.s];
        const o = caps[e.o];
        if (!s || !o || s.mention < 0 || o.mention < 0) continue;
        if (placeInPrepPhrase(view, ctx, i, o.mention, e.p) || placeInList(view.units, s.mention, o.mention, e.p)) continue;
        const title = e.title ? caps[e.title]?.text : undefined;
        const p = title && ctx.kinds[o.mention]!.country && endsWith(normalizeWord(title), LEX.orgTitles) ? 'AFFILIATED_WITH' : e.p;
        const r: MentionRelation = { predicate: p, subject: s.mention, object: o.mention, sentence: view.index };
        if (title && p === 'HOLDS_POSITION') r.title = titleCase(title);
        out.push(r);
      }
    }
  }
}

/**
 * "in Westville President X": a town right after a preposition is where something happens, not the
 * organization a title belongs to.
 */
function placeInPrepPhrase(view: SentenceView, ctx: ArgContext, start: number, object: number, p: Predicate): boolean {
  if (p !== 'HOLDS_POSITION' && p !== 'AFFILIATED_WITH') return false;
  const k = ctx.kinds[object]!;
  if (k.type !== 'Location' || k.country || view.units[start]!.mention !== object) return false;
  return LEX.prepositions.has(view.units[start - 1]?.lower ?? '');
}

/**
 * "in Ruritania, Freedonia, Zubrowka": places listed side by side are not inside one another; nor is a
 * place that modifies a title ("Ruritania's Westland Director X", "in Westville, Lakeland Secretary X").
 */
function placeInList(units: readonly Unit[], subject: number, object: number, p: Predicate): boolean {
  if (p !== 'LOCATED_IN') return false;
  const o = units.findIndex((u) => u.mention === object);
  const s = units.findIndex((u) => u.mention === subject);
  const listed = (k: number, dir: 1 | -1) => (units[k + dir]?.lower === ',' || units[k + dir]?.lower === 'and') && (units[k + 2 * dir]?.mention ?? -1) >= 0;
  if (o >= 0 && s >= 0 && (listed(Math.max(o, s), 1) || listed(Math.min(o, s), -1))) return true;
  const titled = (k: number) => k >= 0 && (lexLength('TITLE', units, k + 1) > 0 || lexLength('ROLE', units, k + 1) > 0);
  return titled(s) || titled(o);
}

/** Type checks, self-links, duplicates (first wins; a title beats a plain affiliation), dates. */
function finish(found: MentionRelation[], mentions: Mention[], kinds: MentionKind[], sentences: Sentence[], articleDate?: string): MentionRelation[] {
  const seen = new Set<string>();
  const held = new Set<string>();
  for (const r of found) if (r.predicate === 'HOLDS_POSITION') held.add(`${r.subject}|${r.object}`);
  const dates = new Map<number, string | undefined>();
  const out: MentionRelation[] = [];
  for (const r of found) {
    const o = r.object >= 0 ? kinds[r.object] : undefined;
    if (!argsFit(r.predicate, kinds[r.subject]!, o)) continue;
    if (r.object >= 0 && sameEntity(mentions[r.subject]!, mentions[r.object]!)) continue;
    if (r.predicate === 'AFFILIATED_WITH' && held.has(`${r.subject}|${r.object}`)) continue;
    if (r.predicate === 'LOCATED_IN' && o && !sameCountry(kinds[r.subject]!, o)) continue;
    const [a, b] = r.predicate === 'CONTACTED' && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
    const key = `${r.predicate}|${a}|${b}|${r.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const date = r.quote ? quoteDate(sentences[r.sentence]!.text, r.quote, articleDate) : sentenceDate(dates, sentences, r.sentence, articleDate);
    out.push(date ? { ...r, date } : r);
  }
  return out;
}

function sentenceDate(cache: Map<number, string | undefined>, sentences: Sentence[], i: number, articleDate?: string): string | undefined {
  if (!cache.has(i)) cache.set(i, resolveDate(sentences[i]!.text, articleDate) ?? articleDate);
  return cache.get(i);
}

/** A quote's date is when it was said ("X said on Sunday"), not a date inside the quoted words. */
function quoteDate(sentence: string, quote: string, articleDate?: string): string | undefined {
  return resolveDate(sentence.replace(quote, ' '), articleDate) ?? articleDate;
}

function sameEntity(a: Mention, b: Mention): boolean {
  return (a.canonical ?? a.text).toLowerCase() === (b.canonical ?? b.text).toLowerCase();
}

/** A place inside a country must carry that country's code when both are known. */
function sameCountry(s: MentionKind, o: MentionKind): boolean {
  if (!o.country || s.type !== 'Location' || !s.countryCode || !o.countryCode) return true;
  return s.countryCode === o.countryCode;
}

function titleCase(title: string): string {
  return title.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
