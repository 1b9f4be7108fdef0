import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import type { Article } from '../../src/types.js';

function article(text: string, date = '2021-09-15'): Article {
  return { id: 'test_00000000', path: 'test.txt', title: '', date, text };
}

const TEXT = [
  'Acme Corporation chief executive John Miller said on Monday that the company would open a new plant.',
  '"We are going to hire two thousand people next year," Miller told reporters in Chicago.',
  'Miller met Governor Sarah Collins later that day, he added.',
].join('\n\n');

describe('extractArticle', () => {
  const ex = extractArticle(article(TEXT));

  it('returns consistent sentences, sorted mentions and valid relation indices', () => {
    expect(ex.sentences.length).toBeGreaterThanOrEqual(3);
    for (const m of ex.mentions) {
      expect(ex.article.text.slice(m.start, m.end)).toBe(m.text);
      expect(ex.sentences[m.sentence]!.start).toBeLessThanOrEqual(m.start);
      expect(ex.sentences[m.sentence]!.end).toBeGreaterThanOrEqual(m.end);
    }
    const starts = ex.mentions.map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const r of ex.relations) {
      expect(ex.mentions[r.subject]).toBeDefined();
      expect(r.object === -1 || ex.mentions[r.object] !== undefined).toBe(true);
      expect(ex.sentences[r.sentence]).toBeDefined();
      expect(r.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  it('attributes the quotes to the named speaker', () => {
    const speakers = ex.relations.filter((r) => r.predicate === 'QUOTED_IN').map((r) => ex.mentions[r.subject]!.text);
    expect(speakers.length).toBeGreaterThanOrEqual(2);
    for (const s of speakers) expect(s).toMatch(/Miller/);
  });

  it('dates a fact by the day its sentence names', () => {
    const first = ex.relations.find((r) => r.predicate === 'QUOTED_IN' && r.sentence === 0);
    expect(first?.date).toBe('2021-09-13');
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractArticle(article(TEXT)))).toBe(JSON.stringify(ex));
  });
});
