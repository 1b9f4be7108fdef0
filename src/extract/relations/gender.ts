// Gender evidence the article itself gives for each person (honorifics, gendered nouns, pronouns
// that can only refer to them), so "she said" goes to a woman and "he said" to a man.
import { GENDER_WORDS } from '../lexicons/speech.js';
import type { MentionKind } from './kinds.js';
import type { SentenceView, Unit } from './units.js';

export type Gender = 'male' | 'female';

const WORDS = new Map<string, Gender>([
  ...GENDER_WORDS.male.map((w) => [w, 'male'] as const),
  ...GENDER_WORDS.female.map((w) => [w, 'female'] as const),
]);
const PRONOUNS = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself']);

/** The gender a pronoun or honorific states, if any. */
export function genderOfWord(lower: string): Gender | undefined {
  return WORDS.get(lower);
}

/** Key a person is known by across the article: the last word of the name ("Anna Ortega" and "Ortega"). */
export function personKey(text: string): string {
  return text.toLowerCase().split(/\s+/).at(-1)!.replace(/['’]s$/, '');
}

/**
 * Gender votes per person key: an honorific or gendered noun right before or after the name, and the
 * pronouns of a sentence that names only that person. Ties and contradictions leave the person unknown.
 */
export function personGenders(views: readonly SentenceView[], kinds: readonly MentionKind[]): Map<string, Gender> {
  const votes = new Map<string, number>();
  const vote = (key: string, g: Gender, n = 1) => votes.set(key, (votes.get(key) ?? 0) + (g === 'male' ? n : -n));
  for (const { units } of views) {
    const persons = units.map((u, k) => [u, k] as const).filter(([u]) => u.mention >= 0 && kinds[u.mention]!.type === 'Person');
    for (const [u, k] of persons) {
      const key = personKey(u.text);
      const near = nearWord(units, k) ?? genderOfWord(u.lower.split(' ')[0]!);
      if (near) vote(key, near, 3);
    }
    if (new Set(persons.map(([u]) => personKey(u.text))).size !== 1) continue;
    const [first, at] = persons[0]!;
    for (let j = at + 1; j < units.length; j++) {
      const g = PRONOUNS.has(units[j]!.lower) ? genderOfWord(units[j]!.lower) : undefined;
      if (g) vote(personKey(first.text), g);
    }
  }
  const out = new Map<string, Gender>();
  for (const [key, v] of votes) if (v !== 0) out.set(key, v > 0 ? 'male' : 'female');
  return out;
}

/** "Mr X", "spokeswoman X", "X, a businesswoman": a gendered word beside the name. */
function nearWord(units: readonly Unit[], k: number): Gender | undefined {
  const before = units[k - 1];
  if (before && before.mention < 0 && !PRONOUNS.has(before.lower)) {
    const g = genderOfWord(before.lower);
    if (g) return g;
  }
  if (units[k + 1]?.lower !== ',') return undefined;
  for (let j = k + 2; j < units.length && j <= k + 4; j++) {
    const u = units[j]!;
    if (u.mention >= 0 || u.lower === ',') break;
    const g = PRONOUNS.has(u.lower) ? undefined : genderOfWord(u.lower);
    if (g) return g;
  }
  return undefined;
}
