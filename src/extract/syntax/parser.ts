// Greedy arc-hybrid parsing: the action model picks SHIFT/LEFT/RIGHT, the label model labels each arc made.
import { ArcHybridState, LEFT, NUM_ACTIONS, RIGHT, SHIFT } from './arc-hybrid.js';
import { argmax, type Scorer } from './linear-model.js';
import { ActionScorer } from './action-scorer.js';
import { labelFeatures, MAX_PARSE_FEATURES, type ParseTokens } from './parse-features.js';

/** A trained parser: its two models, the label names and which labels each arc direction may take. */
export interface ParserModels {
  actions: Scorer;
  labels: Scorer;
  labelNames: string[];
  /** Allowed labels (1) for arcs whose dependent precedes its head, and follows it. */
  leftMask: Uint8Array;
  rightMask: Uint8Array;
  /** Label id of "root". */
  root: number;
}

const feats = new Int32Array(MAX_PARSE_FEATURES);
const state = new ArcHybridState(128);
const scores = new Int32Array(NUM_ACTIONS);
let labelScores = new Int32Array(64);
/** One scorer per action model (its cache holds that model's weights). */
const scorers = new WeakMap<Scorer, ActionScorer>();

/** Parses one sentence; returns heads (-1 = root) and label ids. */
export function parseTokensGreedy(t: ParseTokens, n: number, m: ParserModels): { heads: Int32Array; labels: Int32Array } {
  const s = state;
  s.reset(n);
  if (labelScores.length < m.labelNames.length) labelScores = new Int32Array(m.labelNames.length);
  let actions = scorers.get(m.actions);
  if (!actions) {
    actions = new ActionScorer(m.actions);
    scorers.set(m.actions, actions);
  }
  actions.reset(n);
  while (!s.terminal) {
    const best = onlyLegal(s) ?? bestAction(s, t, actions);
    const label = best === SHIFT ? 0 : chooseLabel(s, t, best, m, labelScores);
    s.apply(best, label);
  }
  const heads = new Int32Array(n);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    heads[i] = s.heads[i] === n ? -1 : s.heads[i]!;
    labels[i] = s.labels[i]!;
  }
  return { heads, labels };
}

/** The one legal action (about a sixth of all: an empty stack, an empty buffer), undefined when there is a choice. */
function onlyLegal(s: ArcHybridState): number | undefined {
  if (s.sp === 0) return SHIFT;
  if (s.b === s.n) return s.sp === 1 ? LEFT : RIGHT;
  return undefined;
}

/** The legal action the model scores highest (ties go to the lower action id). */
function bestAction(s: ArcHybridState, t: ParseTokens, actions: ActionScorer): number {
  actions.score(s, t, scores);
  let best = -1;
  for (let a = 0; a < NUM_ACTIONS; a++) if (s.legal(a) && (best < 0 || scores[a]! > scores[best]!)) best = a;
  return best;
}

/** The label of the arc `action` would make (the root label when the head is the root). */
export function chooseLabel(s: ArcHybridState, t: ParseTokens, action: number, m: ParserModels, scores: Int32Array): number {
  const head = s.headFor(action);
  if (head === s.n) return m.root;
  const dep = s.stack[s.sp - 1]!;
  const k = labelFeatures(s, t, head, dep, feats);
  m.labels.score(feats, k, scores);
  return argmax(scores, m.labelNames.length, action === LEFT ? m.leftMask : m.rightMask);
}
