// Runs the reference scorer (score.py) on fixture files so tests can compare the port with it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoreDetails, ScoreResult } from '../../../src/eval/index.js';
import { requiredInCi } from './ci.js';

/** The reference scorer; override with KG_SCORE_PY. */
export const SCORE_PY = process.env.KG_SCORE_PY ?? resolve('../shared/eval/score.py');
const HELPER = join(dirname(fileURLToPath(import.meta.url)), 'score_verbose.py');

/** True when python3 with PyYAML and score.py are both here. */
export const canRunScorePy = requiredInCi(
  existsSync(SCORE_PY) && spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0,
  `python3 with PyYAML or ${SCORE_PY}`,
);

/** score.py's output: `result` and the --verbose lists keyed by their printed labels. */
export interface ScorePyOutput {
  result: Omit<ScoreResult, 'details'>;
  verbose: Record<string, unknown>;
}

/** Run score.py --verbose on pairs of [gold, graph] files, in one Python process. */
export function runScorePyMany(pairs: [string, string][]): ScorePyOutput[] {
  const run = spawnSync('python3', [HELPER, SCORE_PY], { input: JSON.stringify(pairs), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`score.py failed on ${JSON.stringify(pairs)}: ${run.stderr}`);
  return JSON.parse(run.stdout) as ScorePyOutput[];
}

/** Run score.py --verbose on two files. */
export function runScorePy(gold: string, graph: string): ScorePyOutput {
  return runScorePyMany([[gold, graph]])[0]!;
}

/** Our details in score.py's --verbose shape (Python prints node names as one-item lists). */
export function verboseShape(d: ScoreDetails): Record<string, unknown> {
  return {
    'missed entities': d.missed_entities,
    'split entities': Object.fromEntries(d.split_entities.map((s) => [s.entity, s.nodes.map((n) => [n])])),
    'false-positive nodes': d.false_positive_nodes.map((n) => [n]),
    'missed relations': d.missed_relations.map((r) => [r.s, r.p, r.o]),
    'false-positive triples': d.false_positive_triples,
  };
}

/** Python prints int keys as numbers; our port gives their str(). */
export function numbersAsText(v: unknown): unknown {
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.map(numbersAsText);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbersAsText(x)]));
  return v;
}

const PY_EVAL = join(dirname(fileURLToPath(import.meta.url)), 'py_eval.py');

/** Run one of py_eval.py's modes on JSON input (see that file). */
export function pyEval<T>(mode: string, input: unknown): T {
  const run = spawnSync('python3', [PY_EVAL, SCORE_PY, mode], { input: JSON.stringify(input), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`py_eval.py ${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
