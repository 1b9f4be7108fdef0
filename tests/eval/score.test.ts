// The port against score.py on fixture corpora: same figures, same misses and false hits.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGold, readGraphml, score } from '../../src/eval/index.js';
import { canRunScorePy, numbersAsText, runScorePyMany, type ScorePyOutput, verboseShape } from './helpers/score-py.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
/** Each fixture folder holds gold.yaml (or gold.json), graph.graphml and score.py's output in expected.json. */
const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(FIXTURES, d.name);
    const files = readdirSync(dir);
    const gold = files.includes('gold.json') ? 'gold.json' : 'gold.yaml';
    return { name: d.name, gold: join(dir, gold), graph: join(dir, 'graph.graphml'), expected: join(dir, 'expected.json') };
  });

function ours(c: (typeof CASES)[number]) {
  return score(loadGold(c.gold), readGraphml(readFileSync(c.graph, 'utf8'), c.graph));
}

describe('score() against score.py', () => {
  it.each(CASES)('$name: same result and details as the stored score.py output', (c) => {
    const expected = JSON.parse(readFileSync(c.expected, 'utf8')) as ScorePyOutput;
    const { details, ...result } = ours(c);
    expect(result).toEqual(expected.result);
    expect(JSON.stringify(result)).toBe(JSON.stringify(expected.result)); // key order too
    expect(verboseShape(details)).toEqual(numbersAsText(expected.verbose));
  });

  it.runIf(canRunScorePy)('the stored outputs are what score.py prints today (KG_UPDATE_FIXTURES=1 rewrites them)', () => {
    const live = runScorePyMany(CASES.map((c) => [c.gold, c.graph]));
    CASES.forEach((c, i) => {
      if (process.env.KG_UPDATE_FIXTURES) writeFileSync(c.expected, JSON.stringify(live[i], null, 1) + '\n');
      expect(live[i], c.name).toEqual(JSON.parse(readFileSync(c.expected, 'utf8')));
    });
  });
});
