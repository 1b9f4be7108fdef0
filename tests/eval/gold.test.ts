// loadGold/parseGold: PyYAML's typing of YAML 1.1 scalars, JSON gold, and clear errors for bad files.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { loadGold, parseGold } from '../../src/eval/index.js';
import { loadPyJson, loadPyyaml } from '../../src/eval/py-load.js';
import { pyStr } from '../../src/eval/pyvalue.js';
import { canRunScorePy, pyEval } from './helpers/score-py.js';

/** YAML documents and str() of what PyYAML's safe_load gives for them. */
const SCALARS: [string, string][] = [
  ['08', '08'],
  ['07', '7'],
  ['010', '8'],
  ['0', '0'],
  ['-0', '0'],
  ['+12', '12'],
  ['1_000', '1000'],
  ['0b101', '5'],
  ['-0x1F', '-31'],
  ['0o17', '0o17'],
  ['1:30', '90'],
  ['-1:30:05', '-5405'],
  ['1.0', '1.0'],
  ['1.', '1.0'],
  ['.5', '0.5'],
  ['1.50', '1.5'],
  ['1e5', '1e5'],
  ['1.0e5', '1.0e5'],
  ['1.0e+5', '100000.0'],
  ['1.0e+16', '1e+16'],
  ['.inf', 'inf'],
  ['-.Inf', '-inf'],
  ['.NaN', 'nan'],
  ['190:20:30.15', '685230.15'],
  ['yes', 'True'],
  ['YES', 'True'],
  ['y', 'y'],
  ['n', 'n'],
  ['No', 'False'],
  ['on', 'True'],
  ['OFF', 'False'],
  ['~', 'None'],
  ['null', 'None'],
  ['NULL', 'None'],
  ['', 'None'],
  ['2016-03-27', '2016-03-27'],
  ['2016-3-27', '2016-3-27'],
  ['2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.100000-05:00'],
  ['2001-12-14 21:59:43.10', '2001-12-14 21:59:43.100000'],
  ['2001-12-15T02:59:43Z', '2001-12-15 02:59:43+00:00'],
  ['2001-12-15 2:59:43 +5:30', '2001-12-15 02:59:43+05:30'],
  ['"08"', '08'],
  ["'010'", '010'],
  ['!!str 010', '010'],
  ['! 010', '8'],
  ['! "010"', '8'],
  ['!!int "010"', '8'],
  ['!!float 3', '3.0'],
  ['12345678901234567890123', '12345678901234567890123'],
  ['[07, 08, yes, ~, 1.5, x]', "[7, '08', True, None, 1.5, 'x']"],
  ['{1: a, 1.0: b, true: c}', "{1: 'c'}"],
  ['a: 1\na: 2', "{'a': 2}"],
  ['base: &b {x: 1, y: 2}\nm: {<<: *b, y: 3}', "{'base': {'x': 1, 'y': 2}, 'm': {'x': 1, 'y': 3}}"],
  ['m: {<<: [{x: 1}, {x: 2, z: 3}], w: 0}', "{'m': {'x': 1, 'z': 3, 'w': 0}}"],
  ['multi\n  line', 'multi line'],
];

describe('loadPyyaml (PyYAML safe_load typing)', () => {
  it.each(SCALARS)('%j → str() %j', (yaml, expected) => {
    expect(pyStr(loadPyyaml(yaml))).toBe(expected);
  });

  it.runIf(canRunScorePy)('the table is what PyYAML gives', () => {
    expect(pyEval<string[]>('yamlstr', SCALARS.map((c) => c[0]))).toEqual(SCALARS.map((c) => c[1]));
  });
});

describe('loadPyJson (Python json typing)', () => {
  it.each([
    ['{"x": [2.0, 2, 1e2, -0.5, true, null, "s"]}', "{'x': [2.0, 2, 100.0, -0.5, True, None, 's']}"],
    ['{"a": 1, "a": 2}', "{'a': 2}"],
  ])('%s → %s', (json, expected) => {
    expect(pyStr(loadPyJson(json))).toBe(expected);
  });
});

const GOLD_ERRORS: [string, string, RegExp][] = [
  ['empty file', '', /expected the file to be a mapping/],
  ['no relations', 'entities: {}\n', /expected `relations` to be a list/],
  ['entities a list', 'entities: []\nrelations: []\n', /expected `entities` to be a mapping/],
  ['entity without name', 'entities: {a: {type: Person}}\nrelations: []\n', /entity 'a' has no `name`/],
  ['aliases a string', 'entities: {a: {name: A, aliases: B}}\nrelations: []\n', /aliases of entity 'a' to be a list/],
  ['name a list', 'entities: {a: {name: [A]}}\nrelations: []\n', /a name of entity 'a' to be a single value/],
  ['relation without o', 'entities: {}\nrelations: [{s: a, p: CONTACTED}]\n', /relation #1 .* needs `s`, `p` and `o`/],
  ['a is a number', 'entities: {}\nrelations: [{s: a, p: CONTACTED, o: b, a: 5}]\n', /`a` of relation #1 to be a list/],
  ['broken YAML', 'entities: {a: [\n', /not valid YAML/],
  ['bad date', 'entities: {a: {name: 2016-02-30}}\nrelations: []\n', /not a valid date/],
  ['unknown tag', 'entities: {a: {name: !!binary eA==}}\nrelations: []\n', /tag/],
];

describe('parseGold errors', () => {
  it.each(GOLD_ERRORS)('%s → GOLD_INVALID', (_name, text, message) => {
    let caught: unknown;
    try {
      parseGold(text, 'my-gold.yaml', 'yaml');
    } catch (err) {
      caught = err;
    }
    expect(isKgError(caught, 'GOLD_INVALID')).toBe(true);
    expect((caught as Error).message).toMatch(/^Gold file my-gold\.yaml: /);
    expect((caught as Error).message).toMatch(message);
  });

  it('refuses JSON that Python json would refuse', () => {
    expect(() => parseGold("{'entities': {}}", 'g.json', 'json')).toThrow(/not valid JSON/);
  });

  it('names a missing file with INPUT_NOT_FOUND', () => {
    let caught: unknown;
    try {
      loadGold('/nonexistent/gold.yaml');
    } catch (err) {
      caught = err;
    }
    expect(isKgError(caught, 'INPUT_NOT_FOUND')).toBe(true);
    expect((caught as Error).message).toContain('/nonexistent/gold.yaml');
  });
});

const FIXTURES = join(import.meta.dirname, 'fixtures');
const GOLD_FILES = [
  resolve('../shared/eval/dev/gold.yaml'),
  join(FIXTURES, 'yaml-quirks/gold.yaml'),
  join(FIXTURES, 'json-gold/gold.json'),
  join(FIXTURES, 'basic/gold.yaml'),
];

describe('loadGold reads gold files as score.py does', () => {
  it.runIf(canRunScorePy)('on the dev gold and the fixtures', () => {
    const views = GOLD_FILES.map((path) => {
      const gold = loadGold(path);
      return {
        entities: gold.entities.map((e) => [e.id.replace(/^\u0000/, ''), e.type, e.names, e.optional]),
        relations: gold.relations.map((r) => [r.s, r.p, r.o, r.a, r.optional]),
      };
    });
    expect(views).toEqual(pyEval('goldview', GOLD_FILES));
  });
});
