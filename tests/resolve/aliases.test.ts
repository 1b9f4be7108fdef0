// Aliases the text states (aka.ts), acronyms with an acronym inside, honorifics, and branches that are not the whole.
import { describe, expect, it } from 'vitest';
import { statedAliases } from '../../src/resolve/aka.js';
import type { MentionInfo } from '../../src/resolve/mentions.js';
import type { EntityType } from '../../src/types.js';
import { type Case, checkCase } from './fixtures.js';

/** Mentions found in order in the text: [surface, type]. */
function infosOf(text: string, specs: [string, EntityType][]): MentionInfo[] {
  let from = 0;
  return specs.map(([form, type], index) => {
    const start = text.indexOf(form, from);
    from = start + form.length;
    const key = form.toLowerCase();
    return { index, start, end: from, form, ownKey: key, key, type, demonym: false, generic: false };
  });
}

describe('statedAliases', () => {
  it.each([
    ['a bracket with aka words and "or"', 'The Velto Front (also known as VF or Velfront) said so.', [['Velto Front', 'Organization'], ['VF', 'Organization'], ['Velfront', 'Location']], [['vf', 'velto front'], ['velfront', 'velto front']]],
    ['a bracket of two names', 'The Velto Front (VF or Velfront) said so.', [['Velto Front', 'Organization'], ['VF', 'Organization'], ['Velfront', 'Organization']], [['vf', 'velto front'], ['velfront', 'velto front']]],
    ['a bracket of one name without aka words', 'The Siege of Zenda for the Velto Front (VF) went on.', [['Siege of Zenda for the Velto Front', 'Organization'], ['VF', 'Organization']], []],
    ['a comma and "formerly known as"', 'Acme, formerly known as Zylo Corp, said so.', [['Acme', 'Organization'], ['Zylo Corp', 'Organization']], [['zylo corp', 'acme']]],
    ['a bracket that goes on with other words', 'Acme (with Zylo Corp as partner) said so.', [['Acme', 'Organization'], ['Zylo Corp', 'Organization']], []],
    ['a bracket that lists places', 'Ruritania (Zenda, Halden and Strelsau) grew.', [['Ruritania', 'Location'], ['Zenda', 'Location'], ['Halden', 'Location'], ['Strelsau', 'Location']], []],
    ['aka words, then "and" another thing', 'Zylo City, aka Velto City and Halden, grew.', [['Zylo City', 'Location'], ['Velto City', 'Location'], ['Halden', 'Location']], [['velto city', 'zylo city']]],
    ['aka words and a comma list', 'The Velto Front (also known as VF, Velfront or VLF) said so.', [['Velto Front', 'Organization'], ['VF', 'Organization'], ['Velfront', 'Organization'], ['VLF', 'Organization']], [['vf', 'velto front'], ['velfront', 'velto front'], ['vlf', 'velto front']]],
    ['a bare "called" names something else', 'He works for Velto TV, called Zylo Nights, now.', [['Velto TV', 'Organization'], ['Zylo Nights', 'Organization']], []],
    ['"also called" is an alias', 'Velto TV, also called Zylo, grew.', [['Velto TV', 'Organization'], ['Zylo', 'Organization']], [['zylo', 'velto tv']]],
    ['a plain "or" outside a bracket', 'Ruritania or Borduria will win.', [['Ruritania', 'Location'], ['Borduria', 'Location']], []],
    ['a person is not a body', 'Acme (also known as Anna Ortega) said so.', [['Acme', 'Organization'], ['Anna Ortega', 'Person']], []],
  ] as [string, string, [string, EntityType][], [string, string][]][])('%s', (_name, text, specs, expected) => {
    expect(statedAliases(text, infosOf(text, specs))).toEqual(expected);
  });
});

const cases: Case[] = [
  {
    name: 'an alias stated once joins the name in every article',
    articles: [
      ['The Velto Front (also known as Velfront) took Zenda.', [['Velto Front', 'Organization'], ['Velfront', 'Organization'], ['Zenda', 'Location']]],
      ['Velfront fighters left Halden.', [['Velfront', 'Organization'], ['Halden', 'Location']]],
    ],
    same: [
      ['0:Velto Front', '0:Velfront'],
      ['0:Velto Front', '1:Velfront'],
    ],
  },
  {
    name: 'a dotted two-letter acronym joins its expansion, not an org whose name opens with an acronym',
    articles: [
      [
        'The V.N. said the Velto Nations would help. The VN Navy sailed.',
        [['V.N.', 'Organization'], ['Velto Nations', 'Organization'], ['VN Navy', 'Organization']],
      ],
    ],
    same: [['0:V.N.', '0:Velto Nations']],
    differ: [['0:VN Navy', '0:Velto Nations']],
  },
  {
    name: 'an honorific and a surname is the person with that surname, even when tagged a place',
    articles: [['Tomas Brandt arrived. Mr Brandt said he was pleased.', [['Tomas Brandt', 'Person'], ['Mr Brandt', 'Location']]]],
    same: [['0:Mr Brandt', '0:Tomas Brandt']],
    entity: [['0:Mr Brandt', { type: 'Person' }]],
  },
  {
    name: 'a branch is not the whole armed forces',
    articles: [
      [
        "Ruritanian forces advanced. Ruritania's ground forces took Zenda.",
        [['Ruritanian forces', 'Organization'], ["Ruritania's ground forces", 'Organization'], ['Zenda', 'Location']],
      ],
    ],
    differ: [['0:Ruritanian forces', "0:Ruritania's ground forces"]],
  },
];

cases.push({
  name: 'a generic body "of the" country\'s armed forces is the country\'s body',
  articles: [
    [
      'The General Staff of the Ruritanian Armed Forces said so. The Ruritanian General Staff agreed.',
      [['General Staff of the Ruritanian Armed Forces', 'Organization'], ['Ruritanian General Staff', 'Organization']],
    ],
  ],
  same: [['0:General Staff of the Ruritanian Armed Forces', '0:Ruritanian General Staff']],
});

describe('alias rules in resolution', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
});

const formCases: Case[] = [
  {
    name: 'singular, plural and clipped forms of a party name are one party',
    articles: [
      [
        'The Velto Progressives won. A Vel Pro spokesman said the Vel Pros would vote. The Velto Progressive leader spoke.',
        [['Velto Progressives', 'Organization'], ['Vel Pro', 'Organization'], ['Vel Pros', 'Organization'], ['Velto Progressive', 'Organization']],
      ],
    ],
    same: [
      ['0:Velto Progressives', '0:Vel Pro'],
      ['0:Velto Progressives', '0:Vel Pros'],
      ['0:Velto Progressives', '0:Velto Progressive'],
    ],
  },
  {
    name: 'one spelling with "&" for "and", a hyphen or a "the" is one body, named as the articles mostly write it',
    articles: [
      ['Velto & Zylo Bank said so. The Z-Box sold well. Zylo Federation of the Velto Industry agreed.', [['Velto & Zylo Bank', 'Organization'], ['Z-Box', 'Organization'], ['Zylo Federation of the Velto Industry', 'Organization']]],
      ['Velto and Zylo Bank grew. The Zbox and the Zbox again. Zylo Federation of Velto Industry agreed.', [['Velto and Zylo Bank', 'Organization'], ['Zbox', 'Organization'], ['Zbox', 'Organization'], ['Zylo Federation of Velto Industry', 'Organization']]],
    ],
    same: [
      ['0:Velto & Zylo Bank', '1:Velto and Zylo Bank'],
      ['0:Z-Box', '1:Zbox'],
      ['0:Zylo Federation of the Velto Industry', '1:Zylo Federation of Velto Industry'],
    ],
    entity: [['0:Z-Box', { name: 'Zbox' }]],
  },
  {
    name: 'a word is not a clipping of a longer word it starts',
    articles: [['Velto News and Velto Newcastle met.', [['Velto News', 'Organization'], ['Velto Newcastle', 'Organization']]]],
    differ: [['0:Velto News', '0:Velto Newcastle']],
  },
  {
    name: 'one-word names differing by an s stay apart',
    articles: [['The Zylos and the Zylo reported.', [['Zylos', 'Organization'], ['Zylo', 'Organization']]]],
    differ: [['0:Zylos', '0:Zylo']],
  },
  {
    name: 'an organization with "forces" is that organization; government forces are not the government',
    articles: [
      [
        'The Velto Front said Velto Front forces took Zenda. The Ruritanian government said Ruritanian government forces left.',
        [['Velto Front', 'Organization'], ['Velto Front forces', 'Organization'], ['Zenda', 'Location'], ['Ruritanian government', 'Organization'], ['Ruritanian government forces', 'Organization']],
      ],
    ],
    same: [['0:Velto Front', '0:Velto Front forces']],
    differ: [['0:Ruritanian government', '0:Ruritanian government forces']],
  },
  {
    name: 'a short name joins the only body named by it and a company or party tail when they share an article',
    articles: [
      ['Krenmar said it would cut taxes. The Krenmar Party won the vote.', [['Krenmar', 'Organization'], ['Krenmar Party', 'Organization']]],
      ['Krenmar rallied in the capital.', [['Krenmar', 'Organization']]],
      ['Zorbex Airlines agreed.', [['Zorbex Airlines', 'Organization']]],
      ['Zorbex grew.', [['Zorbex', 'Organization']]],
    ],
    same: [['0:Krenmar', '0:Krenmar Party'], ['1:Krenmar', '0:Krenmar Party']],
    // no article names both Zorbex forms: "Zorbex" may be another thing
    differ: [['2:Zorbex Airlines', '3:Zorbex']],
    entity: [['0:Krenmar', { type: 'Organization', name: 'Krenmar Party' }]],
  },
  {
    name: 'a short name does not join an event or league named after it',
    articles: [
      ['Krenmar won the Krenmar Awards. Celta lost in the Celta League.', [['Krenmar', 'Organization'], ['Krenmar Awards', 'Organization'], ['Celta', 'Organization'], ['Celta League', 'Organization']]],
    ],
    differ: [['0:Krenmar', '0:Krenmar Awards'], ['0:Celta', '0:Celta League']],
  },
  {
    name: 'a country name the tagger typed as a body joins the country when place mentions write it so',
    articles: [
      ['Talks in the RK ended.', [['RK', 'Location', { canonical: 'Ruritania' }]]],
      ['The RK said no.', [['RK', 'Organization']]],
    ],
    same: [['1:RK', '0:RK']],
    entity: [['1:RK', { type: 'Location', name: 'Ruritania' }]],
  },
];

describe('organization forms in resolution', () => {
  it.each(formCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkCase(c));
});
