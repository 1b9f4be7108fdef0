// The speed-ups of resolution give the results of the code they replace: memo tables, prepared mentions, clipped org forms.
import { describe, expect, it } from 'vitest';
import { linkOrgForms } from '../../src/resolve/forms.js';
import { memoString } from '../../src/resolve/memo.js';
import { type MentionInfo, type MentionMemo, prepareMention, prepareMentionMemo } from '../../src/resolve/mentions.js';
import { UnionFind } from '../../src/resolve/union-find.js';
import { isDictionaryWord } from '../../src/resolve/words.js';
import type { EntityType, Mention } from '../../src/types.js';
import { FAKE_PLACES } from './fixtures.js';

describe('memoString', () => {
  it.each([
    ['abc', 3],
    ['', 0],
    ['Ruritania', 9],
  ])('memoString(length)(%j) = %j, computed once', (input, expected) => {
    let calls = 0;
    const f = memoString((s) => {
      calls++;
      return s.length;
    });
    expect([f(input), f(input)]).toEqual([expected, expected]);
    expect(calls).toBe(1);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const f = memoString((): string | undefined => {
      calls++;
      return undefined;
    });
    expect([f('x'), f('x')]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });

  it('empties its table at the limit and still answers', () => {
    let calls = 0;
    const f = memoString((s) => {
      calls++;
      return s.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'a'].map(f)).toEqual(['A', 'B', 'C', 'A']);
    expect(calls).toBe(4);
  });
});

const m = (text: string, type: EntityType, start: number, extra: Partial<Mention> = {}): Mention => ({ text, type, start, end: start + text.length, sentence: 0, ...extra });

describe('prepareMentionMemo', () => {
  // Repeated surfaces at other offsets, with and without geo and canonical names, junk spans (null), titles.
  const mentions: Mention[] = [
    m('President Anna Ortega', 'Person', 0),
    m('the Velto Progressives', 'Organization', 30),
    m('President Anna Ortega', 'Person', 60),
    m('Strelsau', 'Location', 90, { geo: { lat: 50.1, lon: 14.4, country: 'RU' } }),
    m('Strelsau', 'Location', 100),
    m('Ruritanian', 'Location', 110, { canonical: 'Ruritania' }),
    m('Ruritanian', 'Location', 130),
    m('he', 'Person', 150),
    m('he', 'Person', 160),
    m('Foreign Ministry', 'Organization', 170),
    m('Foreign Ministry', 'Organization', 200),
    m('Velto CEO Lena Brandt', 'Organization', 230),
    m('Velto CEO Lena Brandt', 'Organization', 260),
    m('Kessel Rovers', 'Location', 290),
    m('Kessel Rovers', 'Location', 310),
  ];

  it('gives each mention what prepareMention gives it, keys in the same order, one object per mention', () => {
    const memo: MentionMemo = new Map();
    const got = mentions.map((x, i) => prepareMentionMemo(x, i, FAKE_PLACES, memo));
    const want = mentions.map((x, i) => prepareMention(x, i, FAKE_PLACES));
    expect(got).toEqual(want);
    const keysOf = (info: MentionInfo | null) => (info === null ? null : Object.keys(info));
    expect(got.map(keysOf)).toEqual(want.map(keysOf));
    const live = got.filter((i): i is MentionInfo => i !== null);
    expect(new Set(live).size).toBe(live.length);
    expect(memo.size).toBeLessThan(mentions.length);
  });

  it('hands out copies: changing one mention leaves the next with the same surface alone', () => {
    const memo: MentionMemo = new Map();
    const first = prepareMentionMemo(mentions[0]!, 0, FAKE_PLACES, memo)!;
    first.key = 'changed';
    first.type = 'Organization';
    expect(prepareMentionMemo(mentions[2]!, 2, FAKE_PLACES, memo)).toEqual(prepareMention(mentions[2]!, 2, FAKE_PLACES));
  });
});

const singular = (w: string) => (w.length >= 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const shape = (k: string) => k.slice(0, k.lastIndexOf(' ') + 1) + singular(k.slice(k.lastIndexOf(' ') + 1));
const initials = (k: string) => k.split(' ').map((w) => w[0]).join('');

/** linkOrgForms as it was before it bucketed by opening letters: plurals of one shape, then an all-pairs scan of clips. */
function linkOrgFormsBefore(keys: readonly string[], uf: UnionFind): void {
  const isClip = (w: string) => w.length <= 3 || (w.length <= 4 && !isDictionaryWord(w));
  const clips = (s: string[], l: string[]) => {
    if (s.length !== l.length) return false;
    let clipped = false;
    for (let i = 0; i < s.length; i++) {
      if (singular(s[i]!) === singular(l[i]!)) continue;
      if (s[i]!.length < 3 || !l[i]!.startsWith(s[i]!) || !isClip(s[i]!)) return false;
      clipped = true;
    }
    return clipped;
  };
  const groupBy = (f: (k: string) => string, ks: readonly string[]) => {
    const out = new Map<string, string[]>();
    for (const k of ks) out.set(f(k), [...(out.get(f(k)) ?? []), k]);
    return [...out.values()].map((list) => list.sort());
  };
  for (const [first, ...rest] of groupBy(shape, keys)) for (const k of rest) uf.union(first!, k);
  for (const list of groupBy(initials, keys.filter((k) => k.includes(' ')))) {
    for (const a of list) for (const b of list) if (a !== b && clips(a.split(' '), b.split(' '))) uf.union(a, b);
  }
}

describe('linkOrgForms', () => {
  it.each([
    [['velto progressive', 'vel pro', 'velto progressives', 'vel prog', 'vex pro', 'veltos pro']],
    [['north star', 'nor sta', 'nort star', 'no st', 'norths stars', 'nor stars', 'nab sta', 'news sta']],
    [['abcd efgh', 'abc efg', 'abcds efghs', 'ab ef', 'abx efg', 'abcd efg ijk', 'abc efg ijk', 'abcd']],
  ])('joins the forms of %j as the all-pairs scan did', (keys) => {
    const fast = new UnionFind();
    linkOrgForms(keys, new Map(keys.map((k) => [k, 'Organization' as EntityType])), fast);
    const slow = new UnionFind();
    linkOrgFormsBefore(keys, slow);
    expect(keys.map((k) => fast.find(k))).toEqual(keys.map((k) => slow.find(k)));
    expect(new Set(keys.map((k) => fast.find(k))).size).toBeLessThan(keys.length);
  });
});
