// The word-class table answers for every word of the file as a plain split of it would, and 0 for others.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES_FILE, wordClasses } from '../../src/extract/ner/word-classes.js';
import { fromRoot } from '../../src/paths.js';

describe('wordClasses', () => {
  const [line = '', bits = ''] = gunzipSync(readFileSync(fromRoot(WORD_CLASSES_FILE))).toString('utf8').split('\n');
  const words = line.split(' ');

  it('gives the bits the file lists for every word of it', () => {
    const differ = words.filter((w, i) => wordClasses(w) !== Number.parseInt(bits[i]!, 16));
    expect(differ).toEqual([]);
    expect(words.some((w) => wordClasses(w) !== 0)).toBe(true);
  });

  it.each(['', 'zzzzzzzzzz', 'qxqxqxq', 'Anna', '\uffff', ' '])('gives 0 for %j, which the file does not list', (w) => {
    expect(words.includes(w) ? -1 : wordClasses(w)).toBe(0);
  });
});
