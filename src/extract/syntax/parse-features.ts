// Feature templates of the parser (after Zhang & Nivre 2011, adapted to arc-hybrid): the action model reads the
// stack, buffer, children, distances, valencies and label sets; the label model reads one candidate arc.
import { feat1, feat2, feat3, mix } from '../ner/hash.js';
import type { ArcHybridState } from './arc-hybrid.js';
import type { WordHashes } from './words.js';

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

/** Builds the token slots from word hashes and tag class ids. */
export function parseTokens(h: WordHashes, tags: Int32Array): ParseTokens {
  const n = h.n;
  const t: ParseTokens = { w: new Int32Array(n + 2), p: new Int32Array(n + 2), wp: new Int32Array(n + 2), c: new Int32Array(n + 2) };
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

/** Writes the action model's features of state `s` into `out`; returns how many. */
export function actionFeatures(s: ArcHybridState, t: ParseTokens, out: Int32Array): number {
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
  const W = t.w;
  const P = t.p;
  const WP = t.wp;
  // Slots are shifted by one (x + 1), so a missing token (-1) reads slot 0.
  const ws0 = W[s0 + 1]!, ps0 = P[s0 + 1]!, wps0 = WP[s0 + 1]!;
  const ws1 = W[s1 + 1]!, ps1 = P[s1 + 1]!, wps1 = WP[s1 + 1]!;
  const wb0 = W[b0 + 1]!, pb0 = P[b0 + 1]!, wpb0 = WP[b0 + 1]!;
  const wb1 = W[b1 + 1]!, pb1 = P[b1 + 1]!;
  const pb2 = P[b2 + 1]!, ps2 = P[s2 + 1]!;
  const d = dist(s0, b0, n);
  const d1 = dist(s1, s0, n);
  let k = 0;
  out[k++] = feat1(0, 1);
  out[k++] = feat1(1, wps0);
  out[k++] = feat1(2, ws0);
  out[k++] = feat1(3, ps0);
  out[k++] = feat1(4, wpb0);
  out[k++] = feat1(5, wb0);
  out[k++] = feat1(6, pb0);
  out[k++] = feat1(7, WP[b1 + 1]!);
  out[k++] = feat1(8, wb1);
  out[k++] = feat1(9, pb1);
  out[k++] = feat1(10, W[b2 + 1]!);
  out[k++] = feat1(11, pb2);
  out[k++] = feat1(12, wps1);
  out[k++] = feat1(13, ws1);
  out[k++] = feat1(14, ps1);
  out[k++] = feat1(15, ps2);
  out[k++] = feat1(16, W[s2 + 1]!);
  out[k++] = feat2(17, wps0, wpb0);
  out[k++] = feat2(18, wps0, wb0);
  out[k++] = feat2(19, ws0, wpb0);
  out[k++] = feat2(20, wps0, pb0);
  out[k++] = feat2(21, ps0, wpb0);
  out[k++] = feat2(22, ws0, wb0);
  out[k++] = feat2(23, ps0, pb0);
  out[k++] = feat2(24, pb0, pb1);
  out[k++] = feat2(25, wps1, wps0);
  out[k++] = feat2(26, ws1, ws0);
  out[k++] = feat2(27, ps1, ps0);
  out[k++] = feat2(28, ps1, pb0);
  out[k++] = feat2(29, ws1, wb0);
  out[k++] = feat2(30, ps1, wps0);
  out[k++] = feat2(31, wps1, ps0);
  out[k++] = feat3(32, pb0, pb1, pb2);
  out[k++] = feat3(33, ps0, pb0, pb1);
  out[k++] = feat3(34, ps1, ps0, pb0);
  out[k++] = feat3(35, ps0, P[s0l1 + 1]!, pb0);
  out[k++] = feat3(36, ps0, P[s0r1 + 1]!, pb0);
  out[k++] = feat3(37, ps0, pb0, P[b0l1 + 1]!);
  out[k++] = feat3(38, ps0, P[s0l1 + 1]!, P[s0l2 + 1]!);
  out[k++] = feat3(39, ps0, P[s0r1 + 1]!, P[s0r2 + 1]!);
  out[k++] = feat3(40, pb0, P[b0l1 + 1]!, P[b0l2 + 1]!);
  out[k++] = feat3(41, ps1, P[s1r1 + 1]!, ps0);
  out[k++] = feat3(42, ps2, ps1, ps0);
  out[k++] = feat3(43, ps1, P[s1l1 + 1]!, ps0);
  out[k++] = feat3(44, ps1, ps0, pb1);
  out[k++] = feat2(45, ws0, d);
  out[k++] = feat2(46, ps0, d);
  out[k++] = feat2(47, wb0, d);
  out[k++] = feat2(48, pb0, d);
  out[k++] = feat3(49, ws0, wb0, d);
  out[k++] = feat3(50, ps0, pb0, d);
  out[k++] = feat3(51, ps1, ps0, d1);
  out[k++] = feat3(52, ws1, ws0, d1);
  out[k++] = feat3(53, ps1, ps0, mix(d, d1));
  const nl0 = at(s.nl, s0);
  const nr0 = at(s.nr, s0);
  out[k++] = feat2(54, ws0, nr0);
  out[k++] = feat2(55, ps0, nr0);
  out[k++] = feat2(56, ws0, nl0);
  out[k++] = feat2(57, ps0, nl0);
  out[k++] = feat2(58, wb0, s.nl[b0]!);
  out[k++] = feat2(59, pb0, s.nl[b0]!);
  out[k++] = feat2(60, ps1, at(s.nr, s1));
  out[k++] = feat2(61, ps1, at(s.nl, s1));
  out[k++] = feat1(62, W[s0l1 + 1]!);
  out[k++] = feat1(63, P[s0l1 + 1]!);
  out[k++] = feat1(64, lab(s, s0l1));
  out[k++] = feat1(65, W[s0r1 + 1]!);
  out[k++] = feat1(66, P[s0r1 + 1]!);
  out[k++] = feat1(67, lab(s, s0r1));
  out[k++] = feat1(68, W[b0l1 + 1]!);
  out[k++] = feat1(69, P[b0l1 + 1]!);
  out[k++] = feat1(70, lab(s, b0l1));
  out[k++] = feat2(71, P[s0l2 + 1]!, lab(s, s0l2));
  out[k++] = feat2(72, P[s0r2 + 1]!, lab(s, s0r2));
  out[k++] = feat2(73, P[b0l2 + 1]!, lab(s, b0l2));
  out[k++] = feat2(74, P[s1r1 + 1]!, lab(s, s1r1));
  out[k++] = feat1(75, W[s1r1 + 1]!);
  out[k++] = feat2(76, P[s1l1 + 1]!, lab(s, s1l1));
  out[k++] = feat2(77, ws0, at(s.rset, s0));
  out[k++] = feat2(78, ps0, at(s.rset, s0));
  out[k++] = feat2(79, ws0, at(s.lset, s0));
  out[k++] = feat2(80, ps0, at(s.lset, s0));
  out[k++] = feat2(81, wb0, s.lset[b0]!);
  out[k++] = feat2(82, pb0, s.lset[b0]!);
  out[k++] = feat2(83, ps1, at(s.rset, s1));
  out[k++] = feat3(84, ps0, pb0, mix(lab(s, s0l1), lab(s, b0l1)));
  out[k++] = feat3(85, ps1, ps0, mix(lab(s, s1r1), lab(s, s0l1)));
  out[k++] = feat3(86, ws0, ps1, pb0);
  out[k++] = feat3(87, wb0, ps0, ps1);
  const C = t.c;
  const cs0 = C[s0 + 1]!, cb0 = C[b0 + 1]!, cs1 = C[s1 + 1]!;
  out[k++] = feat1(88, cs0);
  out[k++] = feat1(89, cb0);
  out[k++] = feat1(90, cs1);
  out[k++] = feat1(91, C[b1 + 1]!);
  out[k++] = feat2(92, cs0, cb0);
  out[k++] = feat2(93, cs0, pb0);
  out[k++] = feat2(94, ps0, cb0);
  out[k++] = feat2(95, cs1, cs0);
  out[k++] = feat3(96, cs0, cb0, d);
  out[k++] = feat3(97, ps1, cs0, pb0);
  // Attachment of prepositional phrases: the words of s0, b0 and their nearest case-like children.
  out[k++] = feat3(98, ws0, wb0, W[b0l1 + 1]!);
  out[k++] = feat3(99, ws1, ws0, W[s0l1 + 1]!);
  out[k++] = feat3(100, ws0, W[s0r1 + 1]!, pb0);
  out[k++] = feat3(101, mix(ps1, ps0), pb0, pb1);
  return k;
}

/** Writes the label model's features for the arc head → dep (dir 0: head is b0, 1: head is s1). */
export function labelFeatures(s: ArcHybridState, t: ParseTokens, head: number, dep: number, out: Int32Array): number {
  const n = s.n;
  const dir = head > dep ? 1 : 2;
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
  out[k++] = feat1(100, dir);
  out[k++] = feat2(101, dir, hw);
  out[k++] = feat2(102, dir, hp);
  out[k++] = feat2(103, dir, dw);
  out[k++] = feat2(104, dir, dp);
  out[k++] = feat3(105, dir, t.wp[head + 1]!, t.wp[dep + 1]!);
  out[k++] = feat3(106, dir, hw, dp);
  out[k++] = feat3(107, dir, hp, dw);
  out[k++] = feat3(108, dir, hp, dp);
  out[k++] = feat3(109, dir, mix(hp, dp), dist(head, dep, n));
  out[k++] = feat3(110, dir, dp, dl1 < 0 ? -1 : s.labels[dl1]!);
  out[k++] = feat3(111, dir, dp, dr1 < 0 ? -1 : s.labels[dr1]!);
  out[k++] = feat3(112, dir, dp, s.lset[dep]!);
  out[k++] = feat3(113, dir, dp, s.rset[dep]!);
  out[k++] = feat3(114, dir, dp, W[dl1 + 1]!);
  out[k++] = feat3(115, dir, mix(dp, hp), W[dl1 + 1]!);
  out[k++] = feat3(116, dir, dp, W[dr1 + 1]!);
  out[k++] = feat3(117, dir, hp, s.lset[head]!);
  out[k++] = feat3(118, dir, hp, s.rset[head]!);
  out[k++] = feat3(119, dir, mix(pl, dp), hp);
  out[k++] = feat3(120, dir, mix(dp, pr), hp);
  out[k++] = feat3(121, dir, dw, mix(s.nl[dep]!, s.nr[dep]!));
  out[k++] = feat3(122, dir, mix(hp, dp), P[dl1 + 1]!);
  out[k++] = feat3(123, dir, hp, hl1 < 0 ? -1 : s.labels[hl1]!);
  out[k++] = feat3(124, dir, hp, hr1 < 0 ? -1 : s.labels[hr1]!);
  out[k++] = feat3(125, dir, hw, dw);
  out[k++] = feat3(126, dir, mix(dp, P[dl1 + 1]!), P[s.lc2[dep]! + 1]!);
  out[k++] = feat3(127, dir, mix(dw, hp), W[dl1 + 1]!);
  out[k++] = feat3(128, dir, hw, W[dl1 + 1]!);
  out[k++] = feat3(129, dir, t.c[head + 1]!, t.c[dep + 1]!);
  out[k++] = feat3(130, dir, hp, t.c[dep + 1]!);
  out[k++] = feat3(131, dir, t.c[head + 1]!, dp);
  return k;
}
