// The trained syntax models (tagger with lemma data, parser) read from their files, and one sentence's analysis.
import { KgError } from '../../errors.js';
import { fromRoot } from '../../paths.js';
import { type LemmaData, lemmatize } from './lemmatizer.js';
import type { LinearWeights, Scorer } from './linear-model.js';
import { PackedModel3 } from './packed-model.js';
import { SparseModel, type SparseWeights, toSparse } from './sparse-model.js';
import { hashString } from '../ner/hash.js';
import { decodeModelFile, type FileHeader, type Section } from './model-file.js';
import { parseTokens } from './parse-features.js';
import { type ParserModels, parseTokensGreedy } from './parser.js';
import { modelScorer, type TagScorer, tagWithModel } from './tagger.js';
import { hashWords, normalizeWord, type WordRecord } from './words.js';

/** The model files, relative to the package root. */
export const TAGGER_FILE = 'src/extract/syntax/model/tagger.bin.gz';
export const PARSER_FILE = 'src/extract/syntax/model/parser.bin.gz';

/** Header of the tagger file. */
export interface TaggerHeader extends FileHeader {
  kind: 'tagger';
  /** Joint "UPOS|XPOS" classes. */
  classes: string[];
  lemmas: LemmaData;
  /** Frequent unambiguous words (normalized form → class id), tagged by lookup. */
  dictionary: Record<string, number>;
  trainedOn?: string;
}

/** Header of the parser file. */
export interface ParserHeader extends FileHeader {
  kind: 'parser';
  labels: string[];
  leftMask: number[];
  rightMask: number[];
  trainedOn?: string;
}

/** Everything parseWords() needs. */
export interface SyntaxModels {
  classes: string[];
  /** UPOS of each tagger class. */
  upos: string[];
  tagScorer: TagScorer;
  /** The model behind tagScorer, for tagWithModel(). */
  tagModel: Scorer;
  /** Form hash → class id of dictionary words. */
  dictionary: Map<number, number>;
  lemmas: LemmaData;
  parser: ParserModels;
  /** Class id of "PROPN|NNP" (-1 when the tagger has none), the class of words the entity tagger calls names. */
  propn: number;
}

/** Builds the runtime models from headers and weights (used by the loader and by training). */
export function syntaxModels(tagger: { classes: string[]; lemmas: LemmaData; dictionary: Record<string, number>; weights: Section }, parser: ParserHeaderLike & { actions: Section; labelWeights: Section }): SyntaxModels {
  const tagModel = new SparseModel(sparse(tagger.weights));
  return {
    classes: tagger.classes,
    upos: tagger.classes.map((c) => c.split('|')[0]!),
    tagScorer: modelScorer(tagModel),
    tagModel,
    dictionary: new Map(Object.entries(tagger.dictionary ?? {}).map(([w, c]) => [hashString(w), c])),
    lemmas: tagger.lemmas,
    propn: tagger.classes.indexOf('PROPN|NNP'),
    parser: {
      actions: new PackedModel3(dense(parser.actions)),
      labels: new SparseModel(sparse(parser.labelWeights)),
      labelNames: parser.labels,
      leftMask: Uint8Array.from(parser.leftMask),
      rightMask: Uint8Array.from(parser.rightMask),
      root: Math.max(0, parser.labels.indexOf('root')),
    },
  };
}

const sparse = (w: Section): SparseWeights => ('entries' in w ? w : toSparse(w));
function dense(w: Section): LinearWeights {
  if ('weights' in w) return w;
  throw new KgError('INPUT_INVALID', 'The parser action model is stored sparse; expected dense rows of 3 classes. Retrain it with `npm run train:ud`.');
}

type ParserHeaderLike = Pick<ParserHeader, 'labels' | 'leftMask' | 'rightMask'>;

/** Reads both model files (throws KgError INPUT_UNREADABLE / INPUT_INVALID naming the file). */
export function loadSyntaxModels(taggerPath = fromRoot(TAGGER_FILE), parserPath = fromRoot(PARSER_FILE)): SyntaxModels {
  const t = decodeModelFile<TaggerHeader>(taggerPath, 'tagger');
  const p = decodeModelFile<ParserHeader>(parserPath, 'parser');
  return syntaxModels(
    { ...t.header, weights: t.sections[0]! },
    { ...p.header, actions: p.sections[0]!, labelWeights: p.sections[1]! },
  );
}

/** One sentence's analysis (see Parse in index.ts). */
export interface Analysis {
  upos: string[];
  tags: Int32Array;
  lemmas: string[];
  heads: Int32Array;
  deprels: string[];
}

/** Tags, lemmatizes and parses one sentence. */
export function analyze(m: SyntaxModels, words: readonly string[], names?: readonly boolean[]): Analysis {
  const h = hashWords(words);
  const tags = tagWithModel(h, m.tagModel, m.classes.length, m.dictionary, names && fixedNames(m, names));
  const upos = Array.from(tags, (t) => m.upos[t]!);
  const lemmas = words.map((w, i) => lemmaOf(m, h.records[i]!, w, tags[i]!));
  const { heads, labels } = parseTokensGreedy(parseTokens(h, tags), h.n, m.parser);
  return { upos, tags, lemmas, heads, deprels: Array.from(labels, (l) => m.parser.labelNames[l]!) };
}

/** The proper-noun class for the words `names` marks (-1 elsewhere): the entity tagger already knows them. */
function fixedNames(m: SyntaxModels, names: readonly boolean[]): Int32Array | undefined {
  if (m.propn < 0 || !names.includes(true)) return undefined;
  return Int32Array.from(names, (n) => (n ? m.propn : -1));
}

/** The lemma of a word (its hash record, see hashWords()) as tagger class `tag`: it depends on nothing else, so the record caches it per class. */
function lemmaOf(m: SyntaxModels, record: WordRecord, word: string, tag: number): string {
  if (record.lemmasOf !== m) {
    record.lemmas = [];
    record.lemmasOf = m;
  }
  const byTag = record.lemmas!;
  byTag[tag] ??= lemmatize(m.lemmas, normalizeWord(word), m.upos[tag]!);
  return byTag[tag]!;
}
