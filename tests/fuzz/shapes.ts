// Adversarial article shapes from issue 13 and a seeded generator of random ones (invented names only).
import { mulberry32 } from '../../src/random.js';

/** One generated input file: name relative to the corpus folder, bytes, and whether it must be built. */
export interface FuzzFile {
  name: string;
  content: string | Uint8Array;
  /** True for an ordinary article that must appear in the graph. */
  good: boolean;
}

const PEOPLE = ['Anna Ortega', 'Boris Lind', 'Clara Venn', 'Dario Pell', 'Elsa Marrow', 'Farid Osten'];
const PLACES = ['Freedonia', 'Marvel City', 'Port Alder', 'Sylvania'];
const ORGS = ['Acme Corporation', 'Northern Defence Forces', 'Globex'];

/** "A and B and A and B … met in Port Alder." of about `bytes` characters (issue item 1). */
export function conjunctionSentence(bytes: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const name = PEOPLE[i % 2]!;
    parts.push(name);
    n += name.length + 5;
  }
  return `${parts.join(' and ')} met in Port Alder.\n`;
}

/** Repeated `"Anna Ortega said ` with the quote never closed (issue item 2). */
export function unclosedQuotes(bytes: number): string {
  const unit = '"Anna Ortega said ';
  return unit.repeat(Math.ceil(bytes / unit.length));
}

/** A "billion laughs" YAML document: nine levels of nested aliases (issue item 3). */
export function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1]!;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\nentities: *i\nrelations: []\n`;
}

/** One sentence repeated on a single line to about `bytes` characters (issue item 9). */
export function repeatedSentence(bytes: number): string {
  const unit = 'Anna Ortega met Boris Lind in Port Alder. ';
  return `${unit.repeat(Math.ceil(bytes / unit.length))}\n`;
}

/** A single token of `bytes` letters (issue item 9). */
export function oneToken(bytes: number): string {
  return `${'a'.repeat(bytes)}\n`;
}

/** Markdown with `count` unmatched `[` (issue item 9). */
export function bracketMarkdown(count: number): string {
  return `# Brackets\n\nAnna Ortega spoke. ${'['.repeat(count)}\n`;
}

/** A JSON article whose text holds a literal U+2028 inside a string (valid JSON). */
export function lineSeparatorJson(): string {
  return `{"title": "Talks in Freedonia", "text": "Anna Ortega met Boris Lind in Freedonia.\u2028They spoke for an hour."}`;
}

/** A small good article with invented names; `i` varies names and places. */
export function goodArticle(i: number): string {
  const a = PEOPLE[i % PEOPLE.length]!;
  const b = PEOPLE[(i + 1) % PEOPLE.length]!;
  const place = PLACES[i % PLACES.length]!;
  const org = ORGS[i % ORGS.length]!;
  return [
    `Talks number ${i} in ${place}`,
    '',
    `${place.toUpperCase()}, March ${(i % 27) + 1} - ${a}, the president of ${org}, met ${b} in ${place} on Tuesday.`,
    `"We agreed on a plan," ${a} said after the meeting.`,
    '',
  ].join('\n');
}

/** Random bytes or random text from the seeded PRNG (printable, or arbitrary bytes). */
export function randomInput(rand: () => number, bytes: number): string | Uint8Array {
  if (rand() < 0.3) {
    const out = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i++) out[i] = Math.floor(rand() * 256);
    return out;
  }
  const alphabet = ' aAbB."\'[]()<>-,:\n\u2028\u00e9\u4e2d#*&;';
  let s = '';
  for (let i = 0; i < bytes; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** The fuzz corpus: the issue's shapes (at sizes bounded for a fast test), random inputs and good articles. */
export function fuzzCorpus(seed: number, goodCount = 12, randomCount = 8): FuzzFile[] {
  const rand = mulberry32(seed);
  const files: FuzzFile[] = [
    { name: 'bad-conjunctions.txt', content: conjunctionSentence(200_000), good: false },
    { name: 'bad-quotes.txt', content: unclosedQuotes(96_000), good: false },
    { name: 'bad-repeated.txt', content: repeatedSentence(1_000_000), good: false },
    { name: 'bad-token.txt', content: oneToken(3_000_000), good: false },
    { name: 'bad-brackets.md', content: bracketMarkdown(160_000), good: false },
    { name: 'bad-binary.txt', content: Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x3e]), good: false },
    { name: 'good-u2028.json', content: lineSeparatorJson(), good: true },
  ];
  for (let i = 0; i < randomCount; i++) {
    files.push({ name: `random-${i}.txt`, content: randomInput(rand, 200 + Math.floor(rand() * 20_000)), good: false });
  }
  for (let i = 0; i < goodCount; i++) files.push({ name: `good-${i}.txt`, content: goodArticle(i), good: true });
  return files;
}
