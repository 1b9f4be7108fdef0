// Greedy arc-hybrid parsing: the action model picks SHIFT/LEFT/RIGHT, the label model labels each arc made.
import { ArcHybridState, LEFT, NUM_ACTIONS, SHIFT } from './arc-hybrid.js';
import { argmax, type Scorer } from './linear-model.js';
import { actionFeatures, labelFeatures, MAX_PARSE_FEATURES, type ParseTokens } from './parse-features.js';

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

/** Parses one sentence; returns heads (-1 = root) and label ids. */
export function parseTokensGreedy(t: ParseTokens, n: number, m: ParserModels): { heads: Int32Array; labels: Int32Array } {
  const s = state;
  s.reset(n);
  const scores = new Int32Array(NUM_ACTIONS);
  const labelScores = new Int32Array(m.labelNames.length);
  while (!s.terminal) {
    const k = actionFeatures(s, t, feats);
    m.actions.score(feats, k, scores);
    let best = -1;
    for (let a = 0; a < NUM_ACTIONS; a++) if (s.legal(a) && (best < 0 || scores[a]! > scores[best]!)) best = a;
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

/** The label of the arc `action` would make (the root label when the head is the root). */
export function chooseLabel(s: ArcHybridState, t: ParseTokens, action: number, m: ParserModels, scores: Int32Array): number {
  const head = s.headFor(action);
  if (head === s.n) return m.root;
  const dep = s.stack[s.sp - 1]!;
  const k = labelFeatures(s, t, head, dep, feats);
  m.labels.score(feats, k, scores);
  return argmax(scores, m.labelNames.length, action === LEFT ? m.leftMask : m.rightMask);
}
