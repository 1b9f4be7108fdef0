// Lemmas: a table learned from EWT (form + UPOS → lemma) and suffix rewrite rules learned from it for unseen words.

/** Serialized lemmatizer data (stored in the tagger model header). */
export interface LemmaData {
  /** "form\tUPOS" → lemma; "" means the lemma is the form itself. */
  table: Record<string, string>;
  /** "UPOS\tsuffix" → [characters to strip, text to append]. */
  rules: Record<string, [number, string]>;
}

/** Longest suffix a rule may key on. */
const MAX_SUFFIX = 5;
/** Tags whose lemma is the lowercase form (names, symbols, punctuation). */
const AS_IS = new Set(['PROPN', 'PUNCT', 'SYM', 'X', 'NUM']);

/** Lower-case lemma of a word with the given UPOS. */
export function lemmatize(data: LemmaData, word: string, upos: string): string {
  const lower = word.toLowerCase();
  const known = data.table[`${lower}\t${upos}`];
  if (known !== undefined) return known === '' ? lower : known;
  if (AS_IS.has(upos)) return lower;
  for (let k = Math.min(MAX_SUFFIX, lower.length - 1); k >= 1; k--) {
    const rule = data.rules[`${upos}\t${lower.slice(-k)}`];
    if (rule && rule[0] < lower.length) return lower.slice(0, lower.length - rule[0]) + rule[1];
  }
  return lower;
}

/** Learns the table (most frequent lemma per form and tag) and suffix rules (from word types) from gold data. */
export function learnLemmas(sents: { words: string[]; upos: string[]; lemmas: string[] }[]): LemmaData {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sents) {
    s.words.forEach((w, i) => {
      const key = `${w.toLowerCase()}\t${s.upos[i]}`;
      const lemma = s.lemmas[i]!.toLowerCase();
      const m = counts.get(key) ?? new Map<string, number>();
      m.set(lemma, (m.get(lemma) ?? 0) + 1);
      counts.set(key, m);
    });
  }
  const table: Record<string, string> = {};
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const key of [...counts.keys()].sort()) {
    const lemma = mostFrequent(counts.get(key)!);
    const [form, upos] = key.split('\t') as [string, string];
    table[key] = lemma === form ? '' : lemma;
    let p = 0;
    while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
    const rule = `${form.length - p}\t${lemma.slice(p)}`;
    for (let k = 1; k <= Math.min(MAX_SUFFIX, form.length - 1); k++) {
      const rk = `${upos}\t${form.slice(-k)}`;
      const m = ruleCounts.get(rk) ?? new Map<string, number>();
      m.set(rule, (m.get(rule) ?? 0) + 1);
      ruleCounts.set(rk, m);
    }
  }
  // A rule equal to the one of the next shorter suffix (or identity at length 1) adds nothing: drop it.
  const best = new Map([...ruleCounts].map(([k, m]) => [k, mostFrequent(m)]));
  const rules: Record<string, [number, string]> = {};
  for (const key of [...best.keys()].sort()) {
    const [upos, suffix] = key.split('\t') as [string, string];
    const rule = best.get(key)!;
    const shorter = suffix.length > 1 ? best.get(`${upos}\t${suffix.slice(1)}`) : '0\t';
    if (rule === shorter) continue;
    const [strip, add] = rule.split('\t') as [string, string];
    rules[key] = [Number(strip), add];
  }
  return { table, rules };
}

function mostFrequent(m: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [k, c] of [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (c > n) {
      best = k;
      n = c;
    }
  }
  return best;
}
