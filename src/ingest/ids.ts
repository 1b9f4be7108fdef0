// Article ids: `<stem or record key>-<first 8 hex of sha256 of the cleaned text>`.
import { createHash } from 'node:crypto';

/** Separator between the key and the content hash in an article id. */
export const ID_SEPARATOR = '-';

/** The stable id of an article: same key and same cleaned text → same id. */
export function articleId(key: string, text: string): string {
  return `${key}${ID_SEPARATOR}${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}

/** A record id made safe for use inside an article id: letters, digits, `_`, `.` and `-` only. */
export function safeKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
}

/** A lower-case slug of a title (first words) or of a URL's last path segment. */
export function slug(value: string): string {
  return safeKey(value.toLowerCase()).replace(/[._]+/g, '-').replace(/-{2,}/g, '-').replace(/-+$/, '');
}

/** The slug of a URL: its last path segment without extension, else its host. */
export function urlSlug(url: string): string {
  try {
    const parsed = new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`);
    const segment = parsed.pathname.split('/').filter(Boolean).at(-1)?.replace(/\.[a-z0-9]{1,5}$/i, '');
    return slug(segment || parsed.hostname);
  } catch {
    return slug(url);
  }
}
