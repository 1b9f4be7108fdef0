// Aliases the text states: "Velto Front (also known as VF or Velfront)", "Acme, formerly known as Zylo Corp".
import type { MentionInfo } from './mentions.js';

/** Words that say the next name is another name of the previous one (not a bare "called": "for Velto TV, called Zylo" names a show). */
const AKA = '(?:also\\s+)?known\\s+as|also\\s+called|a\\.?k\\.?a\\.?|formerly(?:\\s+known\\s+as|\\s+called)?|previously\\s+known\\s+as';
/** Between a name and its first alias: an opening bracket with or without aka words, or a comma with them. */
const OPEN_RE = new RegExp(`^\\s*(?:\\(\\s*(?:(?:${AKA})\\s+)?(?:the\\s+)?|,\\s*(?:${AKA})\\s+(?:the\\s+)?)$`, 'i');
const AKA_RE = new RegExp(AKA, 'i');

/** Between two aliases after aka words: "or" or a comma ("also known as VF, Velfront or VLF"); never "and", which lists other things. */
const NEXT_RE = /^\s*(?:,\s*(?:or\s+)?|\s+or\s+)(?:the\s+)?$/i;
/** Between two aliases in a bare bracket: "or" only ("(VF or Velfront)"); commas there list members ("(Zenda, Halden)"). */
const BARE_NEXT_RE = /^\s+or\s+(?:the\s+)?$/i;
/** After the last alias of a bracket: its closing bracket. */
const CLOSE_RE = /^\s*\)/;

/**
 * Pairs [alias key, name key] the article states, over its mentions sorted by start: the names
 * in a bracket right after a name, after aka words or two at least ("(also known as VF)", "(VF or
 * Velfront)"), or after a comma and aka words (", formerly known as Zylo Corp"). A bracket counts
 * only when it holds names alone.
 * People are never aliases of non-people, nor the reverse.
 */
export function statedAliases(text: string, infos: readonly MentionInfo[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < infos.length - 1; i++) {
    const name = infos[i]!;
    const opening = text.slice(name.end, infos[i + 1]!.start);
    if (!OPEN_RE.test(opening)) continue;
    const bracket = opening.includes('(');
    const aka = AKA_RE.test(opening);
    const next = aka ? NEXT_RE : BARE_NEXT_RE;
    const run = [infos[i + 1]!];
    while (run.length < infos.length - i - 1 && next.test(text.slice(run[run.length - 1]!.end, infos[i + run.length + 1]!.start))) run.push(infos[i + run.length + 1]!);
    if (bracket && !CLOSE_RE.test(text.slice(run[run.length - 1]!.end))) continue;
    // A bare bracket of one name may be anything ("the Siege of Zenda (Velto Front)"); acronyms there are definitions.ts's.
    if (bracket && run.length < 2 && !aka) continue;
    for (const alias of run) if ((alias.type === 'Person') === (name.type === 'Person') && alias.key !== name.key) out.push([alias.key, name.key]);
  }
  return out;
}
