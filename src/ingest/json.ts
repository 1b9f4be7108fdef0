// JSON and JSON Lines inputs: each object with a text field is one article record.
import type { SkippedInput } from '../types.js';
import type { Draft } from './article.js';
import { htmlFragmentToText } from './html.js';
import { jsonErrorOffset } from './json-error.js';
import { safeKey, slug, urlSlug } from './ids.js';
import { type DocMeta, setMeta } from './meta.js';
import { metaField } from './metadata-keys.js';

/** Drafts from one JSON/JSONL file, and the records that could not become drafts. */
export interface RecordDrafts {
  drafts: Draft[];
  skipped: SkippedInput[];
}

// Properties that commonly hold the list of articles in a JSON export.
const LIST_KEYS = ['articles', 'items', 'records', 'documents', 'docs', 'data', 'results', 'entries', 'posts', 'news'];
const LOOKS_LIKE_HTML = /<\/?(?:p|div|br|span|a|h[1-6]|li|em|strong)\b[^>]*>/i;

/** Records of a .json file: an array of article objects, one article object, or an object holding such an array. */
export function draftsFromJson(text: string, path: string, stem: string): RecordDrafts | { reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { reason: `invalid JSON ${jsonErrorPlace(err, text)}` };
  }
  if (isObject(data) && textField(data) === undefined) {
    const holder = data;
    const key = LIST_KEYS.find((k) => Array.isArray(holder[k])) ?? Object.keys(holder).find((k) => Array.isArray(holder[k]));
    if (key) data = holder[key];
  }
  if (isObject(data)) {
    const one = recordDraft(data, path, stem);
    return 'reason' in one ? one : { drafts: [one], skipped: [] };
  }
  if (!Array.isArray(data)) {
    return { reason: `expected an article object (with a text, body or content field) or an array of them, found ${kind(data)}` };
  }
  const out: RecordDrafts = { drafts: [], skipped: [] };
  data.forEach((record, i) => {
    collect(out, record, `${path}#${i + 1}`, path, `${stem}-${i + 1}`, stem);
  });
  return out;
}

/** Records of a .jsonl file, one JSON object per non-blank line; a bad line is skipped as `path:line`. */
export function draftsFromJsonl(text: string, path: string, stem: string): RecordDrafts {
  const out: RecordDrafts = { drafts: [], skipped: [] };
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${path}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      out.skipped.push({ path: where, reason: `invalid JSON ${jsonErrorPlace(err, line).replace(/^at line 1, column/, 'at column')}` });
      return;
    }
    collect(out, record, where, path, `${stem}-${i + 1}`, stem);
  });
  return out;
}

function collect(out: RecordDrafts, record: unknown, where: string, path: string, fallback: string, stem: string) {
  if (!isObject(record)) {
    out.skipped.push({ path: where, reason: `expected a JSON object, found ${kind(record)}` });
    return;
  }
  const draft = recordDraft(record, path, stem, fallback);
  if ('reason' in draft) out.skipped.push({ path: where, reason: draft.reason });
  else out.drafts.push(draft);
}

// Key: the record's id, else its URL slug, else its title slug, else `<stem>-<index>`; prefixed by the stem.
function recordDraft(record: Record<string, unknown>, path: string, stem: string, fallback?: string): Draft | { reason: string } {
  const body = textField(record);
  if (body === undefined) return { reason: 'no article text (expected a text, body or content field holding a string)' };
  const meta: DocMeta = {};
  for (const [key, value] of Object.entries(record)) {
    const field = metaField(key);
    if (field && field !== 'text' && field !== 'other') setMeta(meta, field, value);
  }
  let key = stem;
  if (fallback !== undefined) {
    const own = (meta.id && safeKey(meta.id)) || (meta.url && urlSlug(meta.url)) || (meta.title && slug(meta.title));
    key = own ? `${stem}-${own}` : fallback;
  }
  return { path, key, body: LOOKS_LIKE_HTML.test(body) ? htmlFragmentToText(body) : body, meta };
}

function textField(record: Record<string, unknown>): string | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (metaField(key) === 'text' && typeof value === 'string' && value.trim() !== '') return value;
  }
  return undefined;
}

// "at line 3, column 12: Unexpected token '}'" — the place found by our own scan, V8's words.
function jsonErrorPlace(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const clean = message
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/,\s*(?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '')
    .replace(/\s+/g, ' ');
  const offset = jsonErrorOffset(text);
  if (offset < 0) return `: ${clean}`;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `at line ${line}, column ${column}: ${clean}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
