// Features of the parser: the action model's state values (templates in action-templates.ts) and the label model's
// features of one candidate arc.
import { IntBlocks } from '../int-blocks.js';
import { feat1, mix } from '../ner/hash.js';
import type { ArcHybridState } from './arc-hybrid.js';
import type { WordHashes } from './words.js';
import { ACTION_TEMPLATES, ANCHOR, NUM_ANCHORS, NUM_VALUES, V } from './action-templates.js';

export const MAX_PARSE_FEATURES = 128;

/** Word and tag ids of a sentence, shifted by one: slot 0 is "no token", slot i + 1 word i, slot n + 1 the root. */
export interface ParseTokens {
  w: Int32Array;
  p: Int32Array;
  wp: Int32Array;
  /** Word class at 1,024 classes (the backoff for rare words); 0 unknown, -1 none, -2 root. */
  c: Int32Array;
}

const NONE_W = 0x1234567;
const ROOT_W = 0x7654321;

/** Storage of the sentences' token slots. */
const blocks = new IntBlocks();

/** Builds the token slots from word hashes and tag class ids. */
export function parseTokens(h: WordHashes, tags: Int32Array): ParseTokens {
  const n = h.n;
  const t: ParseTokens = { w: blocks.alloc(n + 2), p: blocks.alloc(n + 2), wp: blocks.alloc(n + 2), c: blocks.alloc(n + 2) };
  t.w[0] = NONE_W;
  t.p[0] = -1;
  t.c[0] = -1;
  t.w[n + 1] = ROOT_W;
  t.p[n + 1] = -2;
  t.c[n + 1] = -2;
  for (let i = 0; i < n; i++) {
    t.w[i + 1] = h.lower[i]!;
    t.p[i + 1] = tags[i]!;
    t.c[i + 1] = h.clusters[i * 3 + 2]!;
  }
  for (let i = 0; i < n + 2; i++) t.wp[i] = mix(t.w[i]!, t.p[i]!);
  return t;
}

/** Distance class of two positions (0 when either is missing; 9 when one is the root). */
function dist(a: number, b: number, n: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === n || b === n) return 9;
  const d = Math.abs(a - b);
  return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : d <= 14 ? 7 : 8;
}

const at = (a: Int32Array, x: number) => (x < 0 ? -1 : a[x]!);
const lab = (s: ArcHybridState, x: number) => (x < 0 ? -1 : s.labels[x]!);

/**
 * Fills `v` with the state values the action templates read, and `tokens` with the token of each anchor (ANCHOR in
 * action-templates.ts; -1 when missing). Slots of `t` are shifted by one: -1 reads slot 0.
 */
export function stateValues(s: ArcHybridState, t: ParseTokens, v: Int32Array, tokens: Int32Array): void {
  const n = s.n;
  const s0 = s.sp > 0 ? s.stack[s.sp - 1]! : -1;
  const s1 = s.sp > 1 ? s.stack[s.sp - 2]! : -1;
  const s2 = s.sp > 2 ? s.stack[s.sp - 3]! : -1;
  const b0 = s.b;
  const b1 = b0 + 1 <= n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= n ? b0 + 2 : -1;
  const s0l1 = at(s.lc1, s0);
  const s0l2 = at(s.lc2, s0);
  const s0r1 = at(s.rc1, s0);
  const s0r2 = at(s.rc2, s0);
  const s1l1 = at(s.lc1, s1);
  const s1r1 = at(s.rc1, s1);
  const b0l1 = s.lc1[b0]!;
  const b0l2 = s.lc2[b0]!;
  tokens[ANCHOR.B0] = b0;
  tokens[ANCHOR.S1] = s1;
  tokens[ANCHOR.S2] = s2;
  tokens[ANCHOR.S0L1] = s0l1;
  tokens[ANCHOR.S0R1] = s0r1;
  tokens[ANCHOR.B0L1] = b0l1;
  tokens[ANCHOR.S1R1] = s1r1;
  const W = t.w;
  const P = t.p;
  const WP = t.wp;
  const C = t.c;
  const d = dist(s0, b0, n);
  const d1 = dist(s1, s0, n);
  v[V.ONE] = 1;
  v[V.WP_S0] = WP[s0 + 1]!;
  v[V.W_S0] = W[s0 + 1]!;
  v[V.P_S0] = P[s0 + 1]!;
  v[V.WP_B0] = WP[b0 + 1]!;
  v[V.W_B0] = W[b0 + 1]!;
  v[V.P_B0] = P[b0 + 1]!;
  v[V.WP_B1] = WP[b1 + 1]!;
  v[V.W_B1] = W[b1 + 1]!;
  v[V.P_B1] = P[b1 + 1]!;
  v[V.W_B2] = W[b2 + 1]!;
  v[V.P_B2] = P[b2 + 1]!;
  v[V.WP_S1] = WP[s1 + 1]!;
  v[V.W_S1] = W[s1 + 1]!;
  v[V.P_S1] = P[s1 + 1]!;
  v[V.P_S2] = P[s2 + 1]!;
  v[V.W_S2] = W[s2 + 1]!;
  v[V.P_S0L1] = P[s0l1 + 1]!;
  v[V.P_S0R1] = P[s0r1 + 1]!;
  v[V.P_B0L1] = P[b0l1 + 1]!;
  v[V.P_S0L2] = P[s0l2 + 1]!;
  v[V.P_S0R2] = P[s0r2 + 1]!;
  v[V.P_B0L2] = P[b0l2 + 1]!;
  v[V.P_S1R1] = P[s1r1 + 1]!;
  v[V.P_S1L1] = P[s1l1 + 1]!;
  v[V.DIST] = d;
  v[V.DIST1] = d1;
  v[V.DISTS] = mix(d, d1);
  v[V.NR_S0] = at(s.nr, s0);
  v[V.NL_S0] = at(s.nl, s0);
  v[V.NL_B0] = s.nl[b0]!;
  v[V.NR_S1] = at(s.nr, s1);
  v[V.NL_S1] = at(s.nl, s1);
  v[V.W_S0L1] = W[s0l1 + 1]!;
  v[V.L_S0L1] = lab(s, s0l1);
  v[V.W_S0R1] = W[s0r1 + 1]!;
  v[V.L_S0R1] = lab(s, s0r1);
  v[V.W_B0L1] = W[b0l1 + 1]!;
  v[V.L_B0L1] = lab(s, b0l1);
  v[V.L_S0L2] = lab(s, s0l2);
  v[V.L_S0R2] = lab(s, s0r2);
  v[V.L_B0L2] = lab(s, b0l2);
  v[V.L_S1R1] = lab(s, s1r1);
  v[V.W_S1R1] = W[s1r1 + 1]!;
  v[V.L_S1L1] = lab(s, s1l1);
  v[V.RSET_S0] = at(s.rset, s0);
  v[V.LSET_S0] = at(s.lset, s0);
  v[V.LSET_B0] = s.lset[b0]!;
  v[V.RSET_S1] = at(s.rset, s1);
  v[V.L_S0L1_B0L1] = mix(lab(s, s0l1), lab(s, b0l1));
  v[V.L_S1R1_S0L1] = mix(lab(s, s1r1), lab(s, s0l1));
  v[V.C_S0] = C[s0 + 1]!;
  v[V.C_B0] = C[b0 + 1]!;
  v[V.C_S1] = C[s1 + 1]!;
  v[V.C_B1] = C[b1 + 1]!;
}

/** Templates flattened: per template its seed (id + 1), its number of values, then the value slots. */
export function flatTemplates(ids: readonly number[]): Int32Array {
  return Int32Array.from(ids.flatMap((id) => [id + 1, ACTION_TEMPLATES[id]!.length, ...ACTION_TEMPLATES[id]!]));
}

/** Writes the feature ids of the flattened templates `flat` over `values` into `out` from `k`; returns the new count. */
export function templateFeatures(flat: Int32Array, values: Int32Array, out: Int32Array, k: number): number {
  for (let i = 0; i < flat.length; ) {
    let h = flat[i]!;
    const n = flat[i + 1]!;
    i += 2;
    for (let j = 0; j < n; j++) h = mix(h, values[flat[i + j]!]!);
    i += n;
    out[k++] = h;
  }
  return k;
}

const ALL = flatTemplates(ACTION_TEMPLATES.map((_, id) => id));
const values = new Int32Array(NUM_VALUES);
const tokens = new Int32Array(NUM_ANCHORS);

/** Writes the action model's features of state `s` into `out`; returns how many. */
export function actionFeatures(s: ArcHybridState, t: ParseTokens, out: Int32Array): number {
  stateValues(s, t, values, tokens);
  return templateFeatures(ALL, values, out, 0);
}

/** Label feature templates 100..131; their ids are feat3(template, dir, a, b) (feat1, feat2 for fewer values). */
const LABEL_TEMPLATES = 32;
/** mix(template + 1, dir) of every label template, for dir 1 (head after dep) and 2. */
const LABEL_SEEDS = [1, 2].map((dir) => Int32Array.from({ length: LABEL_TEMPLATES }, (_, t) => feat1(100 + t, dir)));
const mix2 = (h: number, a: number, b: number) => mix(mix(h, a), b);

/** Writes the label model's features for the arc head → dep (dir 0: head is b0, 1: head is s1). */
export function labelFeatures(s: ArcHybridState, t: ParseTokens, head: number, dep: number, out: Int32Array): number {
  const n = s.n;
  // Each template's hash of its id and the direction, mix(mix(id + 1, dir), …) without the first step.
  const g = head > dep ? LABEL_SEEDS[0]! : LABEL_SEEDS[1]!;
  const W = t.w;
  const P = t.p;
  const hw = W[head + 1]!, hp = P[head + 1]!, dw = W[dep + 1]!, dp = P[dep + 1]!;
  const dl1 = s.lc1[dep]!;
  const dr1 = s.rc1[dep]!;
  const hl1 = s.lc1[head]!;
  const hr1 = s.rc1[head]!;
  const pl = P[dep]!; // the word before dep (slot dep = word dep - 1)
  const pr = P[dep + 2 <= n ? dep + 2 : 0]!;
  let k = 0;
  out[k++] = g[0]!;
  out[k++] = mix(g[1]!, hw);
  out[k++] = mix(g[2]!, hp);
  out[k++] = mix(g[3]!, dw);
  out[k++] = mix(g[4]!, dp);
  out[k++] = mix2(g[5]!, t.wp[head + 1]!, t.wp[dep + 1]!);
  out[k++] = mix2(g[6]!, hw, dp);
  out[k++] = mix2(g[7]!, hp, dw);
  out[k++] = mix2(g[8]!, hp, dp);
  out[k++] = mix2(g[9]!, mix(hp, dp), dist(head, dep, n));
  out[k++] = mix2(g[10]!, dp, dl1 < 0 ? -1 : s.labels[dl1]!);
  out[k++] = mix2(g[11]!, dp, dr1 < 0 ? -1 : s.labels[dr1]!);
  out[k++] = mix2(g[12]!, dp, s.lset[dep]!);
  out[k++] = mix2(g[13]!, dp, s.rset[dep]!);
  out[k++] = mix2(g[14]!, dp, W[dl1 + 1]!);
  out[k++] = mix2(g[15]!, mix(dp, hp), W[dl1 + 1]!);
  out[k++] = mix2(g[16]!, dp, W[dr1 + 1]!);
  out[k++] = mix2(g[17]!, hp, s.lset[head]!);
  out[k++] = mix2(g[18]!, hp, s.rset[head]!);
  out[k++] = mix2(g[19]!, mix(pl, dp), hp);
  out[k++] = mix2(g[20]!, mix(dp, pr), hp);
  out[k++] = mix2(g[21]!, dw, mix(s.nl[dep]!, s.nr[dep]!));
  out[k++] = mix2(g[22]!, mix(hp, dp), P[dl1 + 1]!);
  out[k++] = mix2(g[23]!, hp, hl1 < 0 ? -1 : s.labels[hl1]!);
  out[k++] = mix2(g[24]!, hp, hr1 < 0 ? -1 : s.labels[hr1]!);
  out[k++] = mix2(g[25]!, hw, dw);
  out[k++] = mix2(g[26]!, mix(dp, P[dl1 + 1]!), P[s.lc2[dep]! + 1]!);
  out[k++] = mix2(g[27]!, mix(dw, hp), W[dl1 + 1]!);
  out[k++] = mix2(g[28]!, hw, W[dl1 + 1]!);
  out[k++] = mix2(g[29]!, t.c[head + 1]!, t.c[dep + 1]!);
  out[k++] = mix2(g[30]!, hp, t.c[dep + 1]!);
  out[k++] = mix2(g[31]!, t.c[head + 1]!, dp);
  return k;
}
