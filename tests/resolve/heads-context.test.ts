// Types and keys from a name's last word (heads-type.ts) and from the article around it (context-type.ts).
import { describe, expect, it } from 'vitest';
import { actsAsBody } from '../../src/resolve/context-type.js';
import { corporateHead, headType, regionOf } from '../../src/resolve/heads-type.js';
import { type Case, checkCase, FAKE_PLACES } from './fixtures.js';

describe('headType', () => {
  it.each([
    ['Borduria Army', 'Location', 'Organization'],
    ['Asia Trade Cooperation', 'Location', 'Organization'],
    ['Anna Ortega Foundation', 'Person', 'Organization'],
    ['Velto Peninsula', 'Organization', 'Location'],
    ['Velto Islands', 'Organization', 'Location'],
    ['Army', 'Location', 'Location'],
    ['Kessel City', 'Location', 'Location'],
    ['Velto State', 'Organization', 'Organization'],
    ['Anna Ortega', 'Person', 'Person'],
    ['Mr Brandt', 'Location', 'Person'],
    ['Dr. Ada Brill', 'Organization', 'Person'],
  ] as const)('%s (%s) → %s', (form, type, expected) => {
    expect(headType(form, type, FAKE_PLACES)).toBe(expected);
  });
});

describe('regionOf and corporateHead', () => {
  it.each([
    ['Velto Province', 'Velto'],
    ['Halden State', undefined],
    ['Velto', undefined],
    ['Strelsau Region', undefined],
  ])('regionOf(%s) is %s', (form, expected) => {
    expect(regionOf(form, FAKE_PLACES)).toBe(expected);
  });

  it.each([
    ['acme motor co', 'acme'],
    ['acme holdings', 'acme'],
    ['acme walkman', undefined],
    ['holdings', undefined],
  ])('corporateHead(%s) is %s', (key, expected) => {
    expect(corporateHead(key)).toBe(expected);
  });
});

describe('actsAsBody', () => {
  it.each([
    ['the Bluehouse said on Monday', true],
    ['the Bluehouse spokesman said', true],
    ['Velto Daily reported that', true],
    ['according to the Bluehouse, talks', true],
    ['he told Velto Daily that', true],
    ['they met at the Bluehouse on Monday', false],
    ['the Bluehouse lawn', false],
  ])('%s → %s', (text, expected) => {
    const start = text.indexOf(text.includes('Bluehouse') ? 'Bluehouse' : 'Velto Daily');
    const end = start + (text.includes('Bluehouse') ? 'Bluehouse'.length : 'Velto Daily'.length);
    expect(actsAsBody(text, start, end)).toBe(expected);
  });
});

const cases: Case[] = [
  {
    name: 'a region with and without its division word is one place',
    articles: [['Floods hit Velto Province. Velto was cut off.', [['Velto Province', 'Location'], ['Velto', 'Location']]]],
    same: [['0:Velto Province', '0:Velto']],
    entity: [['0:Velto', { name: 'Velto', type: 'Location' }]],
  },
  {
    name: 'a city is not the state named after it',
    articles: [['Halden State voted. Halden was calm.', [['Halden State', 'Location'], ['Halden', 'Location']]]],
    differ: [['0:Halden State', '0:Halden']],
  },
  {
    name: 'company-form words join the company, in any article order',
    articles: [
      ['Acme beat forecasts.', [['Acme', 'Organization']]],
      ['Acme Motor Co. said sales rose.', [['Acme Motor Co.', 'Organization']]],
    ],
    same: [['0:Acme', '1:Acme Motor Co.']],
  },
  {
    name: 'a product is not its maker',
    articles: [['Acme Walkman sold well.', [['Acme Walkman', 'Organization']]], ['Acme said so.', [['Acme', 'Organization']]]],
    differ: [['0:Acme Walkman', '1:Acme']],
  },
  {
    name: 'a body word types a place span; a geographic word an org span',
    articles: [['The Borduria Army took the Velto Peninsula.', [['Borduria Army', 'Location'], ['Velto Peninsula', 'Organization']]]],
    entity: [
      ['0:Borduria Army', { type: 'Organization' }],
      ['0:Velto Peninsula', { type: 'Location' }],
    ],
  },
  {
    name: 'an unknown place that speaks or has a spokesman is a body; a known one stays a place',
    articles: [
      ['The Bluehouse said no. Borduria said yes.', [['Bluehouse', 'Location'], ['Borduria', 'Location']]],
      ['The Bluehouse spokesman left.', [['Bluehouse', 'Location']]],
    ],
    entity: [
      ['0:Bluehouse', { type: 'Organization', id: 'organization:bluehouse' }],
      ['1:Bluehouse', { id: 'organization:bluehouse' }],
      ['0:Borduria', { type: 'Location' }],
    ],
  },
  {
    name: 'a full name typed as an org is the person its lone surname names',
    articles: [['The party named Tomas Ivo Brandt. Brandt won.', [['Tomas Ivo Brandt', 'Organization'], ['Brandt', 'Person']]]],
    same: [['0:Tomas Ivo Brandt', '0:Brandt']],
    entity: [['0:Brandt', { type: 'Person', name: 'Tomas Ivo Brandt' }]],
  },
  {
    name: 'an org with a body word keeps its type next to a lone surname',
    articles: [['The Brandt Foundation paid. Brandt won.', [['Brandt Foundation', 'Organization'], ['Brandt', 'Person']]]],
    differ: [['0:Brandt Foundation', '0:Brandt']],
    entity: [['0:Brandt Foundation', { type: 'Organization' }]],
  },
  {
    name: 'an org name of English words keeps its type next to a lone "surname"',
    articles: [['Open Rights Watch said so. Watch added more.', [['Open Rights Watch', 'Organization'], ['Watch', 'Person']]]],
    entity: [['0:Open Rights Watch', { type: 'Organization' }]],
  },
  {
    name: 'a lone compass word stands for the only country named with it',
    articles: [['North Borduria fired. The North denied it.', [['North Borduria', 'Location'], ['North', 'Location']]]],
    same: [['0:North', '0:North Borduria']],
  },
  {
    name: 'a lone compass word with no such country stays apart',
    articles: [['Borduria fired. The North denied it.', [['Borduria', 'Location'], ['North', 'Location']]]],
    differ: [['0:North', '0:Borduria']],
  },
  {
    name: 'a generic body of an article about one country is that country\'s, in every such article',
    articles: [
      [
        'The Senate met in Strelsau. Zenda and Halden voted.',
        [['Senate', 'Organization'], ['Strelsau', 'Location', { geo: { lat: 50.1, lon: 14.4, country: 'RU' } }], ['Zenda', 'Location', { geo: { lat: 49.5, lon: 13.9, country: 'RU' } }], ['Halden', 'Location', { geo: { lat: 49.9, lon: 15.1, country: 'RU' } }]],
      ],
      [
        'In Zenda the Senate sat. Strelsau and Halden agreed.',
        [['Zenda', 'Location', { geo: { lat: 49.5, lon: 13.9, country: 'RU' } }], ['Senate', 'Organization'], ['Strelsau', 'Location', { geo: { lat: 50.1, lon: 14.4, country: 'RU' } }], ['Halden', 'Location', { geo: { lat: 49.9, lon: 15.1, country: 'RU' } }]],
      ],
      [
        'The Senate met. Brandon, Brendon and Zenda voted.',
        [['Senate', 'Organization'], ['Brandon', 'Location', { geo: { lat: 48, lon: 16, country: 'BD' } }], ['Brendon', 'Location', { geo: { lat: 47, lon: 17, country: 'BD' } }], ['Zenda', 'Location', { geo: { lat: 49.5, lon: 13.9, country: 'RU' } }]],
      ],
    ],
    same: [['0:Senate', '1:Senate']],
    differ: [['0:Senate', '2:Senate']],
    entity: [['0:Senate', { name: 'Ruritania Senate', type: 'Organization' }]],
  },
];

describe('type and key rules in resolution', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
});
