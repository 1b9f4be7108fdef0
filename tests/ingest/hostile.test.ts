// Issue 13: inputs that used to block, crash or mislabel ingest (FIFOs, U+2028 in JSON, bracket floods,
// binary without NUL bytes, names differing by a control character, paths that depend on the working folder).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, readInputFile } from '../../src/ingest/index.js';

const STORY = 'Anna Ortega, the mayor of Marvel City, met Boris Lind in Freedonia on Monday to discuss the new harbour.\n';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('hostile inputs', () => {
  it('walks past a FIFO named like an article without opening it', async () => {
    const dir = folder({ 'in/story.txt': STORY });
    execFileSync('mkfifo', [join(dir, 'in', 'x.txt')]);
    const result = await ingest([join(dir, 'in')]);
    expect(result.articles.map((a) => a.path)).toEqual(['in/story.txt']);
  }, 5000);

  it('skips a FIFO named explicitly with one line, without opening it', async () => {
    const dir = folder({});
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const result = await readInputFile(join(dir, 'pipe.txt'));
    expect(result.skipped).toEqual([{ path: expect.stringMatching(/pipe\.txt$/), reason: expect.stringMatching(/^not a regular file/) }]);
  }, 5000);

  it.each([
    ['a literal U+2028', '{"title": "Harbour", "text": "Anna Ortega spoke.\u2028Boris Lind answered."}'],
    ['a literal U+2029', '{"title": "Harbour", "text": "Anna Ortega spoke.\u2029Boris Lind answered."}'],
    ['an escaped U+2028', '{"title": "Harbour", "text": "Anna Ortega spoke.\\u2028Boris Lind answered."}'],
  ])('reads valid JSON with %s inside a string, as a line break', async (_, json) => {
    const dir = folder({ 'a.json': json });
    const result = await readInputFile(join(dir, 'a.json'));
    expect(result.skipped).toEqual([]);
    expect(result.articles[0]!.text).toMatch(/^Anna Ortega spoke\.\n+Boris Lind answered\.$/);
  });

  it.each([
    ['160k [', `# Flood\n\nAnna Ortega spoke. ${'['.repeat(160_000)}\n`],
    ['80k [x', `Anna Ortega spoke. ${'[x'.repeat(80_000)}\n`],
    ['50k <a', `Anna Ortega spoke. ${'<a '.repeat(50_000)}\n`],
    ['40k *a', `Anna Ortega spoke. ${'*a '.repeat(40_000)}\n`],
  ])('reads Markdown with %s in well under a second', async (_, md) => {
    const dir = folder({ 'flood.md': md });
    const started = performance.now();
    await readInputFile(join(dir, 'flood.md'));
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it.each([
    ['a PNG-like header', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02, 0x03, 0x41, 0x42])],
    ['an ELF-like header', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x03, 0x3e, 0x41])],
  ])('reports %s as binary', async (_, bytes) => {
    const dir = folder({ 'b.txt': bytes });
    const result = await readInputFile(join(dir, 'b.txt'));
    expect(result.skipped).toEqual([{ path: expect.any(String), reason: expect.stringMatching(/^binary file/) }]);
  });

  it('gives distinct, printable ids to file names that differ only by a control character', async () => {
    const dir = folder({ 'in/a\u0001b.txt': STORY, 'in/a\u0002b.txt': STORY });
    const result = await ingest([join(dir, 'in')]);
    const ids = result.articles.map((a) => a.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    for (const a of result.articles) expect(a.path).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('shows paths relative to the input root, whatever the working folder', async () => {
    const dir = folder({ 'news/world/story.txt': STORY, 'single.txt': STORY.replace('Monday', 'Friday') });
    const absolute = await ingest([join(dir, 'news'), join(dir, 'single.txt')]);
    const fromCwd = await ingest([relative(process.cwd(), join(dir, 'news')), relative(process.cwd(), join(dir, 'single.txt'))]);
    expect(absolute.articles.map((a) => a.path).sort()).toEqual(['news/world/story.txt', 'single.txt']);
    expect(fromCwd.articles.map((a) => a.path).sort()).toEqual(['news/world/story.txt', 'single.txt']);
  });
});

describe('articles too long to extract', () => {
  it('are skipped as too complex in one line; the limit is an ingest option', async () => {
    const dir = folder({ 'long.txt': Array.from({ length: 30 }, (_, i) => STORY.replace('Monday', `day ${i + 1}`)).join('\n') });
    const result = await readInputFile(join(dir, 'long.txt'), { maxArticleChars: 1000 });
    expect(result.articles).toEqual([]);
    expect(result.skipped).toEqual([{ path: expect.stringMatching(/long\.txt$/), reason: expect.stringMatching(/^too complex \([\d,]+ characters of text; the limit for one article is 1,000\)$/) }]);
    expect((await readInputFile(join(dir, 'long.txt'))).articles).toHaveLength(1);
  });
});
