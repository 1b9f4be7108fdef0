// PTB/CoNLL-like tokenizer: words, numbers, abbreviations and punctuation with character offsets.
import type { Token } from '../../types.js';
import { AMBIGUOUS_ABBREVIATIONS, NON_TERMINAL_ABBREVIATIONS } from './abbreviations.js';

/** Words whose following period belongs to the word ("Gen.", "Inc."). */
const PERIOD_WORDS = new Set([...NON_TERMINAL_ABBREVIATIONS, ...AMBIGUOUS_ABBREVIATIONS]);

// One alternative per token class (capture groups 1-7: url, email, abbreviation, number, word,
// dots/dashes, other); the first that matches at the cursor wins.
const TOKEN_RE = new RegExp(
  [
    String.raw`(https?:\/\/[^\s<>"“”]+|www\.[^\s<>"“”]+)`,
    String.raw`([\w.+-]+@[\w-]+(?:\.[\w-]+)+)`,
    String.raw`((?:\p{L}\.){2,}(?:-[\p{L}\p{N}]+)*)`,
    String.raw`(\p{N}+(?:[.,:/]\p{N}+)*\p{L}*(?:-[\p{L}\p{N}]+)*)`,
    String.raw`([\p{L}\p{M}\p{N}]+(?:(?:[-&]|['’](?=\p{L}))[\p{L}\p{M}\p{N}]+)*)`,
    String.raw`(\.{2,}|…|-{2,}|—|–)`,
    String.raw`(\S)`,
  ].join('|'),
  'uy',
);

const CLITIC_RE = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const TRAILING_PUNCT_RE = /[.,;:!?'’)\]]+$/;

/**
 * Cuts `text` into tokens. Offsets are relative to `text` plus `offset`
 * (pass a sentence's start to get offsets into the article).
 * @example tokenize("Smith's U.S. firm didn't say.") // Smith | 's | U.S. | firm | did | n't | say | .
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = TOKEN_RE;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff) {
      i++;
      continue;
    }
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) {
      i++;
      continue;
    }
    let end = i + m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) {
      const trail = TRAILING_PUNCT_RE.exec(m[0]);
      if (trail) end -= trail[0].length;
      push(tokens, text, i, end, offset);
    } else if (m[5] !== undefined) {
      end = wordEnd(text, m[5], end);
      pushWord(tokens, text, i, end, offset);
    } else {
      push(tokens, text, i, end, offset);
    }
    i = end;
  }
  return tokens;
}

/** Extends a word over its period when it is a known abbreviation or an initial ("J."). */
function wordEnd(text: string, word: string, end: number): number {
  if (text.charCodeAt(end) !== 46 /* . */ || text.charCodeAt(end + 1) === 46) return end;
  if (PERIOD_WORDS.has(word)) return end + 1;
  if (word.length === 1 && word >= 'A' && word <= 'Z') return end + 1;
  return end;
}

/** Pushes a word, splitting a trailing clitic ("'s", "n't", "'re") into its own token. */
function pushWord(tokens: Token[], text: string, start: number, end: number, offset: number): void {
  const word = text.slice(start, end);
  const m = end - start > 2 ? CLITIC_RE.exec(word) : null;
  if (m && m.index > 0) {
    push(tokens, text, start, start + m.index, offset);
    push(tokens, text, start + m.index, end, offset);
    return;
  }
  push(tokens, text, start, end, offset);
}

function push(tokens: Token[], text: string, start: number, end: number, offset: number): void {
  tokens.push({ start: start + offset, end: end + offset, text: text.slice(start, end) });
}
