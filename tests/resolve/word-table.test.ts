// Resolution's reading of the word-class table answers as the tagger's does, for every word in it and for others.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { WORD_CLASSES_FILE, wordClasses } from '../../src/extract/ner/word-classes.js';
import { fromRoot } from '../../src/paths.js';
import { wordClassBits } from '../../src/resolve/word-table.js';

describe('wordClassBits', () => {
  it('gives wordClasses for every word of the table', () => {
    const words = gunzipSync(readFileSync(fromRoot(WORD_CLASSES_FILE))).toString('utf8').split('\n')[0]!.split(' ');
    const differ = words.filter((w) => wordClassBits(w) !== wordClasses(w));
    expect(differ).toEqual([]);
    expect(words.some((w) => wordClassBits(w) !== 0)).toBe(true);
  });

  it.each(['', 'a', 'zzzzzzzzzz', 'qxqxqxq', 'anna', 'Anna', 'supreme', 'supremes', 'é', '\uffff', ' '])('gives wordClasses for %j', (w) => {
    expect(wordClassBits(w)).toBe(wordClasses(w));
  });
});
