import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chunks, scoreChunks } from '../../src/extract/ner/conll.js';
import { confirmHeadlineMentions, isTitleCase } from '../../src/extract/ner/headlines.js';
import { findMentions, nerModel, spans, tagTokens } from '../../src/extract/ner/index.js';
import { repairSpans } from '../../src/extract/ner/mentions.js';
import { WC_COMMON_FIRST, WC_COMMON_LAST, WC_DICT, WC_NAME, wordClasses } from '../../src/extract/ner/word-classes.js';
import { CLUSTER_SIZES, wordClusters } from '../../src/extract/ner/word-clusters.js';
import { readGzipped } from '../../src/extract/ner/gzip-file.js';
import { readModel } from '../../src/extract/ner/model.js';
import { attachFirstStage, prepareDocument } from '../../src/extract/ner/context.js';
import { decodeDocument, type Scorer } from '../../src/extract/ner/decode.js';
import { isKgError } from '../../src/errors.js';
import type { Mention } from '../../src/types.js';
import { splitSentences, tokenize } from '../../src/extract/text/index.js';

const mentionsOf = (text: string) =>
  findMentions(text, splitSentences(text)).map((m) => [m.type, m.text, m.canonical ?? null, m.geo?.country ?? null]);

describe('findMentions', () => {
  it.each([
    [
      'Maria Kowalczyk, the chief executive of Northwind Corp., flew to Paris on Tuesday.',
      [
        ['Person', 'Maria Kowalczyk', null, null],
        ['Organization', 'Northwind Corp.', null, null],
        ['Location', 'Paris', null, 'FR'],
      ],
    ],
    [
      'BERLIN, March 3 (Reuters) - German Chancellor Tobias Wendler met French President Claire Dumont.',
      [
        ['Location', 'BERLIN', 'Berlin', 'DE'],
        ['Organization', 'Reuters', null, null],
        ['Location', 'German', 'Germany', 'DE'],
        ['Person', 'Tobias Wendler', null, null],
        ['Location', 'French', 'France', 'FR'],
        ['Person', 'Claire Dumont', null, null],
      ],
    ],
    [
      // A country name the tagger reads as a modifier (MISC) before a title stays the country.
      'He spoke to US President Tobias Wendler on Friday.',
      [
        ['Location', 'US', 'United States', 'US'],
        ['Person', 'Tobias Wendler', null, null],
      ],
    ],
    [
      "The U.S. and Britain's foreign ministers met in Tokyo.",
      [
        ['Location', 'U.S.', 'United States', 'US'],
        ['Location', 'Britain', 'United Kingdom', 'GB'],
        ['Location', 'Tokyo', null, 'JP'],
      ],
    ],
    [
      'Italian police arrested Marco Bellini in Milan, the Interior Ministry said.',
      [
        ['Location', 'Italian', 'Italy', 'IT'],
        ['Person', 'Marco Bellini', null, null],
        ['Location', 'Milan', null, 'IT'],
        ['Organization', 'Interior Ministry', null, null],
      ],
    ],
    [
      '“We will not give up,” said Elena Morozova, a spokeswoman for the United Nations.',
      [
        ['Person', 'Elena Morozova', null, null],
        ['Organization', 'United Nations', null, null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each([
    ['The Defence Ministry Spokesman Col. Gen. Pavel Orlov said the talks failed.', [['Organization', 'Defence Ministry', 0], ['Person', 'Pavel Orlov', 0]]],
    ['Wild Horses Return to Valley\n\nThe herd was seen on Monday, rangers said.', []],
    ['Talks in Oslo\n\nDelegates met in Oslo on Monday, officials said.', [['Location', 'Oslo', 0], ['Location', 'Oslo', 1]]],
    ['Gen. Omar al-Haddad and Ana de Souza met in late May.', [['Person', 'Omar al-Haddad', 0], ['Person', 'Ana de Souza', 0]]],
  ])('cleans spans: %j', (text, expected) => {
    expect(findMentions(text, splitSentences(text)).map((m) => [m.type, m.text, m.sentence])).toEqual(expected);
  });

  it('gives offsets into the text, sentence indexes, and sorted mentions', () => {
    const text = 'Anna Lindqvist arrived in Oslo.\n\nShe later met Jonas Berg in Stockholm.';
    const sentences = splitSentences(text);
    const mentions = findMentions(text, sentences);
    expect(mentions.map((m) => [m.text, m.sentence])).toEqual([
      ['Anna Lindqvist', 0],
      ['Oslo', 0],
      ['Jonas Berg', 1],
      ['Stockholm', 1],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('is deterministic', () => {
    const text = 'Pedro Alves, a spokesman for the Brazilian Navy, spoke in Lisbon on Friday.';
    expect(findMentions(text, splitSentences(text))).toEqual(findMentions(text, splitSentences(text)));
  });
});

describe('tagTokens', () => {
  it('tags people, organizations and places with BIO tags', () => {
    const tokens = tokenize('Kofi Mensah joined Deutsche Bank in Frankfurt .').map((t) => t.text);
    expect(tagTokens(tokens)).toEqual(['B-PER', 'I-PER', 'O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'O']);
  });

  it('loads a two-stage model once', () => {
    expect(nerModel().stages.length).toBe(2);
    expect(nerModel()).toBe(nerModel());
  });

  // The loaded model decodes by sentence batches and caches the previous-label pairs; a plain Scorer over the same
  // weights goes through the feature-by-feature loop.
  it('labels a document as the feature-by-feature decoder does', () => {
    const doc = [
      'Kofi Mensah joined Velto Nord Holdings in Calder on Monday .',
      'Mensah said the Calder office of Velto Nord would open in May .',
      'VELTO NORD HIRES NEW CHIEF',
      'Anna Ortega , a former Brightwell analyst , met Mensah and the Orrin Valley council .',
    ].map((t) => tokenize(t).map((x) => x.text));
    const decode = (stages: Scorer[]) => {
      const sents = prepareDocument(doc);
      let labels = decodeDocument(sents, stages[0]!);
      for (const stage of stages.slice(1)) {
        attachFirstStage(sents, labels);
        labels = decodeDocument(sents, stage);
      }
      return labels.map((l) => Array.from(l));
    };
    const { stages } = nerModel();
    const plain = stages.map((m): Scorer => ({ score: (f, n, scores) => m.score(f, n, scores), scoreStatic: (s, i, scores, buf) => m.scoreStatic(s, i, scores, buf) }));
    const labels = decode(stages);
    expect(labels.flat().some((l) => l !== 0)).toBe(true);
    expect(labels).toEqual(decode(plain));
  });
});

describe('span repairs', () => {
  const toks = (s: string) => tokenize(s);
  it.each([
    ['Ali bin Hamad left', [['PER', 0, 1]], [['PER', 0, 3]]],
    ['Omar al-Haddad left', [['PER', 0, 1], ['LOC', 1, 2]], [['PER', 0, 2]]],
    ['Nadia El Amrani left', [['PER', 0, 1], ['PER', 1, 3]], [['PER', 0, 3]]],
    ['on May 4 there', [['PER', 1, 2]], []],
    ['in May there', [['PER', 1, 2]], []],
    ['May said so', [['PER', 0, 1]], [['PER', 0, 1]]],
  ] as [string, [string, number, number][], [string, number, number][]][])('%s', (text, found, expected) => {
    expect(repairSpans(toks(text), found)).toEqual(expected);
  });

  it('recognizes Title Case headlines', () => {
    expect(isTitleCase(toks('Storm Hits Coastal Towns in the North'))).toBe(true);
    expect(isTitleCase(toks('Storm hits coastal towns in the north'))).toBe(false);
    expect(isTitleCase(toks('STORM HITS COASTAL TOWNS'))).toBe(false);
  });

  it('keeps headline mentions that the body confirms', () => {
    const m = (text: string, sentence: number, extra: Partial<Mention> = {}): Mention => ({ start: 0, end: 0, text, type: 'Person', sentence, ...extra });
    const mentions = [m('Lena Brandt', 0), m('Storm Front', 0), m('Ruritania', 0, { geo: { lat: 1, lon: 2, country: 'XX' } }), m('Brandt', 1)];
    const inHeadline = (x: Mention) => x.sentence === 0;
    const sentences = [{ start: 0, end: 0, text: '' }, { start: 1, end: 1, text: '' }];
    expect(confirmHeadlineMentions(mentions, inHeadline, sentences, 1).map((x) => x.text)).toEqual(['Lena Brandt', 'Ruritania', 'Brandt']);
    expect(confirmHeadlineMentions(mentions, () => true, sentences, 2)).toHaveLength(4);
  });
});

describe('spans and scoring', () => {
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], [['PER', 0, 2], ['LOC', 3, 4]]],
    [['I-ORG', 'I-ORG', 'B-ORG'], [['ORG', 0, 2], ['ORG', 2, 3]]],
    [['O', 'B-MISC', 'I-MISC'], [['MISC', 1, 3]]],
  ])('spans(%j)', (tags, expected) => {
    expect(spans(tags)).toEqual(expected);
  });

  it('scores exact spans, ignoring MISC', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'B-MISC']];
    const pred = [['B-PER', 'O', 'O', 'B-LOC', 'O']];
    expect(chunks(gold[0]!)).toEqual(['PER 0 2', 'LOC 3 4', 'MISC 4 5']);
    const s = scoreChunks(gold, pred);
    expect([s['ALL']!.gold, s['ALL']!.predicted, s['ALL']!.correct]).toEqual([2, 2, 1]);
    expect(s['LOC']!.f1).toBe(1);
    expect(s['PER']!.f1).toBe(0);
  });
});

describe('wordClasses', () => {
  it.each([
    ['margaret', WC_NAME | WC_COMMON_FIRST],
    ['thompson', WC_NAME | WC_COMMON_LAST],
    ['however', WC_DICT],
    ['wheelbarrow', WC_DICT],
    ['qzxwv', 0],
  ])('%s → %i', (word, bits) => {
    expect(wordClasses(word)).toBe(bits);
  });
});

describe('reading the gzipped data files', () => {
  const notGzip = fileURLToPath(import.meta.url);
  it('names the file, what it should hold and how to rebuild it', () => {
    const what = { name: 'word-cluster table', expected: 'a gzipped text file', rebuild: 'Run the build script.' };
    expect(() => readGzipped(notGzip, what)).toThrow(
      `Cannot read the word-cluster table ${notGzip}; expected a gzipped text file. Run the build script.`,
    );
    expect(() => readModel('/no/such/model.bin.gz')).toThrow(/Cannot read the NER model \/no\/such\/model\.bin\.gz; .*npm run train:ner/);
    const err = (() => {
      try {
        readModel(notGzip);
      } catch (e) {
        return e;
      }
    })();
    expect(isKgError(err, 'INPUT_UNREADABLE')).toBe(true);
  });
});

describe('wordClusters', () => {
  it('gives a known word a class at each granularity and an unknown word none', () => {
    const said = wordClusters('said');
    expect(said).toHaveLength(CLUSTER_SIZES.length);
    said.forEach((c, level) => {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(CLUSTER_SIZES[level]!);
    });
    expect(wordClusters('Qzxwvq')).toEqual([0, 0, 0]);
  });

  it('puts capital cities together and folds digits', () => {
    expect(wordClusters('Paris')[0]).toBe(wordClusters('London')[0]);
    expect(wordClusters('1996')).toEqual(wordClusters('2004'));
  });
});
