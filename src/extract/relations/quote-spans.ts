// Quoted passages of an article: pairs of quotation marks, possibly across sentences and paragraphs.

/** A quoted passage: [start, end) of the words inside the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/**
 * Finds quoted passages. Straight quotes alternate open/close; an unclosed quote ends at the next
 * paragraph that does not itself open with a quote (news style for multi-paragraph quotes).
 * Passages of fewer than four words are scare quotes and are left out.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 34 && code < 0xab) continue;
    const c = text[i]!;
    if (c === '\n' && open >= 0 && text[i + 1] === '\n') {
      push(spans, text, open, i);
      const next = quoteAfterSpace(text, i + 2);
      open = next < 0 ? -1 : next + 1;
      i = next < 0 ? i : next;
      continue;
    }
    if (c !== '"' && !OPEN.has(c) && !CLOSE.has(c)) continue;
    const isOpen = OPEN.has(c) || (c === '"' && open < 0);
    if (isOpen && open < 0) open = i + 1;
    else if (!isOpen || c === '"') {
      if (open >= 0) push(spans, text, open, i);
      open = -1;
    }
  }
  if (open >= 0) push(spans, text, open, text.length);
  return spans;
}

/** Index of a quotation mark opening the paragraph at `i`, or -1. */
function quoteAfterSpace(text: string, i: number): number {
  let k = i;
  while (k < text.length && (text[k] === ' ' || text[k] === '\n')) k++;
  return text[k] === '"' || OPEN.has(text[k] ?? '') ? k : -1;
}

function push(spans: QuoteSpan[], text: string, start: number, end: number): void {
  const inner = text.slice(start, end).trim();
  if (inner.split(/\s+/).length < 4) return;
  spans.push({ start, end });
}

/** The spans overlapping [start, end); spans are sorted and disjoint, so this is a binary search. */
export function spansIn(spans: readonly QuoteSpan[], start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let k = firstEndingAfter(spans, start); k < spans.length && spans[k]!.start < end; k++) out.push(spans[k]!);
  return out;
}

/** True when offset `pos` lies inside a quoted passage. */
export function insideQuote(spans: readonly QuoteSpan[], pos: number): boolean {
  const s = spans[firstEndingAfter(spans, pos)];
  return s !== undefined && s.start <= pos;
}

/** Index of the first span whose end lies after `pos`. */
function firstEndingAfter(spans: readonly QuoteSpan[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Longest quote kept, in characters: an unclosed quotation mark must not make every quote the rest of the article. */
export const MAX_QUOTE = 1_000;

/** A quote cut at a word before MAX_QUOTE characters, with an ellipsis when cut; every quote passes here once. */
export function shortQuote(q: string): string {
  if (q.length <= MAX_QUOTE) return q;
  const cut = q.lastIndexOf(' ', MAX_QUOTE - 1);
  return `${q.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE - 1)}…`;
}
