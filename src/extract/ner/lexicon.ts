// Lookups in the general word lists (org words, person titles, name particles, months) by token text.
import orgWords from './lexicon/org-words.json' with { type: 'json' };
import nameParts from './lexicon/name-parts.json' with { type: 'json' };
import personTitles from './lexicon/person-titles.json' with { type: 'json' };

const ORG_WORDS = new Set(orgWords.words);
const TITLES = new Set(personTitles.titles);
const PARTICLES = new Set(nameParts.particles);
const MONTHS = new Set(nameParts.months);

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
