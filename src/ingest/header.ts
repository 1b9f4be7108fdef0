// Metadata at the top of a text file: YAML front matter (`---` … `---`) and `key: value` header lines.
import { parse as parseYaml } from 'yaml';
import { type DocMeta, setMetaByKey } from './meta.js';
import { metaField } from './metadata-keys.js';

/** A document split into its stated metadata and its body text. */
export interface HeaderSplit {
  meta: DocMeta;
  body: string;
  warnings: string[];
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9 _-]{0,30}?)[ \t]*:[ \t]*(\S.*)$/;
const CORE_FIELDS = new Set(['title', 'date', 'source', 'url', 'id']);

/**
 * Takes front matter and header lines off the top of `text` (already normalized to `\n` line ends).
 * Header lines count only when their keys are metadata keys and at least one is title/date/source/url/id,
 * so a headline like "Minister: talks will resume" is not mistaken for a header.
 */
export function splitHeader(text: string): HeaderSplit {
  const meta: DocMeta = {};
  const warnings: string[] = [];
  let body = text;
  const front = FRONT_MATTER.exec(body);
  if (front) {
    readFrontMatter(front[1]!, meta, warnings);
    body = body.slice(front[0].length);
  }
  return { meta, body: takeHeaderLines(body, meta), warnings };
}

function readFrontMatter(yaml: string, meta: DocMeta, warnings: string[]): void {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    warnings.push(`front matter is not valid YAML (${reason}); ignored it`);
    return;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return;
  for (const [key, value] of Object.entries(data)) setMetaByKey(meta, key, value);
}

function takeHeaderLines(body: string, meta: DocMeta): string {
  const lines = body.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const pairs: [string, string][] = [];
  for (; i < lines.length; i++) {
    const match = HEADER_LINE.exec(lines[i]!.trim());
    if (!match || !metaField(match[1]!)) break;
    pairs.push([match[1]!, match[2]!.trim()]);
  }
  if (!pairs.some(([key]) => CORE_FIELDS.has(metaField(key)!))) return body;
  for (const [key, value] of pairs) setMetaByKey(meta, key, value);
  return lines.slice(i).join('\n');
}
