// Trains the POS tagger (+ lemma table) and the dependency parser on UD EWT train.conllu; picks the parser epoch
// by dev LAS; writes src/extract/syntax/model/{tagger,parser}.bin.gz atomically.
// Run: npx tsx scripts/train-ud.ts [--data DIR] [--tag-epochs 8] [--parse-epochs 14] [--folds 4] [--seed 1] [--min-weights 500,300,300] [--out-dir DIR]
// The parser trains on jackknifed tags: each fold is tagged by a tagger trained on the other folds.
import { join } from 'node:path';
import { readConllu, type UdSentence } from '../src/extract/syntax/conllu.js';
import { evaluateSyntax } from '../src/extract/syntax/evaluate.js';
import { learnLemmas } from '../src/extract/syntax/lemmatizer.js';
import { LinearModel, type LinearWeights, prune } from '../src/extract/syntax/linear-model.js';
import { toSparse } from '../src/extract/syntax/sparse-model.js';
import { encodeModelFile, writeAtomic } from '../src/extract/syntax/model-file.js';
import { type ParserHeader, PARSER_FILE, syntaxModels, TAGGER_FILE, type TaggerHeader } from '../src/extract/syntax/models.js';
import { parseTokens } from '../src/extract/syntax/parse-features.js';
import { modelScorer, tagHashed } from '../src/extract/syntax/tagger.js';
import { labelSet, type ParserExample, parserExample, trainParser } from '../src/extract/syntax/train-parser.js';
import { tagClasses, tagDictionary, trainTagger } from '../src/extract/syntax/train-tagger.js';
import { hashWords } from '../src/extract/syntax/words.js';
import { fromRoot } from '../src/paths.js';
import { arg } from './args.js';

const dataDir = arg('data', '../shared/data/ud-ewt');
const tagEpochs = Number(arg('tag-epochs', '8'));
const parseEpochs = Number(arg('parse-epochs', '14'));
const folds = Number(arg('folds', '4'));
const seed = Number(arg('seed', '1'));
const outDir = arg('out-dir', '');
const limit = Number(arg('limit', '0'));
// Rows whose largest int16 weight is below these are dropped (smaller, faster models; about -0.05 point on dev).
const minWeights = arg('min-weights', '500,300,300').split(',').map(Number) as [number, number, number];

const started = performance.now();
const secs = () => ((performance.now() - started) / 1000).toFixed(0);
let train = readConllu(join(dataDir, 'train.conllu'));
if (limit > 0) train = train.slice(0, limit);
const dev = readConllu(join(dataDir, 'dev.conllu'));
const classes = tagClasses(train);
const lemmas = learnLemmas(train);
const dictionary = tagDictionary(train, classes);

const tagger = trainTagger(train, classes, dev, {
  epochs: tagEpochs,
  seed,
  onEpoch: (e, acc, ms) => console.log(`tagger epoch ${e}: dev UPOS ${acc.toFixed(4)} (${(ms / 1000).toFixed(1)} s)`),
});
console.log(`tagger: ${tagger.featureIds.length} rows (${secs()} s)`);

const tags = jackknifeTags(train);
const labels = labelSet(train);
const examples: ParserExample[] = [];
train.forEach((s, i) => {
  const ex = parserExample(parseTokens(hashWords(s.words), tags[i]!), s.heads, s.deprels, labels);
  if (ex) examples.push(ex);
});
console.log(`parser: ${examples.length} of ${train.length} sentences usable, ${labels.names.length} labels (${secs()} s)`);

const parserHeader = (): ParserHeader => ({
  kind: 'parser',
  version: 2,
  labels: labels.names,
  leftMask: [...labels.leftMask],
  rightMask: [...labels.rightMask],
});
let bestEpoch = 0;
let bestLas = -1;
const parser = trainParser(examples, labels, {
  epochs: parseEpochs,
  seed,
  onEpoch: (e, w, ms) => {
    const m = syntaxModels({ classes, lemmas, dictionary, weights: tagger }, { ...parserHeader(), actions: w.actions, labelWeights: w.labels });
    const r = evaluateSyntax(m, dev);
    console.log(`parser epoch ${e}: dev UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)} (${(ms / 1000).toFixed(1)} s; ${w.actions.featureIds.length} + ${w.labels.featureIds.length} rows)`);
    if (r.las > bestLas) [bestLas, bestEpoch] = [r.las, e];
    return r.las;
  },
});

const note = `UD EWT train.conllu (${train.length} sentences, hyphenated words re-joined), seed ${seed}`;
const taggerW = toSparse(tagger, minWeights[2]);
const actionsW = prune(parser.actions, minWeights[0]);
const labelsW = toSparse(parser.labels, minWeights[1]);
const pruned = syntaxModels({ classes, lemmas, dictionary, weights: taggerW }, { ...parserHeader(), actions: actionsW, labelWeights: labelsW });
const after = evaluateSyntax(pruned, dev);
console.log(`pruned (min weights ${minWeights.join(',')}): ${actionsW.featureIds.length} action rows, ${labelsW.entries.length} label and ${taggerW.entries.length} tagger weights; dev UPOS ${after.upos.toFixed(4)} UAS ${after.uas.toFixed(4)} LAS ${after.las.toFixed(4)}`);
const taggerFile = encodeModelFile<TaggerHeader>({ kind: 'tagger', version: 2, classes, lemmas, dictionary, trainedOn: `${note}, ${tagEpochs} epochs` }, [taggerW]);
const parserFile = encodeModelFile<ParserHeader>({ ...parserHeader(), trainedOn: `${note}, epoch ${bestEpoch} of ${parseEpochs} (dev LAS ${bestLas.toFixed(4)}), ${folds}-fold jackknifed tags` }, [actionsW, labelsW]);
const taggerOut = outDir ? join(outDir, 'tagger.bin.gz') : fromRoot(TAGGER_FILE);
const parserOut = outDir ? join(outDir, 'parser.bin.gz') : fromRoot(PARSER_FILE);
writeAtomic(taggerOut, taggerFile);
writeAtomic(parserOut, parserFile);
console.log(`tagger ${(taggerFile.length / 1e6).toFixed(1)} MB → ${taggerOut}; parser ${(parserFile.length / 1e6).toFixed(1)} MB (epoch ${bestEpoch}) → ${parserOut}; ${secs()} s`);

/** Tags each training sentence with a tagger trained on the other folds (sentence i is in fold i mod k). */
function jackknifeTags(sents: UdSentence[]): Int32Array[] {
  const out: Int32Array[] = new Array(sents.length);
  for (let f = 0; f < folds; f++) {
    const rest = sents.filter((_, i) => i % folds !== f);
    const w: LinearWeights = trainTagger(rest, classes, [], { epochs: tagEpochs, seed: seed + f + 1 });
    const score = modelScorer(new LinearModel(w));
    sents.forEach((s, i) => {
      if (i % folds === f) out[i] = tagHashed(hashWords(s.words), score, classes.length);
    });
    console.log(`jackknife fold ${f + 1}/${folds} (${secs()} s)`);
  }
  return out;
}
