// Bodies a heading's capitals make of a country adjective (headings.ts), lone role words and fields of a coordinated body; invented names.
import { describe, expect, it } from 'vitest';
import { dropHeadingBodies } from '../../src/resolve/headings.js';
import { prepareMention } from '../../src/resolve/mentions.js';
import type { ArticleExtraction, EntityType, Mention, Sentence } from '../../src/types.js';
import { type Case, checkCase, FAKE_PLACES } from './fixtures.js';

/** An extraction of one sentence a line, with the mentions found in order. */
function article(lines: string[], specs: [string, EntityType][]): ArticleExtraction {
  const text = `${lines.join('\n')}\n`;
  const sentences: Sentence[] = [];
  let at = 0;
  for (const line of lines) {
    sentences.push({ start: at, end: at + line.length, text: line });
    at += line.length + 1;
  }
  let from = 0;
  const mentions: Mention[] = specs.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: from, text: surface, type, sentence: sentences.findIndex((s) => s.end >= from) };
  });
  return { article: { id: 'a0', path: 'a0.txt', title: '', text }, sentences, mentions, relations: [] };
}

/** The surfaces dropHeadingBodies leaves. */
function kept(ex: ArticleExtraction): string[] {
  const infos = ex.mentions.map((m, j) => prepareMention(m, j, FAKE_PLACES));
  dropHeadingBodies(ex, infos, FAKE_PLACES);
  return ex.mentions.filter((_, j) => infos[j] !== null).map((m) => m.text);
}

describe('dropHeadingBodies', () => {
  it.each([
    [
      'a country adjective and common words in a heading',
      ['SOCCER - RURITANIAN FIRST DIVISION RESULTS .', 'Results of Ruritanian first division matches on Friday :'],
      [['RURITANIAN FIRST DIVISION', 'Organization'], ['Ruritanian', 'Location']],
      ['Ruritanian'],
    ],
    [
      'not a body the article names',
      ['RURITANIAN GRAIN BOARD CUTS PRICES', 'The Ruritanian Grain Board cut its prices on Friday .'],
      [['RURITANIAN GRAIN BOARD', 'Organization'], ['Ruritanian Grain Board', 'Organization']],
      ['RURITANIAN GRAIN BOARD', 'Ruritanian Grain Board'],
    ],
    [
      'not a line that is only the name',
      ['PRESS DIGEST - Ruritania .', '- RURITANIAN TIMES .', 'The paper said the Ruritanian cabinet met .'],
      [['Ruritania', 'Location'], ['RURITANIAN TIMES', 'Organization'], ['Ruritanian', 'Location']],
      ['Ruritania', 'RURITANIAN TIMES', 'Ruritanian'],
    ],
    [
      'not a body line',
      ['The Ruritanian First Division club said on Friday it would appeal .'],
      [['Ruritanian First Division', 'Organization']],
      ['Ruritanian First Division'],
    ],
  ] as [string, string[], [string, EntityType][], string[]][])('%s', (_name, lines, specs, expected) => {
    expect(kept(article(lines, specs))).toEqual(expected);
  });
});

const CASES: Case[] = [
  {
    name: 'a role word alone names no body ("the MP would")',
    articles: [["Brandt 's office said the MP would vote against it.", [['Brandt', 'Person'], ['MP', 'Organization']]]],
    dropped: ['0:MP'],
  },
  {
    name: 'a field after "and" in a body a title is held at is never short for it',
    articles: [
      [
        'Culture and Heritage Secretary Lena Brandt spoke. Heritage sources said no date was set.',
        [['Culture and Heritage', 'Organization'], ['Lena Brandt', 'Person'], ['Heritage', 'Organization']],
        [['HOLDS_POSITION', 1, 0, 'Secretary']],
      ],
    ],
    dropped: ['0:Heritage'],
    entity: [['0:Culture and Heritage', { type: 'Organization' }]],
  },
  {
    name: 'a name after "and" in two names run together stays',
    articles: [['The Velto and Heritage split two games. Heritage won again.', [['Velto and Heritage', 'Organization'], ['Heritage', 'Organization']]]],
    entity: [['0:Heritage', { name: 'Heritage' }]],
  },
];

describe('resolveCorpus: role words and fields', () => {
  it.each(CASES)('$name', checkCase);
});
