// Trains the parser: averaged perceptrons for actions and labels, with the arc-hybrid dynamic oracle and exploration.
import { mulberry32 } from '../../random.js';
import { ArcHybridState, LEFT, NUM_ACTIONS, SHIFT } from './arc-hybrid.js';
import { type LinearWeights, quantize } from './linear-model.js';
import { actionCost, type GoldTree, goldTree, isTree, projectivize, trackStack } from './oracle.js';
import { actionFeatures, labelFeatures, MAX_PARSE_FEATURES, type ParseTokens } from './parse-features.js';
import { Perceptron } from './perceptron.js';
import { shuffle } from './train-tagger.js';

/** One training sentence: tokens (with predicted tags), its projectivized gold tree and gold label ids. */
export interface ParserExample {
  n: number;
  tokens: ParseTokens;
  gold: GoldTree;
  labels: Int32Array;
}

/** Label inventory of the parser. */
export interface LabelSet {
  names: string[];
  leftMask: Uint8Array;
  rightMask: Uint8Array;
  root: number;
}

/** Training options of the parser. */
export interface ParseTrainOptions {
  /** @default 12 */
  epochs: number;
  /** @default 1 */
  seed: number;
  /** Probability of following the model's own (possibly wrong) action from epoch `exploreFrom` on. @default 0.9 */
  explore: number;
  /** @default 2 */
  exploreFrom: number;
  /** Called after each epoch with the weights; returns a dev score (higher is better) to keep the best epoch. */
  onEpoch?: (epoch: number, weights: ParserWeights, ms: number) => number;
}

/** The trained weights of both models. */
export interface ParserWeights {
  actions: LinearWeights;
  labels: LinearWeights;
}

/** The label inventory of gold sentences: names sorted, and which labels occur for left and right dependents. */
export function labelSet(sents: { heads: Int32Array; deprels: string[] }[]): LabelSet {
  const names = [...new Set(sents.flatMap((s) => s.deprels))].sort();
  const index = new Map(names.map((l, i) => [l, i]));
  const leftMask = new Uint8Array(names.length);
  const rightMask = new Uint8Array(names.length);
  for (const s of sents) {
    s.deprels.forEach((l, d) => {
      const h = s.heads[d]!;
      if (h < 0) return;
      (d < h ? leftMask : rightMask)[index.get(l)!] = 1;
    });
  }
  const root = index.get('root') ?? 0;
  leftMask[root] = 0;
  rightMask[root] = 0;
  return { names, leftMask, rightMask, root };
}

/** Prepares a training example, or undefined when the gold tree is not one tree or cannot be made projective. */
export function parserExample(tokens: ParseTokens, heads: Int32Array, deprels: string[], labels: LabelSet): ParserExample | undefined {
  const n = heads.length;
  const h = Int32Array.from(heads, (x) => (x < 0 ? n : x));
  if (!isTree(h)) return undefined;
  const proj = projectivize(h);
  if (!proj) return undefined;
  const index = new Map(labels.names.map((l, i) => [l, i]));
  return { n, tokens, gold: goldTree(proj), labels: Int32Array.from(deprels, (l) => index.get(l) ?? 0) };
}

/** Trains both models; returns the weights of the epoch with the best `onEpoch` score (or the last). */
export function trainParser(data: ParserExample[], labels: LabelSet, options: Partial<ParseTrainOptions> = {}): ParserWeights {
  const opts = { epochs: 12, seed: 1, explore: 0.9, exploreFrom: 2, ...options };
  const pa = new Perceptron(NUM_ACTIONS);
  const pl = new Perceptron(labels.names.length);
  const rand = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  let best: { score: number; weights: ParserWeights } | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const started = performance.now();
    shuffle(order, rand);
    const explore = epoch >= opts.exploreFrom ? opts.explore : 0;
    for (const k of order) trainSentence(data[k]!, pa, pl, labels, explore, rand);
    const weights = { actions: averaged(pa), labels: averaged(pl) };
    const score = opts.onEpoch ? opts.onEpoch(epoch, weights, performance.now() - started) : epoch;
    if (!best || score > best.score) best = { score, weights };
  }
  return best!.weights;
}

function averaged(p: Perceptron): LinearWeights {
  const avg = p.averaged();
  return quantize(p.classes, avg.featureIds, avg.weights);
}

const state = new ArcHybridState(256);
const feats = new Int32Array(MAX_PARSE_FEATURES);
const lfeats = new Int32Array(MAX_PARSE_FEATURES);
const scores = new Float64Array(NUM_ACTIONS);
const costs = new Int32Array(NUM_ACTIONS);

function trainSentence(ex: ParserExample, pa: Perceptron, pl: Perceptron, labels: LabelSet, explore: number, rand: () => number): void {
  const s = state;
  s.reset(ex.n);
  const onStack = new Uint8Array(ex.n + 1);
  const labelScores = new Float64Array(labels.names.length);
  while (!s.terminal) {
    const k = actionFeatures(s, ex.tokens, feats);
    pa.score(feats, k, scores);
    let pred = -1;
    let minCost = Number.MAX_SAFE_INTEGER;
    for (let a = 0; a < NUM_ACTIONS; a++) {
      if (!s.legal(a)) continue;
      costs[a] = actionCost(s, ex.gold, a, onStack);
      minCost = Math.min(minCost, costs[a]!);
      if (pred < 0 || scores[a]! > scores[pred]!) pred = a;
    }
    let gold = -1;
    for (let a = 0; a < NUM_ACTIONS; a++) {
      if (s.legal(a) && costs[a] === minCost && (gold < 0 || scores[a]! > scores[gold]!)) gold = a;
    }
    if (costs[pred]! > minCost) pa.update(feats, k, gold, pred);
    pa.c++;
    const follow = explore > 0 && rand() < explore ? pred : gold;
    const label = follow === SHIFT ? 0 : trainLabel(s, ex, follow, pl, labels, labelScores, explore > 0);
    trackStack(s, follow, onStack);
    s.apply(follow, label);
  }
}

/** Predicts the label of the arc `action` makes, updating the label model when the head is the gold head. */
function trainLabel(s: ArcHybridState, ex: ParserExample, action: number, pl: Perceptron, labels: LabelSet, sc: Float64Array, usePredicted: boolean): number {
  const head = s.headFor(action);
  if (head === s.n) return labels.root;
  const dep = s.stack[s.sp - 1]!;
  const k = labelFeatures(s, ex.tokens, head, dep, lfeats);
  pl.score(lfeats, k, sc);
  const mask = action === LEFT ? labels.leftMask : labels.rightMask;
  let pred = -1;
  for (let l = 0; l < sc.length; l++) if (mask[l] === 1 && (pred < 0 || sc[l]! > sc[pred]!)) pred = l;
  if (ex.gold.heads[dep] !== head) return pred;
  const gold = ex.labels[dep]!;
  if (pred !== gold) pl.update(lfeats, k, gold, pred);
  pl.c++;
  return usePredicted ? pred : gold;
}
