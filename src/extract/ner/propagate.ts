// Document-level consistency: a name the tagger found once is a name wherever else the article repeats it.
import { spans } from './mentions.js';

const ENTITY = new Set(['PER', 'ORG', 'LOC']);
const ACRONYM_RE = /^\p{Lu}[\p{Lu}\d&]{1,5}$/u;
const CAPITALISED_RE = /^\p{Lu}/u;

/**
 * Tags untagged repeats of the article's PER/ORG/LOC names with the type they got most often, and an
 * acronym defined in brackets right after a name ("Northern Defence Forces (NDF)") with that name's type.
 * Only capitalised sequences are copied, single words only when they are acronyms or not sentence-initial,
 * so "May" at the start of a sentence stays a word. Returns new tag arrays.
 */
export function propagateNames(tokens: readonly (readonly string[])[], tags: readonly (readonly string[])[]): string[][] {
  const out = tags.map((t) => [...t]);
  const votes = new Map<string, Map<string, number>>();
  const definitions = new Map<string, string>();
  const vote = (key: string, type: string) => {
    const byType = votes.get(key) ?? new Map<string, number>();
    byType.set(type, (byType.get(type) ?? 0) + 1);
    votes.set(key, byType);
  };
  tokens.forEach((ts, si) => {
    for (const [type, from, to] of spans(out[si]!)) {
      if (!ENTITY.has(type)) continue;
      vote(ts.slice(from, to).join(' '), type);
      const acronym = ts[to + 1];
      if (ts[to] === '(' && acronym && ACRONYM_RE.test(acronym) && !definitions.has(acronym)) definitions.set(acronym, type);
    }
  });
  // A bracket definition outweighs the tagger's guesses for the acronym elsewhere.
  for (const [acronym, type] of definitions) votes.set(acronym, new Map([[type, 1]]));
  retypeAcronyms(tokens, out, definitions);
  const names = [...votes.entries()].map(([key, byType]) => ({ parts: key.split(' '), type: majority(byType) }));
  names.sort((a, b) => b.parts.length - a.parts.length);
  tokens.forEach((ts, si) => {
    for (const { parts, type } of names) copyName(ts, out[si]!, parts, type);
  });
  return out;
}

/** Gives every one-word span of a defined acronym the type of its definition, and tags it where untagged. */
function retypeAcronyms(tokens: readonly (readonly string[])[], tags: string[][], definitions: Map<string, string>): void {
  tokens.forEach((ts, si) => {
    ts.forEach((t, i) => {
      const type = definitions.get(t);
      const tag = tags[si]![i]!;
      const single = tag === 'O' || (tag.startsWith('B-') && tags[si]![i + 1]?.startsWith('I-') !== true);
      if (type && single) tags[si]![i] = `B-${type}`;
    });
  });
}

function majority(byType: Map<string, number>): string {
  return [...byType.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function copyName(ts: readonly string[], tags: string[], parts: readonly string[], type: string): void {
  if (!CAPITALISED_RE.test(parts[0]!)) return;
  const single = parts.length === 1;
  if (single && parts[0]!.length < 2) return;
  for (let i = 0; i + parts.length <= ts.length; i++) {
    if (ts[i] !== parts[0] || (single && i === 0 && !ACRONYM_RE.test(parts[0]!))) continue;
    let k = 0;
    while (k < parts.length && ts[i + k] === parts[k] && tags[i + k] === 'O') k++;
    if (k < parts.length) continue;
    // A repeat glued to a longer capitalised sequence is another name ("Acme" in "Acme Bank").
    if (CAPITALISED_RE.test(ts[i + k] ?? '') && tags[i + k] === 'O' && single) continue;
    tags[i] = `B-${type}`;
    for (let j = 1; j < parts.length; j++) tags[i + j] = `I-${type}`;
  }
}
