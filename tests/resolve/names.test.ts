// Organizations, places, acronyms, case and punctuation variants, ids.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.js';
import { type Case, checkCase, FAKE_PLACES, makeCorpus } from './fixtures.js';

const CASES: Case[] = [
  {
    name: 'an org a title is held at outvotes tagger guesses of Person ("Quorvex CEO Lina Marsh")',
    articles: [
      [
        'Quorvex is buying a rival. Quorvex CEO Lina Marsh said so. Quorvex has made deals before.',
        [['Quorvex', 'Person'], ['Quorvex', 'Organization'], ['Lina Marsh', 'Person'], ['Quorvex', 'Person']],
        [['HOLDS_POSITION', 2, 1, 'CEO']],
      ],
    ],
    same: [['0:Quorvex', '0:Quorvex#2']],
    entity: [['0:Quorvex', { type: 'Organization' }]],
  },
  {
    name: 'without a title construction the majority type stands',
    articles: [['Quorvex is buying a rival. Quorvex said so. Quorvex has made deals.', [['Quorvex', 'Person'], ['Quorvex', 'Organization'], ['Quorvex', 'Person']]]],
    entity: [['0:Quorvex', { type: 'Person' }]],
  },
  {
    name: 'acronym defined in parentheses, used in another article',
    articles: [
      ['Fighters of the Northern Defence Forces (NDF) crossed. The NDF denied it.', [['Northern Defence Forces', 'Organization'], ['NDF', 'Organization'], ['NDF', 'Organization']]],
      ['The NDF said it had withdrawn.', [['NDF', 'Organization']]],
    ],
    same: [['0:Northern Defence Forces', '0:NDF'], ['0:NDF#2', '1:NDF']],
    entity: [['1:NDF', { id: 'organization:northern-defence-forces', name: 'Northern Defence Forces', aliases: ['NDF'] }]],
  },
  {
    name: 'acronym defined in parentheses without a mention of the long form',
    articles: [['Units of the Northern Defence Forces (NDF) crossed.', [['NDF', 'Organization']]]],
    entity: [['0:NDF', { name: 'Northern Defence Forces', type: 'Organization', aliases: ['NDF'] }]],
  },
  {
    name: 'short acronyms need their expansion in the same article',
    articles: [
      ['The Coastal League met. The CL chairman spoke.', [['Coastal League', 'Organization'], ['CL', 'Organization']]],
      ['The CL was not consulted.', [['CL', 'Organization']]],
    ],
    same: [['0:Coastal League', '0:CL']],
    differ: [['0:CL', '1:CL']],
  },
  {
    name: 'longer acronyms match a unique expansion anywhere in the corpus',
    articles: [
      ['The Baltic Trade Union called a strike.', [['Baltic Trade Union', 'Organization']]],
      ['The BTU strike went ahead.', [['BTU', 'Organization']]],
    ],
    same: [['0:Baltic Trade Union', '1:BTU']],
  },
  {
    name: 'place spelling variants merge; known distinct places and city/province do not',
    articles: [
      ['Jets flew from Ostravik to Halden province via Brandon and Zenda.', [['Ostravik', 'Location'], ['Halden province', 'Location'], ['Brandon', 'Location'], ['Zenda', 'Location']]],
      ['Ostravick air base near Zenda, the city of Halden and Brendon.', [['Ostravick', 'Location'], ['Zenda', 'Location'], ['Halden', 'Location'], ['Brendon', 'Location']]],
    ],
    same: [['0:Ostravik', '1:Ostravick']],
    differ: [['0:Halden province', '1:Halden'], ['0:Brandon', '1:Brendon']],
  },
  {
    name: 'place spelling variants need shared context and a long differing word',
    articles: [
      ['Rain fell on Kesselburg and Upper Vardenia.', [['Kesselburg', 'Location'], ['Upper Vardenia', 'Location']]],
      ['Kesselberg hosted a fair. Lower Vardenia too.', [['Kesselberg', 'Location'], ['Lower Vardenia', 'Location']]],
      ['Upper Vardenia and Lower Vardenia voted.', [['Upper Vardenia', 'Location'], ['Lower Vardenia', 'Location']]],
    ],
    differ: [['0:Kesselburg', '1:Kesselberg'], ['2:Upper Vardenia', '2:Lower Vardenia']],
  },
  {
    name: 'transliterated place names fold together; vowel-only variants allow two edits',
    articles: [
      ['Shelling near Shaqqor and Taleimim.', [['Shaqqor', 'Location'], ['Taleimim', 'Location']]],
      ['Jets at Talimime left for Shakkor.', [['Talimime', 'Location'], ['Shakkor', 'Location']]],
    ],
    same: [['0:Shaqqor', '1:Shakkor'], ['0:Taleimim', '1:Talimime']],
  },
  {
    name: 'a known country never absorbs a look-alike',
    articles: [['Borduria and Bordurria signed.', [['Borduria', 'Location'], ['Bordurria', 'Location']]]],
    differ: [['0:Borduria', '0:Bordurria']],
  },
  {
    name: '"the", possessives and case variants',
    articles: [
      ["The Alliance met in STRELSAU. Ruritania's envoy said the Alliance would act.", [['The Alliance', 'Organization'], ['STRELSAU', 'Location'], ["Ruritania's", 'Location'], ['Alliance', 'Organization']]],
      ['Strelsau, the capital of Ruritania, was calm.', [['Strelsau', 'Location'], ['Ruritania', 'Location']]],
    ],
    same: [['0:The Alliance', '0:Alliance'], ['0:STRELSAU', '1:Strelsau'], ["0:Ruritania's", '1:Ruritania']],
    differ: [['1:Strelsau', '1:Ruritania']],
    entity: [
      ['0:STRELSAU', { id: 'location:strelsau', name: 'Strelsau', aliases: ['STRELSAU'], geo: { lat: 50.1, lon: 14.4, country: 'RU' } }],
      ['0:Alliance', { name: 'Alliance', aliases: [] }],
    ],
  },
  {
    name: 'a country and its demonym are one node; its government is another',
    articles: [
      [
        'Ruritanian troops left. The Ruritanian Government said Ruritania would wait.',
        [['Ruritanian', 'Location', { canonical: 'Ruritania' }], ['Ruritanian Government', 'Organization'], ['Ruritania', 'Location']],
      ],
    ],
    same: [['0:Ruritanian', '0:Ruritania']],
    differ: [['0:Ruritanian Government', '0:Ruritania']],
    entity: [['0:Ruritanian', { id: 'location:ruritania', name: 'Ruritania', type: 'Location', aliases: [] }]],
  },
  {
    name: 'an adjective the gazetteer does not know joins its place',
    articles: [['Sylvanian ships reached Sylvania.', [['Sylvanian', 'Location'], ['Sylvania', 'Location']]]],
    same: [['0:Sylvanian', '0:Sylvania']],
    entity: [['0:Sylvania', { name: 'Sylvania', aliases: [] }]],
  },
  {
    name: 'type votes: known countries are places; noise loses to the majority',
    articles: [
      ['Borduria protested. Zenda and Zenda were hit.', [['Borduria', 'Organization'], ['Zenda', 'Location'], ['Zenda', 'Location']]],
      ['Zenda responded.', [['Zenda', 'Organization']]],
    ],
    entity: [
      ['0:Borduria', { type: 'Location', id: 'location:borduria' }],
      ['1:Zenda', { type: 'Location', id: 'location:zenda' }],
    ],
  },
  {
    name: 'junk spans are dropped',
    articles: [['The Monday he said so.', [['The', 'Organization'], ['Monday', 'Person'], ['he', 'Person']]]],
    dropped: ['0:The', '0:Monday', '0:he'],
  },
  {
    name: 'one-word club name joins the long name given first; a company brand does not',
    articles: [
      ['Northwich Rovers won. Northwich scored twice.', [['Northwich Rovers', 'Organization'], ['Northwich', 'Organization']]],
      ['Northwich drew again.', [['Northwich', 'Organization']]],
      ['Velto sold shares. Velto Labs was spun off.', [['Velto', 'Organization'], ['Velto Labs', 'Organization']]],
      ['The town of Northwich flooded.', [['Northwich', 'Location']]],
      ['Vextor Zentra sales rose. Vextor said so.', [['Vextor Zentra', 'Organization'], ['Vextor', 'Organization']]],
      ['Vextor Dynamics grew. Vextor said so. The Zentra console sold well.', [['Vextor Dynamics', 'Organization'], ['Vextor', 'Organization'], ['Zentra', 'Organization']]],
    ],
    same: [['0:Northwich Rovers', '0:Northwich'], ['0:Northwich', '1:Northwich'], ['5:Vextor', '5:Vextor Dynamics']],
    differ: [['2:Velto', '2:Velto Labs'], ['3:Northwich', '0:Northwich'], ['4:Vextor', '4:Vextor Zentra']],
  },
  {
    name: 'an acronym is not the initials of a name containing it; headline fragments are not long forms',
    articles: [['The NR Senate met. NR delegates and Alden beats Corvo. Corvo lost.', [['NR Senate', 'Organization'], ['NR', 'Organization'], ['Alden beats Corvo', 'Organization'], ['Corvo', 'Organization']]]],
    differ: [['0:NR Senate', '0:NR'], ['0:Alden beats Corvo', '0:Corvo']],
  },
  {
    name: 'an acronym defined for a country-named org joins that org',
    articles: [
      ['The Ruritanian National Party (RNP) won. The Ruritanian National Party celebrated.', [['Ruritanian National Party', 'Organization'], ['RNP', 'Organization'], ['Ruritanian National Party', 'Organization']]],
      ['The RNP lost a seat.', [['RNP', 'Organization']]],
    ],
    same: [['0:Ruritanian National Party', '1:RNP']],
    entity: [['1:RNP', { id: 'organization:ruritanian-national-party', aliases: ['RNP'] }]],
  },
  {
    name: 'a town plus a club word is a club, and the bare town name in its article too',
    articles: [
      ['Northwich Rovers lost. Fans of Northwich were angry.', [['Northwich Rovers', 'Location'], ['Northwich', 'Location']]],
      ['Kessel City and Kessel grew.', [['Kessel City', 'Location'], ['Kessel', 'Location']]],
      ['Rain in Northwich.', [['Northwich', 'Location']]],
    ],
    same: [['0:Northwich Rovers', '0:Northwich']],
    differ: [['1:Kessel City', '1:Kessel'], ['2:Northwich', '0:Northwich']],
    entity: [
      ['0:Northwich', { type: 'Organization', name: 'Northwich Rovers' }],
      ['1:Kessel City', { type: 'Location' }],
      ['2:Northwich', { type: 'Location' }],
    ],
  },
  {
    name: 'member descriptors join the group itself',
    articles: [['Vanguard militants attacked. Vanguard later said it had.', [['Vanguard militants', 'Organization'], ['Vanguard', 'Organization']]]],
    same: [['0:Vanguard militants', '0:Vanguard']],
    entity: [['0:Vanguard', { name: 'Vanguard', aliases: ['Vanguard militants'] }]],
  },
  {
    name: 'an org named after its country is one node however the country is written',
    articles: [
      ['The Ruritanian Army advanced.', [['Ruritanian Army', 'Organization']]],
      ["Ruritania's army withdrew. The Ruritania Foreign Ministry spoke.", [["Ruritania's army", 'Organization'], ['Ruritania Foreign Ministry', 'Organization']]],
      ["Ruritania's Foreign Ministry denied it.", [['Ruritania', 'Location'], ['Foreign Ministry', 'Organization']]],
      ['Ruritanian troops and the Ruritanian Government.', [['Ruritanian troops', 'Organization'], ['Ruritanian Government', 'Organization']]],
      ['The Ministry of Defence of the Republic of Ruritania and the Ruritanian Defense Ministry.', [['Ministry of Defence of the Republic of Ruritania', 'Organization'], ['Ruritanian Defense Ministry', 'Organization']]],
      ['The Ministry of Defence of Ruritania spoke.', [['Ministry of Defence of Ruritania', 'Organization']]],
    ],
    same: [
      ['0:Ruritanian Army', "1:Ruritania's army"],
      ['1:Ruritania Foreign Ministry', '2:Foreign Ministry'],
      ['0:Ruritanian Army', '3:Ruritanian troops'],
      ['4:Ministry of Defence of the Republic of Ruritania', '4:Ruritanian Defense Ministry'],
      ['5:Ministry of Defence of Ruritania', '4:Ruritanian Defense Ministry'],
    ],
    differ: [['2:Ruritania', '2:Foreign Ministry'], ['3:Ruritanian troops', '3:Ruritanian Government']],
    entity: [['0:Ruritanian Army', { type: 'Organization', id: 'organization:ruritanian-army' }]],
  },
  {
    name: 'generic org heads take their country from the article or stay local',
    articles: [
      [
        'Bordurian government forces shelled Zenda. Later government forces pulled back, the army rested and the police watched.',
        [['Bordurian government forces', 'Organization'], ['Zenda', 'Location'], ['government forces', 'Organization'], ['army', 'Organization'], ['police', 'Organization']],
      ],
      ["Borduria's Foreign Ministry protested. The Foreign Ministry of Ruritania replied.", [['Borduria', 'Location'], ['Foreign Ministry', 'Organization']]],
      ['The Foreign Ministry said nothing.', [['Foreign Ministry', 'Organization']]],
      ['The Foreign Ministry said more.', [['Foreign Ministry', 'Organization']]],
    ],
    same: [['0:Bordurian government forces', '0:government forces'], ['0:army', '0:government forces']],
    differ: [['1:Foreign Ministry', '2:Foreign Ministry'], ['2:Foreign Ministry', '3:Foreign Ministry']],
    dropped: ['0:police'],
    entity: [
      ['1:Foreign Ministry', { name: 'Borduria Foreign Ministry' }],
      ['2:Foreign Ministry', { name: 'Foreign Ministry' }],
    ],
  },
  {
    name: 'a role word ending an org span is not part of the org',
    articles: [
      ['Vextor CEO Lena Brandt said Vextor would grow.', [['Vextor CEO', 'Organization'], ['Lena Brandt', 'Person'], ['Vextor', 'Organization']]],
      ['Vextor CEO Lena Brandt resigned.', [['Vextor CEO Lena Brandt', 'Organization']]],
    ],
    same: [['0:Vextor CEO', '0:Vextor'], ['1:Vextor CEO Lena Brandt', '0:Lena Brandt']],
    entity: [['1:Vextor CEO Lena Brandt', { type: 'Person', name: 'Lena Brandt' }]],
  },
  {
    name: 'all-caps acronyms are not pronouns',
    articles: [['IT firms grew. It was a good year.', [['IT', 'Organization'], ['It', 'Organization']]]],
    entity: [['0:IT', { name: 'IT' }]],
    dropped: ['0:It'],
  },
  {
    name: "a government named after its leader joins the government of the leader's country",
    articles: [
      [
        'Ruritanian President Anna Ortega spoke. The Ruritanian government agreed.',
        [['Ruritanian', 'Location', { canonical: 'Ruritania' }], ['Anna Ortega', 'Person'], ['Ruritanian government', 'Organization']],
        [['HOLDS_POSITION', 1, 0, 'President']],
      ],
      ['The Ortega regime denied it. Ortega left.', [['Ortega regime', 'Organization'], ['Ortega', 'Person']]],
      ['The Volkov administration and the Brandt Group.', [['Volkov administration', 'Organization'], ['Brandt Group', 'Organization']]],
    ],
    same: [['1:Ortega regime', '0:Ruritanian government'], ['1:Ortega', '0:Anna Ortega']],
    differ: [['1:Ortega regime', '1:Ortega'], ['2:Volkov administration', '0:Ruritanian government']],
    entity: [['1:Ortega regime', { type: 'Organization', name: 'Ruritanian government' }]],
  },
  {
    name: 'colliding slugs get a deterministic suffix',
    articles: [['Ortega & Sons and Ortega Sons are rivals.', [['Ortega & Sons', 'Organization'], ['Ortega Sons', 'Organization']]]],
    entity: [
      ['0:Ortega & Sons', { id: 'organization:ortega-sons' }],
      ['0:Ortega Sons', { id: 'organization:ortega-sons-2' }],
    ],
  },
];

describe('resolveCorpus: names', () => {
  it.each(CASES)('$name', checkCase);

  it('lists every entity once, sorted by id, each used by a mention', () => {
    const all = CASES.flatMap((c) => c.articles);
    const corpus = resolveCorpus(makeCorpus(all), { places: FAKE_PLACES });
    const ids = corpus.entities.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(corpus.mentionEntity.flat().filter((x) => x !== null))).toEqual(new Set(ids));
    for (const e of corpus.entities) {
      expect(e.aliases).toEqual([...new Set(e.aliases)].sort());
      expect(e.aliases).not.toContain(e.name);
    }
  });
});
