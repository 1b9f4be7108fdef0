// One cache entry as JSON: the extraction without its article, offsets checked against the article on the way back.
import { createHash } from 'node:crypto';
import { type Article, type ArticleExtraction, type Mention, PREDICATES, type Sentence } from '../types.js';
import type { PreparedCode } from './prepared.js';
import { CACHE_FORMAT } from './version.js';

/** The cache key of an article: sha256 of what extraction reads (not its path or id, so a moved file still hits). */
export function contentKey(article: Article): string {
  const { title, date, source, url, text } = article;
  return createHash('sha256').update(JSON.stringify([title, date ?? null, source ?? null, url ?? null, text])).digest('hex');
}

interface Entry {
  format: string;
  version: string;
  key: string;
  sentences: Partial<Sentence>[];
  mentions: Partial<Mention>[];
  relations: ArticleExtraction['relations'];
  /** The article's prepared mentions (src/cache/prepared.ts) and the resolver version they were made by; written after resolution. */
  prepared?: { version: string; mentions: PreparedCode[] };
}

/** An entry read back: the extraction, and the prepared mentions it holds (unchecked) with their resolver version. */
export interface DecodedEntry {
  extraction: ArticleExtraction;
  prepared?: { version: unknown; mentions: unknown };
}

/**
 * The entry's JSON; a sentence's or mention's `text` is left out when it is the article's text at its
 * offsets. `prepared`, when given, is written after the extraction.
 */
export function encodeEntry(extraction: ArticleExtraction, version: string, key: string, prepared?: Entry['prepared']): string {
  const text = extraction.article.text;
  const strip = <T extends { start: number; end: number; text: string }>(x: T): Partial<T> => {
    if (x.text !== text.slice(x.start, x.end)) return x;
    const { text: _omitted, ...rest } = x;
    return rest as Partial<T>;
  };
  const entry: Entry = {
    format: CACHE_FORMAT,
    version,
    key,
    sentences: extraction.sentences.map(strip),
    mentions: extraction.mentions.map(strip),
    relations: extraction.relations,
  };
  if (prepared) entry.prepared = prepared;
  return JSON.stringify(entry);
}

/**
 * The extraction stored in `json` for `article`, or the reason it cannot be trusted: not JSON,
 * another format, version or article, or offsets and indices outside the article.
 */
export function decodeEntry(json: string, article: Article, version: string, key: string): DecodedEntry | string {
  let entry: Entry;
  try {
    entry = JSON.parse(json) as Entry;
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (entry?.format !== CACHE_FORMAT) return `expected format ${CACHE_FORMAT}, instead found ${JSON.stringify(entry?.format)}`;
  if (entry.version !== version) return 'written by another extractor version';
  if (entry.key !== key) return 'written for another article';
  if (!Array.isArray(entry.sentences) || !Array.isArray(entry.mentions) || !Array.isArray(entry.relations)) return 'missing lists';
  const text = article.text;
  const sentences = entry.sentences.map((s) => restore(s, text));
  const mentions = entry.mentions.map((m) => restore(m, text));
  if (sentences.includes(null) || mentions.includes(null)) return 'offsets outside the article';
  const extraction = { article, sentences, mentions, relations: entry.relations } as ArticleExtraction;
  if (!relationsFit(extraction)) return 'relations pointing at missing mentions or sentences';
  const prepared = entry.prepared;
  return typeof prepared === 'object' && prepared !== null ? { extraction, prepared } : { extraction };
}

function restore<T extends { start?: number; end?: number; text?: string }>(x: T, text: string): T | null {
  if (typeof x !== 'object' || x === null) return null;
  const { start, end } = x;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || end! < start! || end! > text.length) return null;
  if (typeof x.text === 'string') return x;
  // Put `text` back where it was written (after `end`), so the object serializes as before.
  // for…in over a parsed plain object walks its own keys in Object.entries' order, without a pair per key.
  const out: Record<string, unknown> = {};
  const from = x as Record<string, unknown>;
  for (const k in from) {
    out[k] = from[k];
    if (k === 'end') out.text = text.slice(start, end);
  }
  return out as T;
}

const PREDICATE_SET: ReadonlySet<string> = new Set(PREDICATES);

function relationsFit({ sentences, mentions, relations }: ArticleExtraction): boolean {
  const inRange = (i: unknown, n: number) => Number.isInteger(i) && (i as number) >= 0 && (i as number) < n;
  const mentionsFit = mentions.every((m) => inRange(m.sentence, sentences.length));
  return (
    mentionsFit &&
    relations.every(
      (r) =>
        PREDICATE_SET.has(r.predicate) &&
        inRange(r.subject, mentions.length) &&
        (r.object === -1 || inRange(r.object, mentions.length)) &&
        inRange(r.sentence, sentences.length),
    )
  );
}
