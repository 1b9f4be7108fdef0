// Reads UD CoNLL-U files (word lines only) and re-joins EWT's split hyphenated words the way our tokenizer keeps them.
import { readFileSync } from 'node:fs';
import { KgError } from '../../errors.js';

/** One gold sentence: per word its form, UPOS, XPOS, lemma, head (0-based, -1 = root) and relation. */
export interface UdSentence {
  words: string[];
  upos: string[];
  xpos: string[];
  lemmas: string[];
  heads: Int32Array;
  deprels: string[];
}

interface Row {
  form: string;
  upos: string;
  xpos: string;
  lemma: string;
  head: number;
  deprel: string;
  spaceAfter: boolean;
}

/** Reads a CoNLL-U file; multiword-token lines (`1-2`) and empty nodes (`1.1`) are skipped. */
export function readConllu(path: string, options: { joinHyphens?: boolean } = {}): UdSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new KgError('INPUT_UNREADABLE', `Cannot read the CoNLL-U file ${path}; expected a UD treebank file such as en_ewt-ud-train.conllu.`, { cause: err });
  }
  const out: UdSentence[] = [];
  let rows: Row[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line === '\r') {
      if (rows.length > 0) out.push(toSentence(options.joinHyphens === false ? rows : joinHyphens(rows)));
      rows = [];
      continue;
    }
    if (line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c.length < 10 || !/^\d+$/.test(c[0]!)) continue;
    rows.push({
      form: c[1]!,
      lemma: c[2]!,
      upos: c[3]!,
      xpos: c[4]!,
      head: Number(c[6]) - 1,
      deprel: c[7]!,
      spaceAfter: !c[9]!.includes('SpaceAfter=No'),
    });
  }
  if (rows.length > 0) out.push(toSentence(options.joinHyphens === false ? rows : joinHyphens(rows)));
  return out;
}

function toSentence(rows: Row[]): UdSentence {
  return {
    words: rows.map((r) => r.form),
    upos: rows.map((r) => r.upos),
    xpos: rows.map((r) => r.xpos),
    lemmas: rows.map((r) => r.lemma),
    heads: Int32Array.from(rows, (r) => r.head),
    deprels: rows.map((r) => r.deprel),
  };
}

const WORDISH = /^[\p{L}\p{N}]/u;

/**
 * Merges `X - Y` written without spaces ("Paris-based", "15-year") into one word, as our tokenizer keeps it.
 * The merged word takes the form, tag, head and relation of the part whose head lies outside the group.
 */
function joinHyphens(rows: Row[]): Row[] {
  const groupOf = Int32Array.from(rows, (_, i) => i);
  for (let i = 2; i < rows.length; i++) {
    const a = rows[i - 2]!;
    const dash = rows[i - 1]!;
    if (dash.form !== '-' || a.spaceAfter || dash.spaceAfter || !WORDISH.test(a.form) || !WORDISH.test(rows[i]!.form)) continue;
    groupOf[i - 1] = groupOf[i - 2]!;
    groupOf[i] = groupOf[i - 2]!;
  }
  const starts = [...new Set(groupOf)];
  if (starts.length === rows.length) return rows;
  const newIndex = new Map(starts.map((s, k) => [s, k]));
  return starts.map((s) => {
    const members = rows.map((_, i) => i).filter((i) => groupOf[i] === s);
    const outside = members.filter((i) => rows[i]!.head < 0 || groupOf[rows[i]!.head] !== s);
    const main = rows[outside[0] ?? members[members.length - 1]!]!;
    const last = rows[members[members.length - 1]!]!;
    return {
      ...main,
      form: members.map((i) => rows[i]!.form).join(''),
      lemma: members.length === 1 ? main.lemma : members.map((i) => (i === members[members.length - 1] ? rows[i]!.lemma : rows[i]!.form)).join(''),
      head: main.head < 0 ? -1 : newIndex.get(groupOf[main.head]!)!,
      spaceAfter: last.spaceAfter,
    };
  });
}
