// Title Case headlines and ALL-CAPS ledes: the tagger over-fires there, so their mentions must be confirmed by the article body;
// table rows, bylines and contact lines are not headlines.
import type { Mention, Sentence, Token } from '../../types.js';
import { isNameParticle, isOrgWord } from './lexicon.js';
import { WC_COMMON_FIRST, WC_COMMON_LAST, WC_DICT, wordClasses } from './word-classes.js';

const WORD_RE = /^\p{L}{4,}/u;
const LETTER_RE = /\p{L}/u;
/** Sentence-final punctuation of a body sentence (a headline rarely ends with a period). */
const BODY_END_RE = /^[.;]$/;
/** A short line with no final punctuation and only capitalized words is a subheading ("Trade Talks"). */
const MAX_SUBHEADING_TOKENS = 5;

function capitalized(text: string): boolean {
  return text[0] !== text[0]!.toLowerCase();
}

/**
 * Whether a sentence reads as a Title Case headline: most longer words capitalized, not all caps,
 * not ended by a period (a body sentence with many names is not a headline); or a short subheading
 * line whose words are all capitalized.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || BODY_END_RE.test(tokens[tokens.length - 1]!.text)) return false;
  let words = 0;
  let caps = 0;
  let allCaps = true;
  for (const t of tokens) {
    if (!WORD_RE.test(t.text)) continue;
    words++;
    if (capitalized(t.text)) caps++;
    if (t.text !== t.text.toUpperCase()) allCaps = false;
  }
  if (words >= 3) return !allCaps && caps >= words * 0.75;
  const named = tokens.filter((t) => LETTER_RE.test(t.text));
  return words >= 1 && tokens.length <= MAX_SUBHEADING_TOKENS && named.every((t) => capitalized(t.text)) && !allCaps;
}

/**
 * Whether a sentence is a heading in capitals: two words or more, no lower-case letter, and no digit
 * unless it ends with a period ("FLOODS HIT STRELSAU", "EASTERN DIVISION", "VELTO SEES NO 97 RISE ."; not a
 * results row "VELTO CITY 3 ZENDA 1").
 */
export function isCapsHeading(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => LETTER_RE.test(t.text));
  if (words.length < 2 || tokens.some((t) => /\p{Ll}/u.test(t.text))) return false;
  return tokens[tokens.length - 1]!.text === '.' || tokens.every((t) => !/\d/u.test(t.text));
}

const DIGIT_RE = /\d/u;
/** Longest table cell that still reads as one name ("Jan van der Velde"). */
const MAX_CELL_WORDS = 4;
/** Numbers that make one name and its figures a row of a table ("Velto City 16 4 5"), not a phrase ("Velto 2000"). */
const MIN_ROW_NUMBERS = 3;
/** A lone lower-case letter between names in a row ("c", "b" in scorecards, "v" in fixtures), not the article "a". */
const ROW_ABBREVIATION_RE = /^(?:[b-z]|vs)\.?$/;

function isCellBreak(text: string): boolean {
  return DIGIT_RE.test(text) || !LETTER_RE.test(text) || ROW_ABBREVIATION_RE.test(text);
}

/** Up to four capitalized words or name particles, one at least longer than an initial. */
function isNameCell(words: readonly string[]): boolean {
  if (words.length > MAX_CELL_WORDS || !words.some((w) => w.replace(/\P{L}/gu, '').length > 1)) return false;
  return words.every((w) => capitalized(w) || isNameParticle(w));
}

/**
 * The [from, to) token ranges of a row's cells that read as one name each (see isTableRow): runs of
 * up to four capitalized words or name particles between numbers and punctuation.
 */
export function nameCells(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isCellBreak(tokens[i]!.text)) continue;
    if (i > from && isNameCell(tokens.slice(from, i).map((t) => t.text))) out.push([from, i]);
    from = i + 1;
  }
  return out;
}

/**
 * Whether a line is a row of a table or a list: cells between numbers and punctuation, most of them
 * (two at least) a name of up to four capitalized words, and a number, or a name in brackets after a
 * name, to show it ("1. Lena Brandt ( Velto ) 24.88", "Zenda 4 Velto City 1", "Defenders - Ivo Bran ( Zenda ) ,
 * Ana de Souza ( Velto )", "STRELSAU , Velto 1996-12-06"); or one name and nothing but numbers after it, three at
 * least ("Velto City 16 4 5 7"). Its capitals are its names', not a headline's.
 */
export function isTableRow(tokens: readonly Token[]): boolean {
  let cells = 0;
  let names = 0;
  let shown = false;
  let bracketed = false;
  let numbers = 0;
  let cell: string[] = [];
  for (const { text } of [...tokens, { text: '' }]) {
    if (text !== '' && !isCellBreak(text)) {
      cell.push(text);
      continue;
    }
    if (cell.length > 0) {
      const name = isNameCell(cell);
      cells++;
      if (name) names++;
      if (name && bracketed) shown = true;
      bracketed = name && (text === '(' || text === '[');
    }
    if (DIGIT_RE.test(text)) {
      shown = true;
      numbers++;
    }
    cell = [];
  }
  return shown && ((names >= 2 && names * 2 > cells) || (names === 1 && cells === 1 && numbers >= MIN_ROW_NUMBERS));
}

const DASHES = new Set(['-', '--', '—', '–']);

/** A contact line closing a wire story: a dash, a name or desk, a phone number ("-- Lena Brandt , Velto newsroom +1 212 555 0100"). */
export function isContactLine(tokens: readonly Token[]): boolean {
  return tokens.length > 2 && DASHES.has(tokens[0]!.text) && tokens.some((t) => DIGIT_RE.test(t.text));
}

/**
 * Whether a sentence reads as a headline whose mentions need confirming: Title Case (not a table or
 * list row, nor a contact line) or a heading in capitals.
 */
export function isHeadline(tokens: readonly Token[]): boolean {
  return (isTitleCase(tokens) && !isTableRow(tokens) && !isContactLine(tokens)) || isCapsHeading(tokens);
}

/** A word a byline's name may hold: not an ordinary English word, unless a common first name or surname. */
function isNameWord(word: string): boolean {
  const classes = wordClasses(word.toLowerCase());
  return (classes & WC_DICT) === 0 || (classes & (WC_COMMON_FIRST | WC_COMMON_LAST)) !== 0;
}

/** A person mention that is its whole line but for a leading "By": a byline ("By Lena Brandt"), not a headline's word. */
export function isByline(m: Mention, line: string): boolean {
  if (m.type !== 'Person' || line.trim().replace(/^by\s+/i, '') !== m.text) return false;
  const words = m.text.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((w) => capitalized(w) && isNameWord(w));
}

/** A mention of two words or more in capitals inside a sentence that has lower-case words: an ALL-CAPS lede ("ZENDA ANNOUNCED today"). */
export function isShoutedLede(m: Mention, sentence: string): boolean {
  return m.text.includes(' ') && !/\p{Ll}/u.test(m.text) && /\p{Ll}/u.test(sentence);
}

/** Every word an ordinary English word, none an organization word: what a headline adds to a name ("Hits", "ANNOUNCED"). */
function ordinaryWords(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => LETTER_RE.test(w));
  return words.length > 0 && words.every((w) => (wordClasses(w.toLowerCase()) & WC_DICT) !== 0 && !isOrgWord(w));
}

/**
 * An unsure mention cut down to the body mention it contains, when what it adds is only ordinary
 * words ("Ruritania Hits" → "Ruritania"); undefined when nothing in the body matches that way.
 */
function trimToBody(m: Mention, body: readonly Mention[]): Mention | undefined {
  const lower = m.text.toLowerCase();
  let best: Mention | undefined;
  let at = -1;
  for (const b of body) {
    const i = ` ${lower} `.indexOf(` ${b.text.toLowerCase()} `);
    if (i < 0 || b.text.length >= m.text.length || (best && best.text.length >= b.text.length)) continue;
    const rest = `${m.text.slice(0, i)} ${m.text.slice(i + b.text.length)}`;
    if (!ordinaryWords(rest)) continue;
    best = b;
    at = i;
  }
  if (!best) return undefined;
  const { start: _s, end: _e, text: _t, sentence: _n, ...info } = best;
  return { ...info, start: m.start + at, end: m.start + at + best.text.length, text: m.text.slice(at, at + best.text.length), sentence: m.sentence };
}

/** Whether [from, to) of a lower-cased line is a run of whole words. */
function wholeWords(line: string, from: number, to: number): boolean {
  return !/[\p{L}\p{N}]/u.test(line[from - 1] ?? '') && !/[\p{L}\p{N}]/u.test(line[to] ?? '');
}

/**
 * The body mention an unsure mention is a piece of, where the unsure mention's line spells the whole
 * name ("WEST" in "WEST INDIES TOUR" when the body has "West Indies"): a mention over those words of
 * the line, with the body mention's type and place; undefined when the line holds no such name.
 */
function extendToBody(m: Mention, body: readonly Mention[], line: Sentence): Mention | undefined {
  const lower = line.text.toLowerCase();
  let best: Mention | undefined;
  for (const b of body) {
    const name = b.text.toLowerCase();
    if (name.length <= m.text.length || (best && best.text.length >= name.length)) continue;
    for (let i = lower.indexOf(name); i >= 0; i = lower.indexOf(name, i + 1)) {
      const start = line.start + i;
      const end = start + name.length;
      if (start > m.start || end < m.end || !wholeWords(lower, i, i + name.length)) continue;
      const { start: _s, end: _e, text: _t, sentence: _n, ...info } = b;
      best = { ...info, start, end, text: line.text.slice(i, i + name.length), sentence: m.sentence };
      break;
    }
  }
  return best;
}

/**
 * Keeps an unsure mention (in a headline, or a lede in capitals) when it is a known place or
 * demonym, or when a body mention contains it or is contained in it as whole words ("Lena
 * Brandt" / "Brandt"); one that only adds ordinary words to a body mention ("Ruritania Hits") is
 * cut down to it, and one that is a piece of a body name its line spells out ("WEST" of "WEST
 * INDIES") grows to it. Texts made only of headlines keep everything.
 * @param unsure which mentions need confirming
 * @param sentences the article's sentences, which mentions index
 */
export function confirmHeadlineMentions(mentions: Mention[], unsure: (m: Mention) => boolean, sentences: readonly Sentence[], headlines = 0): Mention[] {
  if (headlines === sentences.length) return mentions;
  const bodyMentions = mentions.filter((m) => !unsure(m));
  if (bodyMentions.length === mentions.length) return mentions;
  const body = bodyMentions.map((m) => ` ${m.text.toLowerCase()} `);
  const out: Mention[] = [];
  const grown = new Map<string, Mention>();
  for (const m of mentions) {
    if (!unsure(m)) {
      out.push(m);
      continue;
    }
    const trimmed = trimToBody(m, bodyMentions);
    if (trimmed) {
      out.push(trimmed);
      continue;
    }
    const whole = extendToBody(m, bodyMentions, sentences[m.sentence]!);
    if (whole) {
      grown.set(`${whole.start}:${whole.end}`, whole);
      continue;
    }
    const text = ` ${m.text.toLowerCase()} `;
    if (m.geo || m.canonical || body.some((b) => b.includes(text) || text.includes(b))) out.push(m);
  }
  const names = [...grown.values()];
  return [...out.filter((m) => !names.some((g) => g.start < m.end && m.start < g.end)), ...names];
}
