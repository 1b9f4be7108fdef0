// Character-level text normalization: line ends, Unicode spaces, zero-width and XML-invalid characters.

// Every character that may need changing, in one class so clean text is scanned once, fast.
// CR, NEL, U+2028/2029 → '\n'; tab, VT, FF, NBSP and the other Unicode spaces → ' '; zero-width
// characters, soft hyphen, BOM, C0/C1 controls, noncharacters → ''; surrogates: kept when paired.
const CANDIDATES =
  /[\r\u0085\u2028\u2029\t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u00AD\u180E\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/g;
const SPACE = /[\t\u000B\u000C\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;

function replacement(char: string, offset: number, text: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0d) return text.charCodeAt(offset + 1) === 0x0a ? '' : '\n';
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return '\n';
  if (code >= 0xd800 && code <= 0xdbff) return isLow(text.charCodeAt(offset + 1)) ? char : '';
  if (code >= 0xdc00 && code <= 0xdfff) return isHigh(text.charCodeAt(offset - 1)) ? char : '';
  return SPACE.test(char) ? ' ' : '';
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Normalizes characters without touching words: CRLF/CR → `\n`, Unicode spaces → ' ',
 * zero-width and XML-invalid characters and lone surrogates removed. Curly quotes and dashes stay.
 */
export function normalizeChars(text: string): string {
  return text.replace(CANDIDATES, replacement);
}

/** Splits normalized text into trimmed lines with runs of spaces collapsed; '' marks a blank line. */
export function toLines(text: string): string[] {
  return normalizeChars(text)
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((line) => line.trim());
}
