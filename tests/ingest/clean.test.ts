// Ingest text cleaning: character normalization, unwrapping, clutter removal that keeps every sentence.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../src/ingest/clean.js';
import { readInputFile } from '../../src/ingest/index.js';
import { normalizeChars } from '../../src/ingest/normalize.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

async function only(name: string) {
  const result = await readInputFile(fixture(name));
  expect(result.skipped).toEqual([]);
  expect(result.articles).toHaveLength(1);
  return result.articles[0]!;
}

describe('normalizeChars', () => {
  it.each([
    ['CRLF and CR', 'a\r\nb\rc', 'a\nb\nc'],
    ['NBSP and thin spaces', 'of\u00a0the\u2009city\u3000now', 'of the city now'],
    ['tab', 'a\tb', 'a b'],
    ['zero-width and soft hyphen', 'por\u200bt\u00adal\ufeff', 'portal'],
    ['C0 controls', 'a\u0000b\u0007c\u001fd', 'abcd'],
    ['C1 controls', 'a\u0080b\u009fc', 'abc'],
    ['noncharacters', 'a\ufffeb\uffff', 'ab'],
    ['lone surrogates', 'a\ud800b\udc00c', 'abc'],
    ['a valid surrogate pair stays', 'a\ud83d\ude00b', 'a\ud83d\ude00b'],
    ['curly quotes and dashes stay', '“a” – ‘b’ — c…', '“a” – ‘b’ — c…'],
  ])('%s', (_, input, expected) => {
    expect(normalizeChars(input)).toBe(expected);
  });
});

describe('clutter removal (portal page with menus, credits and widgets)', () => {
  it.each([
    ['001_portal-page.txt', 'Currency converter'],
    ['001_portal-page.txt', 'All news'],
    ['001_portal-page.txt', 'Use filter'],
    ['001_portal-page.txt', 'You can filter your feed'],
    ['001_portal-page.txt', 'by choosing only interesting'],
    ['001_portal-page.txt', '1 pages in this article'],
    ['001_portal-page.txt', '©'],
    ['001_portal-page.txt', 'UTC+2'],
    ['001_portal-page.txt', 'Show more'],
    ['001_portal-page.txt', 'In other media'],
    ['001_portal-page.txt', 'Partner News'],
    ['002_widget-page.txt', '- Harbor Daily'],
    ['002_widget-page.txt', 'Economy'],
    ['002_widget-page.txt', 'Get the latest news'],
    ['002_widget-page.txt', 'Go to the mediabank'],
    ['002_widget-page.txt', 'Cranes at the container terminal'],
    ['002_widget-page.txt', 'Subscribe'],
    ['002_widget-page.txt', 'in pictures'],
    ['002_widget-page.txt', 'Rail Freight Doubled Since 2015'],
    ['002_widget-page.txt', 'Newsfeed'],
    ['002_widget-page.txt', 'To participate in the discussion'],
    ['002_widget-page.txt', 'log in or register'],
    ['002_widget-page.txt', 'loader'],
    ['002_widget-page.txt', 'Chats'],
    ['002_widget-page.txt', 'Загрузка'],
    ['003_wrapped.txt', '(Adds quotes'],
    ['005_story.html', 'Home'],
    ['005_story.html', 'Tweet'],
    ['005_story.html', 'Photo: Petra Lindqvist'],
    ['005_story.html', 'Port strike ends'],
    ['005_story.html', 'Posted by a reader'],
    ['005_story.html', 'All rights reserved'],
    ['005_story.html', 'not text'],
    ['005_story.html', 'color: red'],
  ])('%s: drops "%s"', async (name, clutter) => {
    expect((await only(name)).text).not.toContain(clutter);
  });

  it.each([
    ['001_portal-page.txt', 'Marovian minister: New grain corridor may reshape regional trade'],
    ['001_portal-page.txt', 'According to Anneli Korsgaard, the next step for the Marovian Grain Board will be a second terminal at the port of Talvik'],
    ['001_portal-page.txt', 'VELDRA, June 3. /NORDPRESS/. The new grain corridor may reshape regional trade, Marovian Agriculture Minister Anneli Korsgaard told reporters on Monday.'],
    ['001_portal-page.txt', 'The Marovian Grain Board will run the terminal together with private partners, she added.'],
    ['002_widget-page.txt', 'Talvik Port Expansion Approved - Marovian Cabinet'],
    ['002_widget-page.txt', 'The Marovian cabinet approved the expansion of Talvik port on Tuesday.'],
    ['002_widget-page.txt', '"The expansion will double our capacity," Deputy Transport Minister Tomas Reinholt said.'],
    ['002_widget-page.txt', 'In 2018, the Veldra rail line carried 4 million tonnes.'],
    ['005_story.html', 'The port of Talvik opened a new deep-water berth on Wednesday, the Marovian Port Authority said.'],
    ['005_story.html', '“Larger ships can now dock here,” said harbour master Lina Varga’s deputy, Oskar Holm & colleagues.'],
    ['005_story.html', 'The berth cost 120 million crowns and took two years to build.'],
  ])('%s: keeps "%s"', async (name, sentence) => {
    expect((await only(name)).text).toContain(sentence);
  });

  it('keeps the headline as the first paragraph and as the title', async () => {
    const article = await only('001_portal-page.txt');
    expect(article.title).toBe('Marovian minister: New grain corridor may reshape regional trade');
    expect(article.text.startsWith(`${article.title}\n\n`)).toBe(true);
  });

  it('drops an image caption that repeats a later paragraph, and the credit line beside it', () => {
    const body = [
      'Harbour strike ends after two weeks',
      '',
      'Dock workers in Talvik returned to work on Friday.',
      'Port News and Agencies',
      '',
      'Dock workers in Talvik returned to work on Friday.',
      '',
      'The union said the deal raised wages by four percent.',
    ].join('\n');
    expect(cleanBody(body).text).toBe(
      'Harbour strike ends after two weeks\n\nDock workers in Talvik returned to work on Friday.\n\nThe union said the deal raised wages by four percent.',
    );
  });

  it('keeps mid-article subheadings between prose paragraphs', () => {
    const body = 'The council met on Monday to discuss the budget.\n\n– “A difficult year” –\n\nThe mayor said revenue fell by ten percent.';
    expect(cleanBody(body).text).toContain('– “A difficult year” –');
  });

  it('keeps a list that ends an article but drops a lone byline', () => {
    const list = 'The jury announced the winners on Sunday evening.\n\nBest Drama - The Long Shore\nBest Comedy - Night Ferry\n\nAnna Berg';
    const text = cleanBody(list).text;
    expect(text).toContain('Best Drama - The Long Shore');
    expect(text).toContain('Best Comedy - Night Ferry');
    expect(text).not.toContain('Anna Berg');
  });
});

describe('paragraphs and unwrapping', () => {
  it('unwraps hard-wrapped lines into paragraphs', async () => {
    const article = await only('003_wrapped.txt');
    expect(article.text.split('\n\n')).toEqual([
      'VELDRA, June 4 Marovian Transport Minister Tomas Reinholt has approved the expansion of the port of Talvik, the ministry spokeswoman said on Tuesday.',
      '"The port handled more cargo last year than ever before and the new berths will allow larger ships to call," Reinholt told reporters, according to the state news agency.',
      'The expansion is expected to cost 400 million crowns and will be financed by the Marovian Development Bank.',
      'Shipping companies welcomed the decision.',
    ]);
  });

  it('keeps one-paragraph-per-line text as separate paragraphs', async () => {
    const article = await only('004_one-per-line.txt');
    expect(article.text.split('\n\n')).toHaveLength(4);
    expect(article.text).not.toMatch(/[^\n]\n[^\n]/);
  });

  it('joins a word hyphenated at the wrap', () => {
    const body = [
      'The ministers agreed on a plan for the de-',
      'escalation of the border dispute after talks that lasted',
      'three days in the capital of the northern province of',
      'the country, officials said.',
    ].join('\n');
    expect(cleanBody(body).text).toBe(
      'The ministers agreed on a plan for the de-escalation of the border dispute after talks that lasted three days in the capital of the northern province of the country, officials said.',
    );
  });

  it('separates paragraphs with exactly one blank line', () => {
    expect(cleanBody('First paragraph is here now.\n\n\n\n  Second paragraph is here now.  ').text).toBe(
      'First paragraph is here now.\n\nSecond paragraph is here now.',
    );
  });
});

describe('title from the text', () => {
  it.each([
    ['short first line followed by prose (BBC style)', 'Port reopens\n\nThe port reopened on Monday after repairs.', 'Port reopens'],
    ['first line ending with a period is prose, not a title', 'The port reopened on Monday after long repairs.\n\nMore text follows here today.', ''],
    ['a question headline', 'Will the port reopen?\n\nThe port may reopen on Monday after repairs.', 'Will the port reopen?'],
    ['a headline in quotes with an ellipsis', "'My years at the harbour...'\n\nA former dock worker remembers the old port.", "'My years at the harbour...'"],
    ['a headline starting with a currency sign', '$5m grant for harbour museum\n\nThe museum will receive a grant, officials said.', '$5m grant for harbour museum'],
    ['one word is not a title', 'Economy\n\nThe port reopened on Monday after repairs were made.', ''],
  ])('%s', (_, body, title) => {
    expect(cleanBody(body).title).toBe(title);
  });

  it('a title from metadata is protected but not returned as a text title', () => {
    const result = cleanBody('Menu\nPort reopens after storm\n\nThe port reopened on Monday.', { title: 'Port reopens after storm' });
    expect(result.title).toBe('');
    expect(result.text).toBe('Port reopens after storm\n\nThe port reopened on Monday.');
  });
});
