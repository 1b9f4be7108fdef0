// Title Case headlines: the tagger over-fires there, so their mentions must be confirmed by the article body.
import type { Mention, Token } from '../../types.js';

const WORD_RE = /^\p{L}{4,}/u;

/** Whether a sentence reads as a Title Case headline (most longer words capitalized, not all caps). */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  let allCaps = true;
  for (const t of tokens) {
    if (!WORD_RE.test(t.text)) continue;
    words++;
    if (t.text[0] !== t.text[0]!.toLowerCase()) caps++;
    if (t.text !== t.text.toUpperCase()) allCaps = false;
  }
  return words >= 3 && !allCaps && caps >= words * 0.75;
}

/**
 * Keeps a headline mention when it is a known place or demonym, or when a mention outside the
 * headlines contains it or is contained in it as whole words ("Lena Brandt" / "Brandt").
 * Texts made only of headlines keep everything.
 */
export function confirmHeadlineMentions(mentions: Mention[], headlines: ReadonlySet<number>, sentences: number): Mention[] {
  if (headlines.size === 0 || headlines.size === sentences) return mentions;
  const body = mentions.filter((m) => !headlines.has(m.sentence)).map((m) => ` ${m.text.toLowerCase()} `);
  return mentions.filter((m) => {
    if (!headlines.has(m.sentence) || m.geo || m.canonical) return true;
    const text = ` ${m.text.toLowerCase()} `;
    return body.some((b) => b.includes(text) || text.includes(b));
  });
}
