// Lines → paragraphs: detects hard-wrapped text (lines of ~60–100 chars ending mid-sentence) and unwraps it.

/** Ends with sentence-final punctuation, allowing closing quotes/brackets after it. */
export const ENDS_SENTENCE = /[.!?…:;]["'”’»)\]]*$/;
const STARTS_PARAGRAPH = /^[\p{Lu}\p{N}"'“‘«([–—-]/u;

/** Width statistics used to decide whether a document is hard-wrapped. */
export interface WrapInfo {
  wrapped: boolean;
  /** The wrap width: the 95th percentile of line lengths. */
  width: number;
}

/**
 * Decides, for the whole document, whether its line breaks are hard wraps: the wrap width is
 * 40–120 characters, and most lines that are not the last of their block are near that width
 * and end mid-sentence. One-line-per-paragraph text (long lines) is not wrapped.
 */
export function detectWrap(blocks: string[][]): WrapInfo {
  const lengths = blocks.flat().map((line) => line.length).sort((a, b) => a - b);
  const width = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))] ?? 0;
  const inner = blocks.flatMap((block) => block.slice(0, -1));
  if (inner.length < 3 || width < 40 || width > 120) return { wrapped: false, width };
  const full = inner.filter((line) => line.length >= 0.7 * width).length;
  const open = inner.filter((line) => !ENDS_SENTENCE.test(line)).length;
  return { wrapped: full >= 0.6 * inner.length && open >= 0.5 * inner.length, width };
}

/** The paragraphs of one block of consecutive non-blank lines. */
export function blockParagraphs(lines: string[], wrap: WrapInfo): string[] {
  if (!wrap.wrapped || lines.length < 2) return lines;
  const paragraphs: string[] = [];
  let current = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const next = lines[i]!;
    if (endsParagraph(prev, next, wrap.width)) {
      paragraphs.push(current);
      current = next;
    } else {
      // "de-" + "escalation": a word hyphenated at the wrap joins without a space.
      current += /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(next) ? next : ` ${next}`;
    }
  }
  paragraphs.push(current);
  return paragraphs;
}

// A line ends its paragraph when it finishes a sentence well short of the wrap width,
// or is a short line (heading, dateline) followed by a line that starts like a paragraph.
function endsParagraph(prev: string, next: string, width: number): boolean {
  if (!STARTS_PARAGRAPH.test(next)) return false;
  if (ENDS_SENTENCE.test(prev) && prev.length < 0.85 * width) return true;
  return prev.length < 0.5 * width;
}
