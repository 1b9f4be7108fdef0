// Dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): gold arcs an action makes unreachable.
import { type ArcHybridState, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';

/** Gold tree of a training sentence: heads with the root as n, and each word's gold dependents. */
export interface GoldTree {
  heads: Int32Array;
  deps: Int32Array[];
}

/** Builds the dependents lists of a gold tree (heads in 0..n, n = root). */
export function goldTree(heads: Int32Array): GoldTree {
  const n = heads.length;
  const lists: number[][] = Array.from({ length: n + 1 }, () => []);
  for (let d = 0; d < n; d++) lists[heads[d]!]!.push(d);
  return { heads, deps: lists.map((l) => Int32Array.from(l)) };
}

/** Number of gold arcs lost by `action` in `s` (an exact cost for projective gold trees). */
export function actionCost(s: ArcHybridState, g: GoldTree, action: number, onStack: Uint8Array): number {
  const b = s.b;
  if (action === SHIFT) {
    let cost = 0;
    const h = g.heads[b]!;
    if (h < s.n && onStack[h] === 1 && h !== s.stack[s.sp - 1]) cost++;
    for (const d of g.deps[b]!) if (onStack[d] === 1) cost++;
    return cost;
  }
  const s0 = s.stack[s.sp - 1]!;
  const s1 = s.sp >= 2 ? s.stack[s.sp - 2]! : -1;
  const h = g.heads[s0]!;
  let cost = 0;
  if (action === LEFT) {
    if (h !== b && (h === s1 || h > b)) cost++;
  } else if (action === RIGHT) {
    if (h >= b) cost++;
  }
  for (const d of g.deps[s0]!) if (d >= b) cost++;
  return cost;
}

/** Keeps `onStack` in step with the state after `action` (call before applying it). */
export function trackStack(s: ArcHybridState, action: number, onStack: Uint8Array): void {
  if (action === SHIFT) onStack[s.b] = 1;
  else onStack[s.stack[s.sp - 1]!] = 0;
}

/**
 * Lifts non-projective arcs (the shortest first) to the head's head until the tree is projective; labels are
 * kept. Returns undefined when that would need a second root.
 */
export function projectivize(heads: Int32Array): Int32Array | undefined {
  const h = heads.slice();
  const n = h.length;
  for (let round = 0; round < n * 2; round++) {
    let worst = -1;
    let worstLen = Number.MAX_SAFE_INTEGER;
    for (let d = 0; d < n; d++) {
      const len = Math.abs(h[d]! - d);
      if (len < worstLen && !projectiveArc(h, h[d]!, d)) {
        worst = d;
        worstLen = len;
      }
    }
    if (worst < 0) return h;
    const up = h[h[worst]!];
    if (up === undefined || up >= n) return undefined;
    h[worst] = up;
  }
  return undefined;
}

/** Whether every word strictly between head and dependent descends from the head (root = n). */
function projectiveArc(h: Int32Array, head: number, dep: number): boolean {
  const n = h.length;
  const lo = Math.min(head, dep);
  const hi = Math.max(head, dep);
  for (let k = lo + 1; k < hi; k++) {
    let x = k;
    let steps = 0;
    while (x !== head && x < n && steps++ <= n) x = h[x]!;
    if (x !== head) return false;
  }
  return true;
}

/** Whether `heads` (root = n) is a tree: one root word and no cycles. */
export function isTree(heads: Int32Array): boolean {
  const n = heads.length;
  let roots = 0;
  for (let d = 0; d < n; d++) {
    if (heads[d] === n) roots++;
    let x = d;
    let steps = 0;
    while (x < n && steps++ <= n) x = heads[x]!;
    if (x !== n) return false;
  }
  return roots === 1;
}
