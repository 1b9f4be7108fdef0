// Wire-format metadata (issue 13): headlines in capitals, "CATEGORY - HEADLINE", datelines with ISO and
// written dates, and a title for untitled articles. Invented stories in the shape wire services print.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/ingest/index.js';

const BODY = 'Freedonia beat Sylvania 2-1 in a group match on Friday to keep their title hopes alive after a tense second half.';

async function read(text: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-wire-')), 'story.txt');
  writeFileSync(file, text);
  const { articles } = await readInputFile(file);
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

describe('wire stories', () => {
  it.each([
    ['SOCCER - FREEDONIA BEAT SYLVANIA.', 'MARVEL CITY, Freedonia 1996-12-06', '1996-12-06'],
    ['RUGBY UNION - ORTEGA BACK FOR FREEDONIA AFTER A YEAR.', 'PORT ALDER 2001-03-04', '2001-03-04'],
    ['SOCCER - ENGLISH F.A. CUP SECOND ROUND RESULT.', 'PORT ALDER 1996-12-06', '1996-12-06'],
    ['Freedonia beat Sylvania - Dec 6.', 'PORT ALDER 1996-12-07', '1996-12-07'],
    ['Acme shares at $15.575 in Port Alder.', 'PORT ALDER, N.J. Dec 6, 1996', '1996-12-06'],
    ['Woman charged over N. Freedonia arms find.', 'MARVEL CITY 1996-12-06', '1996-12-06'],
  ])('"%s" over "%s" is the title; the dateline gives the date', async (headline, dateline, date) => {
    const article = await read(`${headline}\n\n${dateline}\n\n${BODY}\n`);
    expect(article.title).toBe(headline);
    expect(article.date).toBe(date);
  });

  it('reads the head with a byline or a correction note between headline and dateline', async () => {
    const byline = await read(`SOCCER - ORTEGA SCORES TWICE.\n\nBoris Lind\n\nMARVEL CITY 1996-12-06\n\n${BODY}\n`);
    const corrected = await read(`CRICKET - FREEDONIA V SYLVANIA SCOREBOARD.\n\n[ CORRECTED 14:06 GMT ]\n\nMARVEL CITY, Freedonia 1996-12-06\n\n${BODY}\n`);
    expect([byline.title, byline.date]).toEqual(['SOCCER - ORTEGA SCORES TWICE.', '1996-12-06']);
    expect([corrected.title, corrected.date]).toEqual(['CRICKET - FREEDONIA V SYLVANIA SCOREBOARD.', '1996-12-06']);
  });

  it('takes an all-caps first line as the headline when there is no dateline', async () => {
    const article = await read(`SOCCER - ACME FANS WOUNDED IN FREEDONIA.\n\nAnna Ortega\n\n${BODY}\n`);
    expect(article.title).toBe('SOCCER - ACME FANS WOUNDED IN FREEDONIA.');
  });
});

describe('untitled articles', () => {
  it.each([
    [`${BODY} The next match is in March.`, BODY.slice(0, 88).replace(/ \S*$/, '') + '…'],
    ['Anna Ortega met Boris Lind in Freedonia. They spoke for an hour about the harbour and the new ferry line.', 'Anna Ortega met Boris Lind in Freedonia.'],
  ])('take the first sentence, shortened: %s', async (text, title) => {
    const article = await read(`${text}\n`);
    expect(article.title).toBe(title);
    expect(article.title.length).toBeLessThanOrEqual(91);
  });
});
