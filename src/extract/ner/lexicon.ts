// Lookups in the general word lists (org words, person titles, name particles, months) by token text.
import { MONTH_WORDS } from '../lexicons/dates.js';
import { NAME_PARTICLES } from '../lexicons/names.js';
import { TAGGER_ORG_WORDS } from '../lexicons/organizations.js';
import { TAGGER_TITLE_WORDS } from '../lexicons/titles.js';

const ORG_WORDS = new Set(TAGGER_ORG_WORDS);
const TITLES = new Set(TAGGER_TITLE_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const MONTHS = new Set(MONTH_WORDS);

function bare(token: string): string {
  const lower = token.toLowerCase();
  return lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** Whether the token is a person title or rank ("President", "Gen.", "Minister"). */
export function isTitleWord(token: string): boolean {
  return TITLES.has(bare(token));
}

/** Whether the token is a word that ends organization names ("Ministry", "Council", "Inc."). */
export function isOrgWord(token: string): boolean {
  return ORG_WORDS.has(bare(token));
}

/** Whether the token is a lowercase name particle ("al", "bin", "de", "van"). */
export function isNameParticle(token: string): boolean {
  return PARTICLES.has(token);
}

/** Whether the token is a month name or abbreviation ("May", "Oct."). */
export function isMonth(token: string): boolean {
  return MONTHS.has(bare(token));
}
