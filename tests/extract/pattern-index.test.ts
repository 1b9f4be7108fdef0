// The construction index: which patterns a unit tries, by first word, mention class and the word after a mention.
import { describe, expect, it } from 'vitest';
import { IntBlocks } from '../../src/extract/int-blocks.js';
import type { MentionKind } from '../../src/extract/relations/kinds.js';
import { compilePattern, PatternIndex } from '../../src/extract/relations/pattern.js';
import type { Unit } from '../../src/extract/relations/units.js';

const PATTERNS = ['PER:s , TITLE:t of ORG:o', 'PER:s said', 'ORG|GPE:o TITLE:t PER:s', 'LOC:s , GPE:o', 'PER:s TITLE:t', 'the? TITLE:t PER:s'];
const index = new PatternIndex(PATTERNS.map((pattern) => ({ pattern, compiled: compilePattern(pattern) })));

const KINDS: MentionKind[] = [
  { type: 'Person', country: false, demonym: false },
  { type: 'Organization', country: false, demonym: false },
  { type: 'Location', country: true, demonym: false },
  { type: 'Location', country: false, demonym: false },
];

/** Units of words; "@k" stands for a mention of KINDS[k]. */
function units(text: string): Unit[] {
  return text.split(' ').map((w, i) => {
    const mention = w.startsWith('@') ? Number(w.slice(1)) : -1;
    return { start: i, end: i + 1, text: w, lower: w.toLowerCase(), mention, title: -1, role: -1 };
  });
}

describe('PatternIndex', () => {
  it.each([
    ['@0 , chairman', 0, ['PER:s , TITLE:t of ORG:o', 'PER:s TITLE:t', 'the? TITLE:t PER:s']],
    ['@0 said', 0, ['PER:s said', 'PER:s TITLE:t', 'the? TITLE:t PER:s']],
    ['@0 @1', 0, ['PER:s TITLE:t', 'the? TITLE:t PER:s']],
    ['@1 chairman', 0, ['ORG|GPE:o TITLE:t PER:s', 'the? TITLE:t PER:s']],
    ['@2 , @2', 0, ['ORG|GPE:o TITLE:t PER:s', 'LOC:s , GPE:o', 'the? TITLE:t PER:s']],
    ['@3 , @2', 0, ['LOC:s , GPE:o', 'the? TITLE:t PER:s']],
    ['@3', 0, ['the? TITLE:t PER:s']],
  ])('%s: at unit %i', (text, u, expected) => {
    expect(index.candidates(units(text), u, KINDS).map((c) => c.pattern)).toEqual(expected);
  });
});

describe('IntBlocks', () => {
  it('hands out zeroed, disjoint arrays, also longer than a block', () => {
    const blocks = new IntBlocks();
    const arrays = [3, 70_000, 5, 65_530, 9].map((n) => blocks.alloc(n));
    expect(arrays.map((a) => a.length)).toEqual([3, 70_000, 5, 65_530, 9]);
    for (const [i, a] of arrays.entries()) a.fill(i + 1);
    expect(arrays.map((a, i) => a.every((x) => x === i + 1))).toEqual([true, true, true, true, true]);
    expect(blocks.alloc(4)).toEqual(new Int32Array(4));
  });
});
