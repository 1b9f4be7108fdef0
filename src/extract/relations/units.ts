// Sentence views: each sentence as a sequence of units, a unit being a plain token or one whole mention.
import type { Mention, Sentence, Token } from '../../types.js';
import { APPOSITION_ADVERBS } from '../lexicons/titles.js';
import { tokenize } from '../text/index.js';

/** A token, or one mention covering several tokens. */
export interface Unit {
  start: number;
  end: number;
  /** Surface text. */
  text: string;
  /** Lowercase text with curly quotes and apostrophes made straight. */
  lower: string;
  /** Index into the mention list, or -1 for a plain token. */
  mention: number;
  /** Cached length of the title phrase starting here (-1: not computed yet). */
  title: number;
  /** Cached length of the role phrase starting here (-1: not computed yet). */
  role: number;
}

/** One sentence seen as units. */
export interface SentenceView {
  index: number;
  sentence: Sentence;
  units: Unit[];
}

const QUOTE_CHARS = /[“”„‟«»]/g;
const APOSTROPHES = /[‘’`]/g;

/** Lowercase, with typographic quotes and apostrophes normalised. */
export function normalizeWord(text: string): string {
  const lower = text.toLowerCase();
  if (!hasSpecial(lower)) return lower;
  return lower.replace(QUOTE_CHARS, '"').replace(APOSTROPHES, "'").replace(/\s+/g, ' ');
}

/** True when the text holds a typographic quote, apostrophe or whitespace (what normalizeWord rewrites). */
function hasSpecial(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 96 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f)) return true;
  }
  return false;
}

/** The tokens of every sentence, offsets into the article. */
export function tokenizeSentences(sentences: readonly Sentence[]): Token[][] {
  return sentences.map((s) => tokenize(s.text, s.start));
}

/**
 * Cuts every sentence into units; `mentions` must be sorted by start. Token parts outside a
 * mention ("-backed" in "Freedonia-backed" when the mention is "Freedonia") become their own unit.
 */
export function buildViews(sentences: readonly Sentence[], tokens: readonly Token[][], mentions: readonly Mention[]): SentenceView[] {
  const views: SentenceView[] = [];
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (m < mentions.length && mentions[m]!.end <= sentence.start) m++;
    views.push({ index: s, sentence, units: dropApposedAdverbs(dropScareQuotes(unitsOf(tokens[s]!, mentions, m, sentence))) });
  }
  return views;
}

function unitsOf(tokens: Token[], mentions: readonly Mention[], first: number, sentence: Sentence): Unit[] {
  const units: Unit[] = [];
  let m = first;
  for (const tok of tokens) {
    let pos = tok.start;
    while (pos < tok.end) {
      while (m < mentions.length && mentions[m]!.end <= pos) m++;
      const mention = mentions[m];
      if (mention && mention.start < tok.end && mention.start < sentence.end) {
        if (pos < mention.start) {
          pushWord(units, sentence, pos, mention.start);
          pos = mention.start;
          continue;
        }
        if (units.at(-1)?.mention !== m) {
          units.push({ start: mention.start, end: mention.end, text: mention.text, lower: normalizeWord(mention.text), mention: m, title: 0, role: 0 });
        }
        pos = Math.min(tok.end, mention.end);
        if (mention.end <= tok.end) m++;
        continue;
      }
      pushWord(units, sentence, pos, tok.end);
      pos = tok.end;
    }
  }
  return units;
}

/** Longest scare quote, in units between the marks ('the "total liberation" of Y'). */
const SCARE_QUOTE = 4;

/** Removes the marks around short quoted phrases so they do not cut clauses in two. */
function dropScareQuotes(units: Unit[]): Unit[] {
  let open = -1;
  const drop = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.lower !== '"') continue;
    if (open < 0) {
      open = i;
      continue;
    }
    const inner = units.slice(open + 1, i);
    if (inner.length <= SCARE_QUOTE && !inner.some((u) => u.lower === ',' || u.lower === '.')) drop.add(open).add(i);
    open = -1;
  }
  return drop.size === 0 ? units : units.filter((_, i) => !drop.has(i));
}

const APPOSED_ADVERBS = new Set(APPOSITION_ADVERBS);

/** Removes an adverb that opens an apposition after a name ("X, now a Velto Party MEP,"), so the apposition reads as one. */
function dropApposedAdverbs(units: Unit[]): Unit[] {
  const drop = (u: Unit, i: number) => APPOSED_ADVERBS.has(u.lower) && units[i - 1]?.lower === ',' && (units[i - 2]?.mention ?? -1) >= 0;
  return units.some(drop) ? units.filter((u, i) => !drop(u, i)) : units;
}

function pushWord(units: Unit[], sentence: Sentence, start: number, end: number): void {
  const text = sentence.text.slice(start - sentence.start, end - sentence.start);
  if (text.trim() === '') return;
  units.push({ start, end, text, lower: normalizeWord(text), mention: -1, title: -1, role: -1 });
}
