// Title Case headlines and ALL-CAPS ledes: the tagger over-fires there, so their mentions must be confirmed by the article body.
import type { Mention, Token } from '../../types.js';
import { isOrgWord } from './lexicon.js';
import { WC_DICT, wordClasses } from './word-classes.js';

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
 * Whether a sentence is a heading in capitals: two words or more, no lower-case letter and no
 * digit ("FLOODS HIT STRELSAU", "EASTERN DIVISION"; not a results row "VELTO CITY 3 ZENDA 1").
 */
export function isCapsHeading(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => LETTER_RE.test(t.text));
  return words.length >= 2 && tokens.every((t) => !/[\p{Ll}\d]/u.test(t.text));
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

/**
 * Keeps an unsure mention (in a headline, or a lede in capitals) when it is a known place or
 * demonym, or when a body mention contains it or is contained in it as whole words ("Lena
 * Brandt" / "Brandt"); one that only adds ordinary words to a body mention ("Ruritania Hits") is
 * cut down to it. Texts made only of headlines keep everything.
 * @param unsure which mentions need confirming
 */
export function confirmHeadlineMentions(mentions: Mention[], unsure: (m: Mention) => boolean, sentences: number, headlines = 0): Mention[] {
  if (headlines === sentences) return mentions;
  const bodyMentions = mentions.filter((m) => !unsure(m));
  if (bodyMentions.length === mentions.length) return mentions;
  const body = bodyMentions.map((m) => ` ${m.text.toLowerCase()} `);
  const out: Mention[] = [];
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
    const text = ` ${m.text.toLowerCase()} `;
    if (m.geo || m.canonical || body.some((b) => b.includes(text) || text.includes(b))) out.push(m);
  }
  return out;
}
