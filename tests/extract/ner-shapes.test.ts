// Shapes of news text around the tagger (headlines.ts, joins.ts): table rows, bylines, contact lines, fragments of headline names, broken spans; invented names.
import { describe, expect, it } from 'vitest';
import { confirmHeadlineMentions, isByline, isCapsHeading, isContactLine, isHeadline, isTableRow } from '../../src/extract/ner/headlines.js';
import { cutEdges, cutPersonOrigin, isCodePiece, isPricedUnit, isThingName } from '../../src/extract/ner/cuts.js';
import { cutAtBreaks, extendOrgs, joinAdjacent, type Span } from '../../src/extract/ner/joins.js';
import { findMentions } from '../../src/extract/ner/index.js';
import { splitSentences, tokenize } from '../../src/extract/text/index.js';
import type { Mention } from '../../src/types.js';

const toks = (text: string) => tokenize(text, 0);

describe('table and list rows', () => {
  it.each([
    ['a ranking row', '1. Lena Varkonyi ( Velmora ) 24.88', true],
    ['a results row', 'Zenda 4 Velto City 1', true],
    ['a match row with a lower-case verb', 'Ivo Bransk ( Velmora ) beat Ana Terzic ( Zenda ) 15-12 15-6', true],
    ['a match row with dotted initials', 'Ivo Bransk ( Velmora ) beat Tomas Velde ( U.S. ) 2-6 6-4', true],
    ['a scorers row', 'Scorers : Ivo Bransk 78 , Tomas Velde 90', true],
    ['a list of names with clubs', 'Defenders - Ivo Bransk ( Zenda ) , Ana de Terzic ( Velto )', true],
    ['a scorecard row', 'Ivo Bransk c Tomas Velde b Ana Terzic 59', true],
    ['a dateline', 'STRELSAU , Velmora 1996-12-06', true],
    ['a headline with numbers', 'Velmoran Air Force Flew Over 7,000 Sorties in Zenda Since 2015', false],
    ['a headline with one name cell', 'Velto Beat Zenda 2-1', false],
    ['a headline over a comma', 'Velmora Hits Back at Allies, Zenda on Metal Tariffs', false],
    ['a credit in brackets', '(Image credit: Screenshot/Velto)', false],
    ['a name, then no name in brackets', 'Note : Velmora Grain Price Index ( Z$ per tonne ) -', false],
    ['one name and its figures', 'Velto City 16 4 5 7 20 25 17', true],
    ['not one name and two figures', 'Velto City 16 4', false],
    ['not one name and a word', 'Velto rose 4 5 7', false],
  ])('%s', (_name, text, expected) => {
    expect(isTableRow(toks(text))).toBe(expected);
  });

  it('does not take a row for a headline, but still a Title Case one', () => {
    expect(isHeadline(toks('2. Lena Varkonyi ( Velmora ) 24.88'))).toBe(false);
    expect(isHeadline(toks('Storm Hits Coastal Towns in the Valley'))).toBe(true);
  });
});

describe('headings in capitals, contact lines, bylines', () => {
  it.each([
    ['EASTERN VELTO DIVISION', true],
    ['VELTO SEES NO BIG 97 NET RISE .', true],
    ['VELTO CITY 3 ZENDA 1', false],
  ])('isCapsHeading(%j) is %s', (text, expected) => {
    expect(isCapsHeading(toks(text))).toBe(expected);
  });

  it.each([
    ['-- Lena Varkonyi , Strelsau newsroom +36 1 327 4040', true],
    ['-- Velto Commodities Desk +1 212 555 0100', true],
    ['- Velto Opposition Wins', false],
    ['Lena Varkonyi , 212-555-0100', false],
  ])('isContactLine(%j) is %s', (text, expected) => {
    expect(isContactLine(toks(text))).toBe(expected);
    if (expected) expect(isHeadline(toks(text))).toBe(false);
  });

  const person = (text: string): Mention => ({ start: 0, end: text.length, text, type: 'Person', sentence: 0 });
  it.each([
    ['Tomas Varkonyi', 'Tomas Varkonyi', true],
    ['Tomas Varkonyi', 'By Tomas Varkonyi', true],
    ['Storm Front', 'Storm Front', false],
    ['Tomas Varkonyi', 'Tomas Varkonyi Wins', false],
    ['Varkonyi', 'Varkonyi', false],
  ])('isByline(%j in %j) is %s', (name, line, expected) => {
    expect(isByline(person(name), line)).toBe(expected);
  });

  it('keeps the names of table rows, bylines and contact lines that the body never repeats', () => {
    const text = [
      'Velmora Cup Results',
      'Tomas Varkonyi',
      'Results of the Velmora Cup on Sunday in Strelsau.',
      '1. Lena Marchetti ( Italy ) 24.88',
      '2. Anna Kowalczyk ( Poland ) 23.50',
      '-- Piotr Zielinski , Warsaw newsroom +48 22 555 0100',
    ].join('\n');
    const names = findMentions(text, splitSentences(text)).map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Tomas Varkonyi', 'Lena Marchetti', 'Anna Kowalczyk', 'Piotr Zielinski']));
  });
});

describe('confirming headline mentions', () => {
  const m = (text: string, start: number, sentence: number, type: Mention['type'] = 'Location'): Mention => ({ start, end: start + text.length, text, type, sentence });

  it('grows a piece of a name to the body name its headline spells out, once', () => {
    const sentences = [
      { start: 0, end: 29, text: 'VELMORA V NORTH ZENDA RESULTS' },
      { start: 30, end: 58, text: 'North Zenda lost in Velmora.' },
    ];
    const mentions = [m('VELMORA', 0, 0), m('NORTH', 10, 0), m('ZENDA', 16, 0, 'Organization'), m('North Zenda', 30, 1), m('Velmora', 50, 1)];
    const out = confirmHeadlineMentions(mentions, (x) => x.sentence === 0, sentences, 1);
    expect(out.map((x) => [x.text, x.type, x.start])).toEqual([
      ['VELMORA', 'Location', 0],
      ['North Zenda', 'Location', 30],
      ['Velmora', 'Location', 50],
      ['NORTH ZENDA', 'Location', 10],
    ]);
  });
});

describe('span fixes', () => {
  it.each([
    ['a person and one more word', 'said Ana Terzic Velkov today', [['PER', 1, 3], ['LOC', 3, 4]], [['PER', 1, 4]]],
    ['not a person and a place', 'said Ana Terzic Paris today', [['PER', 1, 3], ['LOC', 3, 4]], [['PER', 1, 3], ['LOC', 3, 4]]],
    ['not a person and an org word', 'the Ana Terzic Foundation said', [['PER', 1, 3], ['ORG', 3, 4]], [['PER', 1, 3], ['ORG', 3, 4]]],
    ['a first name and a person', 'while Alessandro Del Velkov scored', [['MISC', 1, 2], ['PER', 2, 4]], [['PER', 1, 4]]],
    ['two pieces over a hyphen', 'the London to Velto-Fort Zenda route', [['LOC', 1, 2], ['LOC', 3, 4], ['LOC', 4, 5]], [['LOC', 1, 2], ['LOC', 3, 5]]],
    ['a hyphenated word before', 'a Velmo-Santa Zenda deal', [['ORG', 2, 3]], [['ORG', 1, 3]]],
    ['not two places side by side', 'the Velmora Zenda road', [['LOC', 1, 2], ['LOC', 2, 3]], [['LOC', 1, 2], ['LOC', 2, 3]]],
    ['two pieces that spell a known place', 'Velmora Ponta Grossa Zenda', [['LOC', 1, 2], ['LOC', 2, 3]], [['LOC', 1, 3]]],
    ['not a piece of a place and a person', 'said Ponta Grossa today', [['ORG', 1, 2], ['PER', 2, 3]], [['ORG', 1, 2], ['PER', 2, 3]]],
  ] as [string, string, Span[], Span[]][])('joinAdjacent: %s', (_name, text, found, expected) => {
    expect(joinAdjacent(toks(text), found)).toEqual(expected);
  });

  it.each([
    ['a leading company form', 'PT Velto Jaya closed', [['PER', 1, 3]], [['ORG', 0, 3]]],
    ['a span opening with a leading company form', 'PT Velto Jaya closed', [['PER', 0, 3]], [['ORG', 0, 3]]],
    ['not a lone company form', 'the PT said', [['ORG', 1, 2]], [['ORG', 1, 2]]],
    ['a name ending with a company form', 'Velmoer Rueckver AG said', [['PER', 0, 3]], [['ORG', 0, 3]]],
    ['a company form after "and"', 'Ivo Bransk and Co Inc said', [['PER', 0, 2], ['ORG', 3, 5]], [['ORG', 0, 5]]],
    ['a word and "and" before a body', 'the Tariffs and Quotas Commission said', [['ORG', 3, 5]], [['ORG', 1, 5]]],
    ['a word and "and" before a title', 'Trade and Velto Secretary Ana Terzic', [['ORG', 2, 3], ['PER', 4, 6]], [['ORG', 0, 3], ['PER', 4, 6]]],
    ['not at the start without a title', 'Analysts and Finance Ministry officials', [['ORG', 2, 4]], [['ORG', 2, 4]]],
    ['not a weekday before "and"', 'on Wednesday and Velto Commission', [['ORG', 3, 5]], [['ORG', 3, 5]]],
    ['not a name that ends no body', 'for both Zenda and Velkov', [['ORG', 4, 5]], [['ORG', 4, 5]]],
    ['a lone org word after a demonym and a word', 'The Canadian Velto Board said', [['MISC', 1, 2], ['ORG', 3, 4]], [['ORG', 1, 4]]],
    ['a lone org word after a place', 'said Strelsau Bank', [['LOC', 1, 2], ['ORG', 2, 3]], [['ORG', 1, 3]]],
    ['a lone org word and an apostrophe', "said Strelsau Bank ' s chief", [['LOC', 1, 2], ['ORG', 2, 4]], [['ORG', 1, 4]]],
  ] as [string, string, Span[], Span[]][])('extendOrgs: %s', (_name, text, found, expected) => {
    expect(extendOrgs(toks(text), found)).toEqual(expected);
  });

  it.each([
    ['a lower-case tail', 'to Zenda route in', ['LOC', 1, 3], ['LOC', 1, 2]],
    ['no tail', 'Zenda Velto said', ['LOC', 0, 2], ['LOC', 0, 2]],
    ['a lower-case head', "Zenda ' s Velde says", ['PER', 2, 4], ['PER', 3, 4]],
    ['not a particle head', 'van Velde says', ['PER', 0, 2], ['PER', 0, 2]],
    ['a weekday after a place', 'The Velmora Thursday said', ['LOC', 1, 3], ['LOC', 1, 2]],
    ['not a weekday after a body', 'Zenda Wednesday won', ['ORG', 0, 2], ['ORG', 0, 2]],
  ] as [string, string, Span, Span][])('cutEdges: %s', (_name, text, span, expected) => {
    expect(cutEdges(toks(text), span)).toEqual(expected);
  });

  it.each([
    ['"of" and a known place', 'Ivo Velde of Paraguay', ['PER', 0, 4], ['PER', 0, 2]],
    ['not "of" and anything else', 'Joan of Velkor', ['PER', 0, 3], ['PER', 0, 3]],
    ['not an organization', 'Bank of Paraguay', ['ORG', 0, 3], ['ORG', 0, 3]],
  ] as [string, string, Span, Span][])('cutPersonOrigin: %s', (_name, text, span, expected) => {
    expect(cutPersonOrigin(toks(text), span)).toEqual(expected);
  });

  it('cuts at a slash between names', () => {
    expect(cutAtBreaks(toks('Sidi Velkor / Zenda W100'), ['PER', 0, 5])).toEqual(['PER', 0, 2]);
  });

  it.each([
    ['a ticker after "#"', 'Velmora Nikel 0#VLMN.ZN had', ['ORG', 4, 5], true],
    ['a market code after a dot', 'Velmora Nikel 0#VLMN.ZN had', ['ORG', 6, 7], true],
    ['a name before a full stop', 'He met Velmora.', ['LOC', 2, 3], false],
    ['a plain name', 'He met Velmora Nikel today', ['ORG', 2, 4], false],
  ] as [string, string, Span, boolean][])('isCodePiece: %s', (_name, text, span, expected) => {
    const ts = toks(text);
    expect(isCodePiece(ts, span)).toBe(expected);
  });
});

describe('spans that name no entity', () => {
  it.each([
    ['a unit after an amount and "per"', '$ 4.25 per ZDR in Strelsau', ['ORG', 3, 4], true],
    ['a unit after a count', 'sold 1,250 per VTU', ['ORG', 3, 4], true],
    ['not without an amount', 'as per VTU rules', ['ORG', 2, 3], false],
    ['not two words', '$ 4.25 per Velto Zenda share', ['ORG', 3, 5], false],
  ] as [string, string, Span, boolean][])('isPricedUnit: %s', (_name, text, span, expected) => {
    expect(isPricedUnit(toks(text), span)).toBe(expected);
  });

  it.each([
    ['a scheme', 'funded under the Velto Growth Initiative .', ['ORG', 3, 6], true],
    ['a measure', 'the Velmora Grain Price Index rose', ['ORG', 1, 5], true],
    ['a law', 'under the Zenda Clean Water Act', ['ORG', 2, 6], true],
    ['not a body named after one', 'the Velto Initiative Group said', ['ORG', 1, 4], false],
    ['not one word', 'Initiative said', ['ORG', 0, 1], false],
    ['not in capitals', 'THE VELTO INDEX', ['ORG', 1, 3], false],
  ] as [string, string, Span, boolean][])('isThingName: %s', (_name, text, span, expected) => {
    expect(isThingName(toks(text), span)).toBe(expected);
  });
});
