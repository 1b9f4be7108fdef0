// Pronoun subjects ("He met X", "It retook Y") resolved to the nearest compatible entity named before
// them: a person of no contrary gender for he/she, an organization or country for it/they.
import type { Mention } from '../../../types.js';
import { type Gender, genderOfWord, personKey } from '../gender.js';
import { isBody, type MentionKind } from '../kinds.js';

/** How many sentences back a pronoun may reach. */
const REACH = 2;

const THING_PRONOUNS = new Set(['it', 'they', 'them']);

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
