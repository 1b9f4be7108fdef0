// Invariants of the one home of word lists (src/extract/lexicons/): every stage reads the same months,
// weekdays, particles and titles, no list repeats a word, and the tagger's feature words stay frozen.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/extract/dates/index.js';
import * as dates from '../../src/extract/lexicons/dates.js';
import * as frames from '../../src/extract/lexicons/frames.js';
import * as names from '../../src/extract/lexicons/names.js';
import * as organizations from '../../src/extract/lexicons/organizations.js';
import * as places from '../../src/extract/lexicons/places.js';
import * as speech from '../../src/extract/lexicons/speech.js';
import * as titles from '../../src/extract/lexicons/titles.js';
import * as verbs from '../../src/extract/lexicons/verbs.js';
import { isMonth, isNameParticle, isTitleWord } from '../../src/extract/ner/lexicon.js';
import { splitSentences } from '../../src/extract/text/sentences.js';
import { findDate, monthNumber } from '../../src/ingest/dates.js';

const MODULES = { dates, frames, names, organizations, places, speech, titles, verbs };

/** Every exported list of words in the home, as [module.name, words]. */
function wordLists(): [string, readonly string[]][] {
  const lists: [string, readonly string[]][] = [];
  for (const [file, mod] of Object.entries(MODULES)) {
    for (const [name, value] of Object.entries(mod)) {
      if (Array.isArray(value) && value.every((w) => typeof w === 'string')) lists.push([`${file}.${name}`, value]);
    }
  }
  return lists;
}

const fingerprint = (words: readonly string[]): string =>
  createHash('sha256').update([...new Set(words)].sort().join('\n')).digest('hex').slice(0, 16);

describe('the home of word lists', () => {
  it('exports word lists from every file', () => {
    expect(wordLists().length).toBeGreaterThan(40);
  });

  it.each(wordLists())('%s has no duplicate and only lowercase words', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    expect(words.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
});

describe('months and weekdays', () => {
  it('has twelve months, numbered 1 to 12, and seven weekdays', () => {
    expect(dates.MONTH_NAMES).toHaveLength(12);
    expect(dates.MONTH_NAMES.map((m) => dates.MONTHS[m])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(Object.values(dates.MONTHS)).size).toBe(12);
    expect(Object.values(dates.WEEKDAYS).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const short of dates.SHORT_MONTHS) expect(dates.MONTHS[short]).toBeGreaterThan(0);
  });

  it.each(dates.MONTH_WORDS.map((w) => [w, dates.MONTHS[w]!]))('every stage reads %s as month %i', (word, month) => {
    const written = word[0]!.toUpperCase() + word.slice(1);
    const stated = dates.SHORT_MONTHS.has(word) ? `${written}.` : written;
    // ingest: metadata values and datelines
    expect(monthNumber(stated)).toBe(month);
    expect(findDate(`Posted ${stated} 4, 2019`)).toEqual({ year: 2019, month, day: 4 });
    expect(findDate(`4 ${stated.toUpperCase()} 2019`)).toEqual({ year: 2019, month, day: 4 });
    // extract: the relation date and the tagger's month words
    expect(resolveDate(`The talks in Freedonia ended on ${stated} 4, 2019.`, '2020-01-01')).toBe(`2019-${String(month).padStart(2, '0')}-04`);
    expect(isMonth(stated)).toBe(true);
    // resolve: a bare month name is never an entity
    if (!dates.SHORT_MONTHS.has(word)) expect(names.JUNK_NAMES.has(word)).toBe(true);
  });

  it.each(['Sept', 'Dec', 'Jan'])('the sentence splitter never ends a sentence after "%s."', (short) => {
    expect(splitSentences(`The vote moved to ${short}. Acme objected. She left.`)).toHaveLength(2);
  });

  it('matches no word that only starts like a month', () => {
    expect(findDate('Marching 4 times')).toBeUndefined();
    expect(findDate('Junebug 4, 2019')).toBeUndefined();
  });

  it('gives every weekday to the resolver and the tagger', () => {
    for (const day of dates.WEEKDAY_NAMES) expect(names.JUNK_NAMES.has(day)).toBe(true);
    expect(resolveDate('Acme said on Friday that it would stay.', '2020-05-06')).toBe('2020-05-01');
  });
});

describe('names', () => {
  it('builds the particle subsets from the base lists', () => {
    const base = new Set([...names.ARABIC_ARTICLES, ...names.ASSIMILATED_ARTICLES, ...names.KINSHIP_PARTICLES, ...names.EUROPEAN_PARTICLES]);
    for (const p of [...names.NAME_PARTICLES, ...names.KEY_PARTICLES, ...names.ARTICLE_PREFIXES]) expect(base.has(p)).toBe(true);
    for (const p of names.ARABIC_ARTICLES) {
      expect(names.KEY_PARTICLES.has(p)).toBe(true);
      expect(names.ARTICLE_PREFIXES).toContain(p);
    }
    expect(names.KEY_PARTICLES.has('abu')).toBe(false);
    // the particles resolution joins split names over are ones the tagger and the keys know too
    for (const p of names.SPLIT_PARTICLES) {
      expect(names.KEY_PARTICLES.has(p)).toBe(true);
      expect(names.NAME_PARTICLES).toContain(p);
    }
  });

  it.each(names.NAME_PARTICLES)('the tagger joins names over "%s"', (p) => {
    expect(isNameParticle(p)).toBe(true);
  });
});

describe('titles', () => {
  it("resolve's strip list holds every title the tagger knows", () => {
    for (const t of titles.TAGGER_TITLE_WORDS) expect(titles.TITLE_STRIP_WORDS.has(t)).toBe(true);
    for (const t of titles.TAGGER_TITLE_WORDS) expect(isTitleWord(t)).toBe(true);
  });

  it('strips every honorific the tagger and the resolver share', () => {
    const shared = names.HONORIFICS.filter((h) => titles.TAGGER_TITLE_WORDS.includes(h));
    expect(shared).toEqual(['mr', 'mrs', 'ms', 'dr', 'sir']);
    for (const h of shared) expect(titles.TITLE_STRIP_WORDS.has(h)).toBe(true);
  });
});

describe('the tagger feature words', () => {
  // The committed model (src/extract/ner/model/ner.bin.gz) was trained with these sets: a change here needs retraining.
  it.each([
    ['TAGGER_TITLE_WORDS', titles.TAGGER_TITLE_WORDS, '8370e9a76d387495'],
    ['TAGGER_NAME_CUES', titles.TAGGER_NAME_CUES, '9cde7ae7c69e2d64'],
    ['TAGGER_ORG_WORDS', organizations.TAGGER_ORG_WORDS, '3e08894a98f1e20b'],
  ])('%s is the set the model was trained with', (_name, words, expected) => {
    expect(fingerprint(words)).toBe(expected);
  });
});
