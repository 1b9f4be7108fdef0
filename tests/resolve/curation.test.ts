// Curation file: parsing and validation, and each section applied inside resolution.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { type Curation, emptyCuration, loadCuration, parseCuration } from '../../src/resolve/curation/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import { type ArticleSpec, entityOf, FAKE_PLACES, makeCorpus } from './fixtures.js';

const EXAMPLE = `# news-kg curation file
merge:
  - name: Northern Defence Forces
    type: Organization
    aliases: [NDF, Nordef]
distinct:
  - [Marvel, Marvel Ortega]
type:
  Bluehouse: Organization
drop: [Grimbles]
`;

describe('parseCuration', () => {
  it('reads the four sections', () => {
    expect(parseCuration(EXAMPLE, 'c.yaml')).toEqual({
      source: 'c.yaml',
      merge: [{ name: 'Northern Defence Forces', type: 'Organization', aliases: ['NDF', 'Nordef'] }],
      distinct: [['Marvel', 'Marvel Ortega']],
      type: { Bluehouse: 'Organization' },
      drop: ['Grimbles'],
    });
  });

  it.each([
    ['an empty file', ''],
    ['only a comment', '# nothing yet\n'],
    ['empty sections', 'merge: []\ndistinct:\ntype: {}\ndrop: []\n'],
  ])('reads %s as no overrides', (_name, text) => {
    expect(parseCuration(text, 'c.yaml')).toEqual(emptyCuration('c.yaml'));
  });

  it.each([
    ['bad YAML', 'merge: [\n', /expected YAML/],
    ['a list at the top', '- Anna\n', /expected a mapping/],
    ['an unknown section', 'merges: []\n', /"merges"/],
    ['a merge without a name', 'merge:\n  - aliases: [NDF]\n', /merge\[0\]\.name: expected a name/],
    ['a merge with an unknown key', 'merge:\n  - name: Acme\n    alias: [A]\n', /"alias"/],
    ['a wrong type', 'type:\n  Acme: Company\n', /type\.Acme: expected Person, Organization, Location/],
    ['a distinct triple', 'distinct:\n  - [A, B, C]\n', /distinct\[0\]: expected a pair/],
    ['drop as a string', 'drop: Grimbles\n', /drop: expected a list/],
    ['an alias bomb', `a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, /expected YAML/],
  ])('rejects %s with one line naming the file', (_name, text, why) => {
    let err: unknown;
    try {
      parseCuration(text, 'bad.yaml');
    } catch (e) {
      err = e;
    }
    expect(isKgError(err, 'INPUT_INVALID')).toBe(true);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^Curation file bad\.yaml: /);
    expect(msg).toMatch(why);
    expect(msg).not.toContain('\n');
  });
});

describe('loadCuration', () => {
  it('reads a file, and names a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-curation-'));
    const path = join(dir, 'aliases.yaml');
    writeFileSync(path, EXAMPLE);
    expect(loadCuration(path).drop).toEqual(['Grimbles']);
    const missing = join(dir, 'none.yaml');
    expect(() => loadCuration(missing)).toThrow(new RegExp(`Cannot read the curation file ${missing}`));
  });
});

const ARTICLES: ArticleSpec[] = [
  [
    'The Northern Defence Forces took Zenda. Marvel Ortega said Bluehouse agreed. Grimbles laughed.',
    [
      ['Northern Defence Forces', 'Organization'],
      ['Zenda', 'Location'],
      ['Marvel Ortega', 'Person'],
      ['Bluehouse', 'Location'],
      ['Grimbles', 'Person'],
    ],
  ],
  ['NDF fighters held Halden. Marvel beat Acme 2-0. Nordef said so.', [['NDF', 'Organization'], ['Halden', 'Location'], ['Marvel', 'Person'], ['Acme', 'Organization'], ['Nordef', 'Person']]],
];

function resolveWith(curation?: Curation) {
  return resolveCorpus(makeCorpus(ARTICLES), { places: FAKE_PLACES, ...(curation ? { curation } : {}) });
}

describe('resolveCorpus with a curation', () => {
  const plain = resolveWith();
  const curated = resolveWith(parseCuration(EXAMPLE, 'c.yaml'));

  it('merge: joins every name of a group under its canonical name and type', () => {
    expect(entityOf(plain, '1:Nordef')?.id).not.toBe(entityOf(plain, '0:Northern Defence Forces')?.id);
    const e = entityOf(curated, '1:Nordef');
    expect(e).toMatchObject({ name: 'Northern Defence Forces', type: 'Organization', id: 'organization:northern-defence-forces' });
    expect(entityOf(curated, '1:NDF')?.id).toBe(e?.id);
    expect(entityOf(curated, '0:Northern Defence Forces')?.id).toBe(e?.id);
    expect(e?.aliases).toEqual(expect.arrayContaining(['NDF', 'Nordef']));
  });

  it('distinct: keeps a lone name apart from the full name it would join', () => {
    expect(entityOf(plain, '1:Marvel')?.id).toBe(entityOf(plain, '0:Marvel Ortega')?.id);
    expect(entityOf(curated, '1:Marvel')?.id).not.toBe(entityOf(curated, '0:Marvel Ortega')?.id);
  });

  it('type: overrides the vote', () => {
    expect(entityOf(plain, '0:Bluehouse')?.type).toBe('Location');
    expect(entityOf(curated, '0:Bluehouse')).toMatchObject({ type: 'Organization', id: 'organization:bluehouse' });
  });

  it('drop: removes the entity and its mentions', () => {
    expect(entityOf(plain, '0:Grimbles')).toBeDefined();
    expect(entityOf(curated, '0:Grimbles')).toBeUndefined();
    expect(curated.entities.some((e) => e.name === 'Grimbles')).toBe(false);
  });

  it('reports names found nowhere, and leaves the rest alone', () => {
    const c = parseCuration('merge:\n  - name: Acme Holdings\n    aliases: [Acme, Zylo]\ntype:\n  Quux: Person\ndrop: [Nobody Here]\n', 'c.yaml');
    const out = resolveWith(c);
    expect(out.unknownNames).toEqual(['Nobody Here', 'Quux', 'Zylo']);
    expect(entityOf(out, '1:Acme')?.name).toBe('Acme Holdings');
    expect(resolveWith().unknownNames).toEqual([]);
    expect(curated.unknownNames).toEqual([]);
  });

  it('matches names case-insensitively after the resolver normalisation', () => {
    const out = resolveWith(parseCuration('type:\n  "the BLUEHOUSE\'s": Organization\n', 'c.yaml'));
    expect(entityOf(out, '0:Bluehouse')?.type).toBe('Organization');
  });
});
