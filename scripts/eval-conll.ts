// Exact-span P/R/F1 (PER, ORG, LOC; MISC ignored) of the committed NER model on CoNLL-2003 valid and test.
// Run: npx tsx scripts/eval-conll.ts [--data DIR] [--sets valid,test]
import { join } from 'node:path';
import { readConll } from '../src/extract/ner/conll.js';
import { prepareDocument } from '../src/extract/ner/context.js';
import { decodeStages, nerModel } from '../src/extract/ner/tagger.js';
import { evaluate } from '../src/extract/ner/train.js';
import { arg } from './args.js';

const dataDir = arg('data', '../shared/data/conll2003');
const sets = arg('sets', 'valid,test').split(',');
const pct = (x: number) => (100 * x).toFixed(2).padStart(6);

const model = nerModel();
console.log(`model: ${model.header.trainedOn ?? '?'} (${model.header.stages.map((s) => s.rows).join(' + ')} rows)`);
for (const set of sets) {
  const docs = readConll(join(dataDir, `${set}.txt`));
  const started = performance.now();
  const prepared = docs.map((d) => prepareDocument(d.map((s) => s.tokens)));
  const scores = evaluate({ gold: docs, prepared, decode: (sents) => decodeStages(sents, model.stages) }, model.stages[0]!);
  const ms = performance.now() - started;
  for (const type of ['PER', 'ORG', 'LOC', 'ALL']) {
    const s = scores[type]!;
    console.log(`${set.padEnd(5)} ${type.padEnd(3)}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`);
  }
  console.log(`${set.padEnd(5)} tagged in ${(ms / 1000).toFixed(1)} s`);
}
