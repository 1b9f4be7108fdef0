// Pronoun subjects ("He met X", "It retook Y") resolved to the nearest compatible entity named before
// them: a person of no contrary gender for he/she, an organization or country for it/they.
import type { Mention } from '../../../types.js';
import { type Gender, genderOfWord, personKey } from '../gender.js';
import { isBody, type MentionKind } from '../kinds.js';

/** How many sentences back a pronoun may reach. */
const REACH = 2;

const THING_PRONOUNS = new Set(['it', 'they', 'them']);
/** Pronouns that stand for one person as a clause's subject. */
const PERSON_SUBJECTS = new Set(['he', 'she']);

/** Resolves pronouns against the mentions of the article, in reading order. */
export class Antecedents {
  constructor(
    private readonly mentions: readonly Mention[],
    private readonly kinds: readonly MentionKind[],
    private readonly genders: ReadonlyMap<string, Gender>,
  ) {}

  /** True for a pronoun this class resolves. */
  static handles(lower: string): boolean {
    return THING_PRONOUNS.has(lower) || genderOfWord(lower) !== undefined && ['he', 'she', 'him', 'her'].includes(lower);
  }

  /**
   * The mention a pronoun at character `at` of sentence `sentence` stands for, or -1: the nearest
   * mention before it, at most REACH sentences back, of the right kind; a person of the pronoun's
   * gender wins over one of unknown gender.
   */
  resolve(lower: string, sentence: number, at: number): number {
    const thing = THING_PRONOUNS.has(lower);
    const gender = thing ? undefined : genderOfWord(lower);
    let unknown = -1;
    for (let m = this.lastBefore(at); m >= 0; m--) {
      const mention = this.mentions[m]!;
      if (mention.sentence < sentence - REACH) break;
      const k = this.kinds[m]!;
      if (thing) {
        if (isBody(k)) return m;
        continue;
      }
      if (k.type !== 'Person') continue;
      const g = this.genders.get(personKey(mention.text));
      if (g === gender) return m;
      if (g === undefined && unknown < 0) unknown = m;
    }
    return unknown;
  }

  /** True for "he" and "she", the pronouns that stand for one person as a clause's subject. */
  static isPersonSubject(lower: string): boolean {
    return PERSON_SUBJECTS.has(lower);
  }

  /**
   * The person a "he" or "she" at character `at` stands for when only one person within REACH fits it
   * (no contrary gender), or -1: stricter than `resolve`, for shapes that read the pronoun as a name.
   */
  resolveSole(lower: string, sentence: number, at: number): number {
    const gender = Antecedents.isPersonSubject(lower) ? genderOfWord(lower) : undefined;
    if (!gender) return -1;
    let found = -1;
    let key = '';
    for (let m = this.lastBefore(at); m >= 0; m--) {
      const mention = this.mentions[m]!;
      if (mention.sentence < sentence - REACH) break;
      if (this.kinds[m]!.type !== 'Person') continue;
      const k = personKey(mention.text);
      const g = this.genders.get(k);
      if (g !== undefined && g !== gender) continue;
      if (found < 0) {
        found = m;
        key = k;
      } else if (k !== key) return -1;
    }
    return found;
  }

  private lastBefore(at: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.mentions[mid]!.end <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}
