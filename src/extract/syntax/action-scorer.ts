// The action model's scores of a parser state, with the templates that read one token only (its word, tag and word
// class, see ANCHOR_OF_SLOT) looked up once per sentence and token instead of at every transition.
import type { ArcHybridState } from './arc-hybrid.js';
import { ACTION_TEMPLATES, anchorOf, NUM_ANCHORS, NUM_VALUES } from './action-templates.js';
import type { Scorer } from './linear-model.js';
import { flatTemplates, MAX_PARSE_FEATURES, type ParseTokens, stateValues, templateFeatures } from './parse-features.js';

const ids = ACTION_TEMPLATES.map((_, id) => id);
/** Templates that change with the state, and those of each anchor. */
const DYNAMIC = flatTemplates(ids.filter((id) => anchorOf(ACTION_TEMPLATES[id]!) < 0));
const ANCHORED = Array.from({ length: NUM_ANCHORS }, (_, a) => flatTemplates(ids.filter((id) => anchorOf(ACTION_TEMPLATES[id]!) === a)));

/**
 * Scores states of one sentence at a time (three classes). The cache holds per anchor and token (-1 at slot 0) the
 * summed weights of the anchor's templates; `filled` says which entries belong to the current sentence.
 */
export class ActionScorer {
  private readonly model: Scorer;
  private readonly values = new Int32Array(NUM_VALUES);
  private readonly tokens = new Int32Array(NUM_ANCHORS);
  private readonly feats = new Int32Array(MAX_PARSE_FEATURES);
  private readonly sums = new Int32Array(3);
  private width = 0;
  private cache = new Int32Array(0);
  private filled = new Int32Array(0);
  private sentence = 0;

  constructor(model: Scorer) {
    this.model = model;
  }

  /** Starts a sentence of n words (tokens -1..n). */
  reset(n: number): void {
    this.width = n + 2;
    if (this.filled.length < NUM_ANCHORS * this.width) {
      this.filled = new Int32Array(NUM_ANCHORS * this.width * 2);
      this.cache = new Int32Array(this.filled.length * 3);
      this.sentence = 0;
    }
    this.sentence++;
  }

  /** Writes the scores of the three actions in state `s` into `scores`. */
  score(s: ArcHybridState, t: ParseTokens, scores: Int32Array): void {
    const { values, tokens, feats, cache } = this;
    stateValues(s, t, values, tokens);
    this.model.score(feats, templateFeatures(DYNAMIC, values, feats, 0), scores);
    for (let a = 0; a < NUM_ANCHORS; a++) {
      const at = a * this.width + tokens[a]! + 1;
      if (this.filled[at] !== this.sentence) this.fill(a, at);
      scores[0]! += cache[3 * at]!;
      scores[1]! += cache[3 * at + 1]!;
      scores[2]! += cache[3 * at + 2]!;
    }
  }

  /** Scores anchor a's templates over the current values (those of its token now) into cache entry `at`. */
  private fill(a: number, at: number): void {
    this.model.score(this.feats, templateFeatures(ANCHORED[a]!, this.values, this.feats, 0), this.sums);
    this.cache.set(this.sums, 3 * at);
    this.filled[at] = this.sentence;
  }
}
