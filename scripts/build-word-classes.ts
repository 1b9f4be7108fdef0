// Generates src/extract/ner/lexicon/word-classes.txt.gz (tagger features: known name / English word) from npm word lists.
// Run: npx tsx scripts/build-word-classes.ts   (deterministic; reads devDependencies only here, never at runtime)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { WC_COMMON_FIRST, WC_COMMON_LAST, WC_DICT, WC_NAME, WORD_CLASSES_FILE } from '../src/extract/ner/word-classes.js';
import { fromRoot } from '../src/paths.js';

const require = createRequire(import.meta.url);

const classes = new Map<string, number>();
const add = (word: string, bit: number) => {
  const key = word.toLowerCase();
  if (key.length < 2 || /\s/.test(key)) return;
  classes.set(key, (classes.get(key) ?? 0) | bit);
};

// humannames: ~200k given names and surnames, no frequencies: "some person is called this".
for (const name of readFileSync(require.resolve('humannames/list.txt'), 'utf8').split('\n')) add(name.trim(), WC_NAME);
// an-array-of-english-words: ~275k lowercase English words.
for (const word of require('an-array-of-english-words/index.json') as string[]) add(word, WC_DICT);
// compromise's lexicon tags its common first names and surnames: the frequent band.
const nlp = (await import('compromise')).default as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } };
for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
  const tags = Array.isArray(tag) ? tag : tag.split('|');
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) add(word, WC_COMMON_FIRST);
  if (tags.includes('LastName')) add(word, WC_COMMON_LAST);
}

// Two lines: the words, sorted by UTF-16 code units (binary search at runtime), joined by spaces;
// then one hexadecimal digit per word, its class bits.
const words = [...classes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const lines = [words.join(' '), words.map((w) => classes.get(w)!.toString(16)).join('')];
const data = gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), { level: 9 });
writeFileSync(fromRoot(WORD_CLASSES_FILE), data);
const counts = new Map<number, number>();
for (const bits of classes.values()) counts.set(bits, (counts.get(bits) ?? 0) + 1);
const sizes = [...counts].sort((a, b) => a[0] - b[0]).map(([b, n]) => `${b}:${n}`).join(' ');
console.log(`${classes.size} words (${sizes}), ${(data.length / 1e6).toFixed(2)} MB → ${WORD_CLASSES_FILE}`);
