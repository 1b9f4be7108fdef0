// Span cuts around what a name never holds: lower-case words at its edges, a weekday or "of <place>" after it, a code it is glued to; spans that name no entity (units, schemes).
import { WEEKDAY_NAMES } from '../lexicons/dates.js';
import { THING_HEADS } from '../lexicons/names.js';
import { lookupPlace } from '../gazetteer/index.js';
import type { Token } from '../../types.js';
import type { Span } from './joins.js';
import { isNameParticle } from './lexicon.js';

const WEEKDAYS = new Set(WEEKDAY_NAMES);
const LOWER_WORD_RE = /^\p{Ll}+$/u;

/**
 * A span without the lower-case words it starts or ends with, and without a weekday ending a place or
 * person: a name never starts or ends with one ("s Velde" of "Zenda 's Velde" → "Velde", "Zenda route"
 * → "Zenda", "Velmora Thursday" → "Velmora"); name particles may open it ("van Velde").
 */
export function cutEdges(ts: readonly Token[], span: Span): Span {
  const [type] = span;
  let [, from, to] = span;
  while (from + 1 < to && LOWER_WORD_RE.test(ts[from]!.text) && !isNameParticle(ts[from]!.text)) from++;
  const day = (i: number) => (type === 'LOC' || type === 'PER') && WEEKDAYS.has(ts[i]!.text.toLowerCase());
  while (to - 1 > from && (LOWER_WORD_RE.test(ts[to - 1]!.text) || day(to - 1))) to--;
  return [type, from, to];
}

/** "Ivo Velde of Zenda": a person span run on over "of" and a known place is cut before "of". */
export function cutPersonOrigin(ts: readonly Token[], span: Span): Span {
  const [type, from, to] = span;
  if (type !== 'PER') return span;
  for (let i = from + 1; i < to - 1; i++) {
    if (ts[i]!.text === 'of' && lookupPlace(ts.slice(i + 1, to).map((t) => t.text).join(' '))) return [type, from, i];
  }
  return span;
}

const CODE_GLUE_RE = /^(?:[#@]|\p{N}+)$/u;
const CODE_PART_RE = /^[\p{L}\p{N}]/u;

/** Whether token b follows token a with no space between. */
function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * A span glued to the code it is a piece of ("0#VLTO.ZN" → "VLTO", "ZN"; "@Velto"): a ticker,
 * reference or handle, not a name.
 */
export function isCodePiece(ts: readonly Token[], span: Span): boolean {
  const [, from, to] = span;
  const before = ts[from - 1];
  const after = ts[to];
  const codeBefore = glued(before, ts[from]) && (CODE_GLUE_RE.test(before!.text) || (before!.text === '.' && glued(ts[from - 2], before)));
  const codeAfter = glued(ts[to - 1], after) && (CODE_GLUE_RE.test(after!.text) || (after!.text === '.' && glued(after, ts[to + 1]) && CODE_PART_RE.test(ts[to + 1]!.text)));
  return codeBefore || codeAfter;
}

const AMOUNT_RE = /^\p{N}[\p{N}.,]*$/u;

/**
 * A one-word span after an amount and "per" is the unit priced or counted ("$ 4.25 per ZDR", "1,250 per
 * VTU"), not a name.
 */
export function isPricedUnit(ts: readonly Token[], span: Span): boolean {
  const [, from, to] = span;
  return to - from === 1 && ts[from - 1]?.text === 'per' && AMOUNT_RE.test(ts[from - 2]?.text ?? '');
}

const THINGS = new Set(THING_HEADS);
const TITLE_WORD_RE = /^\p{Lu}\p{Ll}+$/u;

/** A span of two words or more ending with the head of a scheme's, law's or measure's name ("Velto Growth Initiative"): a thing, not a name the graph keeps. */
export function isThingName(ts: readonly Token[], span: Span): boolean {
  const [, from, to] = span;
  const last = ts[to - 1]!.text;
  return to - from > 1 && TITLE_WORD_RE.test(last) && THINGS.has(last.toLowerCase());
}
