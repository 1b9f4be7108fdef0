// Feature templates of the parser's action model as data (after Zhang & Nivre 2011, adapted to arc-hybrid):
// each row conjoins state values; s0-s2 are the stack top down, b0-b2 the buffer front on, l1/r1 nearest children.

/** Slots of the state values the templates read (filled by actionFeatures() in parse-features.ts). */
export const V = {
  ONE: 0,
  WP_S0: 1,
  W_S0: 2,
  P_S0: 3,
  WP_B0: 4,
  W_B0: 5,
  P_B0: 6,
  WP_B1: 7,
  W_B1: 8,
  P_B1: 9,
  W_B2: 10,
  P_B2: 11,
  WP_S1: 12,
  W_S1: 13,
  P_S1: 14,
  P_S2: 15,
  W_S2: 16,
  P_S0L1: 17,
  P_S0R1: 18,
  P_B0L1: 19,
  P_S0L2: 20,
  P_S0R2: 21,
  P_B0L2: 22,
  P_S1R1: 23,
  P_S1L1: 24,
  DIST: 25,
  DIST1: 26,
  DISTS: 27,
  NR_S0: 28,
  NL_S0: 29,
  NL_B0: 30,
  NR_S1: 31,
  NL_S1: 32,
  W_S0L1: 33,
  L_S0L1: 34,
  W_S0R1: 35,
  L_S0R1: 36,
  W_B0L1: 37,
  L_B0L1: 38,
  L_S0L2: 39,
  L_S0R2: 40,
  L_B0L2: 41,
  L_S1R1: 42,
  W_S1R1: 43,
  L_S1L1: 44,
  RSET_S0: 45,
  LSET_S0: 46,
  LSET_B0: 47,
  RSET_S1: 48,
  L_S0L1_B0L1: 49,
  L_S1R1_S0L1: 50,
  C_S0: 51,
  C_B0: 52,
  C_S1: 53,
  C_B1: 54,
} as const;

export const NUM_VALUES = 55;

/**
 * Tokens whose static values (word, tag, word class) fill slots: a template reading one of them only has the same
 * weights wherever that token stands in the state, so the parser looks them up once per sentence and token.
 * B0 also covers b1 and b2 (always b0 + 1 and b0 + 2) and the constant ONE. The templates of s0's own values are
 * cached by GROUP.STACK instead, keyed by s0 just the same.
 */
export const ANCHOR = { B0: 0, S1: 1, S2: 2, S0L1: 3, S0R1: 4, B0L1: 5, S1R1: 6 } as const;
export const NUM_ANCHORS = 7;

/** The anchor of each static slot; slots missing here (labels, counts, distances, conjoined values) change with the state. */
export const ANCHOR_OF_SLOT: Readonly<Partial<Record<number, number>>> = {
  [V.ONE]: ANCHOR.B0,
  [V.WP_B0]: ANCHOR.B0,
  [V.W_B0]: ANCHOR.B0,
  [V.P_B0]: ANCHOR.B0,
  [V.C_B0]: ANCHOR.B0,
  [V.WP_B1]: ANCHOR.B0,
  [V.W_B1]: ANCHOR.B0,
  [V.P_B1]: ANCHOR.B0,
  [V.C_B1]: ANCHOR.B0,
  [V.W_B2]: ANCHOR.B0,
  [V.P_B2]: ANCHOR.B0,
  [V.WP_S1]: ANCHOR.S1,
  [V.W_S1]: ANCHOR.S1,
  [V.P_S1]: ANCHOR.S1,
  [V.C_S1]: ANCHOR.S1,
  [V.P_S2]: ANCHOR.S2,
  [V.W_S2]: ANCHOR.S2,
  [V.W_S0L1]: ANCHOR.S0L1,
  [V.P_S0L1]: ANCHOR.S0L1,
  [V.W_S0R1]: ANCHOR.S0R1,
  [V.P_S0R1]: ANCHOR.S0R1,
  [V.W_B0L1]: ANCHOR.B0L1,
  [V.P_B0L1]: ANCHOR.B0L1,
  [V.W_S1R1]: ANCHOR.S1R1,
};

/** The anchor of a template whose slots all share one, else -1. */
export function anchorOf(slots: readonly number[]): number {
  const a = ANCHOR_OF_SLOT[slots[0]!];
  return a !== undefined && slots.every((v) => ANCHOR_OF_SLOT[v] === a) ? a : -1;
}

/**
 * Three more groups of templates the parser caches, each keyed by a token (and a count of its children). While s0
 * is on the stack, the words below it and their children stay as they are, and s0 gains right children only (left
 * ones attach to b0). So STACK templates, which read only the stack but none of s0's right children, change only
 * with s0; S0_RIGHT templates, which read the stack and s0's right children, with s0 and its number of right
 * children; BUFFER templates, which read only b0..b2 and b0's (left) children, with b0 and its number of children.
 */
export const GROUP = { STACK: NUM_ANCHORS, S0_RIGHT: NUM_ANCHORS + 1, BUFFER: NUM_ANCHORS + 2 } as const;
export const NUM_GROUPS = NUM_ANCHORS + 3;

const S0_RIGHT_SLOTS: ReadonlySet<number> = new Set([V.P_S0R1, V.P_S0R2, V.W_S0R1, V.L_S0R1, V.L_S0R2, V.NR_S0, V.RSET_S0]);
const STACK_SLOTS: ReadonlySet<number> = new Set([
  ...S0_RIGHT_SLOTS,
  ...[V.WP_S0, V.W_S0, V.P_S0, V.C_S0, V.WP_S1, V.W_S1, V.P_S1, V.C_S1, V.P_S2, V.W_S2, V.DIST1],
  ...[V.P_S0L1, V.P_S0L2, V.W_S0L1, V.L_S0L1, V.L_S0L2, V.NL_S0, V.LSET_S0, V.L_S1R1_S0L1],
  ...[V.P_S1R1, V.P_S1L1, V.W_S1R1, V.L_S1R1, V.L_S1L1, V.NR_S1, V.NL_S1, V.RSET_S1],
]);
const BUFFER_SLOTS: ReadonlySet<number> = new Set([
  ...[V.WP_B0, V.W_B0, V.P_B0, V.C_B0, V.WP_B1, V.W_B1, V.P_B1, V.C_B1, V.W_B2, V.P_B2],
  ...[V.P_B0L1, V.P_B0L2, V.W_B0L1, V.L_B0L1, V.L_B0L2, V.NL_B0, V.LSET_B0],
]);

/** The cache group of a template: its anchor, else STACK, S0_RIGHT or BUFFER, else -1 (scored at every transition). */
export function groupOf(slots: readonly number[]): number {
  const a = anchorOf(slots);
  if (a >= 0) return a;
  if (slots.every((v) => STACK_SLOTS.has(v))) return slots.some((v) => S0_RIGHT_SLOTS.has(v)) ? GROUP.S0_RIGHT : GROUP.STACK;
  if (slots.every((v) => BUFFER_SLOTS.has(v))) return GROUP.BUFFER;
  return -1;
}

/** Row t: the value slots of template t; its feature id is mix(…mix(mix(t + 1, v1), v2)…). */
export const ACTION_TEMPLATES: readonly (readonly number[])[] = [
  [V.ONE],
  [V.WP_S0],
  [V.W_S0],
  [V.P_S0],
  [V.WP_B0],
  [V.W_B0],
  [V.P_B0],
  [V.WP_B1],
  [V.W_B1],
  [V.P_B1],
  [V.W_B2],
  [V.P_B2],
  [V.WP_S1],
  [V.W_S1],
  [V.P_S1],
  [V.P_S2],
  [V.W_S2],
  [V.WP_S0, V.WP_B0],
  [V.WP_S0, V.W_B0],
  [V.W_S0, V.WP_B0],
  [V.WP_S0, V.P_B0],
  [V.P_S0, V.WP_B0],
  [V.W_S0, V.W_B0],
  [V.P_S0, V.P_B0],
  [V.P_B0, V.P_B1],
  [V.WP_S1, V.WP_S0],
  [V.W_S1, V.W_S0],
  [V.P_S1, V.P_S0],
  [V.P_S1, V.P_B0],
  [V.W_S1, V.W_B0],
  [V.P_S1, V.WP_S0],
  [V.WP_S1, V.P_S0],
  [V.P_B0, V.P_B1, V.P_B2],
  [V.P_S0, V.P_B0, V.P_B1],
  [V.P_S1, V.P_S0, V.P_B0],
  [V.P_S0, V.P_S0L1, V.P_B0],
  [V.P_S0, V.P_S0R1, V.P_B0],
  [V.P_S0, V.P_B0, V.P_B0L1],
  [V.P_S0, V.P_S0L1, V.P_S0L2],
  [V.P_S0, V.P_S0R1, V.P_S0R2],
  [V.P_B0, V.P_B0L1, V.P_B0L2],
  [V.P_S1, V.P_S1R1, V.P_S0],
  [V.P_S2, V.P_S1, V.P_S0],
  [V.P_S1, V.P_S1L1, V.P_S0],
  [V.P_S1, V.P_S0, V.P_B1],
  [V.W_S0, V.DIST],
  [V.P_S0, V.DIST],
  [V.W_B0, V.DIST],
  [V.P_B0, V.DIST],
  [V.W_S0, V.W_B0, V.DIST],
  [V.P_S0, V.P_B0, V.DIST],
  [V.P_S1, V.P_S0, V.DIST1],
  [V.W_S1, V.W_S0, V.DIST1],
  [V.P_S1, V.P_S0, V.DISTS],
  [V.W_S0, V.NR_S0],
  [V.P_S0, V.NR_S0],
  [V.W_S0, V.NL_S0],
  [V.P_S0, V.NL_S0],
  [V.W_B0, V.NL_B0],
  [V.P_B0, V.NL_B0],
  [V.P_S1, V.NR_S1],
  [V.P_S1, V.NL_S1],
  [V.W_S0L1],
  [V.P_S0L1],
  [V.L_S0L1],
  [V.W_S0R1],
  [V.P_S0R1],
  [V.L_S0R1],
  [V.W_B0L1],
  [V.P_B0L1],
  [V.L_B0L1],
  [V.P_S0L2, V.L_S0L2],
  [V.P_S0R2, V.L_S0R2],
  [V.P_B0L2, V.L_B0L2],
  [V.P_S1R1, V.L_S1R1],
  [V.W_S1R1],
  [V.P_S1L1, V.L_S1L1],
  [V.W_S0, V.RSET_S0],
  [V.P_S0, V.RSET_S0],
  [V.W_S0, V.LSET_S0],
  [V.P_S0, V.LSET_S0],
  [V.W_B0, V.LSET_B0],
  [V.P_B0, V.LSET_B0],
  [V.P_S1, V.RSET_S1],
  [V.P_S0, V.P_B0, V.L_S0L1_B0L1],
  [V.P_S1, V.P_S0, V.L_S1R1_S0L1],
  [V.W_S0, V.P_S1, V.P_B0],
  [V.W_B0, V.P_S0, V.P_S1],
  [V.C_S0],
  [V.C_B0],
  [V.C_S1],
  [V.C_B1],
  [V.C_S0, V.C_B0],
  [V.C_S0, V.P_B0],
  [V.P_S0, V.C_B0],
  [V.C_S1, V.C_S0],
  [V.C_S0, V.C_B0, V.DIST],
  [V.P_S1, V.C_S0, V.P_B0],
];
