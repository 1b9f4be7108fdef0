// Name normalization shared by the gazetteer tables and lookups.

const MARKS_RE = /\p{M}+/gu;

/** Lookup key for a place name: no diacritics, lowercase, straight apostrophes, single spaces. */
export function placeKey(name: string): string {
  let s = name;
  if (!/^[\x00-\x7f]*$/.test(s)) s = s.normalize('NFD').replace(MARKS_RE, '').replace(/[’‘]/g, "'");
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Short all-caps codes ("US", "UAE") only match with the same case. */
export function isCaseSensitiveName(name: string): boolean {
  return name.length <= 4 && /^[A-Z.]+$/.test(name);
}
