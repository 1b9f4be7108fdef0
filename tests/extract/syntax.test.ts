import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { tokenize } from '../../src/extract/text/index.js';
import { readConllu } from '../../src/extract/syntax/conllu.js';
import { evaluateSyntax } from '../../src/extract/syntax/evaluate.js';
import { type Parse, parseWords, tagWords } from '../../src/extract/syntax/index.js';
import { learnLemmas, lemmatize } from '../../src/extract/syntax/lemmatizer.js';
import { loadSyntaxModels, PARSER_FILE, TAGGER_FILE } from '../../src/extract/syntax/models.js';
import { fromRoot } from '../../src/paths.js';
import { LinearModel } from '../../src/extract/syntax/linear-model.js';
import { PackedModel3 } from '../../src/extract/syntax/packed-model.js';
import { SparseModel, toSparse } from '../../src/extract/syntax/sparse-model.js';
import { mulberry32 } from '../../src/random.js';
import { ActionScorer } from '../../src/extract/syntax/action-scorer.js';
import { ArcHybridState, NUM_ACTIONS, SHIFT } from '../../src/extract/syntax/arc-hybrid.js';
import { actionFeatures, MAX_PARSE_FEATURES, parseTokens } from '../../src/extract/syntax/parse-features.js';
import { hashWords } from '../../src/extract/syntax/words.js';
import { modelScorer, tagHashed, tagWithModel } from '../../src/extract/syntax/tagger.js';

const EWT_DEV = fromRoot('../shared/data/ud-ewt/dev.conllu');

const words = (text: string) => tokenize(text).map((t) => t.text);

/** The token's head word and relation, found by word text (first occurrence). */
function arc(p: Parse, ws: string[], word: string): [string, string] {
  const i = ws.indexOf(word);
  expect(i, `${word} in ${ws.join(' ')}`).toBeGreaterThanOrEqual(0);
  const h = p.heads[i]!;
  return [h < 0 ? 'ROOT' : ws[h]!, p.deprels[i]!];
}

/** Checks that heads form one tree: one root, heads in range, no cycles. */
function expectTree(p: Parse, n: number): void {
  expect(p.heads.length).toBe(n);
  expect(p.upos.length).toBe(n);
  expect(p.lemmas.length).toBe(n);
  expect(p.deprels.length).toBe(n);
  expect(Array.from(p.heads).filter((h) => h === -1).length).toBe(1);
  for (let i = 0; i < n; i++) {
    let x = i;
    for (let steps = 0; x !== -1; steps++) {
      expect(steps).toBeLessThanOrEqual(n);
      expect(p.heads[x]!).toBeGreaterThanOrEqual(-1);
      expect(p.heads[x]!).toBeLessThan(n);
      x = p.heads[x]!;
    }
  }
  expect(p.deprels.map((r) => r === 'root')).toEqual(Array.from(p.heads, (h) => h === -1));
}

describe('parseWords', () => {
  const sentence = 'Freedonian forces, backed by Ruritanian jets, captured the town of Marvel on Sunday.';
  const ws = words(sentence);
  const p = parseWords(ws);

  it.each([
    ['forces', 'captured', 'nsubj'],
    ['town', 'captured', 'obj'],
    ['backed', 'forces', 'acl'],
    ['by', 'jets', 'case'],
    ['captured', 'ROOT', 'root'],
  ])('"%s" attaches to "%s" as %s', (word, head, rel) => {
    expect(arc(p, ws, word)).toEqual([head, rel]);
  });

  it('"jets" is the agent obl of "backed"', () => {
    const [head, rel] = arc(p, ws, 'jets');
    expect(head).toBe('backed');
    expect(rel.split(':')[0]).toBe('obl');
  });

  it.each([
    ['Anna Ortega was elected president of Acme in 2019.', 'Anna', 'elected', 'nsubj:pass'],
    ['Anna Ortega was elected president of Acme in 2019.', 'Ortega', 'Anna', 'flat'],
    ['The militia, which Freedonia armed, attacked the village.', 'armed', 'militia', 'acl:relcl'],
    ["Acme's jets attacked the village.", 'Acme', 'jets', 'nmod:poss'],
  ])('%s: "%s" attaches to "%s" as %s', (text, word, head, rel) => {
    const ts = words(text);
    expect(arc(parseWords(ts), ts, word)).toEqual([head, rel]);
  });

  it.each([
    ['captured', 'capture'],
    ['forces', 'force'],
    ['jets', 'jet'],
    ['Sunday', 'sunday'],
  ])('lemma of "%s" is "%s"', (word, lemma) => {
    expect(p.lemmas[ws.indexOf(word)]).toBe(lemma);
  });

  it.each([
    ["Freedonia's army was defeated.", "'s", "'s"],
    ["Freedonia's army was defeated.", 'was', 'be'],
    ['The rebels are retaking the towns.', 'retaking', 'retake'],
  ])('%s: lemma of "%s" is "%s"', (text, word, lemma) => {
    const ts = words(text);
    expect(parseWords(ts).lemmas[ts.indexOf(word)]).toBe(lemma);
  });

  // EWT splits "Paris-based" and makes "based" (VERB) the head; the re-joined word keeps that tag.
  it('keeps hyphenated words whole and parses them', () => {
    const ts = words('The Freedonia-based group fired 15-year-old staff.');
    expect(ts).toContain('Freedonia-based');
    const parse = parseWords(ts);
    expectTree(parse, ts.length);
    expect(parse.upos[ts.indexOf('Freedonia-based')]).toBe('VERB');
    expect(arc(parse, ts, 'Freedonia-based')).toEqual(['group', 'amod']);
  });

  it('returns empty arrays for no words', () => {
    const empty = parseWords([]);
    expect([empty.upos, empty.lemmas, Array.from(empty.heads), empty.deprels]).toEqual([[], [], [], []]);
    expect(tagWords([])).toEqual([]);
  });

  it.each([
    ['emoji', ['🙂', 'Acme', '👍🏽', 'won', '!']],
    ['one word', ['Hello']],
    ['URLs and e-mail', ['See', 'https://example.org/a?b=c', 'or', 'write', 'to', 'anna@example.org', '.']],
    ['odd strings', ['', ' ', '\u0000', '\t', 'x'.repeat(5000), '…', '—']],
    ['300 tokens', Array.from({ length: 300 }, (_, i) => ['Acme', 'said', 'that', 'it', 'won', ',', 'and'][i % 7]!)],
    ['only punctuation', ['.', ',', '(', ')', '"']],
  ])('never throws on %s and returns one tree', (_, ws2) => {
    const parse = parseWords(ws2);
    expectTree(parse, ws2.length);
    expect(parseWords(ws2)).toEqual(parse);
  });

  it('tagWords gives the same UPOS as parseWords', () => {
    expect(tagWords(ws)).toEqual(p.upos);
  });

  it('gives every call its own arrays (repeated sentences come from a cache)', () => {
    const first = parseWords(ws);
    const copy = structuredClone(first);
    first.upos.fill('X');
    first.lemmas.fill('x');
    first.heads.fill(0);
    first.deprels.fill('dep');
    expect(parseWords(ws)).toEqual(copy);
    expect(copy).toEqual(p);
  });

  it('parses the same words apart when the entity tagger marks different names', () => {
    const ts = words('Bishop Lane said the plan would work.');
    const marked = parseWords(ts, ts.map((_, i) => i < 2));
    expect(marked.upos.slice(0, 2)).toEqual(['PROPN', 'PROPN']);
    expect(parseWords(ts, ts.map(() => false))).toEqual(parseWords(ts));
  });
});

describe('accuracy floors on a slice of EWT dev.conllu', () => {
  it('tags and parses the first 500 sentences above the floors', () => {
    const dev = readConllu(EWT_DEV).slice(0, 500);
    expect(dev.length).toBe(500);
    const r = evaluateSyntax(loadSyntaxModels(), dev);
    expect(r.upos).toBeGreaterThan(0.93);
    expect(r.lemma).toBeGreaterThan(0.95);
    expect(r.uas).toBeGreaterThan(0.8);
    expect(r.las).toBeGreaterThan(0.76);
  });
});

describe('scorers', () => {
  // Random weights over 3 classes for 5,000 features; queries mix known and unknown ids.
  const rand = mulberry32(7);
  const int = () => Math.floor(rand() * 2 ** 32) | 0;
  const ids = Uint32Array.from({ length: 5000 }, () => int() >>> 0);
  const weights = Int16Array.from({ length: 15000 }, () => (rand() < 0.5 ? 0 : Math.floor(rand() * 65535) - 32767));
  const dense = { classes: 3, featureIds: ids, weights };
  const queries = Int32Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? ids[i * 7]! | 0 : int()));
  // Rows as the perceptron leaves them (weights summing to -1, 0 or 1) pack into PackedModel3's slots; every fifth
  // row has a weight that needs 16 bits or another sum, and is kept whole.
  const packable = Int16Array.from({ length: 15000 }, () => Math.floor(rand() * 0x8000) - 0x4000);
  for (let r = 0; r < 5000; r++) {
    const rest = r % 5 === 0 ? Math.floor(rand() * 5) - 2 : Math.floor(rand() * 3) - 1;
    if (r % 10 === 0) packable[3 * r] = r % 20 === 0 ? 32767 : -32768;
    packable[3 * r + 2] = Math.max(-32768, Math.min(32767, rest - packable[3 * r]! - packable[3 * r + 1]!));
  }
  const summed = { classes: 3, featureIds: ids, weights: packable };

  it.each([
    ['PackedModel3', new PackedModel3(dense), dense],
    ['PackedModel3 (packed rows)', new PackedModel3(summed), summed],
    ['SparseModel', new SparseModel(toSparse(dense)), dense],
  ])('%s scores exactly as the dense model', (_, model, weights) => {
    const want = new Int32Array(3);
    const got = new Int32Array(3);
    const reference = new LinearModel(weights);
    for (let k = 1; k <= queries.length; k += 13) {
      reference.score(queries, k, want);
      model.score(queries, k, got);
      expect(Array.from(got)).toEqual(Array.from(want));
    }
  });
});

describe('ActionScorer', () => {
  const m = loadSyntaxModels();
  // Random legal transitions and labels reach states the trained parser rarely visits (long right spines, empty stacks).
  it.each([
    ['The Velmar council said on Tuesday that it had approved the new bridge over the Orrin river .'],
    ['Officials , who asked not to be named , told reporters in Dunmore that the talks , which began in May , would resume .'],
    ['Shares of Brightwell Corp rose 4 % after the company , based in Calder , reported higher profits .'],
  ])('scores every state as the whole template set does: %s', (text) => {
    const ws = text.split(' ');
    const t = parseTokens(hashWords(ws), Int32Array.from(ws, (_, i) => (i * 7) % m.classes.length));
    const rand = mulberry32(ws.length);
    const scorer = new ActionScorer(m.parser.actions);
    const feats = new Int32Array(MAX_PARSE_FEATURES);
    const want = new Int32Array(NUM_ACTIONS);
    const got = new Int32Array(NUM_ACTIONS);
    for (let walk = 0; walk < 5; walk++) {
      const s = new ArcHybridState(ws.length);
      s.reset(ws.length);
      scorer.reset(ws.length);
      while (!s.terminal) {
        m.parser.actions.score(feats, actionFeatures(s, t, feats), want);
        scorer.score(s, t, got);
        expect(Array.from(got)).toEqual(Array.from(want));
        const legal = [0, 1, 2].filter((a) => s.legal(a));
        const action = legal[Math.floor(rand() * legal.length)]!;
        s.apply(action, action === SHIFT ? 0 : 1 + Math.floor(rand() * (m.parser.labelNames.length - 1)));
      }
    }
  });
});

describe('tagWithModel', () => {
  const m = loadSyntaxModels();
  // Its cached word and tag-pair scores must add up to what scoring every feature gives (second pass: caches warm).
  it.each([
    ['Police in Harwick arrested two men on Friday after a fire at the Tolland depot .'],
    ['" We will not sell , " said Mara Quill , who runs the family farm near Ostby .'],
  ])('tags as tagHashed does: %s', (text) => {
    const h = hashWords(text.split(' '));
    const want = Array.from(tagHashed(h, modelScorer(m.tagModel), m.classes.length, m.dictionary));
    for (let pass = 0; pass < 2; pass++) expect(Array.from(tagWithModel(h, m.tagModel, m.classes.length, m.dictionary))).toEqual(want);
  });
});

describe('model files', () => {
  it.each([TAGGER_FILE, PARSER_FILE])('%s is at most 15 MB', (file) => {
    expect(statSync(fromRoot(file)).size).toBeLessThanOrEqual(15e6);
  });
});

describe('readConllu', () => {
  const dir = mkdtempSync(join(tmpdir(), 'syntax-test-'));
  const file = join(dir, 'mini.conllu');
  const row = (id: string, form: string, upos: string, head: number, rel: string, misc = '_') =>
    [id, form, form.toLowerCase(), upos, '_', '_', String(head), rel, '_', misc].join('\t');
  writeFileSync(
    file,
    [
      '# text = Acme-owned mills don\'t close.',
      row('1', 'Acme', 'PROPN', 3, 'obl', 'SpaceAfter=No'),
      row('2', '-', 'PUNCT', 3, 'punct', 'SpaceAfter=No'),
      row('3', 'owned', 'VERB', 4, 'amod'),
      row('4', 'mills', 'NOUN', 7, 'nsubj'),
      '5-6\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
      row('5', 'do', 'AUX', 7, 'aux', 'SpaceAfter=No'),
      row('6', "n't", 'PART', 7, 'advmod'),
      row('6.1', 'gone', 'VERB', 0, '_'),
      row('7', 'close', 'VERB', 0, 'root', 'SpaceAfter=No'),
      row('8', '.', 'PUNCT', 7, 'punct'),
      '',
    ].join('\n'),
  );

  it.each([
    [true, ['Acme-owned', 'mills', 'do', "n't", 'close', '.'], [1, 4, 4, 4, -1, 4], ['amod', 'nsubj', 'aux', 'advmod', 'root', 'punct']],
    [false, ['Acme', '-', 'owned', 'mills', 'do', "n't", 'close', '.'], [2, 2, 3, 6, 6, 6, -1, 6], ['obl', 'punct', 'amod', 'nsubj', 'aux', 'advmod', 'root', 'punct']],
  ])('joinHyphens %s', (joinHyphens, form, heads, rels) => {
    const [s] = readConllu(file, { joinHyphens });
    expect([s!.words, Array.from(s!.heads), s!.deprels]).toEqual([form, heads, rels]);
  });

  it('throws INPUT_UNREADABLE naming a missing file', () => {
    expect(() => readConllu(join(dir, 'missing.conllu'))).toThrow(/missing\.conllu/);
    try {
      loadSyntaxModels(join(dir, 'none.bin.gz'), join(dir, 'none.bin.gz'));
    } catch (err) {
      expect(isKgError(err, 'INPUT_UNREADABLE')).toBe(true);
      return;
    }
    expect.unreachable('loading a missing model must throw');
  });
});

describe('lemmatize', () => {
  const data = learnLemmas([
    { words: ['walked', 'talked', 'Mills', 'were', 'hopes'], upos: ['VERB', 'VERB', 'NOUN', 'AUX', 'NOUN'], lemmas: ['walk', 'talk', 'mill', 'be', 'hope'] },
  ]);
  it.each([
    ['walked', 'VERB', 'walk'],
    ['stalked', 'VERB', 'stalk'],
    ['were', 'AUX', 'be'],
    ['ropes', 'NOUN', 'rope'],
    ['Freedonia', 'PROPN', 'freedonia'],
    ['Zork', 'NOUN', 'zork'],
  ])('%s/%s → %s', (word, upos, lemma) => {
    expect(lemmatize(data, word, upos)).toBe(lemma);
  });
});
