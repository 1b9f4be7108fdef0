// Speed of the syntax layer on one core: tagging alone and tag+lemma+parse over UD EWT test.conllu's words,
// by wall clock and per CPU-second (the machine may be shared), plus the model load time.
// Run: npx tsx scripts/bench-parse.ts [--data DIR] [--repeat 3]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../src/extract/syntax/conllu.js';
import { analyze, loadSyntaxModels } from '../src/extract/syntax/models.js';
import { tagWithModel } from '../src/extract/syntax/tagger.js';
import { hashWords } from '../src/extract/syntax/words.js';
import { arg } from './args.js';

const repeat = Number(arg('repeat', '3'));
const sents = readConllu(join(arg('data', '../shared/data/ud-ewt'), 'test.conllu')).map((s) => s.words);
const total = sents.reduce((n, w) => n + w.length, 0);

const loadStarted = performance.now();
const m = loadSyntaxModels();
const loadMs = performance.now() - loadStarted;

/** Best wall-clock and CPU milliseconds of `repeat` passes of `run` over all sentences. */
function time(run: (words: string[]) => unknown): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeat; r++) {
    const started = performance.now();
    const c = process.cpuUsage();
    for (const w of sents) run(w);
    const used = process.cpuUsage(c);
    wall = Math.min(wall, performance.now() - started);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

// The tagging analyze() does: the per-word score cache and the dictionary of unambiguous words.
const tag = time((w) => tagWithModel(hashWords(w), m.tagModel, m.classes.length, m.dictionary));
const all = time((w) => analyze(m, w));
const rate = (ms: number) => Math.round((total / ms) * 1000).toLocaleString('en-US');
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `${total} words: tag ${rate(tag.wall)} words/s (${rate(tag.cpu)} per CPU-s); tag+lemma+parse ${rate(all.wall)} words/s (${rate(all.cpu)} per CPU-s); best of ${repeat}; model load ${loadMs.toFixed(0)} ms; loadavg ${load}`,
);
