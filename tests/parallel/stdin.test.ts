// `kg build -`: JSON Lines from standard input give the same articles as the same lines in a .jsonl file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { ingestWithStdin } from '../../src/ingest/stdin.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-stdin-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LINES = [
  JSON.stringify({ id: 'a1', title: 'Acme opens a plant', text: 'Acme Corp opened a plant in Port Elwood on Monday.' }),
  '{"title": "broken',
  JSON.stringify({ title: 'Freedonia votes', text: 'Voters in Freedonia chose Anna Ortega as president.' }),
  '',
];

describe('ingestWithStdin', () => {
  it('reads JSON Lines from the stream like a file named stdin.jsonl, bad lines reported as -:LINE', async () => {
    const file = join(dir, 'stdin.jsonl');
    writeFileSync(file, LINES.join('\n'));
    const fromFile = await ingest([file]);
    const fromStdin = await ingestWithStdin(['-'], undefined, undefined, Readable.from([LINES.join('\n')]));
    expect(fromStdin.articles.map((a) => ({ ...a, path: '' }))).toEqual(fromFile.articles.map((a) => ({ ...a, path: '' })));
    expect(fromStdin.articles).toHaveLength(2);
    expect(fromStdin.skipped).toEqual([{ path: '-:2', reason: expect.stringMatching(/^invalid JSON/) }]);
  });

  it('merges standard input with files, sorted by id, a repeated record kept once', async () => {
    const other = join(dir, 'more.jsonl');
    writeFileSync(other, `${JSON.stringify({ id: 'b2', text: 'Sylvania closed its border with Freedonia.' })}\n`);
    const stream = Readable.from([`${LINES.join('\n')}\n${LINES[0]}\n`]);
    const result = await ingestWithStdin([other, '-'], undefined, undefined, stream);
    const ids = result.articles.map((a) => a.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(3);
    expect(result.warnings).toEqual([expect.stringMatching(/^-: same content as -/)]);
  });
});
