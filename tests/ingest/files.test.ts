// Ingest files: listing, bad inputs, JSON/JSONL records, encodings, ids and duplicates.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { ingest, listInputFiles, readInputFile } from '../../src/ingest/index.js';

const STORY = 'Ferry service resumes\n\nThe ferry between Talvik and Veldra resumed service on Monday, the operator said.';
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const shown = (...parts: string[]) => relative(process.cwd(), at(...parts)).split('\\').join('/');

function write(name: string, content: string | Uint8Array): string {
  writeFileSync(at(name), content);
  return at(name);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('listInputFiles', () => {
  it('walks folders recursively, keeps supported files, skips hidden entries and sorts', async () => {
    const root = at('corpus');
    mkdirSync(join(root, 'b', '.hidden'), { recursive: true });
    mkdirSync(join(root, 'a'), { recursive: true });
    for (const file of ['b/2.txt', 'b/10.md', 'a/x.HTML', 'a/y.jsonl', 'z.json', 'a/notes.pdf', '.secret.txt', 'b/.hidden/h.txt', 'README.txt', 'a/page.htm']) {
      writeFileSync(join(root, file), STORY);
    }
    const files = await listInputFiles([root]);
    expect(files.map((f) => relative(root, f).split('\\').join('/'))).toEqual(['a/page.htm', 'a/x.HTML', 'a/y.jsonl', 'b/10.md', 'b/2.txt', 'z.json']);
  });

  it('lists an explicitly named unsupported or hidden file, once', async () => {
    const pdf = write('report.pdf', 'x');
    const hidden = write('.draft.txt', STORY);
    expect(await listInputFiles([pdf, hidden, pdf])).toEqual([hidden, pdf]);
  });

  it('throws INPUT_NOT_FOUND naming a missing path', async () => {
    const missing = at('no-such-folder');
    const error = await listInputFiles([missing]).catch((err: unknown) => err);
    expect(isKgError(error, 'INPUT_NOT_FOUND')).toBe(true);
    expect((error as Error).message).toContain(missing);
  });
});

describe('bad inputs become one SkippedInput each', () => {
  it.each([
    ['empty.txt', '', 'empty file'],
    ['blank.txt', '  \n\n \t \n', 'empty file'],
    ['nul.txt', new Uint8Array([72, 105, 32, 0, 1, 2]), 'binary file (NUL byte at offset 3)'],
    ['controls.txt', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 7 : 65))), /^binary file \(67 control bytes/],
    ['menus.txt', 'Subscribe\nShow more\nlog in or register\n0\n', 'no article text after removing website clutter'],
    ['markup.html', '<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav></body></html>', 'empty after removing markup'],
    ['bad.json', '[\n  {"text": "ok"},\n  {"text": }\n]', /^invalid JSON at line 3, column 12: /],
    ['scalar.json', '42', 'expected an article object (with a text, body or content field) or an array of them, found a number'],
    ['notext.json', '{"title": "No body"}', 'no article text (expected a text, body or content field holding a string)'],
    ['slides.pptx', 'x', 'unsupported file type ".pptx" (expected .txt, .md, .html, .htm, .json, .jsonl)'],
  ])('%s', async (name, content, reason) => {
    const result = await readInputFile(write(name, content));
    expect(result.articles).toEqual([]);
    expect(result.skipped).toEqual([{ path: shown(name), reason: typeof reason === 'string' ? reason : expect.stringMatching(reason) }]);
  });

  it('skips a file over the size limit', async () => {
    const result = await readInputFile(write('big.txt', STORY.repeat(50)), { maxBytes: 1000 });
    expect(result.skipped[0]!.reason).toMatch(/^file too large \(0\.0 MB; the limit is 0\.0 MB\)$/);
  });

  it('skips a path that cannot be read', async () => {
    const result = await readInputFile(at('gone.txt'));
    expect(result.skipped).toEqual([{ path: shown('gone.txt'), reason: 'cannot read file (ENOENT)' }]);
  });
});

describe('JSON and JSONL records', () => {
  it('reads every JSONL line; a bad line is skipped as path:line and the rest load', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', title: 'Bridge opens', text: 'The new bridge in Veldra opened on Friday.', date: '2021-05-07', source: 'https://www.coastnews.com/x' }),
      '{"id": "a2", "text": "broken',
      '',
      JSON.stringify({ url: 'https://example.org/news/tram-line-extended.html', body: 'The tram line was extended to the harbour.' }),
      '[1, 2]',
      JSON.stringify({ headline: 'Ferry news', content: '<p>The ferry <b>resumed</b> service.</p><p>Tickets are on sale.</p>', publishedAt: '2021-06-01T10:00:00Z', publisher: { name: 'Coast Radio' } }),
    ];
    const result = await readInputFile(write('records.jsonl', lines.join('\n')));
    expect(result.skipped).toEqual([
      { path: `${shown('records.jsonl')}:2`, reason: expect.stringMatching(/^invalid JSON at column \d+: /) },
      { path: `${shown('records.jsonl')}:5`, reason: 'expected a JSON object, found an array' },
    ]);
    expect(result.articles.map(({ id, ...rest }) => ({ id: id.replace(/[0-9a-f]{8}$/, 'HASH'), ...rest }))).toEqual([
      { id: 'records-a1-HASH', path: shown('records.jsonl'), title: 'Bridge opens', date: '2021-05-07', source: 'coastnews.com', url: 'https://www.coastnews.com/x', text: 'The new bridge in Veldra opened on Friday.' },
      { id: 'records-tram-line-extended-HASH', path: shown('records.jsonl'), title: 'The tram line was extended to the harbour.', source: 'example.org', url: 'https://example.org/news/tram-line-extended.html', text: 'The tram line was extended to the harbour.' },
      { id: 'records-ferry-news-HASH', path: shown('records.jsonl'), title: 'Ferry news', date: '2021-06-01', source: 'Coast Radio', text: 'The ferry resumed service.\n\nTickets are on sale.' },
    ]);
  });

  it('reads a JSON array, an object holding an array, and a single article object', async () => {
    const array = await readInputFile(write('list.json', JSON.stringify([{ text: 'First story text here.' }, { text: 'Second story text here.' }])));
    expect(array.articles.map((a) => a.id.slice(0, -9))).toEqual(['list-1', 'list-2']);
    const wrapped = await readInputFile(write('export.json', JSON.stringify({ status: 'ok', articles: [{ text: 'Wrapped story text.' }] })));
    expect(wrapped.articles.map((a) => a.text)).toEqual(['Wrapped story text.']);
    const single = await readInputFile(write('single.json', JSON.stringify({ id: 'x', title: 'One story', text: 'Single story text.' })));
    expect(single.articles[0]!.id).toMatch(/^single-[0-9a-f]{8}$/);
  });
});

describe('encodings', () => {
  it('decodes invalid UTF-8 as windows-1252 with a warning', async () => {
    const bytes = new Uint8Array([...Buffer.from('Fee of '), 0xa3, ...Buffer.from('5 for the '), 0x93, ...Buffer.from('new'), 0x94, ...Buffer.from(' ferry – today.')]);
    const result = await readInputFile(write('latin.txt', bytes));
    expect(result.articles[0]!.text).toBe('Fee of £5 for the “new” ferry – today.');
    expect(result.warnings).toEqual([`${shown('latin.txt')}: not valid UTF-8 (first bad byte at offset 7); decoded those bytes as windows-1252`]);
  });

  it.each([
    ['UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Port news today.')])],
    ['UTF-16LE BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Port news today.', 'utf16le')])],
  ])('reads %s', async (name, bytes) => {
    const result = await readInputFile(write(`${name.replace(/\W/g, '')}.txt`, bytes));
    expect(result.articles[0]!.text).toBe('Port news today.');
  });
});

describe('ids and duplicates', () => {
  it('keeps the file stem and appends 8 hex of the cleaned text hash', async () => {
    const result = await readInputFile(write('007_a1b2c3d4e5f60718.txt', STORY));
    expect(result.articles[0]!.id).toMatch(/^007_a1b2c3d4e5f60718-[0-9a-f]{8}$/);
    expect(result.articles[0]!.path).toBe(shown('007_a1b2c3d4e5f60718.txt'));
  });

  it('same content → same id; different content → different id', async () => {
    const one = (await readInputFile(write('same.txt', STORY))).articles[0]!.id;
    const again = (await readInputFile(write('same.txt', `${STORY}\r\n\r\n`))).articles[0]!.id;
    const other = (await readInputFile(write('same.txt', `${STORY} Tickets are on sale.`))).articles[0]!.id;
    expect(again).toBe(one);
    expect(other).not.toBe(one);
  });

  it('ingest sorts by id, keeps a duplicate id once with a warning, and reports progress', async () => {
    const root = at('dupes');
    mkdirSync(join(root, 'copy'), { recursive: true });
    writeFileSync(join(root, 'b.txt'), STORY);
    writeFileSync(join(root, 'a.txt'), 'Harbour closed\n\nThe harbour closed for the winter season on Monday.');
    writeFileSync(join(root, 'copy', 'b.txt'), STORY);
    writeFileSync(join(root, 'broken.json'), '{');
    const progress: [number, number][] = [];
    const result = await ingest([root], (done, total) => progress.push([done, total]));
    expect(result.articles.map((a) => a.id.slice(0, 2))).toEqual(['a-', 'b-']);
    expect(result.warnings).toEqual([expect.stringMatching(/copy\/b\.txt: same content as .*dupes\/b\.txt \(id b-[0-9a-f]{8}\); kept once$/)]);
    // Paths are relative to the input root given: the root folder's name, then the path inside it.
    expect(result.skipped).toEqual([{ path: 'dupes/broken.json', reason: expect.stringMatching(/^invalid JSON/) }]);
    expect(progress).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
  });
});
