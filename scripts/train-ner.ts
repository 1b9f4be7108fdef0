// Trains the two-stage NER tagger on CoNLL-2003 train.txt, picks epochs by valid.txt F1, writes the model file.
// Run: npx tsx scripts/train-ner.ts [--epochs 12] [--min-count 1] [--seed 1] [--dropout 0] [--data DIR] [--out FILE]
//      [--final 11,9]: train on train + valid with fixed stage-1,stage-2 epochs (found by a run without it)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll } from '../src/extract/ner/conll.js';
import { LABELS } from '../src/extract/ner/labels.js';
import { encodeModel } from '../src/extract/ner/model.js';
import { MODEL_FILE } from '../src/extract/ner/tagger.js';
import { trainStages } from '../src/extract/ner/train-stages.js';
import { fromRoot } from '../src/paths.js';
import { arg } from './args.js';

const dataDir = arg('data', '../shared/data/conll2003');
const epochs = Number(arg('epochs', '12'));
const out = arg('out', fromRoot(MODEL_FILE));

const started = performance.now();
const train = readConll(join(dataDir, 'train.txt'));
const valid = readConll(join(dataDir, 'valid.txt'));
const minCount = Number(arg('min-count', '1'));
const seed = Number(arg('seed', '1'));
const wordDropout = Number(arg('dropout', '0'));
const final = arg('final', '');
const log = (m: string) => console.log(m);
const model = final
  ? trainStages([...train, ...valid], [], { minCount, seed, wordDropout }, log, { stage1: Number(final.split(',')[0]), stage2: Number(final.split(',')[1]) })
  : trainStages(train, valid, { epochs, minCount, seed, wordDropout }, log);
model.header.labels = [...LABELS];
const file = encodeModel(model.header, model.stages);
writeFileSync(out, file);
const rows = model.header.stages.map((s) => s.rows).join(' + ');
console.log(`${model.header.trainedOn}; ${rows} rows, ${(file.length / 1e6).toFixed(1)} MB → ${out} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
