// Evaluation against an annotated gold file: the same measures as the project's score.py, plus misses and false hits.
export { runEvalCommand, readGraphmlFile, type EvalCommandArgs } from './command.js';
export { graphToScoring } from './from-graph.js';
export { loadGold, parseGold } from './gold.js';
export { readGraphml } from './graphml.js';
export { normalizeName } from './normalize.js';
export { formatReport, type ReportOptions } from './report.js';
export { score } from './score.js';
export type {
  Gold,
  GoldEntity,
  GoldRelation,
  Prf,
  ScoreDetails,
  ScoreResult,
  ScoringAttrs,
  ScoringGraph,
} from './types.js';
