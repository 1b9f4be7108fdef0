// Markdown → plain text: markup characters removed, headings and paragraphs kept as lines.

// Lines longer than this are kept as they are.
const MAX_MARKUP_LINE = 20_000;

/** Plain text of a Markdown body, and its first level-1 heading (the title) if any. */
export function markdownToText(markdown: string): { text: string; heading?: string } {
  let heading: string | undefined;
  const lines: string[] = [];
  let fenced = false;
  for (const raw of markdown.split('\n')) {
    if (/^\s*(?:```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue; // code is not article prose
    if (raw.length > MAX_MARKUP_LINE) {
      lines.push(raw); // NOTE: markup in a line this long stays; the patterns below would cost too much
      continue;
    }
    if (/^\s*(?:[-*_]\s*){3,}$/.test(raw)) {
      lines.push('');
      continue;
    }
    const h1 = /^#\s+(.+?)\s*#*\s*$/.exec(raw);
    if (h1 && heading === undefined) heading = inline(h1[1]!);
    lines.push(inline(block(raw)));
  }
  return { text: lines.join('\n'), heading };
}

// Heading hashes, quote markers and list bullets at the start of a line.
function block(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1')
    .replace(/^\s*(?:>\s?)+/, '')
    .replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/, '');
}

// Images, links, emphasis, inline code and HTML tags inside a line. Brackets do not nest and emphasis
// spans are bounded, so a line of 160k `[` or `*` stays linear.
function inline(text: string): string {
  return text
    .replace(/!\[[^\][]*\]\([^()]*\)/g, '')
    .replace(/\[([^\][]+)\]\([^()]*\)/g, '$1')
    .replace(/\[([^\][]+)\]\[[^\][]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)(.{1,300}?)(?<=\S)\2(?![\p{L}\p{N}])/gu, '$1$3')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}
