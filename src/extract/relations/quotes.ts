// QUOTED_IN: direct quotes and reported speech attributed to a named person, with pronoun and role carry-over.
import type { MentionRelation } from '../../types.js';
import { type ArgContext, headFrom, objectAfter, skipApposition } from './args.js';
import { type Gender, genderOfWord, personGenders, personKey } from './gender.js';
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { lexLength } from './pattern.js';
import { insideQuote, type QuoteSpan, shortQuote, spansIn } from './quote-spans.js';
import type { SentenceView, Unit } from './units.js';
import { tagWords } from '../syntax/index.js';

/** Words that may stand between a speaker and the reporting verb ("X also said", "he has added"). */
const BETWEEN = new Set(['also', 'later', 'further', 'then', 'earlier', 'again', 'previously', 'once', 'recently',
  'has', 'have', 'had', 'will', 'would', 'reportedly', 'separately', 'now', 'has', 'once', 'repeatedly', 'publicly']);
/** Titles whose unnamed holder is usually named in the next sentences ("the Acme spokesman said"). */
const SPOKES = ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'representative'];

type Speaker =
  | { kind: 'person'; unit: number; textAfter?: boolean }
  | { kind: 'pronoun'; word: string }
  | { kind: 'role'; head: string; title: string; org: number }
  | { kind: 'other' };

/** What the pass remembers across sentences. */
interface QuoteState {
  lastSpeaker: number;
  lastPerson: number;
  /** Persons named so far, most recent last (mention indices). */
  recent: number[];
  /** Gender the article gives each person key (see gender.ts). */
  genders: Map<string, Gender>;
  /** Surface text of each mention index, for its person key. */
  names: (m: number) => string;
  roles: Map<number, Set<string>>;
  pending?: { org: number; title: string; sentence: number };
}

/** QUOTED_IN relations (object -1) and the HOLDS_POSITION they reveal ("the X spokesman said … Y said"). */
export function quoteRelations(text: string, views: readonly SentenceView[], kinds: readonly MentionKind[], spans: readonly QuoteSpan[]): MentionRelation[] {
  const out: MentionRelation[] = [];
  const names = new Map<number, string>();
  for (const v of views) for (const u of v.units) if (u.mention >= 0) names.set(u.mention, u.text);
  const state: QuoteState = { lastSpeaker: -1, lastPerson: -1, recent: [], genders: personGenders(views, kinds), names: (m) => names.get(m) ?? '', roles: new Map() };
  for (const view of views) {
    const ctx: ArgContext = { units: view.units, kinds };
    const speakers = new Set<number>();
    for (let i = 0; i < view.units.length; i++) {
      const speaker = triggerAt(ctx, i, spans);
      if (!speaker) continue;
      const person = resolve(speaker, ctx, state, view.index);
      if (person < 0 || speakers.has(person)) continue;
      speakers.add(person);
      const quote = shortQuote(quoteFor(text, view, i, speaker, spans, views));
      if (quote) out.push({ predicate: 'QUOTED_IN', subject: person, object: -1, sentence: view.index, quote });
      claimPending(state, person, view.index, out);
      state.lastSpeaker = person;
    }
    rememberPersons(ctx, state);
  }
  return out;
}

/** The speaker a reporting expression at unit i names, if unit i starts one. */
function triggerAt(ctx: ArgContext, i: number, spans: readonly QuoteSpan[]): Speaker | undefined {
  const u = ctx.units[i]!;
  if (u.mention >= 0 || insideQuote(spans, u.start)) return undefined;
  if (LEX.speechVerbs.has(u.lower)) {
    if (LEX.takingSpeechVerbs.has(u.lower) && spansIn(spans, ctx.units[0]!.start, ctx.units.at(-1)!.end).length === 0 && !clauseFollows(ctx, i)) return undefined;
    const det = LEX.determiners.has(ctx.units[i + 1]?.lower ?? '');
    return det && !LEX.clauseVerbs.has(u.lower) ? undefined : (leftSpeaker(ctx, i) ?? rightSpeaker(ctx, i));
  }
  const intro = LEX.speakerIntroducers.startsWith(u.lower) ? LEX.speakerIntroducers.match(ctx.units, i) : 0;
  if (intro > 0) return mentionSpeaker(ctx, objectAfter(ctx, i + intro), true);
  if (LEX.quotingVerbs.has(u.lower)) {
    const next = ctx.units[i + 1];
    if (LEX.objectPronouns.has(next?.lower ?? '')) return { kind: 'pronoun', word: next!.lower };
    if (next && next.mention >= 0) return mentionSpeaker(ctx, headFrom(ctx, i + 1));
  }
  if (u.lower === ':' && i === ctx.units.length - 1) return lastPersonIn(ctx);
  return undefined;
}

/**
 * "claimed the vote was rigged", not "claimed the title in Westville": a finite verb (not an "-ing" form) among the
 * words after the trigger at i, before the first clause break. "that" right after it opens a clause; a trigger that
 * ends its clause ("…, X has claimed.", "…, he claimed, …") or comes before its speaker ("…, claimed X") reports the
 * words before it.
 */
function clauseFollows(ctx: ArgContext, i: number): boolean {
  const units = ctx.units;
  const next = units[i + 1];
  const speakerNext = next !== undefined && next.mention >= 0 && ctx.kinds[next.mention]!.type === 'Person';
  if (!next || next.lower === 'that' || speakerNext || lexLength('HON', units, i + 1) > 0 || LEX.clauseBreaks.has(next.lower) || next.lower === '.') return true;
  let end = i + 1;
  while (end < units.length && !LEX.clauseBreaks.has(units[end]!.lower) && units[end]!.lower !== '.') end++;
  const tags = tagWords(units.slice(i + 1, end).map((u) => u.text));
  return tags.some((t, k) => t === 'AUX' || (t === 'VERB' && !units[i + 1 + k]!.lower.endsWith('ing')));
}

/** "X said", "X, the director of Y, said", "he said", "the lawmaker said". */
function leftSpeaker(ctx: ArgContext, i: number): Speaker | undefined {
  let k = i - 1;
  while (k >= 0 && BETWEEN.has(ctx.units[k]!.lower)) k--;
  if (ctx.units[k]?.lower === ',') {
    // "X, the director of Y, said"; else "A spokesman for Acme, Dr X, said" (a body before the title is no speaker).
    const named = skipApposition(ctx.units, k);
    const own = named >= 0 && ctx.kinds[ctx.units[named]!.mention]!.type === 'Person' ? named : -1;
    const inner = own < 0 ? appositionSpeaker(ctx, k) : -1;
    k = own >= 0 ? own : inner >= 0 ? inner : named;
  }
  if (k < 0) return undefined;
  const u = ctx.units[k];
  if (!u) return undefined;
  if (u.mention >= 0) return mentionSpeaker(ctx, headFrom(ctx, k));
  if (LEX.speakerPronouns.has(u.lower)) return { kind: 'pronoun', word: u.lower };
  return roleSpeaker(ctx, k);
}

/** Units an apposition before a reporting verb may span. */
const APPOSITION_REACH = 20;

/**
 * The speaker whose apposition the comma at k closes, when skipApposition finds none: a name set off by commas
 * after a title ("A spokesman, Dr X, said"), or a name (with a seat after it) whose apposition holds names or
 * brackets ("X, head of marketing at Acme (AC), said", "X MP, Labour's Chief Secretary to the Treasury, said"). -1 when none.
 */
function appositionSpeaker(ctx: ArgContext, k: number): number {
  const units = ctx.units;
  const isPerson = (j: number) => (units[j]?.mention ?? -1) >= 0 && ctx.kinds[units[j]!.mention]!.type === 'Person';
  if (isPerson(k - 1)) {
    // The comma that opens ", X," or ", Dr X," / ", Dr. X,".
    const honorific = units[k - 2]?.lower === '.' ? k - 3 : k - 2;
    const open = lexLength('HON', units, honorific) > 0 ? honorific - 1 : k - 2;
    return units[open]?.lower === ',' ? k - 1 : -1;
  }
  let depth = 0;
  for (let j = k - 1; j >= 0 && j >= k - APPOSITION_REACH; j--) {
    const w = units[j]!.lower;
    if (w === ')') depth++;
    else if (w === '(') depth--;
    else if (depth > 0) continue;
    else if (w === ',') {
      const name = LEX.parliamentSeats.has(units[j - 1]?.lower ?? '') ? j - 2 : j - 1;
      return isPerson(name) && j < k - 1 ? name : -1;
    } else if (LEX.clausePunct.has(w) || LEX.speechVerbs.has(w) || LEX.clauseWords.has(w)) return -1;
    if (depth < 0) return -1;
  }
  return -1;
}

/** "the lawmaker said", "the Acme spokesman said": a role ending at k, after "the" and an optional organization. */
function roleSpeaker(ctx: ArgContext, k: number): Speaker | undefined {
  for (let j = Math.max(0, k - 3); j <= k; j++) {
    const len = Math.max(lexLength('TITLE', ctx.units, j), lexLength('ROLE', ctx.units, j));
    if (len === 0 || j + len - 1 !== k) continue;
    const org = (ctx.units[j - 1]?.mention ?? -1) >= 0 ? j - 1 : -1;
    const det = ctx.units[org >= 0 ? j - 2 : j - 1]?.lower;
    if (det !== 'the') return undefined;
    const words = ctx.units.slice(j, k + 1).map((u) => u.lower);
    return { kind: 'role', head: words.at(-1)!, title: words.join(' '), org };
  }
  return undefined;
}

/** '"…," said X': a person right after the verb, only after a quote or a comma. */
function rightSpeaker(ctx: ArgContext, i: number): Speaker | undefined {
  const prev = ctx.units[i - 1]?.lower;
  if (prev !== ',' && prev !== '"') return undefined;
  return mentionSpeaker(ctx, objectAfter(ctx, i + 1));
}

/** The speaker at unit k; `textAfter` when the reported words follow the name ("according to X, …"). */
function mentionSpeaker(ctx: ArgContext, k: number, textAfter = false): Speaker | undefined {
  if (k < 0) return undefined;
  const m = ctx.units[k]!.mention;
  return ctx.kinds[m]!.type === 'Person' ? { kind: 'person', unit: k, textAfter } : { kind: 'other' };
}

/** "Here's what Acme CEO X had to say:" — the last person named before a colon that ends the sentence. */
function lastPersonIn(ctx: ArgContext): Speaker | undefined {
  for (let k = ctx.units.length - 2; k >= 0; k--) {
    const m = ctx.units[k]!.mention;
    if (m >= 0 && ctx.kinds[m]!.type === 'Person') return { kind: 'person', unit: k };
  }
  return undefined;
}

/** The mention index of the person who speaks, or -1. */
function resolve(speaker: Speaker, ctx: ArgContext, state: QuoteState, sentence: number): number {
  if (speaker.kind === 'person') return ctx.units[speaker.unit]!.mention;
  // "The Acme spokeswoman said … . ‘…,’ she said": the pronoun goes on with the unnamed speaker.
  if (speaker.kind === 'pronoun') return state.pending && sentence - state.pending.sentence <= 1 ? -1 : pronounSpeaker(state, genderOfWord(speaker.word));
  if (speaker.kind === 'other') return -1;
  if (speaker.org >= 0 && SPOKES.some((t) => speaker.title.endsWith(t))) {
    state.pending = { org: ctx.units[speaker.org]!.mention, title: speaker.title, sentence };
    return -1;
  }
  for (const [person, roles] of [...state.roles].reverse()) if (roles.has(speaker.head)) return person;
  return state.lastSpeaker;
}

/**
 * "he said" / "she said": the last speaker, else the last person named, whose gender the article does
 * not contradict; a person of the pronoun's gender wins over one of unknown gender.
 */
function pronounSpeaker(state: QuoteState, gender: Gender | undefined): number {
  const order = [state.lastSpeaker, ...[...state.recent].reverse()].filter((m) => m >= 0);
  if (!gender) return order[0] ?? -1;
  let unknown = -1;
  for (const m of order.slice(0, 8)) {
    const g = state.genders.get(personKey(state.names(m)));
    if (g === gender) return m;
    if (g === undefined && unknown < 0) unknown = m;
  }
  return unknown;
}

/** "the Acme spokesman said …" then "X said": X holds that title (within two sentences). */
function claimPending(state: QuoteState, person: number, sentence: number, out: MentionRelation[]): void {
  const p = state.pending;
  if (!p || sentence === p.sentence || sentence - p.sentence > 2 || state.roles.has(person)) return;
  const title = p.title.replace(/\b\w/g, (c) => c.toUpperCase());
  out.push({ predicate: 'HOLDS_POSITION', subject: person, object: p.org, sentence, title });
  state.pending = undefined;
}

/** Records each person's title and role words ("Ruritanian lawmaker X" → lawmaker) and the last person named. */
function rememberPersons(ctx: ArgContext, state: QuoteState): void {
  for (let k = 0; k < ctx.units.length; k++) {
    const m = ctx.units[k]!.mention;
    if (m < 0 || ctx.kinds[m]!.type !== 'Person') continue;
    state.lastPerson = m;
    state.recent.push(m);
    if (state.recent.length > 16) state.recent.shift();
    const end = ctx.units[k - 1]?.lower === ',' ? k - 1 : k;
    for (let j = Math.max(0, end - 4); j < end; j++) {
      const len = Math.max(lexLength('TITLE', ctx.units, j), lexLength('ROLE', ctx.units, j));
      if (len > 0 && j + len === end) addRoles(state, m, ctx.units.slice(j, end));
    }
    if (ctx.units[k + 1]?.lower === ',') {
      const j = ['the', 'a', 'an'].includes(ctx.units[k + 2]?.lower ?? '') ? k + 3 : k + 2;
      const len = Math.max(lexLength('TITLE', ctx.units, j), lexLength('ROLE', ctx.units, j));
      if (len > 0) addRoles(state, m, ctx.units.slice(j, j + len));
    }
  }
}

function addRoles(state: QuoteState, person: number, units: readonly Unit[]): void {
  const set = state.roles.get(person) ?? new Set<string>();
  state.roles.set(person, set);
  for (const u of units) set.add(u.lower);
}

/** The words a trigger at unit i attributes; "…, according to X" reports what comes before it. */
function quoteFor(text: string, view: SentenceView, i: number, speaker: Speaker, spans: readonly QuoteSpan[], views: readonly SentenceView[]): string {
  if (speaker.kind !== 'person' || !speaker.textAfter) return quoteText(text, view, i, spans, views);
  if (i > 3) return clean(text.slice(view.sentence.start, view.units[i]!.start));
  return quoteText(text, view, speaker.unit, spans, views);
}

/** The quoted words: the quotation in or right after the sentence, else the reported clause. */
function quoteText(text: string, view: SentenceView, i: number, spans: readonly QuoteSpan[], views: readonly SentenceView[]): string {
  const { sentence } = view;
  let inside = spansIn(spans, sentence.start, sentence.end);
  if (inside.length === 0 && view.units.at(-1)?.lower === ':') {
    const next = views[view.index + 1]?.sentence;
    if (next) inside = spansIn(spans, next.start, next.end);
  }
  if (inside.length > 0) return inside.map((s) => clean(text.slice(s.start, s.end))).join(' … ');
  const { units } = view;
  const j = clauseStart(units, i);
  const after = units[j] ? clean(text.slice(units[j]!.start, sentence.end)) : '';
  if (units[j - 1]?.lower === 'that' || units[i]!.mention >= 0) return after;
  const first = attributionStart(units, i);
  const before = first > 0 ? clean(text.slice(sentence.start, units[first]!.start)) : '';
  return words(before) > words(after) ? before : after;
}

/** Words that may stand in a speaker's noun phrase ("chairman of Acme's Budget Committee X"). */
const SPEAKER_NP = new Set(['the', 'of', "'s", 'a', 'an']);

/** First unit of the attribution that ends with the verb at i ("…, the Acme spokesman X said"). */
function attributionStart(units: readonly Unit[], i: number): number {
  let k = i - 1;
  while (k >= 0 && BETWEEN.has(units[k]!.lower)) k--;
  if (units[k]?.lower === ',') k = skipApposition(units, k);
  if (k < 0) return 0;
  while (k > 0) {
    const u = units[k - 1]!;
    if (u.mention < 0 && !SPEAKER_NP.has(u.lower) && lexLength('TITLE', units, k - 1) === 0 && lexLength('ROLE', units, k - 1) === 0 && !/^\p{Lu}/u.test(u.text)) break;
    if (u.lower === ',' || LEX.clausePunct.has(u.lower)) break;
    k--;
  }
  return k;
}

/** The comma closing an apposition that starts at k (", Chairman of the Y Committee,"), or -1. */
function appositionEnd(units: readonly Unit[], k: number): number {
  const start = LEX.determiners.has(units[k]?.lower ?? '') ? k + 1 : k;
  let titled = false;
  for (let j = start; j <= start + 2 && j < units.length; j++) {
    if (lexLength('TITLE', units, j) > 0 || lexLength('ROLE', units, j) > 0) titled = true;
  }
  if (!titled) return -1;
  for (let c = k; c < units.length && c < k + 15; c++) if (units[c]!.lower === ',') return c;
  return -1;
}

function words(s: string): number {
  return s === '' ? 0 : s.split(' ').length;
}

/** Where the reported words start after the trigger at i: after "that" when it comes soon ("said on Monday that …"). */
function clauseStart(units: readonly Unit[], i: number): number {
  if (units[i]?.mention !== undefined && units[i]!.mention >= 0) {
    if (units[i + 1]?.lower !== ',') return i + 1;
    const close = appositionEnd(units, i + 2);
    return close > 0 ? close + 1 : i + 2;
  }
  for (let k = i + 1; k < units.length && k <= i + 6; k++) {
    if (units[k]!.lower === 'that') return k + 1;
    if (units[k]!.lower === ',' || LEX.clausePunct.has(units[k]!.lower)) break;
  }
  return i + 1;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,"“”]+|[\s,.;:"“”]+$/g, '');
}
