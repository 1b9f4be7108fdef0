// Feature templates and extraction: word, window, shape, word-class and word-cluster, gazetteer, document and second-stage features of a token.
import { PLACE_BEGIN } from '../gazetteer/index.js';
import { IntBlocks } from '../int-blocks.js';
import { TAGGER_ORG_WORDS } from '../lexicons/organizations.js';
import { TAGGER_NAME_CUES, TAGGER_TITLE_WORDS } from '../lexicons/titles.js';
import { MAX_CONTEXTS, PAD_END, PAD_START, type SentenceContext } from './context.js';
import { feat1, feat2, feat3, hashString } from './hash.js';
import { typeOfLabel } from './labels.js';
import type { WordInfo } from './word-info.js';

/** Feature templates; a feature id is a hash of the template and its values. */
export const T = {
  BIAS: 0, W: 1, LW: 2, LSHAPE: 3, SSHAPE: 4, AFFIX: 5, LW_M1: 6, LW_P1: 7, LW_M2: 8, LW_P2: 9,
  SS_M1: 10, SS_P1: 11, SS_M2M1: 12, SS_P1P2: 13, LW_M1_0: 14, LW_0_P1: 15, SS_3: 16,
  GAZ: 17, GAZ_M1: 18, GAZ_P1: 19, GAZ_SS: 20, FIRST_SS: 21, FIRST_LW: 22, CAPS_SS: 23, CAPS_GAZ: 24, TITLE_SS: 25,
  CHUNK: 26, CHUNK_LAST: 27, CHUNK_FIRST: 28, ORG_WORD: 29, PERSON_TITLE: 30, DOC_CASE: 31,
  DOC_PRED: 35, DOC_PRED_SS: 36, STAGE1: 37, STAGE1_NB: 38, CTX_AGG_L: 39, CTX_AGG_R: 46,
  WCLASS: 47, WCLASS_SS: 48, WCLASS_M1: 49, WCLASS_P1: 50, GAZ_LW_P1: 51, GAZ_P1_LW: 52,
  CL: 53, CL_M1: 54, CL_P1: 55, CL_M2: 56, CL_P2: 57,
  // dynamic (decoder)
  T1: 40, T2: 41, T1_LW: 42, T1_SS: 43, EPH: 44, EPH_SS: 45,
} as const;

const ORG_WORDS = new Set(TAGGER_ORG_WORDS.map(hashString));
const TITLES = new Set(TAGGER_TITLE_WORDS.map(hashString));
const NAME_CUES = new Set([...TAGGER_TITLE_WORDS, ...TAGGER_NAME_CUES].map(hashString));

/**
 * Writes the static feature ids of token `i` of sentence `s` into `out` from index 0;
 * returns how many were written (at most MAX_STATIC_FEATURES).
 * They are the word features of the token and of its neighbours (see wordFeatures) plus contextFeatures.
 */
export function staticFeatures(s: SentenceContext, i: number, out: Int32Array): number {
  let k = wordFeatures(s.infos[i]!, 0, out, 0);
  for (const rel of NEIGHBOURS) {
    const j = i + rel;
    if (j >= 0 && j < s.infos.length) k = wordFeatures(s.infos[j]!, rel, out, k);
  }
  k = contextFeatures(s, i, out, k);
  return s.stage1 ? stageFeatures(s, i, out, k) : k;
}

let scratch = new Int32Array(4096);
/** Storage of the sentences' context feature caches. */
const blocks = new IntBlocks();

/** Fills the sentence's cache of contextFeatures() (once; both stages read it). */
export function cacheContextFeatures(s: SentenceContext): void {
  if (s.contextIds) return;
  const n = s.infos.length;
  if (scratch.length < n * MAX_STATIC_FEATURES) scratch = new Int32Array(n * MAX_STATIC_FEATURES);
  const offsets = blocks.alloc(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    k = contextFeatures(s, i, scratch, k);
    offsets[i + 1] = k;
  }
  s.contextIds = blocks.alloc(k);
  s.contextIds.set(scratch.subarray(0, k));
  s.contextOffsets = offsets;
}

/** Relative positions of the neighbours whose word features a token uses. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/**
 * Features that depend only on one word and its position `rel` relative to the token being
 * tagged (0 = the token itself); the runtime caches their weight sums per word type.
 */
export function wordFeatures(w: WordInfo, rel: number, out: Int32Array, k: number): number {
  switch (rel) {
    case 0:
      out[k++] = feat1(T.BIAS, 0);
      out[k++] = feat1(T.W, w.w);
      out[k++] = feat1(T.LW, w.lw);
      out[k++] = feat1(T.LSHAPE, w.longShape);
      out[k++] = feat1(T.SSHAPE, w.shortShape);
      for (let a = 0; a < 8; a++) if (w.affixes[a] !== 0) out[k++] = feat2(T.AFFIX, a, w.affixes[a]!);
      if (ORG_WORDS.has(w.bare)) out[k++] = feat1(T.ORG_WORD, 0);
      if (TITLES.has(w.bare)) out[k++] = feat1(T.PERSON_TITLE, 1);
      out[k++] = feat1(T.WCLASS, w.classes);
      out[k++] = feat2(T.WCLASS_SS, w.classes, w.shortShape);
      for (let c = 0; c < w.clusters.length; c++) out[k++] = feat2(T.CL, c, w.clusters[c]!);
      return k;
    case -1:
      out[k++] = feat1(T.LW_M1, w.lw);
      out[k++] = feat1(T.SS_M1, w.shortShape);
      out[k++] = feat2(T.WCLASS_M1, w.classes, w.cap ? 1 : 0);
      out[k++] = feat2(T.CL_M1, 0, w.clusters[0]!);
      out[k++] = feat2(T.CL_M1, 1, w.clusters[1]!);
      return k;
    case 1:
      out[k++] = feat1(T.LW_P1, w.lw);
      out[k++] = feat1(T.SS_P1, w.shortShape);
      out[k++] = feat2(T.WCLASS_P1, w.classes, w.cap ? 1 : 0);
      out[k++] = feat2(T.CL_P1, 0, w.clusters[0]!);
      out[k++] = feat2(T.CL_P1, 1, w.clusters[1]!);
      return k;
    case -2:
      out[k++] = feat1(T.LW_M2, w.lw);
      out[k++] = feat1(T.CL_M2, w.clusters[0]!);
      return k;
    default:
      out[k++] = feat1(T.LW_P2, w.lw);
      out[k++] = feat1(T.CL_P2, w.clusters[0]!);
      return k;
  }
}

/** Upper bound on the number of static features of one token. */
export const MAX_STATIC_FEATURES = 96;

/**
 * Features of token `i` that depend on more than one word: padding at sentence edges, word and
 * shape n-grams, gazetteer matches, sentence and document case, capitalized runs, repetitions
 * (all but the second-stage features, so a document's stages can share them).
 */
export function contextFeatures(s: SentenceContext, i: number, out: Int32Array, k: number): number {
  const infos = s.infos;
  const n = infos.length;
  const w = infos[i]!;
  const m1 = i > 0 ? infos[i - 1]! : undefined;
  const m2 = i > 1 ? infos[i - 2]! : undefined;
  const p1 = i + 1 < n ? infos[i + 1]! : undefined;
  const p2 = i + 2 < n ? infos[i + 2]! : undefined;
  const ssM1 = m1 ? m1.shortShape : PAD_START;
  const ssP1 = p1 ? p1.shortShape : PAD_END;
  if (!m1) {
    out[k++] = feat1(T.LW_M1, PAD_START);
    out[k++] = feat1(T.SS_M1, PAD_START);
  }
  if (!m2) out[k++] = feat1(T.LW_M2, PAD_START);
  if (!p1) {
    out[k++] = feat1(T.LW_P1, PAD_END);
    out[k++] = feat1(T.SS_P1, PAD_END);
  }
  if (!p2) out[k++] = feat1(T.LW_P2, PAD_END);
  out[k++] = feat2(T.SS_M2M1, m2 ? m2.shortShape : PAD_START, ssM1);
  out[k++] = feat2(T.SS_P1P2, ssP1, p2 ? p2.shortShape : PAD_END);
  out[k++] = feat2(T.LW_M1_0, m1 ? m1.lw : PAD_START, w.lw);
  out[k++] = feat2(T.LW_0_P1, w.lw, p1 ? p1.lw : PAD_END);
  out[k++] = feat3(T.SS_3, ssM1, w.shortShape, ssP1);
  return sentenceFeatures(s, i, w, out, k);
}

function sentenceFeatures(s: SentenceContext, i: number, w: WordInfo, out: Int32Array, k: number): number {
  const gaz = s.gaz[i]!;
  if (gaz !== 0) {
    out[k++] = feat1(T.GAZ, gaz);
    out[k++] = feat2(T.GAZ_SS, gaz, w.shortShape);
    // A place name before a result verb or a score is often a sports club ("Leeds beat ...").
    const bits = gaz & ~PLACE_BEGIN;
    out[k++] = feat2(T.GAZ_LW_P1, bits, i + 1 < s.infos.length ? s.infos[i + 1]!.lw : PAD_END);
  }
  if (i > 0 && s.gaz[i - 1] !== 0) out[k++] = feat1(T.GAZ_M1, s.gaz[i - 1]! & ~PLACE_BEGIN);
  if (i + 1 < s.gaz.length && s.gaz[i + 1] !== 0) {
    out[k++] = feat1(T.GAZ_P1, s.gaz[i + 1]!);
    // "in" before a place is rarely inside a name ("Bank in Frankfurt"), unlike "Cooperation in Europe".
    out[k++] = feat2(T.GAZ_P1_LW, s.gaz[i + 1]!, w.lw);
  }
  if (i === 0) {
    out[k++] = feat1(T.FIRST_SS, w.shortShape);
    out[k++] = feat1(T.FIRST_LW, w.lw);
  }
  if (s.allCaps) {
    out[k++] = feat1(T.CAPS_SS, w.shortShape);
    out[k++] = feat1(T.CAPS_GAZ, gaz);
  }
  if (s.title) out[k++] = feat1(T.TITLE_SS, w.shortShape);
  k = chunkFeatures(s, i, out, k);
  if (i > 0 && w.cap && NAME_CUES.has(s.infos[i - 1]!.bare)) out[k++] = feat1(T.PERSON_TITLE, 0);
  if (w.cap && w.alpha) {
    const place = i === 0 ? 1 : s.allCaps ? 2 : s.title ? 3 : 0;
    out[k++] = feat2(T.DOC_CASE, place, s.docCase.get(w.lower) ?? 0);
  }
  if (w.cap && w.alpha) k = contextAggregation(s, i, w, out, k);
  return k;
}

/** The neighbour words of the other occurrences of the same capitalized word in the document. */
function contextAggregation(s: SentenceContext, i: number, w: WordInfo, out: Int32Array, k: number): number {
  const list = s.docContexts.get(w.lower);
  if (!list || list.length <= 3) return k;
  const self = s.docOffset + i;
  let used = 0;
  for (let j = 0; j < list.length && used < MAX_CONTEXTS; j += 3) {
    if (list[j] === self) continue;
    out[k++] = feat1(T.CTX_AGG_L, list[j + 1]!);
    out[k++] = feat1(T.CTX_AGG_R, list[j + 2]!);
    used++;
  }
  return k;
}

/** Second-stage features: first-stage labels of the token and its neighbours, and of the word elsewhere in the document. */
export function stageFeatures(s: SentenceContext, i: number, out: Int32Array, k: number): number {
  const l = s.stage1!;
  const w = s.infos[i]!;
  out[k++] = feat1(T.STAGE1, l[i]!);
  out[k++] = feat2(T.STAGE1_NB, i > 0 ? l[i - 1]! : 9, i + 1 < l.length ? l[i + 1]! : 9);
  if (!w.cap || !w.alpha) return k;
  const counts = s.docPred!.get(w.lower);
  if (!counts) return k;
  const own = typeOfLabel(l[i]!);
  let best = -1;
  let total = 0;
  for (let t = 0; t < 5; t++) {
    const n = counts[t]! - (t === own ? 1 : 0);
    total += n;
    if (n > 0 && (best < 0 || n > counts[best]! - (best === own ? 1 : 0))) best = t;
  }
  if (total === 0) return k;
  const unanimous = counts[best]! - (best === own ? 1 : 0) === total ? 1 : 0;
  out[k++] = feat2(T.DOC_PRED, best, unanimous);
  out[k++] = feat2(T.DOC_PRED_SS, best, w.shortShape);
  return k;
}

function chunkFeatures(s: SentenceContext, i: number, out: Int32Array, k: number): number {
  const start = s.chunkStart[i]!;
  if (start < 0) return k;
  const end = s.chunkEnd[i]!;
  const len = Math.min(end - start, 4);
  const pos = i === start ? (end - start === 1 ? 0 : 1) : i === end - 1 ? 2 : 3;
  out[k++] = feat2(T.CHUNK, len, pos);
  if (end - start > 1) {
    const last = s.infos[end - 1]!.bare;
    out[k++] = feat2(T.CHUNK_LAST, pos, last);
    out[k++] = feat2(T.CHUNK_FIRST, pos, s.infos[start]!.bare);
    if (ORG_WORDS.has(last)) out[k++] = feat2(T.ORG_WORD, 1, pos);
  }
  return k;
}
