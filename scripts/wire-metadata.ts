// Wire-format metadata: how many of the first N CoNLL-2003 test documents (Reuters) get their headline as
// title and their dateline's date. Prints one line. Run: npx tsx scripts/wire-metadata.ts [--n 100]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/index.js';
import { arg } from './args.js';

const n = Number(arg('n', '100'));
const file = arg('conll', '../shared/data/conll2003/test.txt');

/** Documents as plain text: one CoNLL sentence per paragraph, tokens joined the way a wire story reads. */
function documents(text: string): string[] {
  return text
    .split(/^-DOCSTART-.*$/m)
    .map((doc) =>
      doc
        .trim()
        .split(/\n\s*\n/)
        .map((s) => detokenize(s.split('\n').map((l) => l.split(' ')[0]!)))
        .filter(Boolean)
        .join('\n\n'),
    )
    .filter(Boolean);
}

function detokenize(tokens: string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?)%]|'s|n't)/g, '$1')
    .replace(/([($]) /g, '$1')
    .trim();
}

const docs = documents(readFileSync(file, 'utf8')).slice(0, n);
const dir = mkdtempSync(join(tmpdir(), 'wire-'));
mkdirSync(join(dir, 'docs'));
docs.forEach((d, i) => {
  writeFileSync(join(dir, 'docs', `${String(i).padStart(3, '0')}.txt`), `${d}\n`);
});
const { articles } = await ingest([join(dir, 'docs')]);
const byPath = new Map(articles.map((a) => [a.path.split('/').at(-1), a]));
let titles = 0;
let dates = 0;
docs.forEach((d, i) => {
  const a = byPath.get(`${String(i).padStart(3, '0')}.txt`);
  const headline = d.split('\n', 1)[0]!;
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(d.split('\n\n').slice(0, 4).join(' '))?.[1];
  if (a && a.title.replace(/\s+/g, ' ').toLowerCase() === headline.replace(/\s+/g, ' ').toLowerCase()) titles++;
  if (a && iso && a.date === iso) dates++;
});
rmSync(dir, { recursive: true, force: true });
console.log(`wire metadata on the first ${docs.length} CoNLL-2003 test documents: titles ${titles}/${docs.length}, dates ${dates}/${docs.length}`);
