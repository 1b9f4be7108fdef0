// Invented articles for the extraction pool and cache tests.
import type { Article } from '../../src/types.js';

const SENTENCES = [
  'Freedonian President Anna Ortega met Rufus Firefly in Sylvania on Monday.',
  '"We will rebuild the bridge," Ortega said.',
  'The Northern Defence Forces (NDF) recaptured Marvel City, backed by Freedonia.',
  'Acme Corp chief executive Tomas Lindqvist said the company would open a plant in Port Elwood.',
  'Sylvanian troops attacked the border town of Karsk on Tuesday.',
  'Lindqvist, who spoke to the Freedonia Herald, is a member of the Grand Union Party.',
];

/** `n` small articles whose texts differ (each a rotation of the sentences above). */
export function inventedArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const rotated = [...SENTENCES.slice(i % SENTENCES.length), ...SENTENCES.slice(0, i % SENTENCES.length)];
    const text = `${rotated.slice(0, 3 + (i % 4)).join(' ')}\n\nReport number ${i + 1}.`;
    const id = `invented-${String(i).padStart(3, '0')}`;
    return { id, path: `in/${id}.txt`, title: `Invented report ${i + 1}`, date: `2024-03-${String((i % 28) + 1).padStart(2, '0')}`, text };
  });
}

/** One article far too long to extract within a budget of a second (about a million words). */
export function hugeArticle(): Article {
  const text = Array.from({ length: 120_000 }, (_, i) => `Anna Ortega met Rufus Firefly in Sylvania on day ${i}.`).join(' ');
  return { id: 'huge-00000000', path: 'in/huge.txt', title: 'Huge', text };
}
