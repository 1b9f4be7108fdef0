// Ingest metadata: headers, front matter, dates, datelines, outlets, HTML <meta>, Markdown.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDate, toIsoDate } from '../../src/ingest/dates.js';
import { readDateline, stripLeadingDate, timeLineDate } from '../../src/ingest/datelines.js';
import { splitHeader } from '../../src/ingest/header.js';
import { decodeEntities } from '../../src/ingest/html-entities.js';
import { htmlToDoc } from '../../src/ingest/html.js';
import { readInputFile } from '../../src/ingest/index.js';
import { markdownToText } from '../../src/ingest/markdown.js';
import { outletFromUrl } from '../../src/ingest/meta.js';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);

describe('dates', () => {
  it.each([
    ['2017-05-22', '2017-05-22'],
    ['2019-06-05T08:30:00+02:00', '2019-06-05'],
    ['2016/3/7', '2016-03-07'],
    ['March 28, 2016, 17:44', '2016-03-28'],
    ['Oct. 19, 2017', '2017-10-19'],
    ['Sept. 2, 2015', '2015-09-02'],
    ['4 May 2017', '2017-05-04'],
    ['Mon, 13 Jun 2016 10:00:00 GMT', '2016-06-13'],
    ['1st of nothing', undefined],
    ['2017-02-30', undefined],
    ['May 04', undefined],
  ])('%s → %s', (text, iso) => {
    expect(toIsoDate(findDate(text))).toBe(iso);
  });

  it('keeps month and day when the year is missing', () => {
    expect(findDate('May 04, 15:14')).toEqual({ month: 5, day: 4 });
  });
});

describe('leading dates, time stamps and datelines', () => {
  it.each([
    [' date 2017-05-22 In an interview with a radio station', { year: 2017, month: 5, day: 22 }, 'In an interview with a radio station'],
    ['Published: March 3, 2016 — The minister said', { year: 2016, month: 3, day: 3 }, 'The minister said'],
    ['2016-03-04T10:00:00Z The council met', { year: 2016, month: 3, day: 4 }, 'The council met'],
  ])('leading date in %j', (line, date, rest) => {
    expect(stripLeadingDate(line.trim())).toEqual({ date, rest });
  });

  it.each(['The date 2017-05-22 was chosen', 'May the harbour reopen soon'])('no leading date in %j', (line) => {
    expect(stripLeadingDate(line)).toBeUndefined();
  });

  it.each([
    ['March 28, 2016, 17:44 UTC+3 VELDRA', { year: 2016, month: 3, day: 28 }],
    ['May 04, 15:14 UTC+3', { month: 5, day: 4 }],
    ['Published: Monday, 3 June 2019 10:15 GMT', { year: 2019, month: 6, day: 3 }],
    ['2019-03-04', { year: 2019, month: 3, day: 4 }],
    ['Talvik, Marovia, on Oct. 19, 2017', undefined],
    ['May the harbour reopen soon', undefined],
  ])('time stamp line %j', (line, date) => {
    expect(timeLineDate(line)).toEqual(date);
  });

  it.each([
    ['VELDRA, June 3. /NORDPRESS/. The grain corridor opened.', { date: { month: 6, day: 3 }, source: 'NORDPRESS' }],
    ['TALVIK, May 4, 2017 (Wire Service) - The port', { date: { year: 2017, month: 5, day: 4 }, source: 'Wire Service' }],
    ['VELDRA, March 27 Marovian Transport Minister', { date: { month: 3, day: 27 } }],
    ['TALVIK (NP) — Dock workers', { source: 'NP' }],
    ['NATO (North Atlantic) said', undefined],
    ['Talvik, Marovia, on Oct. 19, 2017', undefined],
  ])('dateline %j', (text, expected) => {
    expect(readDateline(text)).toEqual(expected);
  });

  it('a dateline date without a year takes the year of the time stamp line', async () => {
    const article = (await readInputFile(fixture('001_portal-page.txt'))).articles[0]!;
    expect(article.date).toBe('2019-06-03');
    expect(article.source).toBe('NORDPRESS');
  });
});

describe('header lines and front matter', () => {
  it('reads key: value lines before the first blank line', () => {
    const split = splitHeader('Title: Port reopens\nDate: 2019-06-04\nAuthor: A. Writer\nURL: https://example.org/a\n\nBody text.');
    expect(split.meta).toEqual({ title: 'Port reopens', date: { year: 2019, month: 6, day: 4 }, url: 'https://example.org/a' });
    expect(split.body.trim()).toBe('Body text.');
  });

  it('puts a source URL into url and its outlet into source', () => {
    const split = splitHeader('source: http://uk.example-wire.com/article/x\ndate: 2016-03-27\n\nBody.');
    expect(split.meta.url).toBe('http://uk.example-wire.com/article/x');
    expect(split.meta.source).toBe('example-wire.com');
  });

  it('does not take a headline with a colon for a header', () => {
    const text = 'Marovian minister: talks will resume\n\nBody.';
    expect(splitHeader(text)).toEqual({ meta: {}, body: text, warnings: [] });
  });

  it('reads YAML front matter', () => {
    const split = splitHeader('---\ntitle: "Port: a new era"\ndate: 2020-02-11\nsource: Veldra Courier\n---\nBody.');
    expect(split.meta).toEqual({ title: 'Port: a new era', date: { year: 2020, month: 2, day: 11 }, source: 'Veldra Courier' });
    expect(split.body).toBe('Body.');
  });

  it('warns about invalid front matter and drops it', () => {
    const split = splitHeader('---\ntitle: [unclosed\n---\nBody.');
    expect(split.body).toBe('Body.');
    expect(split.warnings[0]).toMatch(/^front matter is not valid YAML/);
  });
});

describe('outlet from URL', () => {
  it.each([
    ['http://uk.example-wire.com/article/x', 'example-wire.com'],
    ['https://www.harbordaily.example.co.uk/news', 'example.co.uk'],
    ['https://www.courier.co.uk/a', 'courier.co.uk'],
    ['http://1.images.weekly.com/speedreads/1', 'weekly.com'],
    ['www.news.example.org', 'example.org'],
    ['not a url at all', undefined],
  ])('%s → %s', (url, outlet) => {
    expect(outletFromUrl(url)).toBe(outlet);
  });
});

describe('HTML', () => {
  it('reads og:title, og:site_name, published time and canonical URL', async () => {
    const article = (await readInputFile(fixture('005_story.html'))).articles[0]!;
    expect(article).toMatchObject({
      id: expect.stringMatching(/^005_story-[0-9a-f]{8}$/),
      path: 'tests/ingest/fixtures/005_story.html',
      title: 'Talvik port opens new berth',
      date: '2019-06-05',
      source: 'Harbor Daily',
      url: 'https://www.harbordaily.example.co.uk/news/talvik-port-opens-new-berth',
    });
  });

  it.each([
    ['&amp; &lt;b&gt; &quot;x&quot; &apos;y&apos;', '& <b> "x" \'y\''],
    ['&#8217; &#x2019; &rsquo; &ldquo;q&rdquo; &hellip;', '’ ’ ’ “q” …'],
    ['&nbsp;&eacute;&Eacute;&euro;&#146;', '\u00a0éÉ€’'],
    ['AT&T &unknown; R&D', 'AT&T &unknown; R&D'],
  ])('decodes %s', (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });

  it('takes the element holding most paragraph text, not the teaser list', () => {
    const teaser = '<p>Teaser about another story.</p>';
    const story = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the main story tells what happened at the harbour in some detail.</p>`).join('');
    const html = `<html><head><title>Harbour story - Port Weekly</title></head><body><div class="teasers">${teaser}${teaser}</div><div id="story">${story}</div></body></html>`;
    const doc = htmlToDoc(html);
    expect(doc.meta.title).toBe('Harbour story - Port Weekly');
    expect(doc.body.split('\n\n')).toHaveLength(4);
    expect(doc.body).not.toContain('Teaser');
  });

  it('keeps an article wrapped in a page-wide <form>', () => {
    const story = Array.from({ length: 3 }, (_, i) => `<p>Sentence ${i + 1} of an article that sits inside a form element for the whole page.</p>`).join('');
    expect(htmlToDoc(`<body><form id="aspnetForm"><div>${story}</div></form></body>`).body).toContain('Sentence 3 of an article');
  });

  it('reads JSON-LD when no <meta> tags are given', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry line resumes', datePublished: '2021-04-02T09:00:00Z', publisher: { '@type': 'Organization', name: 'Coast Radio' } });
    const doc = htmlToDoc(`<html><head><script type="application/ld+json">${ld}</script></head><body><p>The ferry line resumed service.</p></body></html>`);
    expect(doc.meta).toMatchObject({ title: 'Ferry line resumes', date: { year: 2021, month: 4, day: 2 }, source: 'Coast Radio' });
  });

  it('survives 20,000 nested elements', () => {
    expect(htmlToDoc(`${'<div>'.repeat(20_000)}<p>Deep text of the story.</p>`).body).toBe('Deep text of the story.');
  });

  it('reads a .txt file holding a saved page as HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-html-'));
    try {
      const file = join(dir, 'saved.txt');
      writeFileSync(file, '<!DOCTYPE html><html><head><title>Ferry news</title></head><body><p>The ferry resumed service on Monday.</p></body></html>');
      const article = (await readInputFile(file)).articles[0]!;
      expect(article).toMatchObject({ title: 'Ferry news', text: 'The ferry resumed service on Monday.' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns <br><br> into a paragraph break', () => {
    expect(htmlToDoc('<body><div>First part ends here.<br><br>Second part starts here.</div></body>').body).toBe(
      'First part ends here.\n\nSecond part starts here.',
    );
  });
});

describe('Markdown', () => {
  it('reads front matter and strips markup', async () => {
    const article = (await readInputFile(fixture('006_front-matter.md'))).articles[0]!;
    expect(article).toMatchObject({ title: 'Veldra council votes on new tram line', date: '2020-02-11', source: 'Veldra Courier' });
    expect(article.text).toBe(
      'Veldra council votes on new tram line\n\nThe Veldra city council voted on Tuesday to build a new tram line to the harbour.\n\nMayor Ilse Brandt said the line would open in 2023.\n\nThe council\'s transport committee backed the plan.',
    );
  });

  it.each([
    ['**bold** and __strong__', 'bold and strong'],
    ['*em* and _em_ but snake_case_name stays', 'em and em but snake_case_name stays'],
    ['[link](http://x) and ![img](y.png)', 'link and '],
    ['> quoted line', 'quoted line'],
    ['1. first item', 'first item'],
    ['`code` here', 'code here'],
  ])('%s', (md, text) => {
    expect(markdownToText(md).text).toBe(text);
  });

  it('drops fenced code blocks', () => {
    expect(markdownToText('Before.\n```\nconst x = 1;\n```\nAfter.').text).toBe('Before.\nAfter.');
  });
});
