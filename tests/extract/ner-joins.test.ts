// Span joins and cuts (joins.ts) and the headline/lede confirmation (headlines.ts), on invented names.
import { describe, expect, it } from 'vitest';
import { confirmHeadlineMentions, isCapsHeading, isShoutedLede, isTitleCase } from '../../src/extract/ner/headlines.js';
import { cutAtBreaks, cutAward, datelineType, joinNames, personsAfterSeats, type Span, splitOrgPerson, splitRepeat } from '../../src/extract/ner/joins.js';
import { tokenize } from '../../src/extract/text/index.js';
import type { Mention } from '../../src/types.js';

const toks = (text: string) => tokenize(text, 0);

describe('joinNames', () => {
  it.each([
    ['an org word, "for the", a name', 'the Institute for the Velto Studies said', [['ORG', 1, 2], ['ORG', 4, 6]], [['ORG', 1, 6]]],
    ['an org word, "of", a name', 'the Council of Velto Elders met', [['ORG', 1, 2], ['ORG', 3, 5]], [['ORG', 1, 5]]],
    ['two org pieces over "of"', 'the Lodge of Velto met', [['ORG', 1, 2], ['ORG', 3, 4]], [['ORG', 1, 4]]],
    ['not two org pieces over "for"', 'a Zendagrad for VF win', [['ORG', 1, 2], ['ORG', 3, 4]], [['ORG', 1, 2], ['ORG', 3, 4]]],
    ['a name particle between places', 'in Villa del Velto today', [['LOC', 1, 2], ['LOC', 3, 4]], [['LOC', 1, 4]]],
    ['a particle: an org piece makes an org', 'won the Copa del Velto', [['LOC', 2, 3], ['ORG', 4, 5]], [['ORG', 2, 5]]],
    ['a lone linking letter', 'the Tanzeem e Velto party', [['ORG', 1, 2], ['ORG', 3, 4]], [['ORG', 1, 4]]],
    ['not over "and"', 'Acme and Velto Corp agreed', [['ORG', 0, 1], ['ORG', 2, 4]], [['ORG', 0, 1], ['ORG', 2, 4]]],
    ['not after a word that ends no org name', 'Acme of Velto', [['ORG', 0, 1], ['LOC', 2, 3]], [['ORG', 0, 1], ['LOC', 2, 3]]],
    ['not "of" a known place', 'the Council of Paraguay met', [['ORG', 1, 2], ['LOC', 3, 4]], [['ORG', 1, 2], ['LOC', 3, 4]]],
    ['never a person', 'Anna de Velto', [['PER', 0, 1], ['LOC', 2, 3]], [['PER', 0, 1], ['LOC', 2, 3]]],
    ['an article-prefixed part, tagged', 'in Tell ez-Velto today', [['LOC', 1, 2], ['LOC', 2, 3]], [['LOC', 1, 3]]],
    ['an article-prefixed part, untagged', 'in Wadi al-Velto today', [['LOC', 1, 2]], [['LOC', 1, 3]]],
    ['not a lower-case word after a hyphen', 'in Wadi al-based today', [['LOC', 1, 2]], [['LOC', 1, 2]]],
    ['a preposition of names', 'the charity Velto sans Zendrik said', [['MISC', 2, 3], ['LOC', 4, 5]], [['LOC', 2, 5]]],
    ['a place over "upon"', 'in Velto upon Zendrik today', [['LOC', 1, 2], ['LOC', 3, 4]], [['LOC', 1, 4]]],
    ['two club pieces over a year of foundation', 'Velto 1899 Zendrik 17 4 6 7', [['ORG', 0, 1], ['ORG', 2, 3]], [['ORG', 0, 3]]],
    ['not over a score', 'Velto 3 Zendrik 1', [['ORG', 0, 1], ['ORG', 2, 3]], [['ORG', 0, 1], ['ORG', 2, 3]]],
    ['not a place over a year', 'Velto 1999 Zendrik', [['LOC', 0, 1], ['LOC', 2, 3]], [['LOC', 0, 1], ['LOC', 2, 3]]],
  ] as [string, string, Span[], Span[]][])('%s', (_name, text, found, expected) => {
    expect(joinNames(toks(text), found)).toEqual(expected);
  });
});

describe('splitOrgPerson', () => {
  it.each([
    ['an org, a title, a full name', 'Freedonia Trade Envoy Anna Ortega said', ['ORG', 0, 5], [['ORG', 0, 3], ['PER', 3, 5]]],
    ['a title first', 'Envoy Anna Ortega said', ['ORG', 0, 3], [['PER', 1, 3]]],
    ['no title', 'Acme Velto Holdings said', ['ORG', 0, 3], [['ORG', 0, 3]]],
    ['a title then org words', 'Acme Chairman Velto Holdings said', ['ORG', 0, 4], [['ORG', 0, 4]]],
    ['not a person span', 'Envoy Anna Ortega', ['PER', 0, 3], [['PER', 0, 3]]],
  ] as [string, string, Span, Span[]][])('%s', (_name, text, span, expected) => {
    expect(splitOrgPerson(toks(text), span)).toEqual(expected);
  });
});

describe('personsAfterSeats', () => {
  it.each([
    ['a seat read into the party, the person left untagged', 'Velto MP Ivo Sand voted', [['ORG', 0, 2]], [['ORG', 0, 1], ['PER', 2, 4]]],
    ['a seat and the person read into the party', 'Velto MEP Ada Brill said', [['ORG', 0, 4]], [['ORG', 0, 1], ['PER', 2, 4]]],
    ['a plural seat after a one-word name the tagger took for a person', 'Velto MPs Ivo Sand and Ada Brill', [['PER', 0, 1], ['PER', 5, 7]], [['ORG', 0, 1], ['PER', 2, 4], ['PER', 5, 7]]],
    ['the rest of the name tagged on its own', 'Tyrol MEP Ivo Sand-Velto said', [['ORG', 0, 2], ['PER', 3, 4]], [['ORG', 0, 1], ['PER', 2, 4]]],
    ['a seat alone is no name', 'Several MPs said no', [['ORG', 1, 2]], []],
    ['a seat before a lower-case word keeps only the party', 'the Velto MP for Graz', [['ORG', 1, 3]], [['ORG', 1, 2]]],
    ["a person's name before a seat is the member", 'Ivo Sand MP said', [['PER', 0, 2]], [['PER', 0, 2]]],
  ] as [string, string, Span[], Span[]][])('%s', (_name, text, found, expected) => {
    expect(personsAfterSeats(toks(text), found)).toEqual(expected);
  });
});

describe('cutAward', () => {
  it.each([
    ['an award inside the span', "voted Velto Players' Player of the Season", ['ORG', 1, 8], [['ORG', 1, 2]]],
    ['an award after the span', 'made the Velto Team of the Year', ['ORG', 2, 4], [['ORG', 2, 3]]],
    ['only award words', 'named Player of the Month', ['ORG', 1, 5], []],
    ['no award', 'joined the Velto Team in May', ['ORG', 2, 4], [['ORG', 2, 4]]],
    ['ordinary words before an award noun', 'named him for its 1996 Clean Sport award', ['LOC', 5, 6], []],
    ['the body before an award noun', 'won the Velto Clean Sport award', ['ORG', 2, 4], [['ORG', 2, 3]]],
    ['an organization word before an award noun', 'won the Velto Foundation prize', ['ORG', 2, 4], [['ORG', 2, 4]]],
    ['not a capitalized award noun', 'won the Velto Clean Award', ['ORG', 2, 3], [['ORG', 2, 3]]],
  ] as [string, string, Span, Span[]][])('%s', (_name, text, span, expected) => {
    expect(cutAward(toks(text), span)).toEqual(expected);
  });
});

describe('splitRepeat', () => {
  it.each([
    ['a name written twice', 'Velto City Velto City 3', ['ORG', 0, 4], [['ORG', 0, 2], ['ORG', 2, 4]]],
    ['one word twice', 'Zenda Zenda 2', ['ORG', 0, 2], [['ORG', 0, 1], ['ORG', 1, 2]]],
    ['no repeat', 'Velto City Zenda', ['ORG', 0, 3], [['ORG', 0, 3]]],
  ] as [string, string, Span, Span[]][])('%s', (_name, text, span, expected) => {
    expect(splitRepeat(toks(text), span)).toEqual(expected);
  });
});

describe('cutAtBreaks and datelineType', () => {
  it.each([
    ['via', 'Zenda via Halden said', ['LOC', 0, 3], ['LOC', 0, 1]],
    ['an opening bracket', 'Zenda ( VZ said', ['ORG', 0, 3], ['ORG', 0, 1]],
    ['by', 'Zenda by Velto Front', ['LOC', 0, 4], ['LOC', 0, 1]],
    ['nothing to cut', 'Velto Front said', ['ORG', 0, 2], ['ORG', 0, 2]],
    ['"on" and a weekday', 'Velto Ministry on Friday said', ['ORG', 0, 4], ['ORG', 0, 2]],
    ['not "on" before a name', 'Committee on Velto Affairs', ['ORG', 0, 4], ['ORG', 0, 4]],
  ] as [string, string, Span, Span][])('cuts at %s', (_name, text, span, expected) => {
    expect(cutAtBreaks(toks(text), span)).toEqual(expected);
  });

  it.each([
    ['a bracket', 'QUITO (Agency) - Acme rose.', ['ORG', 0, 1], ['LOC', 0, 1]],
    ['a double dash', 'QUITO -- Acme rose.', ['PER', 0, 1], ['LOC', 0, 1]],
    ['a month', 'QUITO Dec 13 Acme rose.', ['ORG', 0, 1], ['LOC', 0, 1]],
    ['not an unknown word', 'ZYLOVAR (Agency) - Acme rose.', ['ORG', 0, 1], ['ORG', 0, 1]],
    ['not mixed case', 'Quito (Agency) - Acme rose.', ['ORG', 0, 1], ['ORG', 0, 1]],
    ['not mid-sentence', 'In QUITO (Agency) - Acme rose.', ['ORG', 1, 2], ['ORG', 1, 2]],
  ] as [string, string, Span, Span][])('a dateline before %s', (_name, text, span, expected) => {
    expect(datelineType(toks(text), span)).toEqual(expected);
  });
});

describe('headlines and ledes', () => {
  it.each([
    ['Storm Hits Coastal Towns in the Valley', true],
    ['Storm Hits Coastal Towns in the Valley.', false],
    ['Anna Ortega Met Ivo Bran And Lena Brandt In Strelsau On Monday.', false],
    ['Velto Opposition', true],
    ['Velto said so', false],
    ['STORM HITS COASTAL TOWNS', false],
  ])('isTitleCase(%j) is %s', (text, expected) => {
    expect(isTitleCase(toks(text))).toBe(expected);
  });

  it.each([
    ['EASTERN VELTO DIVISION', true],
    ['VELTO CITY 3 ZENDA 1', false],
    ['VELTO', false],
    ['Velto Division', false],
  ])('isCapsHeading(%j) is %s', (text, expected) => {
    expect(isCapsHeading(toks(text))).toBe(expected);
  });

  const m = (text: string, sentence: number, extra: Partial<Mention> = {}): Mention => ({ start: 0, end: text.length, text, type: 'Organization', sentence, ...extra });

  it('flags a capitals run inside a sentence with lower-case words', () => {
    expect(isShoutedLede(m('STRELSAU ANNOUNCED', 0), 'STRELSAU ANNOUNCED TODAY that it won.')).toBe(true);
    expect(isShoutedLede(m('STRELSAU', 0), 'STRELSAU announced today that it won.')).toBe(false);
    expect(isShoutedLede(m('ACME CORP', 0), 'ACME CORP')).toBe(false);
  });

  it('cuts an unsure mention down to the body mention it adds ordinary words to', () => {
    const mentions = [m('Velto Hits', 0), m('Lena Brandt', 0, { type: 'Person' }), m('Velto', 1, { type: 'Location' }), m('Brandt', 1, { type: 'Person' })];
    const sentences = [{ start: 0, end: 10, text: 'Velto Hits' }, { start: 11, end: 20, text: 'Velto won' }];
    const out = confirmHeadlineMentions(mentions, (x) => x.sentence === 0, sentences, 1);
    expect(out.map((x) => [x.text, x.type, x.start, x.end])).toEqual([
      ['Velto', 'Location', 0, 5],
      ['Lena Brandt', 'Person', 0, 11],
      ['Velto', 'Location', 0, 5],
      ['Brandt', 'Person', 0, 6],
    ]);
  });
});
