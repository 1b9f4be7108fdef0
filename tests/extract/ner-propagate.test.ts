import { describe, expect, it } from 'vitest';
import { propagateNames } from '../../src/extract/ner/propagate.js';

/** Sentences as space-separated tokens; tags as space-separated BIO tags ('.' for O). */
function run(doc: [string, string][]): string[] {
  const tokens = doc.map(([s]) => s.split(' '));
  const tags = doc.map(([, t]) => t.split(' ').map((x) => (x === '.' ? 'O' : x)));
  return propagateNames(tokens, tags).map((ts) => ts.map((t) => (t === 'O' ? '.' : t)).join(' '));
}

describe('propagateNames', () => {
  it.each([
    [
      'copies a multi-word name to its untagged repeat',
      [
        ['Anna Ortega met the press', 'B-PER I-PER . . .'],
        ['Later Anna Ortega left', '. . . .'],
      ],
      ['B-PER I-PER . . .', '. B-PER I-PER .'],
    ],
    [
      'tags an acronym defined in brackets, and its repeats',
      [
        ['the Northern Defence Forces ( NDF ) advanced', '. B-ORG I-ORG I-ORG . . . .'],
        ['NDF fighters took the town', '. . . . .'],
      ],
      ['. B-ORG I-ORG I-ORG . B-ORG . .', 'B-ORG . . . .'],
    ],
    [
      'retypes a defined acronym the tagger typed otherwise',
      [
        ['the Northern Defence Forces ( NDF ) advanced', '. B-ORG I-ORG I-ORG . B-LOC . .'],
        ['they left NDF territory', '. . B-LOC .'],
      ],
      ['. B-ORG I-ORG I-ORG . B-ORG . .', '. . B-ORG .'],
    ],
    [
      'leaves a sentence-initial single word alone',
      [
        ['Talks with Rufus Firefly and Mark', '. . B-PER I-PER . B-PER'],
        ['Mark the date', '. . .'],
      ],
      ['. . B-PER I-PER . B-PER', '. . .'],
    ],
    [
      'does not copy a word into a longer capitalised name',
      [
        ['Acme said so', 'B-ORG . .'],
        ['shares of Acme Bank fell', '. . . . .'],
      ],
      ['B-ORG . .', '. . . . .'],
    ],
  ] as [string, [string, string][], string[]][])('%s', (_name, doc, expected) => {
    expect(run(doc)).toEqual(expected);
  });
});
