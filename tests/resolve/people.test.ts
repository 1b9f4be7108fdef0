// People: surnames, titles, transliteration variants, split names, namesakes.
import { describe, it } from 'vitest';
import { type Case, checkCase } from './fixtures.js';

const CASES: Case[] = [
  {
    name: 'surname and titled form join the full name in the article',
    articles: [
      [
        'President Anna Ortega arrived. Ortega said the talks went well. Anna Ortega left.',
        [['President Anna Ortega', 'Person'], ['Ortega', 'Person'], ['Anna Ortega', 'Person']],
      ],
    ],
    same: [['0:President Anna Ortega', '0:Ortega'], ['0:Ortega', '0:Anna Ortega']],
    entity: [['0:Ortega', { id: 'person:anna-ortega', name: 'Anna Ortega', type: 'Person', aliases: ['Ortega'] }]],
  },
  {
    name: 'a lone surname joins the only full name in the corpus',
    articles: [
      ['Anna Ortega spoke on Friday.', [['Anna Ortega', 'Person']]],
      ['Ortega denied it.', [['Ortega', 'Person']]],
    ],
    same: [['0:Anna Ortega', '1:Ortega']],
  },
  {
    name: 'two Volkovs in two articles stay apart; a bare Volkov elsewhere joins neither',
    articles: [
      ['Ivan Volkov visited the port. Volkov said it was calm.', [['Ivan Volkov', 'Person'], ['Volkov', 'Person']]],
      ['Pyotr Volkov, a banker, resigned. Volkov gave no reason.', [['Pyotr Volkov', 'Person'], ['Volkov', 'Person']]],
      ['Volkov was not available.', [['Volkov', 'Person']]],
    ],
    same: [['0:Ivan Volkov', '0:Volkov'], ['1:Pyotr Volkov', '1:Volkov']],
    differ: [['0:Volkov', '1:Volkov'], ['2:Volkov', '0:Volkov'], ['2:Volkov', '1:Volkov']],
    entity: [['2:Volkov', { name: 'Volkov', type: 'Person' }]],
  },
  {
    name: 'two full names with one surname in an article: the nearest preceding wins',
    articles: [
      [
        'Ivan Volkov met Pyotr Volkov. Volkov then left. Later Ivan Volkov returned and Volkov spoke.',
        [['Ivan Volkov', 'Person'], ['Pyotr Volkov', 'Person'], ['Volkov', 'Person'], ['Ivan Volkov', 'Person'], ['Volkov', 'Person']],
      ],
    ],
    same: [['0:Volkov#1', '0:Pyotr Volkov'], ['0:Volkov#2', '0:Ivan Volkov']],
    differ: [['0:Ivan Volkov', '0:Pyotr Volkov']],
  },
  {
    name: 'transliteration variants of a first name merge across articles',
    articles: [
      ['Sergei Volkov and Arkady Grin met Yegor Sokol and Grigory Lenz.', [['Sergei Volkov', 'Person'], ['Arkady Grin', 'Person'], ['Yegor Sokol', 'Person'], ['Grigory Lenz', 'Person']]],
      ['Sergey Volkov, Arkadiy Grin, Egor Sokol and Grigori Lenz.', [['Sergey Volkov', 'Person'], ['Arkadiy Grin', 'Person'], ['Egor Sokol', 'Person'], ['Grigori Lenz', 'Person']]],
    ],
    same: [['0:Sergei Volkov', '1:Sergey Volkov'], ['0:Arkady Grin', '1:Arkadiy Grin'], ['0:Yegor Sokol', '1:Egor Sokol'], ['0:Grigory Lenz', '1:Grigori Lenz']],
    differ: [['0:Sergei Volkov', '0:Arkady Grin']],
  },
  {
    name: 'spelling variants of a full name need a shared story',
    articles: [
      ['Mara Kelley directed the film in Zenda.', [['Mara Kelley', 'Person'], ['Zenda', 'Location']]],
      ['Mara Kelly, a chemist, testified in Strelsau.', [['Mara Kelly', 'Person'], ['Strelsau', 'Location']]],
      ['Jon Follett spoke at the Velto Forum.', [['Jon Follett', 'Person'], ['Velto Forum', 'Organization']]],
      ['The Velto Forum heard Jon Follet.', [['Velto Forum', 'Organization'], ['Jon Follet', 'Person']]],
      ['C Visagie and K Visagie played.', [['C Visagie', 'Person'], ['K Visagie', 'Person']]],
    ],
    differ: [['0:Mara Kelley', '1:Mara Kelly'], ['4:C Visagie', '4:K Visagie']],
    same: [['2:Jon Follett', '3:Jon Follet']],
  },
  {
    name: 'a first name alone joins the full name before it, unless the word is also an org here',
    articles: [
      ['Lena Brandt won. Lena said it was hard.', [['Lena Brandt', 'Person'], ['Lena', 'Person']]],
      ['Velto said Velto Office sold well. Velto grew.', [['Velto', 'Organization'], ['Velto Office', 'Person'], ['Velto', 'Person']]],
    ],
    same: [['0:Lena', '0:Lena Brandt']],
    differ: [['1:Velto#2', '1:Velto Office']],
  },
  {
    name: 'name particles: al- forms and the bare surname are one person',
    articles: [
      ['Omar al-Rashid spoke. Rashid smiled.', [['Omar al-Rashid', 'Person'], ['Rashid', 'Person']]],
      ['Omar Rashid left.', [['Omar Rashid', 'Person']]],
    ],
    same: [['0:Omar al-Rashid', '0:Rashid'], ['0:Omar al-Rashid', '1:Omar Rashid']],
  },
  {
    name: 'a name split by a line break or a particle is joined',
    articles: [
      ['Envoy Ivo\nLenz met Omar al-Rashid. Lenz and Rashid left.', [['Ivo', 'Person'], ['Lenz', 'Location'], ['Omar', 'Person'], ['Lenz', 'Person'], ['Rashid', 'Person']]],
      ['Omar al-Rashid arrived.', [['Omar', 'Person']]],
    ],
    same: [['0:Ivo', '0:Lenz#1'], ['0:Lenz#2', '0:Ivo'], ['0:Omar', '0:Rashid'], ['0:Omar', '1:Omar']],
    entity: [['0:Ivo', { name: 'Ivo Lenz', type: 'Person' }], ['1:Omar', { name: 'Omar al-Rashid' }]],
  },
  {
    name: 'a byline and the dateline in capitals under it stay apart',
    articles: [['Tomas Varkonyi\nAL-VELKO , Ruritania 1996-12-06\nTalks opened.', [['Tomas Varkonyi', 'Person'], ['AL-VELKO', 'Location']]]],
    differ: [['0:Tomas Varkonyi', '0:AL-VELKO']],
    entity: [['0:Tomas Varkonyi', { name: 'Tomas Varkonyi', type: 'Person' }]],
  },
  {
    name: 'a leading Al is a first name, al- is not',
    articles: [
      ['Jon Brandt sang. Al Brandt, his father, watched.', [['Jon Brandt', 'Person'], ['Al Brandt', 'Person']]],
      ['Omar al-Rashid spoke.', [['Omar al-Rashid', 'Person']]],
      ['al-Rashid replied.', [['al-Rashid', 'Person']]],
    ],
    differ: [['0:Jon Brandt', '0:Al Brandt']],
    same: [['1:Omar al-Rashid', '2:al-Rashid']],
  },
  {
    name: 'different surnames or first names are different people',
    articles: [['Sergei Volkov met Sergei Volkova and Boris Volkov.', [['Sergei Volkov', 'Person'], ['Sergei Volkova', 'Person'], ['Boris Volkov', 'Person']]]],
    differ: [['0:Sergei Volkov', '0:Sergei Volkova'], ['0:Sergei Volkov', '0:Boris Volkov']],
  },
];

describe('resolveCorpus: people', () => {
  it.each(CASES)('$name', checkCase);
});
