// Two-stage training: stage 1 tags alone; stage 2 also reads stage 1's labels, learned from jackknifed predictions.
import { augmentTitleCase } from './augment.js';
import type { ConllDocument, Prf } from './conll.js';
import { decodeDocument } from './decode.js';
import { attachFirstStage, prepareDocument } from './context.js';
import { labelIndex } from './labels.js';
import { type ModelHeader, NerModel, quantize, type StageWeights } from './model.js';
import { mulberry32 } from '../../random.js';
import { type LabeledDocument, type TrainedWeights, type TrainOptions, trainTagger, type ValidationSet } from './train.js';

/** What train-stages reports while it works. */
export type TrainLog = (message: string) => void;

/** A trained model ready for encodeModel(). */
export interface TrainedModel {
  header: ModelHeader;
  stages: StageWeights[];
  valid: Record<string, Prf>[];
}

const JACKKNIFE_FOLDS = 2;

/** Fixed epochs per stage, for training without a validation set (e.g. on train + valid once tuned). */
export interface FixedEpochs {
  stage1: number;
  stage2: number;
}

/**
 * Trains the stage-1 and stage-2 taggers on `train`, choosing epochs by PER/ORG/LOC F1 on `valid`;
 * with `fixed`, `valid` is only reported on (pass [] when it is part of `train`) and the epochs are fixed.
 */
export function trainStages(train: ConllDocument[], valid: ConllDocument[], options: Partial<TrainOptions>, log: TrainLog, fixed?: FixedEpochs): TrainedModel {
  const docs: LabeledDocument[] = augmentTitleCase(train, mulberry32(options.seed ?? 1)).map((d) => ({
    sents: prepareDocument(d.map((s) => s.tokens)),
    gold: d.map((s) => Uint8Array.from(s.tags, labelIndex)),
  }));
  const validSet: ValidationSet | undefined = valid.length === 0 ? undefined : { gold: valid, prepared: valid.map((d) => prepareDocument(d.map((s) => s.tokens))), decode: decodeDocument };
  const pct = (x: number) => (100 * x).toFixed(2);
  const onEpoch = (stage: number) => (epoch: number, s: Record<string, Prf>, ms: number) =>
    log(`stage ${stage} epoch ${epoch}: valid F1 ${pct(s['ALL']!.f1)} (PER ${pct(s['PER']!.f1)} ORG ${pct(s['ORG']!.f1)} LOC ${pct(s['LOC']!.f1)}) ${(ms / 1000).toFixed(1)} s`);

  const first = fixed ? trainTagger(docs, undefined, { ...options, epochs: fixed.stage1 }) : trainTagger(docs, validSet, { ...options, onEpoch: onEpoch(1) });
  const q1 = quantize(first.featureIds, first.weights);
  const stage1 = new NerModel(q1.featureIds, q1.weights, 0);

  // Stage 1 labels of each training document come from a model that did not see it.
  const foldLabels = jackknife(docs, { ...options, epochs: first.bestEpoch }, log);
  docs.forEach((d, i) => {
    attachFirstStage(d.sents, foldLabels[i]!);
  });
  for (const sents of validSet?.prepared ?? []) attachFirstStage(sents, decodeDocument(sents, stage1));

  const second = fixed ? trainTagger(docs, undefined, { ...options, epochs: fixed.stage2 }) : trainTagger(docs, validSet, { ...options, onEpoch: onEpoch(2) });
  const q2 = quantize(second.featureIds, second.weights);
  const f1 = (w: TrainedWeights) => (w.valid['ALL'] ? `valid F1 ${pct(w.valid['ALL'].f1)}` : 'fixed epochs');
  const data = fixed ? 'CoNLL-2003 train.txt + valid.txt' : 'CoNLL-2003 train.txt';
  const note = `${data}; stage 1 epoch ${first.bestEpoch} ${f1(first)}; stage 2 epoch ${second.bestEpoch} ${f1(second)}`;
  return {
    header: { version: 1, labels: [], stages: [q1, q2].map((q) => ({ rows: q.featureIds.length, scale: q.scale })), trainedOn: note },
    stages: [q1, q2],
    valid: [first.valid, second.valid],
  };
}

/** Stage-1 labels of every document, each from a model trained on the other folds. */
function jackknife(docs: LabeledDocument[], options: Partial<TrainOptions>, log: TrainLog): Uint8Array[][] {
  const labels: Uint8Array[][] = new Array(docs.length);
  const models = Array.from({ length: JACKKNIFE_FOLDS }, (_, f) => {
    const started = performance.now();
    const trained = trainTagger(
      docs.filter((_, i) => i % JACKKNIFE_FOLDS !== f),
      undefined,
      options,
    );
    log(`jackknife fold ${f + 1}/${JACKKNIFE_FOLDS}: ${options.epochs} epochs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const q = quantize(trained.featureIds, trained.weights);
    return new NerModel(q.featureIds, q.weights, 2 + f);
  });
  docs.forEach((d, i) => {
    labels[i] = decodeDocument(d.sents, models[i % JACKKNIFE_FOLDS]!);
  });
  return labels;
}
