// The page's pure logic: name highlighting, hash state, search ranking, date ranges, degrees.
import { describe, expect, it } from 'vitest';
import { distinctDegrees } from '../../src/export/viewer/client/data.js';
import { findRanges, segments } from '../../src/export/viewer/client/highlight.js';
import { nonOverlappingLabels } from '../../src/export/viewer/client/labels.js';
import { entriesFor, search } from '../../src/export/viewer/client/search-index.js';
import { DEFAULT_STATE, decodeHash, encodeHash, type ViewState } from '../../src/export/viewer/client/state.js';
import { dateInRange } from '../../src/export/viewer/client/visibility.js';

describe('findRanges', () => {
  it.each([
    [
      'Mara Lindqvist met the Port Workers Union.',
      ['Mara Lindqvist', 'Port Workers Union'],
      [
        [0, 14],
        [23, 41],
      ],
    ],
    ['Lindqvist said so.', ['Mara Lindqvist', 'Lindqvist'], [[0, 9]]],
    [
      'The UNION and the union.',
      ['union'],
      [
        [4, 9],
        [18, 23],
      ],
    ],
    ['Unionists rallied.', ['Union'], []],
    [
      'Zoë Hart and Zoë.',
      ['Zoë Hart', 'Zoë'],
      [
        [0, 8],
        [13, 16],
      ],
    ],
    ['<img src=x> & co', ['<img src=x>'], [[0, 11]]],
    ['nothing here', ['Absent'], []],
  ])('%j marks %j', (text, names, expected) => {
    expect(findRanges(text, names)).toEqual(expected);
  });

  it('cuts text into plain and marked segments', () => {
    expect(segments('a Bo c', [[2, 4]])).toEqual([
      { text: 'a ', mark: false },
      { text: 'Bo', mark: true },
      { text: ' c', mark: false },
    ]);
  });
});

describe('URL hash state', () => {
  const full: ViewState = {
    node: 'person:mara lindqvist&co',
    hiddenKinds: ['Article', 'Location'],
    hiddenTypes: ['CONTACTED'],
    mentions: true,
    outlet: 'Harbor Wire',
    article: 'a1',
    from: '2024-01-01',
    to: '2024-06',
    color: 'community',
    size: 'pagerank',
  };
  it.each([
    ['default', DEFAULT_STATE, ''],
    ['node only', { ...DEFAULT_STATE, node: 'x:y' }, 'node=x%3Ay'],
    ['everything', full, null],
  ])('round-trips %s', (_, s, hash) => {
    const encoded = encodeHash(s);
    if (hash !== null) expect(encoded).toBe(hash);
    expect(decodeHash(`#${encoded}`)).toEqual(s);
  });

  it.each([
    ['#color=rainbow&size=huge', { color: 'type', size: 'degree' }],
    ['#from=yesterday&to=2024-13', { from: '', to: '2024-13' }],
    ['#hideKinds=Location,,Location', { hiddenKinds: ['Location'] }],
  ])('tolerates %s', (hash, expected) => {
    expect(decodeHash(hash)).toMatchObject(expected);
  });
});

describe('search', () => {
  const entries = [
    ...entriesFor('p1', 'Mara Lindqvist', ['Lindqvist'], 5),
    ...entriesFor('p2', 'Marat Oduya', [], 9),
    ...entriesFor('o1', 'Port Workers Union', ['PWU'], 3),
    ...entriesFor('p3', 'Zoë Amara', [], 1),
  ];
  it.each([
    ['mara', ['p1', 'p2', 'p3']],
    ['lindq', ['p1']],
    ['pwu', ['o1']],
    ['zoe', ['p3']],
    ['workers', ['o1']],
    ['', []],
  ])('%j finds %j', (q, nodes) => {
    expect(search(entries, q).map((h) => h.node)).toEqual(nodes);
  });

  it('reports the alias that matched', () => {
    expect(search(entries, 'pwu')[0]).toEqual({
      node: 'o1',
      label: 'Port Workers Union',
      alias: 'PWU',
    });
  });
});

describe('dateInRange', () => {
  it.each([
    ['2024-03-02', '', '', true],
    ['2024-03-02', '2024-03-01', '2024-03-31', true],
    ['2024-03-02', '2024-04-01', '', false],
    ['2024', '2024-04-01', '', true],
    ['2024-05', '', '2024-04-30', false],
  ])('%s in [%s, %s] is %s', (d, from, to, expected) => {
    expect(dateInRange(d, from, to)).toBe(expected);
  });
});

describe('distinctDegrees', () => {
  it('counts parallel edges once and ignores loops', () => {
    const nodes = [0, 1, 2].map(() => null);
    const edges = [
      [0, 1],
      [1, 0],
      [0, 1],
      [1, 2],
      [2, 2],
    ];
    expect([...distinctDegrees({ nodes, edges } as never)]).toEqual([1, 2, 1]);
  });
});

describe('nonOverlappingLabels', () => {
  const settings = {
    labelSize: 10,
    labelFont: 'sans-serif',
    labelWeight: 'normal',
    labelColor: { color: '#000' },
  };
  function drawAll(labels: { label: string; x: number; y: number; forceLabel?: boolean }[]): string[] {
    const drawn: string[] = [];
    const context = {
      font: '',
      measureText: (t: string) => ({ width: 6 * t.length }),
    };
    const drawer = nonOverlappingLabels((_, data) => drawn.push(data.label!));
    drawer.reset();
    for (const l of labels) drawer.draw(context as never, { size: 4, ...l } as never, settings as never);
    return drawn;
  }
  it.each([
    [
      'apart',
      [
        { label: 'Alpha', x: 0, y: 0 },
        { label: 'Beta', x: 0, y: 40 },
      ],
      ['Alpha', 'Beta'],
    ],
    [
      'colliding',
      [
        { label: 'Alpha', x: 0, y: 0 },
        { label: 'Beta', x: 10, y: 5 },
      ],
      ['Alpha'],
    ],
    [
      'forced',
      [
        { label: 'Alpha', x: 0, y: 0 },
        { label: 'Beta', x: 10, y: 5, forceLabel: true },
      ],
      ['Alpha', 'Beta'],
    ],
  ])('%s labels', (_, labels, expected) => {
    expect(drawAll(labels)).toEqual(expected);
  });
});
