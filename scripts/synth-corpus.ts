// Writes a synthetic news corpus varied from the BBC texts: `tsx scripts/synth-corpus.ts --out DIR --n 20000 [--start 0] [--jsonl]`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCodeUnits } from '../src/compare.js';
import { mulberry32 } from '../src/random.js';
import { arg } from './args.js';

const BBC = arg('bbc', join(import.meta.dirname, '..', '..', 'shared', 'data', 'bbc'));

interface Source {
  title: string;
  paragraphs: string[];
}

/** The BBC articles as title + paragraphs, in path order. */
export function readBbc(root: string = BBC): Source[] {
  const out: Source[] = [];
  for (const topic of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort(compareCodeUnits)) {
    for (const file of readdirSync(join(root, topic)).sort(compareCodeUnits)) {
      const [title = '', ...rest] = decode(readFileSync(join(root, topic, file))).split(/\n\s*\n/);
      out.push({ title: title.trim(), paragraphs: rest.map((p) => p.trim()).filter(Boolean) });
    }
  }
  return out;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Buffer): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

const SYLLABLES = ['ka', 'lo', 'ren', 'mi', 'sa', 'dor', 'vel', 'ta', 'ni', 'bro', 'gan', 'li', 'mar', 'es', 'tov', 'ru', 'hal', 'den'];

/** An invented capitalised name of 2–3 syllables. */
function inventName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  const word = Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * Article `i` of the synthetic corpus, a pure function of `i`: the paragraphs of one BBC article
 * with paragraphs of two others spliced in (seeded), and a closing line naming an invented
 * reporter, town and agency, so entities have a long tail as in a real year of news.
 */
export function synthArticle(sources: readonly Source[], i: number): { title: string; text: string } {
  const rand = mulberry32(0x5eed + i);
  const main = sources[i % sources.length]!;
  const others = [1, 2].map(() => sources[Math.floor(rand() * sources.length)]!);
  const paragraphs = [...main.paragraphs];
  for (const other of others) {
    const p = other.paragraphs[Math.floor(rand() * other.paragraphs.length)];
    if (p) paragraphs.splice(1 + Math.floor(rand() * paragraphs.length), 0, p);
  }
  const reporter = `${inventName(rand)} ${inventName(rand)}`;
  const closing = `Reporting by ${reporter} in ${inventName(rand)}ville for the ${inventName(rand)} News Agency.`;
  return { title: `${main.title} (${i})`, text: [...paragraphs, closing].join('\n\n') };
}

/** Writes articles start..start+n-1 into `out`: one .txt each, or one corpus.jsonl. Returns the paths written. */
export function writeSynthCorpus(out: string, start: number, n: number, jsonl = false): string[] {
  const sources = readBbc();
  mkdirSync(out, { recursive: true });
  if (jsonl) {
    const lines: string[] = [];
    for (let i = start; i < start + n; i++) lines.push(JSON.stringify({ id: `synth-${i}`, ...synthArticle(sources, i) }));
    const path = join(out, `corpus-${start}-${start + n}.jsonl`);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return [path];
  }
  const paths: string[] = [];
  for (let i = start; i < start + n; i++) {
    const { title, text } = synthArticle(sources, i);
    const path = join(out, `${String(i).padStart(6, '0')}.txt`);
    writeFileSync(path, `${title}\n\n${text}\n`);
    paths.push(path);
  }
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = arg('out', '/tmp/kg-synth');
  const written = writeSynthCorpus(out, Number(arg('start', '0')), Number(arg('n', '20000')), process.argv.includes('--jsonl'));
  console.log(`synth-corpus: wrote ${written.length} file(s) to ${out}`);
}
