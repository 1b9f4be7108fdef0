// The page's pure logic: name highlighting, hash state, search ranking, date ranges, degrees.
import { describe, expect, it } from 'vitest';
import { distinctDegrees } from '../../src/export/viewer/client/data.js';
import { findRanges, segments } from '../../src/export/viewer/client/highlight.js';
import { labelBudget, placeLabels } from '../../src/export/viewer/client/label-place.js';
import { curationYaml, mergeGroups } from '../../src/export/viewer/client/curation.js';
import { sliderDates } from '../../src/export/viewer/client/dates.js';
import { parseCuration } from '../../src/resolve/curation/load.js';
import { closeNames, editDistance, entriesFor, search } from '../../src/export/viewer/client/search-index.js';
import { DEFAULT_STATE, decodeHash, defaultsFor, encodeHash, type ViewState } from '../../src/export/viewer/client/state.js';
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
    minDegree: 2,
    minConfidence: 0.5,
    depth: 2,
    labels: 5,
    map: true,
    pathFrom: 'person:a',
    pathTo: 'location:b',
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

  it('keeps a page default (Article nodes hidden) out of the hash, and an explicit choice in it', () => {
    const base = defaultsFor(500, 300);
    expect(base.hiddenKinds).toEqual(['Article']);
    expect(encodeHash(base, base)).toBe('');
    const shown = { ...base, hiddenKinds: [] };
    expect(encodeHash(shown, base)).toBe('hideKinds=');
    expect(decodeHash('#hideKinds=', base).hiddenKinds).toEqual([]);
    expect(decodeHash('', base).hiddenKinds).toEqual(['Article']);
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

describe('placeLabels', () => {
  const c = (node: string, x: number, y: number, width = 30) => ({ node, x, y, size: 2, width });
  it.each([
    ['apart', [c('a', 10, 20), c('b', 10, 60)], 100, ['a', 'b']],
    ['colliding: the later (less important) one is dropped', [c('a', 10, 20), c('b', 20, 24)], 100, ['a']],
    ['too wide for either side', [c('a', 50, 20, 60)], 100, []],
    ['over the budget', [c('a', 10, 20), c('b', 10, 60)], 1, ['a']],
  ])('%s', (_, candidates, max, expected) => {
    expect(placeLabels(candidates, 100, 100, 10, max).map((b) => b.node)).toEqual(expected);
  });

  it('puts a label left of its node near the right edge', () => {
    const [box] = placeLabels([c('a', 90, 20)], 100, 100, 10, 10);
    expect(box!.x + box!.w).toBeLessThanOrEqual(90);
  });

  it('avoids reserved boxes', () => {
    const reserved = [{ node: 'sel', x: 0, y: 0, w: 100, h: 40 }];
    expect(placeLabels([c('a', 10, 20), c('b', 10, 70)], 100, 100, 10, 10, reserved).map((b) => b.node)).toEqual(['b']);
  });

  it('gives more labels at a higher density', () => {
    expect(labelBudget(1200, 800, 1)).toBeLessThan(labelBudget(1200, 800, 5));
  });
});

describe('closeNames', () => {
  const entries = [
    ...entriesFor('p1', 'Mara Lindqvist', ['Lindqvist'], 5),
    ...entriesFor('o1', 'Freedonia Rail', [], 3),
  ];
  it.each([
    ['lindkvist', ['p1']],
    ['fredonia', ['o1']],
    ['zzzzzz', []],
    ['ab', []],
  ])('%j suggests %j', (q, nodes) => {
    expect(closeNames(entries, q).map((h) => h.node)).toEqual(nodes);
  });

  it.each([
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
    ['abc', 'abcdef', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b, 5)).toBe(d);
  });
});

describe('sliderDates', () => {
  it.each([
    ['outliers never widen the range', ['2024-03-01', '2024-05-01'], ['1946', '2023-06-01', '2024-04', '2050'], ['2023-06-01', '2024-03-01', '2024-04', '2024-05-01']],
    ['a year either side is kept', ['2024-03-01'], ['2023-03-01', '2025-03-01', '2025-03-02'], ['2023-03-01', '2024-03-01', '2025-03-01']],
    [
      'no article dates: the middle half of the relation dates, a year either side',
      [],
      ['1946', '2003', '2004', '2004', '2004', '2005', '2005', '2050'],
      ['2003', '2004', '2005'],
    ],
    ['no dates at all', [], [], []],
  ])('%s', (_, articles, relations, expected) => {
    expect(sliderDates(articles, relations)).toEqual(expected);
  });
});

describe('curation YAML', () => {
  it('groups merges, keeps distinct pairs, types and drops, and reads back with the real loader', () => {
    const yaml = curationYaml([
      { op: 'merge', keep: 'Northern Rail Board', keepType: 'Organization', other: 'NRB', otherAliases: [] },
      { op: 'merge', keep: 'Northern Rail Board', keepType: 'Organization', other: 'Nordrail', otherAliases: ['Nord Rail'] },
      { op: 'distinct', a: 'Marvel', b: 'Marvel Ortega' },
      { op: 'type', name: 'Bluehouse', type: 'Organization' },
      { op: 'drop', name: 'Grimbles' },
      { op: 'drop', name: 'yes' },
      { op: 'drop', name: 'Acme: "the" #1' },
    ]);
    expect(yaml).toContain('  - name: Northern Rail Board\n    type: Organization\n    aliases: [NRB, Nordrail, Nord Rail]\n');
    expect(yaml).toContain('distinct:\n  - [Marvel, Marvel Ortega]\n');
    expect(yaml).toContain('type:\n  Bluehouse: Organization\n');
    const parsed = parseCuration(yaml, 'test');
    expect(parsed.merge).toEqual([{ name: 'Northern Rail Board', type: 'Organization', aliases: ['NRB', 'Nordrail', 'Nord Rail'] }]);
    expect(parsed.distinct).toEqual([['Marvel', 'Marvel Ortega']]);
    expect(parsed.type).toEqual({ Bluehouse: 'Organization' });
    expect(parsed.drop).toEqual(['Grimbles', 'yes', 'Acme: "the" #1']);
  });

  it('a group merged into another moves along with its aliases', () => {
    const groups = mergeGroups([
      { op: 'merge', keep: 'B', keepType: 'Person', other: 'C', otherAliases: [] },
      { op: 'merge', keep: 'A', keepType: 'Person', other: 'B', otherAliases: [] },
    ]);
    expect(groups).toEqual([{ name: 'A', type: 'Person', aliases: ['B', 'C'] }]);
  });
});
