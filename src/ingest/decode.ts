// Bytes → text: BOMs, UTF-16, binary detection, and UTF-8 with a windows-1252 fallback for stray bytes.
import { CP1252_CHARS } from './cp1252.js';

/** Decoded text (with a warning when the bytes were not valid UTF-8), or why the bytes are not text. */
export type Decoded = { text: string; warning?: string } | { binary: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Control bytes that plain text may hold: tab, line feed, form feed, carriage return.
const TEXT_CONTROLS = new Set([9, 10, 12, 13]);
const SAMPLE = 65_536;

/** Decodes file bytes; binary content (NUL bytes, many control bytes) is refused with a reason. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const binary = binaryReason(bytes);
  if (binary) return { binary };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: UTF8.decode(body) };
  } catch {
    const { text, first } = decodeMixed(body);
    return { text, warning: `not valid UTF-8 (first bad byte at offset ${first}); decoded those bytes as windows-1252` };
  }
}

function binaryReason(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `binary file (NUL byte at offset ${nul})`;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (bytes[i]! < 32 && !TEXT_CONTROLS.has(bytes[i]!)) controls++;
  // Three are enough in a short file (a file header); a long text may hold a few stray ones.
  if (controls >= 3 && controls > n * 0.01) return `binary file (${controls} control bytes in the first ${n} bytes)`;
  return undefined;
}

// Valid UTF-8 runs are decoded as UTF-8; each byte that starts no valid sequence is read as windows-1252.
function decodeMixed(bytes: Uint8Array): { text: string; first: number } {
  const parts: string[] = [];
  let first = -1;
  let start = 0;
  let i = 0;
  while (i < bytes.length) {
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (first < 0) first = i;
    parts.push(UTF8.decode(bytes.subarray(start, i)), CP1252_CHARS[bytes[i]!]!);
    i += 1;
    start = i;
  }
  parts.push(UTF8.decode(bytes.subarray(start)));
  return { text: parts.join(''), first };
}

// Length of the valid UTF-8 sequence at `i`, or 0 (ranges from the Unicode standard, table 3-7).
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}
