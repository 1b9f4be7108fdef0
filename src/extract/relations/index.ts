// Relation extraction for one article: mention adjustments, constructions, verbs and nouns, quotes, dates.
import type { Mention, MentionRelation, Predicate, Sentence, Token } from '../../types.js';
import { YEAR_SPAN_RE } from '../lexicons/dates.js';
import { dropWorks, joinOrgPhrases, retypeTitleOwners, splitCompounds, trimTitles } from './adjust.js';
import { performsFor, rolesTown } from './roles.js';
import { type ArgContext, coordinated } from './args.js';
import { CONSTRUCTIONS } from './constructions.js';
import { eventRelations } from './events.js';
import { classifyMentions, isConstituency, isSeatWith, type MentionKind, otherCountryInName } from './kinds.js';
import { LEX } from './lexicon.js';
import { addMissedNames } from './missed.js';
import { keepProvenPlaces, type PendingRelation, retypeAsPlaces } from './misread.js';
import { compilePattern, endsWith, lexLength, matchAt, PatternIndex } from './pattern.js';
import { findQuoteSpans, shortQuote } from './quote-spans.js';
import { CONFIDENCE } from './confidence.js';
import { finish } from './finish.js';
import { quoteRelations } from './quotes.js';
import { personGenders } from './gender.js';
import { Antecedents, assertedAt, type DepSentence, hasPronoun, isSubjectAt, parseSentence, speechRelations, syntaxRelations, verbEventHolds } from './syntax/index.js';
import { titleCase } from './title-text.js';
import { buildViews, normalizeWord, type SentenceView, tokenizeSentences, type Unit } from './units.js';
import { nationalTitleRelations } from './national-titles.js';
import { companyTitleRelations } from './company-titles.js';
import { describedCompanyRelations } from './company-descriptions.js';
import { capitalRelations } from './capitals.js';
import { scoreLineRelations, squadListRelations, teamSheetRelations } from './team-sheets.js';

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
  const tokens = input.tokens ?? tokenizeSentences(sentences);
  const adjusted = adjustMentions(sentences, input.mentions, tokens);
  const { views, kinds } = adjusted;
  const found: PendingRelation[] = [];
  const places = new Set<string>();
  let first = 0;
  const speech: PendingRelation[] = [];
  const antecedents = new Antecedents(adjusted.mentions, kinds, personGenders(views, kinds));
  for (const view of views) {
    const ctx: ArgContext = { units: view.units, kinds };
    constructionRelations(view, ctx, found);
    found.push(...teamSheetRelations(view, kinds), ...scoreLineRelations(view, kinds), ...squadListRelations(view, kinds));
    while (first < adjusted.mentions.length && adjusted.mentions[first]!.end <= view.sentence.start) first++;
    const own = tokens[view.index] ?? [];
    const n = countMentions(view);
    // One name is enough with a pronoun to resolve, or a reporting verb whose speaker the parse may find
    // ("Velto leader X also backed the plan but said …").
    const parsed = n >= 2 || (n === 1 && (hasPronoun(own) || reportsSpeech(view, kinds))) ? parseSentence(view.index, own, adjusted.mentions, kinds, first, antecedents) : undefined;
    if (parsed) pronounConstructions(view, parsed, adjusted.mentions, antecedents, kinds, found);
    for (const r of eventRelations(ctx)) {
      const rel: PendingRelation = { predicate: r.p, subject: view.units[r.s]!.mention, object: view.units[r.o]!.mention, sentence: view.index, confidence: CONFIDENCE.event };
      // The parse vetoes what the token window cannot see: "has not met Y", "will attack Y", "if X attacks Y",
      // a verb form used as a noun ("Brive back X").
      if (parsed && !(r.verb ? verbEventHolds(parsed, view.units[r.at!]!.start) : assertedAt(parsed, rel.object))) continue;
      if (r.placeObject) {
        places.add(view.units[r.o]!.text);
        rel.asPlace = true;
      }
      found.push(rel);
    }
    if (parsed) for (const r of syntaxRelations(parsed)) found.push({ ...r, sentence: view.index });
    if (parsed) reportedSpeech(parsed, text, view.index, speech);
  }
  found.push(...nationalTitleRelations(views, adjusted.mentions, kinds));
  found.push(...companyTitleRelations(views, adjusted.mentions, kinds, found));
  found.push(...describedCompanyRelations(views, adjusted.mentions, kinds, found));
  found.push(...capitalRelations(views, kinds));
  for (const r of quoteRelations(text, views, kinds, findQuoteSpans(text))) found.push({ confidence: CONFIDENCE.quote, ...r });
  found.push(...speech);
  let mentions = adjusted.mentions;
  let finalKinds = kinds;
  if (places.size > 0) {
    keepProvenPlaces(found, views, kinds, places);
    mentions = retypeAsPlaces(mentions, places);
    finalKinds = classifyMentions(mentions);
  }
  return { mentions, relations: finish(found, mentions, finalKinds, sentences, input.articleDate) };
}


/**
 * Reported speech the parse shows and the quote pass missed ("X and Y stressed that …"): added after
 * the quote pass so its attributions and quotes win (see finish: the first of a duplicate stays).
 */
function reportedSpeech(d: DepSentence, text: string, sentence: number, found: PendingRelation[]): void {
  for (const r of speechRelations(d)) {
    const quote = shortQuote(text.slice(d.tokens[r.quoteStart]!.start, d.tokens[r.quoteEnd]!.end));
    if (quote.split(' ').length >= 3) found.push({ predicate: 'QUOTED_IN', subject: r.subject, object: -1, sentence, confidence: r.confidence, quote });
  }
}

/** True when a person is named and a reporting verb stands after the name (the parse may find its speaker). */
function reportsSpeech(view: SentenceView, kinds: readonly MentionKind[]): boolean {
  const person = view.units.findIndex((u) => u.mention >= 0 && kinds[u.mention]!.type === 'Person');
  if (person < 0) return false;
  for (let i = person + 2; i < view.units.length; i++) if (LEX.speechVerbs.has(view.units[i]!.lower)) return true;
  return false;
}

/** Number of distinct mentions in a sentence view. */
function countMentions(view: SentenceView): number {
  let n = 0;
  let last = -1;
  for (const u of view.units) {
    if (u.mention >= 0 && u.mention !== last) n++;
    if (u.mention >= 0) last = u.mention;
  }
  return n;
}

/** The tagger's mentions after the adjustments (see adjust.ts, missed.ts), with sentence views and kinds. */
function adjustMentions(
  sentences: Sentence[],
  tagged: Mention[],
  tokens: Token[][],
): { mentions: Mention[]; views: SentenceView[]; kinds: MentionKind[] } {
  let mentions = [...addMissedNames(sentences, tokens, splitCompounds(sentences, tokens, trimTitles(tagged)))];
  let views = buildViews(sentences, tokens, mentions);
  const kept = dropWorks(views, mentions);
  if (kept) {
    mentions = kept;
    views = buildViews(sentences, tokens, mentions);
  }
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

/**
 * "Ivo Sand arrived on Monday. He was appointed chairman of Acme": a "he" or "she" that is its clause's subject
 * and can stand for only one person named just before it is read as that person's name by the constructions
 * that open with their subject.
 */
function pronounConstructions(view: SentenceView, d: DepSentence, mentions: readonly Mention[], antecedents: Antecedents, kinds: readonly MentionKind[], out: MentionRelation[]): void {
  let units: Unit[] | undefined;
  const starts: number[] = [];
  for (let i = 0; i < view.units.length; i++) {
    const u = view.units[i]!;
    if (u.mention >= 0 || !Antecedents.isPersonSubject(u.lower) || !isSubjectAt(d, u.start)) continue;
    const m = antecedents.resolveSole(u.lower, view.index, u.start);
    if (m < 0) continue;
    units ??= [...view.units];
    const text = mentions[m]!.text;
    units[i] = { ...u, text, lower: normalizeWord(text), mention: m, title: 0, role: 0 };
    starts.push(i);
  }
  if (units) constructionRelations({ ...view, units }, { units, kinds }, out, starts);
}

/**
 * Tries every construction at every unit, or only at `standIns` (pronouns standing for a name), keeping then
 * only what the construction states of the unit it starts at.
 */
function constructionRelations(view: SentenceView, ctx: ArgContext, out: MentionRelation[], standIns?: readonly number[]): void {
  for (const i of standIns ?? view.units.keys()) {
    for (const c of INDEX.candidates(view.units, i, ctx.kinds)) {
      const caps = matchAt(c.compiled, ctx, i);
      if (!caps) continue;
      const last = c.compiled.at(-1);
      for (const e of c.emit) {
        const s = caps[e.s];
        const o = caps[e.o];
        if (!s || !o || s.mention < 0 || o.mention < 0) continue;
        if (standIns && (s.mention !== view.units[i]!.mention || o.mention === s.mention)) continue;
        if (placeInPrepPhrase(view, ctx, i, o.mention, e.p) || placeInList(view.units, s.mention, o.mention, e.p)) continue;
        if (e.seat && otherCountryInName(s.text, ctx.kinds[o.mention]!)) continue;
        if (abbreviates(o.text, s.text) || abbreviates(s.text, o.text)) continue;
        const role = e.role ? (caps[e.role]?.text ?? '') : '';
        if (e.role && (!rolesTown(role, ctx.kinds[o.mention]!) || !performsFor(role, ctx.kinds[o.mention]!, o.text))) continue;
        // "… only Freedonian students, Lee discussed …": a plural role set off by a comma is no apposition of the name after it.
        if (e.role && isPluralNoun(normalizeWord(role).split(' ').at(-1)!) && commaBefore(view.units, s.mention)) continue;
        const title = e.title ? caps[e.title]?.text : e.office;
        if (isConstituency(normalizeWord(title ?? role), ctx.kinds[o.mention]!) || seatsPlace(view.units, o.mention, ctx.kinds[o.mention]!)) continue;
        const p = title && statesMembership(title, ctx.kinds[o.mention]!) ? 'AFFILIATED_WITH' : e.p;
        const subjects = last?.kind === 'mention' && last.cap === e.s ? pluralList(ctx, s.mention) : [s.mention];
        for (const subject of subjects) {
          const confidence = standIns ? CONFIDENCE.pronounConstruction : CONFIDENCE.construction;
          const r: MentionRelation = { predicate: p, subject, object: o.mention, sentence: view.index, confidence };
          if (title && p === 'HOLDS_POSITION') r.title = titleCase(title);
          if (e.past || (title && (pastBefore(view.units, i) || endedTerm(view.units, o.mention)))) r.status = 'former';
          out.push(r);
        }
      }
    }
  }
}

function commaBefore(units: readonly Unit[], m: number): boolean {
  return units[units.findIndex((u) => u.mention === m) - 1]?.lower === ',';
}

/**
 * "the Westville MP", "MEP for the Westville region": the place a parliament seat written beside mention `m`
 * stands for (see isConstituency); after the seat's "for" it is the constituency whatever the tagger made of it.
 */
function seatsPlace(units: readonly Unit[], m: number, kind: MentionKind): boolean {
  const k = units.findIndex((u) => u.mention === m);
  const after = units[k + 1]?.lower ?? '';
  const j = units[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  const before = units[j - 1]?.lower ?? '';
  const linked = units[j]?.lower === 'for' || units[j]?.lower === 'of';
  const seat = LEX.parliamentSeats.has(after) ? after : linked && LEX.parliamentSeats.has(before) ? before : '';
  return seat !== '' && (isConstituency(seat, kind) || units[j]?.lower === 'for');
}

/** "Velto Nord Holdings (VNH)": an acronym of a name's capitalised words names the same body, not a second one. */
function abbreviates(acronym: string, name: string): boolean {
  if (acronym.length < 2 || !/^[\p{Lu}.&]+$/u.test(acronym)) return false;
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length > 1 && initials === acronym.replace(/[.&]/g, '');
}

/**
 * "Ruritanian banks Acme and Beta", "Blue Party senators Ivo Sand and Ada Brill": a plural noun right before a
 * construction's last name describes every name of the list it opens (of the same type); otherwise the name alone.
 */
function pluralList(ctx: ArgContext, subject: number): number[] {
  const k = ctx.units.findIndex((u) => u.mention === subject);
  const before = ctx.units[k - 1];
  if (!before || before.mention >= 0 || !isPluralNoun(before.lower)) return [subject];
  const type = ctx.kinds[subject]!.type;
  return coordinated(ctx, k, 1)
    .map((j) => ctx.units[j]!.mention)
    .filter((m) => ctx.kinds[m]!.type === type);
}

/** A plural kind of firm ("banks"), title ("senators", "directors") or role ("players", "MPs"). */
function isPluralNoun(word: string): boolean {
  return LEX.firmPlurals.has(word) || (word.endsWith('s') && (LEX.titleHeads.has(word.slice(0, -1)) || LEX.roleNouns.has(word.slice(0, -1))));
}

/**
 * A title that names no office of its object: an organization's title with a country ("Ruritanian director X"),
 * or a seat with a party or other body ("Blue Party MP X", "Blue senators").
 */
function statesMembership(title: string, object: MentionKind): boolean {
  const t = normalizeWord(title);
  return (object.country && endsWith(t, LEX.orgTitles)) || isSeatWith(t, object);
}

/** "X, a president of the Velto Assembly in 1989-90": a span of years that ended, right after the body. */
function endedTerm(units: readonly Unit[], object: number): boolean {
  const k = units.findIndex((u) => u.mention === object);
  return k >= 0 && units[k + 1]?.lower === 'in' && YEAR_SPAN_RE.test(units[k + 2]?.lower ?? '');
}

/** "Former Ruritanian President X", "the then Acme chairman X": a past marker right before the construction. */
function pastBefore(units: readonly Unit[], i: number): boolean {
  const prev = (units[i - 1]?.lower ?? '').replace(/-$/, '');
  const past = LEX.pastWords;
  return past.has(prev) || (prev === 'the' && past.has(units[i - 2]?.lower ?? '')) || (past.has(units[i - 2]?.lower ?? '') && units[i - 1]?.lower === 'the');
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
  // "A in X, B in Y and C in Z": a list of places each with its own container, not places side by side.
  const pairs = (k: number, dir: 1 | -1) => units[k + 3 * dir]?.lower === 'in' || units[k - dir]?.lower === 'in';
  if (o >= 0 && s >= 0 && ((listed(Math.max(o, s), 1) && !pairs(Math.max(o, s), 1)) || (listed(Math.min(o, s), -1) && !pairs(Math.min(o, s), -1)))) return true;
  const titled = (k: number) => k >= 0 && (lexLength('TITLE', units, k + 1) > 0 || lexLength('ROLE', units, k + 1) > 0);
  return titled(s) || titled(o);
}

