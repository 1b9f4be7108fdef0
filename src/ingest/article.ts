// One document (body text + metadata) → one Article: cleaned text, merged metadata, stable id.
import type { Article } from '../types.js';
import { type CleanResult, cleanBody } from './clean.js';
import { findDate, type PartialDate, toIsoDate } from './dates.js';
import { articleId } from './ids.js';
import { type DocMeta, outletFromUrl } from './meta.js';

/** A document ready to become an article. */
export interface Draft {
  /** Display path of the input file. */
  path: string;
  /** Id key: the file stem, or `<stem>-<record key>` for a JSON record. */
  key: string;
  /** Body as plain text (markup already removed), `\n` line breaks. */
  body: string;
  /** Metadata stated outside the body (headers, front matter, <meta>, JSON fields). */
  meta: DocMeta;
}

/** The article, or the reason the draft gives none (nothing left after cleaning). */
export function draftToArticle(draft: Draft): Article | { reason: string } {
  const { meta } = draft;
  const cleaned = cleanBody(draft.body, { title: meta.title, siteName: meta.source });
  if (cleaned.text === '') return { reason: 'no article text after removing website clutter' };
  const article: Article = {
    id: articleId(draft.key, cleaned.text),
    path: draft.path,
    title: meta.title ?? (cleaned.title || firstSentenceTitle(cleaned.text)),
    text: cleaned.text,
  };
  const date = toIsoDate(firstFullDate(meta.date, cleaned, meta.url));
  const source = meta.source ?? cleaned.source ?? (meta.url ? outletFromUrl(meta.url) : undefined);
  if (date) article.date = date;
  if (source) article.source = source;
  if (meta.url) article.url = meta.url;
  return article;
}

// The first full date among: metadata, the text (leading date, time stamp, dateline), the URL path (/2016/06/13/).
function firstFullDate(stated: PartialDate | undefined, cleaned: CleanResult, url: string | undefined): PartialDate | undefined {
  const candidates = [stated, cleaned.date, url ? findDate(url) : undefined];
  return candidates.find((d) => d?.year !== undefined);
}

// Longest title made from the first sentence, in characters (cut at a word, with an ellipsis).
const MAX_FALLBACK_TITLE = 90;

/** An untitled article's title: its first sentence, shortened at a word boundary. */
export function firstSentenceTitle(text: string): string {
  const para = text.split('\n', 1)[0]!.trim();
  const sentence = /^.+?[.!?]["'”’)]*(?=\s+["'“‘(]?\p{Lu}|$)/u.exec(para)?.[0] ?? para;
  if (sentence.length <= MAX_FALLBACK_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_FALLBACK_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_FALLBACK_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
