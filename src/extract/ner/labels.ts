// BIO labels of the tagger and the entity types they carry.

/** Tag set, in model column order. */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

/** Entity types by type index (0 = outside). */
export const TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, i) => [l, i]));

/** Column of a tag; IOB1 "I-" tags are accepted and unknown tags map to O. */
export function labelIndex(tag: string): number {
  return LABEL_INDEX.get(tag) ?? 0;
}

/** Type index (0 = O, 1 = PER, 2 = ORG, 3 = LOC, 4 = MISC) of a label column. */
export function typeOfLabel(label: number): number {
  return label === 0 ? 0 : ((label - 1) >> 1) + 1;
}

/** Whether label column `label` may follow `prev` (an I- tag continues a same-type entity). */
export function allowedAfter(prev: number, label: number): boolean {
  if (label === 0 || (label & 1) === 1) return true;
  return prev === label || prev === label - 1;
}
