// readGraphml: the same nodes, edges and attribute texts as score.py's ElementTree reader.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { readGraphml } from '../../src/eval/index.js';
import type { ScoringGraph } from '../../src/eval/types.js';
import { canRunScorePy, pyEval } from './helpers/score-py.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NONE = '\u0000None';

/** Extra documents for reader corners; each is also read by score.py in the live test. */
const DOCS: [string, string][] = [
  ['entities and CDATA', '<graphml><key id="k" attr.name="label"/><graph><node id="a"><data key="k">A &amp; B <![CDATA[<C>]]>&#13;</data></node></graph></graphml>'],
  ['line ends and attribute whitespace', '<graphml><key id="k&#9;x" attr.name="label"/><graph><node id="a\tb"><data key="k&#9;x">one\r\ntwo</data></node></graph></graphml>'],
  ['data without key, key without id', '<graphml><key attr.name="named"/><graph><node id="a"><data>v</data><data key="">w</data></node></graph></graphml>'],
  ['key declared after use, redeclared', '<graphml><graph><node id="a"><data key="k">v</data></node></graph><key id="k" attr.name="first"/><key id="k" attr.name="second"/></graphml>'],
  ['duplicate node ids', '<graphml><key id="k" attr.name="label"/><graph><node id="a"><data key="k">1</data></node><node id="b"/><node id="a"><data key="k">2</data><data key="k">3</data></node></graph></graphml>'],
  ['namespaced graph inside an unnamespaced root', '<root><graph xmlns="http://graphml.graphdrawing.org/xmlns"><node id="x"/></graph></root>'],
  ['empty data', '<graphml><key id="k" attr.name="label"/><graph><node id="a"><data key="k"/><data key="k2"></data></node></graph></graphml>'],
];

function asPlain(g: ScoringGraph) {
  const pairs = (m: Map<string, string>) => [...m].map(([k, v]) => [k === NONE ? null : k, v]);
  return {
    nodes: [...g.nodes].map(([id, attrs]) => [id, pairs(attrs)]),
    edges: g.edges.map((e) => [e.source, e.target, pairs(e.attrs)]),
  };
}

describe('readGraphml', () => {
  it('reads a namespaced document', () => {
    const g = readGraphml(readFileSync(join(FIXTURES, 'basic/graph.graphml'), 'utf8'));
    expect(g.nodes.get('person:zoe')).toEqual(new Map([['label', 'ZOË KASTRUP'], ['type', 'Person'], ['aliases', '[]']]));
    expect(g.edges[0]).toEqual({ source: 'person:mara-quell', target: 'loc:norvania', attrs: new Map([['type', 'HOLDS_POSITION'], ['weight', '2']]) });
  });

  it.each(DOCS)('%s', (_name, xml) => {
    expect(() => readGraphml(xml)).not.toThrow();
  });

  it.runIf(canRunScorePy)('gives the view score.py reads, on every fixture and corner document', () => {
    const files = [
      ...readdirSync(FIXTURES).map((d) => join(FIXTURES, d, 'graph.graphml')),
      ...DOCS.map(([, xml], i) => {
        const file = join(dir, `doc${i}.graphml`);
        writeFileSync(file, xml);
        return file;
      }),
    ];
    expect(files.map((file) => asPlain(readGraphml(readFileSync(file, 'utf8'), file)))).toEqual(pyEval('graphml', files));
  });

  it.each([
    ['not XML', 'this is not xml'],
    ['mismatched tags', '<graphml><graph><node id="a"></graph></graphml>'],
    ['undefined entity', '<graphml><graph><node id="&nope;"/></graph></graphml>'],
    ['no graph element', '<graphml><key id="k"/></graphml>'],
    ['node without id', '<graphml><graph><node/></graph></graphml>'],
    ['edge without target', '<graphml><graph><node id="a"/><edge source="a"/></graph></graphml>'],
  ])('%s → INPUT_INVALID naming the input', (_name, xml) => {
    let caught: unknown;
    try {
      readGraphml(xml, 'my.graphml');
    } catch (err) {
      caught = err;
    }
    expect(isKgError(caught, 'INPUT_INVALID')).toBe(true);
    expect((caught as Error).message).toMatch(/^my\.graphml: expected /);
  });
});
