// A tiny pattern language over units: mention classes, lexicon phrases, literal words, optionals.
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { matchModified } from './phrases.js';
import type { Unit } from './units.js';

/**
 * Pattern syntax, elements separated by spaces (see constructions.ts for examples):
 * - `PER`, `ORG`, `LOC`, `GPE` (country or its adjective), `SUB` (place that is not a country),
 *   joined by `|`; `#unit` / `#stationed` / `#site` / `#office` test the organization's last words, `#name` excludes
 *   adjectives ("Ruritanian"), `#adj` keeps only them, `#body` needs a body's head word ("… Party", "… League"), `#proper` is no bare head word ("Bank" cut from "Bank of X"), `#city` / `#region` need that gazetteer kind, `#area` a region or a name ending in "Province", "State"…; `:x` captures.
 * - `TITLE`, `ROLE`, `PLACE`, `FIRM` (carmaker…), `PART` (a body's unnamed part: group, division…), `DIR` (northern…), `HON` (Mr, Dr.…): lexicon phrases; `:x` captures the text.
 * - `W*`: up to three plain words that are not function words (`w*`: lower-case words only, no numbers or capitals);
 *   `!a|b`: next unit is not a or b, where a mention class (`!PER`) or a lexicon (`!HON`) excludes what it matches;
 *   `^`: the sentence starts here.
 * - anything else: literal words, `|` for alternatives; a final `?` makes any element optional.
 */
export type Pattern = readonly Element[];

type Element =
  | { kind: 'mention'; classes: ReadonlySet<string>; test?: string; cap?: string; opt: boolean }
  | { kind: 'lex'; lex: string; cap?: string; opt: boolean }
  | { kind: 'words'; words: ReadonlySet<string>; opt: boolean }
  | { kind: 'not'; words: ReadonlySet<string>; opt: false }
  | { kind: 'skip'; lower: boolean; opt: false }
  | { kind: 'start'; opt: false };

/** A capture: a mention index, or the text of a lexicon phrase. */
export interface Capture {
  mention: number;
  text: string;
}

const MENTION_CLASSES = new Set(['PER', 'ORG', 'LOC', 'GPE', 'SUB']);
const LEX_CLASSES = new Set(['TITLE', 'ROLE', 'PLACE', 'FIRM', 'PART', 'DIR', 'HON']);

/** Compiles a pattern string. */
export function compilePattern(source: string): Pattern {
  return source.trim().split(/\s+/).map(compileElement);
}

function compileElement(raw: string): Element {
  const opt = raw.length > 1 && raw.endsWith('?');
  const body = opt ? raw.slice(0, -1) : raw;
  if (body === 'W*' || body === 'w*') return { kind: 'skip', lower: body === 'w*', opt: false };
  if (body === '^') return { kind: 'start', opt: false };
  if (body.startsWith('!') && body.length > 1) return { kind: 'not', words: new Set(body.slice(1).split('|')), opt: false };
  const [head = '', cap] = body.split(':');
  const [cls = '', test] = head.split('#');
  const classes = cls.split('|');
  if (classes.every((c) => MENTION_CLASSES.has(c))) return { kind: 'mention', classes: new Set(classes), test, cap, opt };
  if (LEX_CLASSES.has(cls)) return { kind: 'lex', lex: cls, cap, opt };
  return { kind: 'words', words: new Set(body.split('|')), opt };
}

/** What a match needs besides the units. */
export interface MatchContext {
  units: readonly Unit[];
  kinds: readonly MentionKind[];
}

/**
 * A cheap test that `pattern` cannot match at unit u: its first element (when required) fails there,
 * or its second element is a required literal the next unit is not. Saves running the matcher.
 */
function cannotStart(pattern: Pattern, ctx: MatchContext, u: number): boolean {
  const first = pattern[0];
  if (first?.kind === 'start') return u !== 0;
  if (!first || first.opt || first.kind === 'skip' || first.kind === 'not') return false;
  const len = elementLength(first, ctx, u);
  if (len === 0) return true;
  const second = pattern[1];
  if (second?.kind !== 'words' || second.opt) return false;
  const next = ctx.units[u + len];
  return !next || next.mention >= 0 || !second.words.has(next.lower);
}

/** Tries `pattern` at unit `start`; returns the captures or undefined. Bounded backtracking. */
export function matchAt(pattern: Pattern, ctx: MatchContext, start: number): Record<string, Capture> | undefined {
  if (cannotStart(pattern, ctx, start)) return undefined;
  const caps: Record<string, Capture> = {};
  return step(pattern, 0, ctx, start, caps) >= 0 ? caps : undefined;
}

function step(p: Pattern, e: number, ctx: MatchContext, u: number, caps: Record<string, Capture>): number {
  if (e === p.length) return u;
  const el = p[e]!;
  if (el.kind === 'skip') {
    for (let n = 0; n <= 3; n++) {
      if (n > 0 && !isFiller(ctx.units[u + n - 1], el.lower)) break;
      const end = step(p, e + 1, ctx, u + n, caps);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (el.kind === 'not') return excluded(el.words, ctx, u) ? -1 : step(p, e + 1, ctx, u, caps);
  if (el.kind === 'start') return u === 0 ? step(p, e + 1, ctx, u, caps) : -1;
  const len = elementLength(el, ctx, u);
  if (len > 0 && !(el.kind === 'mention' && modifiesNext(ctx.units[u + 1], p[e + 1]))) {
    if ('cap' in el && el.cap) caps[el.cap] = captureOf(ctx.units, u, len);
    const end = step(p, e + 1, ctx, u + len, caps);
    if (end >= 0) return end;
  }
  if (!el.opt) return -1;
  if ('cap' in el && el.cap) delete caps[el.cap];
  return step(p, e + 1, ctx, u, caps);
}

/**
 * A name glued to a compound suffix ("Westville-based", "Acme-owned") modifies the noun after it: it stands
 * as an argument only where the pattern reads that suffix ("the chief of the Westville-based firm" is no post in Westville).
 */
function modifiesNext(next: Unit | undefined, el: Element | undefined): boolean {
  if (!next || next.mention >= 0 || next.lower.charCodeAt(0) !== 45 /* - */ || !LEX.compoundSuffixes.has(next.lower.slice(1))) return false;
  return !(el?.kind === 'words' && el.words.has(next.lower));
}

/** True when the unit at `u` is one of `words`, a mention of a class among them, or starts a lexicon phrase among them. */
function excluded(words: ReadonlySet<string>, ctx: MatchContext, u: number): boolean {
  const unit = ctx.units[u];
  if (!unit) return false;
  if (unit.mention >= 0) return words.has(unit.lower) || mentionFits(words, undefined, ctx, unit);
  if (words.has(unit.lower)) return true;
  for (const w of words) if (LEX_CLASSES.has(w) && lexLength(w, ctx.units, u) > 0) return true;
  return false;
}

function elementLength(el: Element, ctx: MatchContext, u: number): number {
  const unit = ctx.units[u];
  if (!unit) return 0;
  if (el.kind === 'words') return unit.mention < 0 && el.words.has(unit.lower) ? 1 : 0;
  if (el.kind === 'mention') return unit.mention >= 0 && mentionFits(el.classes, el.test, ctx, unit) ? 1 : 0;
  if (el.kind === 'lex') return lexLength(el.lex, ctx.units, u);
  return 0;
}

/** The pattern class of a mention: PER, ORG, or for a place GPE (a country) or SUB; LOC matches both of the last two. */
function classOf(k: MentionKind): 'PER' | 'ORG' | 'GPE' | 'SUB' {
  return k.type === 'Person' ? 'PER' : k.type === 'Organization' ? 'ORG' : k.country ? 'GPE' : 'SUB';
}

/** True when a mention of pattern class `cls` (see classOf) is among `classes`. */
function classFits(classes: ReadonlySet<string>, cls: string): boolean {
  return classes.has(cls) || ((cls === 'GPE' || cls === 'SUB') && classes.has('LOC'));
}

function mentionFits(classes: ReadonlySet<string>, test: string | undefined, ctx: MatchContext, unit: Unit): boolean {
  const k = ctx.kinds[unit.mention]!;
  if (!classFits(classes, classOf(k))) return false;
  if (test === 'unit') return endsWith(unit.lower, LEX.unitHeads);
  if (test === 'stationed') return endsWith(unit.lower, LEX.stationedHeads);
  if (test === 'site') return endsWith(unit.lower, LEX.siteHeads);
  if (test === 'office') return endsWith(unit.lower, LEX.titleHeads);
  if (test === 'name') return !k.demonym;
  if (test === 'adj') return k.demonym === true;
  if (test === 'body') return endsWith(unit.lower, LEX.namedOrgHeads);
  if (test === 'proper') return !LEX.orgHeads.has(unit.lower) && !LEX.unitHeads.has(unit.lower) && !LEX.firmKinds.has(unit.lower);
  if (test === 'city' || test === 'region') return k.place === test;
  if (test === 'area') return k.place === 'region' || (unit.lower.includes(' ') && endsWith(unit.lower, LEX.regionSuffixes));
  return true;
}

/** True when the mention's last one or two words form a phrase of `set`. */
export function endsWith(lower: string, set: { has(text: string): boolean }): boolean {
  const cut = lower.lastIndexOf(' ');
  if (set.has(lower.slice(cut + 1))) return true;
  if (cut < 0) return false;
  const cut2 = lower.lastIndexOf(' ', cut - 1);
  return set.has(lower.slice(cut2 + 1));
}

/** Length of a lexicon phrase (TITLE, ROLE, PLACE, FIRM, DIR, HON) at `u`, 0 when none. */
export function lexLength(lex: string, units: readonly Unit[], u: number): number {
  const unit = units[u];
  if (!unit) return 0;
  if (lex === 'TITLE') {
    if (unit.title < 0) unit.title = matchModified(units, u, LEX.titleMods, LEX.titleHeads);
    return unit.title;
  }
  if (lex === 'ROLE') {
    if (unit.role < 0) unit.role = matchModified(units, u, LEX.roleMods, LEX.roleNouns);
    return unit.role;
  }
  if (lex === 'PLACE') return LEX.placeNouns.match(units, u);
  if (lex === 'FIRM') return LEX.firmKinds.match(units, u);
  if (lex === 'PART') return LEX.ownedParts.match(units, u);
  if (lex === 'DIR') return LEX.directions.has(unit.lower) ? 1 : 0;
  if (lex === 'HON') return unit.mention < 0 && LEX.honorifics.has(unit.lower.replace(/\.$/, '')) ? (units[u + 1]?.lower === '.' ? 2 : 1) : 0;
  return 0;
}

/** A plain content word, a number or a code of letters and digits that may stand inside a noun phrase ("ancient", "33", "3G"). */
function isFiller(unit: Unit | undefined, lower = false): boolean {
  if (!unit || unit.mention >= 0) return false;
  const w = unit.lower;
  if (lower && unit.text !== w) return false;
  if (lower && /\d/.test(w)) return false;
  if (LEX.prepositions.has(w) || LEX.clauseWords.has(w) || LEX.clausePunct.has(w) || w === ',' || w === 'and') return false;
  // Past forms ("kitted", "opened") usually end the noun phrase; adjectives in -ed are rarer here.
  // Letters with digits name a technology ("P2P network", "3G operator").
  return (/^[a-z][a-z-]*$/.test(w) && !w.endsWith('ed') && !LEX.determiners.has(w)) || /^\d+$/.test(w) || /^(?=.*\d)(?=.*[a-z])[a-z\d]+$/.test(w);
}

function captureOf(units: readonly Unit[], u: number, len: number): Capture {
  const first = units[u]!;
  if (len === 1 && first.mention >= 0) return { mention: first.mention, text: first.text };
  const parts: string[] = [];
  for (let k = u; k < u + len; k++) parts.push(units[k]!.text);
  return { mention: -1, text: parts.join(' ') };
}

/** The patterns that may start at a mention of one class, by the word after it (see PatternIndex). */
interface ClassIndex<T> {
  /** When the next unit is a mention, missing, or a word no pattern's second element names. */
  other: T[];
  byNext: Map<string, T[]>;
}

/**
 * Patterns grouped by what their first unit must be, so each unit tries only the patterns that can start there:
 * a literal word, a lexicon phrase, or a mention of a class (PER, ORG, GPE, SUB; see classOf) followed, where the
 * pattern's second element is a required literal, by one of its words. Each list keeps the patterns' order.
 */
export class PatternIndex<T extends { compiled: Pattern }> {
  private readonly forClass = new Map<string, ClassIndex<T>>();
  private readonly forWord = new Map<string, T[]>();
  private readonly byLex = new Map<string, T[]>();
  private readonly always: T[] = [];

  constructor(items: readonly T[]) {
    const byWord = new Map<string, T[]>();
    const byMention: { item: T; classes: ReadonlySet<string>; next?: ReadonlySet<string> }[] = [];
    for (const item of items) {
      const el = item.compiled[0];
      if (!el || el.opt || el.kind === 'skip' || el.kind === 'not' || el.kind === 'start') this.always.push(item);
      else if (el.kind === 'mention') byMention.push({ item, classes: el.classes, next: requiredWords(item.compiled[1]) });
      else if (el.kind === 'lex') push(this.byLex, el.lex, item);
      else for (const w of el.words) push(byWord, w, item);
    }
    for (const cls of ['PER', 'ORG', 'GPE', 'SUB']) {
      const fits = byMention.filter((m) => classFits(m.classes, cls));
      const byNext = new Map<string, T[]>();
      for (const w of new Set(fits.flatMap((m) => [...(m.next ?? [])]))) {
        byNext.set(w, [...fits.filter((m) => !m.next || m.next.has(w)).map((m) => m.item), ...this.always]);
      }
      this.forClass.set(cls, { other: [...fits.filter((m) => !m.next).map((m) => m.item), ...this.always], byNext });
    }
    for (const [w, list] of byWord) this.forWord.set(w, [...list, ...this.always]);
  }

  /** The patterns worth trying at unit u: by first word or mention class, plus those whose lexicon phrase starts there. */
  candidates(units: readonly Unit[], u: number, kinds: readonly MentionKind[]): readonly T[] {
    const unit = units[u]!;
    if (unit.mention >= 0) {
      const index = this.forClass.get(classOf(kinds[unit.mention]!))!;
      const next = units[u + 1];
      return next && next.mention < 0 ? (index.byNext.get(next.lower) ?? index.other) : index.other;
    }
    let out: T[] = this.forWord.get(unit.lower) ?? this.always;
    for (const [lex, items] of this.byLex) if (lexLength(lex, units, u) > 0) out = [...out, ...items];
    return out;
  }
}

/** The words a required literal element must be (a mention's next unit, see cannotStart); undefined for any other element. */
function requiredWords(el: Element | undefined): ReadonlySet<string> | undefined {
  return el?.kind === 'words' && !el.opt ? el.words : undefined;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
