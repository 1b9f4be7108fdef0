// Table cells: in a row of a table or a list, a name cell holds one name, however the tagger cut it.
import { NON_TERMINAL_ABBREVIATIONS } from '../text/abbreviations.js';
import type { Token } from '../../types.js';
import { isTableRow, nameCells } from './headlines.js';
import type { Span } from './joins.js';
import { isMonth, isNameParticle } from './lexicon.js';
import { WEEKDAY_NAMES } from '../lexicons/dates.js';

/** A word of a name: a capital and lower-case letters ("Velto", "McVey"), or a lone capital ("Velto I"). */
const NAME_WORD_RE = /^(?:\p{Lu}[\p{L}'’.-]*\p{Ll}[\p{L}'’.-]*|\p{Lu})$/u;
/** A lower-case word of prose: a row with one is a sentence that only looks like a row. */
const PROSE_WORD_RE = /^\p{Ll}{3,}$/u;
const ABBREVIATIONS = new Set(NON_TERMINAL_ABBREVIATIONS);
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** A one-name row of figures ("Velto City 16 4 5 7"). */
const MIN_FIGURES = 3;

/**
 * Whether the row's untagged token at `i` may join the name next to it: a name word, not a date word or an
 * abbreviation ("Aug", "May", "No"), not a label glued to a number ("Fax+44").
 */
function growable(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  const next = ts[i + 1];
  if (!NAME_WORD_RE.test(t.text) && !isNameParticle(t.text)) return false;
  if (isMonth(t.text) || WEEKDAYS.has(t.text.toLowerCase()) || ABBREVIATIONS.has(t.text)) return false;
  return !(next && next.start === t.end && !/^\p{L}/u.test(next.text));
}

/** The type of a cell's name from its pieces: an organization piece makes it one, else the first piece that is not MISC. */
function cellType(types: readonly string[]): string {
  if (types.includes('ORG')) return 'ORG';
  return types.find((t) => t !== 'MISC') ?? types[0]!;
}

/** The spans of one name cell [from, to) grown over its free name words and merged when only those lie between them. */
function growCell(ts: readonly Token[], inside: readonly Span[], from: number, to: number): Span[] {
  const out: Span[] = [];
  for (const s of inside) {
    const prev = out[out.length - 1];
    let start = s[1];
    while (start > (prev ? prev[2] : from) && growable(ts, start - 1)) start--;
    if (prev && prev[2] === start) out[out.length - 1] = [cellType([prev[0], s[0]]), prev[1], s[2]];
    else out.push([s[0], start, s[2]]);
  }
  const last = out[out.length - 1]!;
  const end = last[2];
  while (last[2] < to && growable(ts, last[2])) last[2]++;
  // A name never ends with its particles ("Oskar van der" of a line broken before the surname).
  while (last[2] > end && isNameParticle(ts[last[2] - 1]!.text)) last[2]--;
  return out;
}

/**
 * Spans of a table or list row grown over the untagged name words of the cell they lie in, and the pieces of
 * one cell merged ("Velto Zenda Kor ( Velmora ) 9 5" with "Zenda" and "Kor" tagged → "Velto Zenda Kor"; "Lena
 * Brandt 20 , Oskar Velkov 17" with "Lena" tagged → "Lena Brandt"): the row's numbers and punctuation delimit its
 * names. Only rows with names in two cells or more, or one name and its figures ("Velto City 16 4 5"), and no
 * word of prose; a cell in capitals says nothing about where a name ends and stays as it is.
 */
export function growToCells(ts: readonly Token[], found: readonly Span[]): Span[] {
  if (found.length === 0 || !isTableRow(ts) || ts.some((t) => PROSE_WORD_RE.test(t.text) && !isNameParticle(t.text))) return [...found];
  const cells = nameCells(ts);
  const named = cells.filter(([from, to]) => found.some((s) => s[1] >= from && s[2] <= to));
  if (named.length < 2 && !(cells.length === 1 && ts.filter((t) => /^\d/.test(t.text)).length >= MIN_FIGURES)) return [...found];
  const out: Span[] = [];
  let k = 0;
  for (const [from, to] of cells) {
    while (k < found.length && found[k]![2] <= from) out.push([...found[k++]!]);
    const inside: Span[] = [];
    while (k < found.length && found[k]![1] >= from && found[k]![2] <= to) inside.push(found[k++]!);
    // A cell in capitals says nothing about where a name ends ("210-4 V ZENDA").
    const informative = ts.slice(from, to).some((t) => /\p{Ll}/u.test(t.text));
    if (inside.length > 0) out.push(...(informative ? growCell(ts, inside, from, to) : inside.map((s) => [...s] as Span)));
  }
  while (k < found.length) out.push([...found[k++]!]);
  return out;
}
