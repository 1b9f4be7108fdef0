// The action model's scores of a parser state, with the templates that read one token only (its word, tag and word
// class, see ANCHOR_OF_SLOT) looked up once per sentence and token instead of at every transition, and those that
// read only the stack or only the buffer (GROUP) once per token and count of its children.
import type { ArcHybridState } from './arc-hybrid.js';
import { ACTION_TEMPLATES, GROUP, groupOf, NUM_GROUPS, NUM_VALUES } from './action-templates.js';
import type { Scorer } from './linear-model.js';
import { flatTemplates, MAX_PARSE_FEATURES, type ParseTokens, stateValues, templateFeatures } from './parse-features.js';

const ids = ACTION_TEMPLATES.map((_, id) => id);
/** Templates that change with the state, and those of each group. */
const DYNAMIC = flatTemplates(ids.filter((id) => groupOf(ACTION_TEMPLATES[id]!) < 0));
const GROUPED = Array.from({ length: NUM_GROUPS }, (_, g) => flatTemplates(ids.filter((id) => groupOf(ACTION_TEMPLATES[id]!) === g)));

/**
 * Scores states of one sentence at a time (three classes). The cache holds per group and token (-1 at slot 0) the
 * summed weights of the group's templates; `filled` says which entries belong to the current sentence, `counts`
 * the child count they were filled at (0 for anchors).
 */
export class ActionScorer {
  private readonly model: Scorer;
  private readonly values = new Int32Array(NUM_VALUES);
  private readonly tokens = new Int32Array(NUM_GROUPS);
  private readonly children = new Int32Array(NUM_GROUPS);
  private readonly feats = new Int32Array(MAX_PARSE_FEATURES);
  private readonly sums = new Int32Array(3);
  private width = 0;
  private cache = new Int32Array(0);
  private filled = new Int32Array(0);
  private counts = new Int32Array(0);
  private sentence = 0;

  constructor(model: Scorer) {
    this.model = model;
  }

  /** Starts a sentence of n words (tokens -1..n). */
  reset(n: number): void {
    this.width = n + 2;
    if (this.filled.length < NUM_GROUPS * this.width) {
      this.filled = new Int32Array(NUM_GROUPS * this.width * 2);
      this.counts = new Int32Array(this.filled.length);
      this.cache = new Int32Array(this.filled.length * 3);
      this.sentence = 0;
    }
    this.sentence++;
  }

  /** Writes the scores of the three actions in state `s` into `scores`. */
  score(s: ArcHybridState, t: ParseTokens, scores: Int32Array): void {
    const { values, tokens, children, feats, cache } = this;
    stateValues(s, t, values, tokens);
    const s0 = s.sp > 0 ? s.stack[s.sp - 1]! : -1;
    const b0 = s.b;
    tokens[GROUP.STACK] = s0;
    tokens[GROUP.S0_RIGHT] = s0;
    children[GROUP.S0_RIGHT] = s0 < 0 ? 0 : s.nr[s0]!;
    tokens[GROUP.BUFFER] = b0;
    children[GROUP.BUFFER] = s.nl[b0]!;
    this.model.score(feats, templateFeatures(DYNAMIC, values, feats, 0), scores);
    for (let g = 0; g < NUM_GROUPS; g++) {
      const at = g * this.width + tokens[g]! + 1;
      if (this.filled[at] !== this.sentence || this.counts[at] !== children[g]) this.fill(g, at);
      scores[0]! += cache[3 * at]!;
      scores[1]! += cache[3 * at + 1]!;
      scores[2]! += cache[3 * at + 2]!;
    }
  }

  /** Scores group g's templates over the current values (those of its token now) into cache entry `at`. */
  private fill(g: number, at: number): void {
    this.model.score(this.feats, templateFeatures(GROUPED[g]!, this.values, this.feats, 0), this.sums);
    this.cache.set(this.sums, 3 * at);
    this.filled[at] = this.sentence;
    this.counts[at] = this.children[g]!;
  }
}
