// Corpus-wide person evidence and tagger fragments: glued title/org spans, cross-type names, lone given names, stray words.
import { describe, it } from 'vitest';
import { type Case, checkCase } from './fixtures.js';

const PERSON_CASES: Case[] = [
  {
    name: 'a rank phrase glued to a known full name becomes that person',
    articles: [
      ['Minister Anton Virtanen spoke.', [['Minister Anton Virtanen', 'Person']]],
      ['The Minister of War General of the Army Anton Virtanen said so.', [['Army Anton Virtanen', 'Organization']]],
    ],
    same: [['0:Minister Anton Virtanen', '1:Army Anton Virtanen']],
    entity: [['1:Army Anton Virtanen', { type: 'Person', name: 'Anton Virtanen', aliases: [] }]],
  },
  {
    name: 'a country glued to a known full name becomes that person',
    articles: [
      [
        'The Supreme Commander of Ruritania Anton Virtanen agreed. Anton Virtanen left.',
        [['Ruritania Anton Virtanen', 'Location'], ['Anton Virtanen', 'Person']],
      ],
    ],
    same: [['0:Ruritania Anton Virtanen', '0:Anton Virtanen']],
    entity: [['0:Ruritania Anton Virtanen', { type: 'Person', name: 'Anton Virtanen' }]],
  },
  {
    name: 'a Person span keeps a capitalized given name before a known name ("Lena Anton Virtanen")',
    articles: [['Anton Virtanen and Lena Anton Virtanen met.', [['Anton Virtanen', 'Person'], ['Lena Anton Virtanen', 'Person']]]],
    differ: [['0:Anton Virtanen', '0:Lena Anton Virtanen']],
  },
  {
    name: 'a Person span drops an English-word head before a known name ("Staff Anton Virtanen")',
    articles: [['Chief of the General Staff Anton Virtanen spoke. Anton Virtanen left.', [['Staff Anton Virtanen', 'Person'], ['Anton Virtanen', 'Person']]]],
    same: [['0:Staff Anton Virtanen', '0:Anton Virtanen']],
  },
  {
    name: 'a titled person typed as an org elsewhere, in another spelling, joins the person',
    articles: [
      ['Defence Minister Arkadiy Brelov arrived in Zenda.', [['Defence Minister Arkadiy Brelov', 'Person'], ['Zenda', 'Location']]],
      ['In Zenda the minister (Arkady Brelov) reported.', [['Zenda', 'Location'], ['Arkady Brelov', 'Organization']]],
    ],
    same: [['0:Defence Minister Arkadiy Brelov', '1:Arkady Brelov']],
    entity: [['1:Arkady Brelov', { type: 'Person' }]],
  },
  {
    name: 'a tie between Person and Organization goes to the person when the name opens with a given name',
    articles: [
      ['Anton Kessler arrived.', [['Anton Kessler', 'Person']]],
      ['Anton Kessler reported.', [['Anton Kessler', 'Organization']]],
    ],
    entity: [['1:Anton Kessler', { type: 'Person' }]],
  },
  {
    name: 'a company typed Person once but Organization more often stays an organization',
    articles: [
      ['Velto Kessler said profits rose.', [['Velto Kessler', 'Person']]],
      ['Velto Kessler and Velto Kessler again.', [['Velto Kessler', 'Organization'], ['Velto Kessler', 'Organization']]],
    ],
    entity: [['1:Velto Kessler', { type: 'Organization' }]],
  },
  {
    name: 'an org ending in a person-typed phrase of English words keeps its name',
    articles: [
      ['Rights Watch spoke.', [['Rights Watch', 'Person']]],
      ['The Harbour Rights Watch report.', [['Harbour Rights Watch', 'Organization']]],
    ],
    entity: [['1:Harbour Rights Watch', { type: 'Organization', name: 'Harbour Rights Watch' }]],
  },
];

const FIRST_NAME_CASES: Case[] = [
  {
    name: 'a given name cut from its surname by a bracket joins the full name that follows',
    articles: [
      [
        'Even foes of (Ruritanian president Anton) Virtanen agree. Anton Virtanen thanked them.',
        [['Anton', 'Person'], ['Virtanen', 'Person'], ['Anton Virtanen', 'Person']],
      ],
    ],
    same: [['0:Anton', '0:Anton Virtanen'], ['0:Virtanen', '0:Anton Virtanen']],
  },
  {
    name: 'a lone given name in another article joins the only full name with it when they share context',
    articles: [
      ['Anton Virtanen visited Zenda.', [['Anton Virtanen', 'Person'], ['Zenda', 'Location']]],
      ['In Zenda, Anton waved.', [['Zenda', 'Location'], ['Anton', 'Person']]],
    ],
    same: [['0:Anton Virtanen', '1:Anton']],
  },
  {
    name: 'a titled lone given name, or one shared by two full names, stays apart',
    articles: [
      ['Anton Virtanen visited Zenda. Lena Ortmann and Lena Brik met.', [['Anton Virtanen', 'Person'], ['Zenda', 'Location'], ['Lena Ortmann', 'Person'], ['Lena Brik', 'Person']]],
      ['In Zenda, Sir Anton waved and Lena spoke.', [['Zenda', 'Location'], ['Sir Anton', 'Person'], ['Lena', 'Person']]],
    ],
    differ: [['0:Anton Virtanen', '1:Sir Anton'], ['1:Lena', '0:Lena Ortmann'], ['1:Lena', '0:Lena Brik']],
  },
];

const FRAGMENT_CASES: Case[] = [
  {
    name: 'a given name glued to an org at the end of a bracketed description is cut off',
    articles: [
      ['Velto grew. Velto hired.', [['Velto', 'Organization'], ['Velto', 'Organization']]],
      ['I thank Brandt (head of the Velto Anna) for this.', [['Brandt', 'Person'], ['Velto Anna', 'Organization']]],
    ],
    same: [['0:Velto', '1:Velto Anna']],
  },
  {
    name: 'a company named like "Velto Anna" outside brackets keeps its name',
    articles: [
      ['Velto grew. Velto hired.', [['Velto', 'Organization'], ['Velto', 'Organization']]],
      ['Shares of Velto Anna rose.', [['Velto Anna', 'Organization']]],
    ],
    differ: [['0:Velto', '1:Velto Anna']],
  },
  {
    name: 'an English word standing only before a title is dropped; a company before "CEO" stays',
    articles: [
      ['He reported to the Grand Commander. The Grand Commander agreed.', [['Grand', 'Organization'], ['Grand', 'Organization']]],
      ['Apex CEO Lena Brandt said Apex would grow.', [['Apex', 'Organization'], ['Lena Brandt', 'Person'], ['Apex', 'Organization']]],
    ],
    dropped: ['0:Grand', '0:Grand#2'],
    entity: [['1:Apex', { name: 'Apex', type: 'Organization' }]],
  },
  {
    name: 'an inner modifier of an org is dropped; a phrase head joins it',
    articles: [
      [
        'The Northland Air Force struck. Air power helped. The House of Lords met; the Lords voted.',
        [['Northland Air Force', 'Organization'], ['Air', 'Organization'], ['House of Lords', 'Organization'], ['Lords', 'Organization']],
      ],
    ],
    dropped: ['0:Air'],
    same: [['0:Lords', '0:House of Lords']],
  },
  {
    name: 'a company word after the name keeps it the head; nested names with one head join the longest',
    articles: [
      [
        'Apex Carnival Corporation grew and Carnival hired. The Northland Grain Board said the Grain Board and the Board agreed.',
        [['Apex Carnival Corporation', 'Organization'], ['Carnival', 'Organization'], ['Northland Grain Board', 'Organization'], ['Grain Board', 'Organization'], ['Board', 'Organization']],
      ],
    ],
    same: [['0:Carnival', '0:Apex Carnival Corporation'], ['0:Board', '0:Northland Grain Board']],
  },
];

const INITIAL_CASES: Case[] = [
  {
    name: 'an initial and a surname join the only full name with that surname and initial when they share context, and so does the lone surname',
    articles: [
      ['Tarn Rovers: S Virtanen, A Kessler.', [['Tarn Rovers', 'Organization'], ['S Virtanen', 'Person'], ['A Kessler', 'Person']]],
      ['Sami Virtanen scored twice for Tarn Rovers.', [['Sami Virtanen', 'Person'], ['Tarn Rovers', 'Organization']]],
      ['Virtanen was fit again.', [['Virtanen', 'Person']]],
      ['Forwards: D Brandt, A Kessler.', [['D Brandt', 'Person'], ['A Kessler', 'Person']]],
      ['The novelist Dana Brandt won a prize.', [['Dana Brandt', 'Person']]],
    ],
    same: [['0:S Virtanen', '1:Sami Virtanen'], ['2:Virtanen', '1:Sami Virtanen']],
    // a team sheet and a novelist share no story and no rare name around them
    differ: [['3:D Brandt', '4:Dana Brandt']],
    entity: [['0:S Virtanen', { type: 'Person', name: 'Sami Virtanen' }]],
  },
  {
    name: 'an initial shared by two full names with that surname joins neither',
    articles: [
      ['Forwards: S Virtanen, A Kessler.', [['S Virtanen', 'Person'], ['A Kessler', 'Person']]],
      ['Sami Virtanen scored.', [['Sami Virtanen', 'Person']]],
      ['Sara Virtanen won.', [['Sara Virtanen', 'Person']]],
      ['Anna Kessler won with S Virtanen.', [['Anna Kessler', 'Person'], ['S Virtanen', 'Person']]],
      ['Boris Kessler lost.', [['Boris Kessler', 'Person']]],
    ],
    differ: [['0:S Virtanen', '1:Sami Virtanen'], ['0:S Virtanen', '2:Sara Virtanen'], ['1:Sami Virtanen', '2:Sara Virtanen']],
    same: [['0:A Kessler', '3:Anna Kessler']],
  },
  {
    name: 'an initial with a hyphenated surname joins the full name',
    articles: [
      ['Forwards: M Kessler-Virtanen, A Brandt.', [['M Kessler-Virtanen', 'Person'], ['A Brandt', 'Person']]],
      ['Mika Kessler-Virtanen scored twice with Anton Brandt.', [['Mika Kessler-Virtanen', 'Person'], ['Anton Brandt', 'Person']]],
    ],
    same: [['0:M Kessler-Virtanen', '1:Mika Kessler-Virtanen']],
  },
  {
    name: 'a hyphenated surname written alone joins the full name, in its article and across the corpus',
    articles: [
      ['Kessler-Virtanen wins. Anton Kessler-Virtanen said he was glad.', [['Kessler-Virtanen', 'Person'], ['Anton Kessler-Virtanen', 'Person']]],
      ['Mr Kessler-Virtanen left the party.', [['Kessler-Virtanen', 'Person']]],
    ],
    same: [['0:Kessler-Virtanen', '0:Anton Kessler-Virtanen'], ['1:Kessler-Virtanen', '0:Anton Kessler-Virtanen']],
    entity: [['1:Kessler-Virtanen', { type: 'Person', name: 'Anton Kessler-Virtanen' }]],
  },
  {
    name: 'a hyphenated company name is no person',
    articles: [['Zorbex-Mart said sales rose. Anton Brandt, head of Zorbex-Mart, agreed.', [['Zorbex-Mart', 'Organization'], ['Anton Brandt', 'Person'], ['Zorbex-Mart', 'Organization']]]],
    entity: [['0:Zorbex-Mart', { type: 'Organization' }]],
    differ: [['0:Zorbex-Mart', '0:Anton Brandt']],
  },
  {
    name: 'a one-word "person" that opens several organization names and is nobody\'s surname is a company',
    articles: [
      ['Zorbex said sales rose.', [['Zorbex', 'Person']]],
      ['Zorbex Pictures, Zorbex Music and Zorbex Records grew.', [['Zorbex Pictures', 'Organization'], ['Zorbex Music', 'Organization'], ['Zorbex Records', 'Organization']]],
      ['Kessler said no.', [['Kessler', 'Person']]],
      ['Kessler Foods, Kessler Bank and Kessler Mills grew. Anna Kessler left.', [['Kessler Foods', 'Organization'], ['Kessler Bank', 'Organization'], ['Kessler Mills', 'Organization'], ['Anna Kessler', 'Person']]],
    ],
    entity: [['0:Zorbex', { type: 'Organization' }], ['2:Kessler', { type: 'Person' }]],
  },
];

describe('resolveCorpus: initials', () => {
  it.each(INITIAL_CASES)('$name', (c) => checkCase(c));
});

describe('resolveCorpus: corpus-wide person evidence', () => {
  it.each(PERSON_CASES)('$name', (c) => checkCase(c));
});

describe('resolveCorpus: lone given names', () => {
  it.each(FIRST_NAME_CASES)('$name', (c) => checkCase(c));
});

describe('resolveCorpus: tagger fragments', () => {
  it.each(FRAGMENT_CASES)('$name', (c) => checkCase(c));
});
