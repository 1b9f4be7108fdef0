// Article metadata gathered from headers, front matter, HTML <meta> and JSON fields, and how values merge.
import { type PartialDate, parseDateValue } from './dates.js';
import { type MetaField, metaField } from './metadata-keys.js';

/** Metadata of one document, before it becomes an Article. First stated value wins. */
export interface DocMeta {
  title?: string;
  date?: PartialDate;
  source?: string;
  url?: string;
  id?: string;
}

// Second-level labels under a country code that are not the outlet's own name (bbc.co.uk, abc.net.au).
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go', 'gv']);

/** True when `value` is an http(s) URL or a `www.` address. */
export function isUrl(value: string): boolean {
  return /^(?:https?:\/\/|www\.)\S+$/i.test(value.trim());
}

/** The outlet name a URL points to: its registrable domain ("http://uk.example.com/a" → "example.com"). */
export function outletFromUrl(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const labels = host.replace(/\.$/, '').split('.');
  if (labels.length < 2 || /^\d+$/.test(labels.at(-1)!)) return host || undefined;
  const tld = labels.at(-1)!;
  const second = labels.at(-2)!;
  const keep = tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Sets one metadata value (by field) unless already set. Source URLs also fill `url`. */
export function setMeta(meta: DocMeta, field: MetaField, value: unknown): void {
  const text = valueText(value);
  if (field === 'date') {
    meta.date ??= parseDateValue(typeof value === 'number' || value instanceof Date ? value : text);
  } else if (!text) {
    return;
  } else if (field === 'title') {
    meta.title ??= text;
  } else if (field === 'url') {
    meta.url ??= text;
  } else if (field === 'id') {
    meta.id ??= text;
  } else if (field === 'source') {
    if (isUrl(text)) {
      meta.url ??= text;
      meta.source ??= outletFromUrl(text);
    } else {
      meta.source ??= text;
    }
  }
}

/** Sets metadata from a `key: value` pair; returns false when the key is not a metadata key. */
export function setMetaByKey(meta: DocMeta, key: string, value: unknown): boolean {
  const field = metaField(key);
  if (!field) return false;
  setMeta(meta, field, value);
  return true;
}

/** Fills missing fields of `meta` from `more` (earlier sources win). */
export function mergeMeta(meta: DocMeta, more: DocMeta): DocMeta {
  return {
    title: meta.title ?? more.title,
    date: meta.date?.year !== undefined ? meta.date : (more.date ?? meta.date),
    source: meta.source ?? more.source,
    url: meta.url ?? more.url,
    id: meta.id ?? more.id,
  };
}

// Strings as they are; objects like `{ name: "Outlet" }` (NewsAPI's source) by their name.
function valueText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return valueText(value[0]);
  if (value && typeof value === 'object') {
    const named = value as Record<string, unknown>;
    return valueText(named['name'] ?? named['title'] ?? named['url'] ?? named['@id']);
  }
  return undefined;
}
