// Distributional word classes for tagger features: words used in similar contexts share a class, at a few granularities.
import { fromRoot } from '../../paths.js';
import { readGzipped } from './gzip-file.js';
import { normalizeToken } from './normalize.js';

/** The generated table (scripts/build-word-clusters.ts), relative to the package root. */
export const WORD_CLUSTERS_FILE = 'src/extract/ner/lexicon/word-clusters.txt.gz';

/** Numbers of classes of the clusterings, coarse to fine (the file's first line says which it holds). */
export const CLUSTER_SIZES = [64, 256, 1024] as const;

const DIGIT_RE = /\d/g;

/** The key of a token in the table: the token as the tagger normalizes it, case kept, digits folded to 0. */
export function clusterKey(token: string): string {
  return normalizeToken(token).replace(DIGIT_RE, '0');
}

let table: Map<string, number[]> | undefined;

function load(): Map<string, number[]> {
  const text = readGzipped(fromRoot(WORD_CLUSTERS_FILE), {
    name: 'word-cluster table',
    expected: 'a gzipped text file',
    rebuild: 'Run `npx tsx scripts/build-word-clusters.ts` to regenerate it.',
  }).toString('utf8');
  const [, words = '', ...levels] = text.split('\n');
  const ids = levels.filter((l) => l !== '').map((l) => l.split(' '));
  const out = new Map<string, number[]>();
  words.split(' ').forEach((w, i) => {
    out.set(w, ids.map((level) => Number.parseInt(level[i]!, 36) + 1));
  });
  return out;
}

const NONE: readonly number[] = CLUSTER_SIZES.map(() => 0);

/**
 * Class of a token at each granularity (1-based; 0 when the word was too rare to be clustered); the table loads
 * on first use. An unknown ALL-CAPS word is looked up Capitalized, then any unknown word in lowercase.
 */
export function wordClusters(token: string): readonly number[] {
  table ??= load();
  const key = clusterKey(token);
  let hit = table.get(key);
  if (!hit && key.length > 1 && key === key.toUpperCase()) hit = table.get(key[0] + key.slice(1).toLowerCase());
  hit ??= table.get(key.toLowerCase());
  return hit ?? NONE;
}
