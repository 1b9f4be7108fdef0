// Scores the syntax models on UD EWT dev.conllu and test.conllu (UPOS, lemma, UAS, LAS; punctuation included,
// predicted tags, gold tokenization with hyphenated words re-joined) and times tag+parse on one core.
// Run: npx tsx scripts/eval-ud.ts [--data DIR] [--model-dir DIR] [--repeat 3]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../src/extract/syntax/conllu.js';
import { evaluateSyntax } from '../src/extract/syntax/evaluate.js';
import { analyze, loadSyntaxModels, PARSER_FILE, TAGGER_FILE } from '../src/extract/syntax/models.js';
import { fromRoot } from '../src/paths.js';
import { arg } from './args.js';

const dataDir = arg('data', '../shared/data/ud-ewt');
const modelDir = arg('model-dir', '');
const repeat = Number(arg('repeat', '3'));

const loadStarted = performance.now();
const models = loadSyntaxModels(modelDir ? join(modelDir, 'tagger.bin.gz') : fromRoot(TAGGER_FILE), modelDir ? join(modelDir, 'parser.bin.gz') : fromRoot(PARSER_FILE));
const loadMs = performance.now() - loadStarted;

for (const split of ['dev', 'test']) {
  const sents = readConllu(join(dataDir, `${split}.conllu`));
  const r = evaluateSyntax(models, sents);
  console.log(`${split}.conllu: ${r.words} words, UPOS ${r.upos.toFixed(4)}, lemma ${r.lemma.toFixed(4)}, UAS ${r.uas.toFixed(4)}, LAS ${r.las.toFixed(4)}`);
}

// Speed: best of `repeat` passes over test.conllu's words (tag + lemmas + parse), single thread.
const words = readConllu(join(dataDir, 'test.conllu')).map((s) => s.words);
const total = words.reduce((n, w) => n + w.length, 0);
let best = Number.POSITIVE_INFINITY;
let bestCpu = Number.POSITIVE_INFINITY;
for (let r = 0; r < repeat; r++) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const w of words) analyze(models, w);
  const used = process.cpuUsage(cpu);
  best = Math.min(best, performance.now() - started);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `speed: ${Math.round((total / best) * 1000)} words/s tag+lemma+parse (${Math.round((total / bestCpu) * 1000)} per CPU-s; best of ${repeat}, ${total} words); model load ${loadMs.toFixed(0)} ms; loadavg ${load}`,
);
