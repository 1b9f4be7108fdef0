// Generates src/extract/ner/lexicon/word-clusters.txt.gz: distributional word classes (tagger features) learned
// from unlabelled text, the BBC News articles and the tokens of CoNLL-2003 train.txt (labels unused), read in place.
// Run: npx tsx scripts/build-word-clusters.ts [--bbc DIR] [--conll FILE] [--min-count 2] [--sizes 64,256,1024] [--iterations 12]
// Deterministic, about 2 minutes. The classes are those of a class-bigram language model (Brown et al. 1992), found
// by the exchange algorithm (Kneser & Ney 1993; Martin et al. 1998): each word in turn moves to the class that most
// raises the likelihood of the text, until few words move. One clustering per size, coarse to fine; words seen once
// are left out (they lowered valid F1), as is lowercasing the words (so did it).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readConll } from '../src/extract/ner/conll.js';
import { CLUSTER_SIZES, clusterKey, WORD_CLUSTERS_FILE } from '../src/extract/ner/word-clusters.js';
import { splitSentences, tokenize } from '../src/extract/text/index.js';
import { fromRoot } from '../src/paths.js';
import { arg } from './args.js';

const started = performance.now();
const minCount = Number(arg('min-count', '2'));
const sizes = arg('sizes', CLUSTER_SIZES.join(',')).split(',').map(Number);
const maxIterations = Number(arg('iterations', '12'));

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (name.endsWith('.txt') && !/^readme/i.test(name)) out.push(path);
  }
  return out;
}

// Sentences of keys (clusterKey: the token as the tagger normalizes it, digits folded to 0).
const sentences: string[][] = [];
for (const path of listFiles(arg('bbc', '../shared/data/bbc'))) {
  const text = readFileSync(path, 'utf8');
  for (const s of splitSentences(text)) {
    for (const line of s.text.split('\n')) {
      const tokens = tokenize(line).map((t) => clusterKey(t.text));
      if (tokens.length > 0) sentences.push(tokens);
    }
  }
}
for (const doc of readConll(arg('conll', '../shared/data/conll2003/train.txt'))) {
  for (const s of doc) sentences.push(s.tokens.map(clusterKey));
}

// Vocabulary by frequency (ties by code units); rarer words share the fixed class UNK.
const freq = new Map<string, number>();
for (const s of sentences) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
const vocab = [...freq].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
const V = vocab.length + 2; // + UNK + sentence boundary
const UNK = vocab.length;
const BOUNDARY = vocab.length + 1;
const idOf = new Map(vocab.map((w, i) => [w, i]));

// Bigram counts, with a boundary word around each sentence.
const pairs = new Map<number, number>();
let total = 0;
for (const s of sentences) {
  let prev = BOUNDARY;
  for (const t of [...s, null]) {
    const id = t === null ? BOUNDARY : (idOf.get(t) ?? UNK);
    const key = prev * V + id;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    total++;
    prev = id;
  }
}
const keys = [...pairs.keys()].sort((a, b) => a - b);
/** CSR adjacency: right neighbours (w → v) and left neighbours (u → w) of each word, without w → w. */
function adjacency(right: boolean): { start: Int32Array; idx: Int32Array; cnt: Int32Array; self: Int32Array; margin: Int32Array } {
  const deg = new Int32Array(V + 1);
  const self = new Int32Array(V);
  const margin = new Int32Array(V);
  const edges: [number, number, number][] = [];
  for (const key of keys) {
    const a = Math.floor(key / V);
    const b = key % V;
    const n = pairs.get(key)!;
    const [w, v] = right ? [a, b] : [b, a];
    margin[w]! += n;
    if (a === b) self[w] = n;
    else edges.push([w, v, n]);
  }
  edges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  for (const [w] of edges) deg[w + 1]!++;
  for (let i = 0; i < V; i++) deg[i + 1]! += deg[i]!;
  return { start: deg, idx: Int32Array.from(edges, (e) => e[1]), cnt: Int32Array.from(edges, (e) => e[2]), self, margin };
}
const R = adjacency(true);
const L = adjacency(false);
const flog = new Float64Array(total + 1);
for (let x = 1; x <= total; x++) flog[x] = x * Math.log(x);
console.log(`${sentences.length} sentences, ${total} bigrams, ${vocab.length} words seen ≥ ${minCount} times (${((performance.now() - started) / 1000).toFixed(1)} s)`);

/** Exchange clustering into k classes; UNK and the boundary have fixed classes of their own (k, k + 1). */
function exchange(k: number): Int32Array {
  const K = k + 2;
  const cls = new Int32Array(V);
  for (let w = 0; w < vocab.length; w++) cls[w] = w % k;
  cls[UNK] = k;
  cls[BOUNDARY] = k + 1;
  const M = new Float64Array(K * K);
  const NL = new Float64Array(K);
  const NR = new Float64Array(K);
  for (const key of keys) M[cls[Math.floor(key / V)]! * K + cls[key % V]!]! += pairs.get(key)!;
  for (let w = 0; w < V; w++) {
    NL[cls[w]!]! += R.margin[w]!;
    NR[cls[w]!]! += L.margin[w]!;
  }
  const rc = new Float64Array(K);
  const lc = new Float64Array(K);
  const touchedR = new Int32Array(K);
  const touchedL = new Int32Array(K);
  for (let it = 1; it <= maxIterations; it++) {
    let moved = 0;
    for (let w = 0; w < vocab.length; w++) {
      const a = cls[w]!;
      let nr = 0;
      for (let e = R.start[w]!; e < R.start[w + 1]!; e++) {
        const c = cls[R.idx[e]!]!;
        if (rc[c] === 0) touchedR[nr++] = c;
        rc[c]! += R.cnt[e]!;
      }
      let nl = 0;
      for (let e = L.start[w]!; e < L.start[w + 1]!; e++) {
        const c = cls[L.idx[e]!]!;
        if (lc[c] === 0) touchedL[nl++] = c;
        lc[c]! += L.cnt[e]!;
      }
      const self = R.self[w]!;
      const ml = R.margin[w]!;
      const mr = L.margin[w]!;
      // Take w out of its class.
      for (let j = 0; j < nr; j++) M[a * K + touchedR[j]!]! -= rc[touchedR[j]!]!;
      for (let j = 0; j < nl; j++) M[touchedL[j]! * K + a]! -= lc[touchedL[j]!]!;
      M[a * K + a]! -= self;
      NL[a]! -= ml;
      NR[a]! -= mr;
      let best = a;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let b = 0; b < k; b++) {
        let g = 0;
        const row = b * K;
        for (let j = 0; j < nr; j++) {
          const c = touchedR[j]!;
          if (c === b) continue;
          const m = M[row + c]!;
          g += flog[m + rc[c]!]! - flog[m]!;
        }
        for (let j = 0; j < nl; j++) {
          const c = touchedL[j]!;
          if (c === b) continue;
          const m = M[c * K + b]!;
          g += flog[m + lc[c]!]! - flog[m]!;
        }
        const mbb = M[row + b]!;
        g += flog[mbb + rc[b]! + lc[b]! + self]! - flog[mbb]!;
        g -= flog[NL[b]! + ml]! - flog[NL[b]!]! + flog[NR[b]! + mr]! - flog[NR[b]!]!;
        if (g > bestGain + 1e-9 || (b === a && g >= bestGain - 1e-9)) {
          bestGain = g;
          best = b;
        }
      }
      // Put it into the best class.
      for (let j = 0; j < nr; j++) M[best * K + touchedR[j]!]! += rc[touchedR[j]!]!;
      for (let j = 0; j < nl; j++) M[touchedL[j]! * K + best]! += lc[touchedL[j]!]!;
      M[best * K + best]! += self;
      NL[best]! += ml;
      NR[best]! += mr;
      if (best !== a) {
        cls[w] = best;
        moved++;
      }
      for (let j = 0; j < nr; j++) rc[touchedR[j]!] = 0;
      for (let j = 0; j < nl; j++) lc[touchedL[j]!] = 0;
    }
    let ll = 0;
    for (let j = 0; j < K * K; j++) ll += flog[M[j]!]!;
    for (let c = 0; c < K; c++) ll -= flog[NL[c]!]! + flog[NR[c]!]!;
    console.log(`  ${k} classes, iteration ${it}: ${moved} words moved, class-bigram log-likelihood ${(ll / total).toFixed(4)} per bigram (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    if (moved < vocab.length * 0.002) break;
  }
  return cls;
}

const clusterings = sizes.map(exchange);
// Line 1: the words, sorted by UTF-16 code units, joined by spaces; then one line per size: each word's class in base 36.
const order = vocab.map((_, i) => i).sort((a, b) => (vocab[a]! < vocab[b]! ? -1 : vocab[a]! > vocab[b]! ? 1 : 0));
const lines = [`${sizes.join(',')}`, order.map((i) => vocab[i]).join(' '), ...clusterings.map((cls) => order.map((i) => cls[i]!.toString(36)).join(' '))];
const data = gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), { level: 9 });
writeFileSync(fromRoot(WORD_CLUSTERS_FILE), data);
console.log(`${vocab.length} words in ${sizes.join(', ')} classes, ${(data.length / 1e6).toFixed(2)} MB → ${WORD_CLUSTERS_FILE} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
