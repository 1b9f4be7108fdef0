// What a frame finds: a relation between two mentions of one sentence, with its confidence.
import type { FactStatus } from '../../../predicates.js';
import type { Predicate } from '../../../types.js';

/** A relation read off the parse. `subject`/`object` index the article's mentions. */
export interface FrameRelation {
  predicate: Predicate;
  subject: number;
  object: number;
  confidence: number;
  title?: string;
  status?: FactStatus;
}
