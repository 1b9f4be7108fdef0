// Junk nodes and name recall of extraction + resolution on CoNLL-2003 test documents, checked against the gold tags.
// Run: npx tsx scripts/junk-conll.ts [--data DIR] [--set test] [--docs 100] [--list [--why]]
// A node is a junk span when none of its mentions overlaps a gold name (PER, ORG, LOC or MISC) spelled like the
// mention or like one of the node's names (split into: on no gold name at all, or off a gold name's span, e.g.
// "French League" over the gold MISC "French"). A node only ever named as a country's body by a gold demonym and a
// generic head ("British government", "Spanish police": the lexicon's ORG_HEADS) is the graph's node for that body,
// which CoNLL cannot tag: it is counted apart, not as junk. Name recall counts the distinct gold PER/ORG/LOC names that some
// node carries as its name or an alias, or that a mention over exactly the gold span links to a node of the gold type
// ("Czech" → the node "Czechia": demonyms and canonical names are not kept as aliases).
import { join } from 'node:path';
import { chunks, type ConllDocument, readConll } from '../src/extract/ner/conll.js';
import { extractArticle } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { countryOfDemonym } from '../src/extract/gazetteer/index.js';
import { ORG_HEADS } from '../src/extract/lexicons/organizations.js';
import { nameKey } from '../src/resolve/normalize.js';
import type { ArticleExtraction, Mention, ResolvedEntity } from '../src/types.js';
import { arg } from './args.js';

interface GoldName {
  type: string;
  start: number;
  end: number;
  key: string;
}

interface Doc {
  text: string;
  gold: GoldName[];
}

/** The document as text (tokens joined by spaces, one sentence a line) and its gold names with offsets. */
function toDoc(doc: ConllDocument): Doc {
  let text = '';
  const gold: GoldName[] = [];
  for (const sent of doc) {
    const starts: number[] = [];
    for (const tok of sent.tokens) {
      if (starts.length > 0) text += ' ';
      starts.push(text.length);
      text += tok;
    }
    for (const c of chunks(sent.tags)) {
      const [type, a, b] = c.split(' ');
      const start = starts[Number(a)]!;
      const last = Number(b) - 1;
      const end = starts[last]! + sent.tokens[last]!.length;
      gold.push({ type: type!, start, end, key: nameKey(text.slice(start, end)) });
    }
    text += '\n';
  }
  return { text, gold };
}

const BODY_HEADS = new Set(ORG_HEADS);

/**
 * A country's body named by the gold demonym it opens with and a generic head ("British government" over the gold
 * MISC "British"): the graph's node for the body, which CoNLL has no tag for.
 */
function isNationalBody(m: Mention, doc: Doc): boolean {
  const g = doc.gold.find((x) => x.start === m.start && x.end < m.end);
  return g !== undefined && countryOfDemonym(doc.text.slice(g.start, g.end)) !== undefined && BODY_HEADS.has(m.text.slice(g.end - m.start).trim());
}

/**
 * Node ids of junk spans: `offSpan` overlap a gold name but spell none, `noName` overlap none (see the header);
 * `national`: nodes only ever named as a country's body ("British government"), reported apart.
 */
function junkNodes(docs: readonly Doc[], extractions: readonly ArticleExtraction[], mentionEntity: (string | null)[][], byId: ReadonlyMap<string, ResolvedEntity>) {
  const supported = new Set<string>();
  const touching = new Set<string>();
  const bodies = new Set<string>();
  const plain = new Set<string>();
  extractions.forEach((ex, i) => {
    ex.mentions.forEach((m, j) => {
      const id = mentionEntity[i]![j];
      if (!id || supported.has(id)) return;
      const e = byId.get(id)!;
      const keys = new Set([nameKey(m.text), nameKey(e.name), ...e.aliases.map(nameKey)]);
      const overlapping = docs[i]!.gold.filter((g) => g.start < m.end && m.start < g.end);
      if (overlapping.length > 0) touching.add(id);
      if (overlapping.some((g) => keys.has(g.key))) supported.add(id);
      else (isNationalBody(m, docs[i]!) ? bodies : plain).add(id);
    });
  });
  const national = new Set([...bodies].filter((id) => !supported.has(id) && !plain.has(id)));
  const ids = [...byId.keys()].filter((id) => !supported.has(id) && !national.has(id));
  return { offSpan: new Set(ids.filter((id) => touching.has(id))), noName: new Set(ids.filter((id) => !touching.has(id))), national };
}

const TYPE_OF_GOLD: Record<string, string> = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };

/** "TYPE key" of the gold names that a mention over exactly their span links to a node of their type. */
function linkedGold(docs: readonly Doc[], extractions: readonly ArticleExtraction[], mentionEntity: (string | null)[][], byId: ReadonlyMap<string, ResolvedEntity>) {
  const linked = new Set<string>();
  extractions.forEach((ex, i) => {
    ex.mentions.forEach((m, j) => {
      const id = mentionEntity[i]![j];
      const g = id ? docs[i]!.gold.find((x) => x.start === m.start && x.end === m.end) : undefined;
      if (g && byId.get(id!)!.type === TYPE_OF_GOLD[g.type]) linked.add(`${g.type} ${g.key}`);
    });
  });
  return linked;
}

/** Each mention of a node as `doc: «context[mention]context» gold: TYPE name, …` (for `--list --why`). */
function mentionsOf(id: string): string[] {
  const lines: string[] = [];
  extractions.forEach((ex, i) => {
    ex.mentions.forEach((m, j) => {
      if (corpus.mentionEntity[i]![j] !== id) return;
      const t = docs[i]!.text;
      const ctx = `${t.slice(Math.max(0, m.start - 50), m.start)}[${m.text}]${t.slice(m.end, m.end + 40)}`.replace(/\n/g, ' | ');
      const gold = docs[i]!.gold.filter((g) => g.start < m.end + 30 && m.start - 30 < g.end).map((g) => `${g.type} ${t.slice(g.start, g.end)}`);
      lines.push(`${i}: «${ctx}» gold: ${gold.join(', ')}`);
    });
  });
  return lines;
}

const dataDir = arg('data', '../shared/data/conll2003');
const set = arg('set', 'test');
const limit = Number(arg('docs', '100'));
const started = performance.now();
const docs = readConll(join(dataDir, `${set}.txt`)).slice(0, limit).map(toDoc);
const extractions = docs.map((d, i) => extractArticle({ id: `conll-${set}-${i}`, path: `${set}.txt#${i}`, title: '', text: d.text }));
const corpus = resolveCorpus(extractions);
const byId = new Map(corpus.entities.map((e) => [e.id, e]));
const { offSpan, noName, national } = junkNodes(docs, extractions, corpus.mentionEntity, byId);
const junk = new Set([...offSpan, ...noName]);

const carried = new Set(corpus.entities.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
const linked = linkedGold(docs, extractions, corpus.mentionEntity, byId);
const wanted = new Map<string, string>();
for (const d of docs) for (const g of d.gold) if (g.type !== 'MISC' && g.key !== '') wanted.set(`${g.type} ${g.key}`, g.key);
const missed = [...wanted].filter(([k, key]) => !carried.has(key) && !linked.has(k)).map(([k]) => k);
const byType = ['PER', 'ORG', 'LOC'].map((t) => {
  const all = [...wanted.keys()].filter((k) => k.startsWith(`${t} `));
  const found = all.filter((k) => !missed.includes(k));
  return `${t} ${((100 * found.length) / Math.max(1, all.length)).toFixed(1)}%`;
});
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `junk nodes ${pct(junk.size, byId.size)} (${junk.size}/${byId.size}: ${noName.size} on no gold name, ${offSpan.size} off a gold name's span; ${pct(junk.size + national.size, byId.size)} counting the ${national.size} bodies named by a demonym), name recall ${pct(wanted.size - missed.length, wanted.size)} (${wanted.size - missed.length}/${wanted.size}; ${byType.join(', ')}), ${docs.length} ${set} documents, ${seconds} s`,
);
if (process.argv.includes('--list')) {
  for (const id of [...junk].sort()) {
    console.log(`${noName.has(id) ? 'junk  ' : 'offspan'} ${id}  ${JSON.stringify(byId.get(id)!.name)}`);
    if (process.argv.includes('--why')) for (const line of mentionsOf(id)) console.log(`    ${line}`);
  }
  for (const id of [...national].sort()) console.log(`body    ${id}  ${JSON.stringify(byId.get(id)!.name)}`);
  for (const k of missed.sort()) console.log(`missed ${k}`);
}
