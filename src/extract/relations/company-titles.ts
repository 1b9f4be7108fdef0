// Bare company titles: "…, said chief executive X" in an article about one company makes X that
// company's chief executive. Business news names the company once or twice and then its officers by
// title alone; the company the article is about is the one it names far more than any other.
import type { Mention, MentionRelation } from '../../types.js';
import { CONFIDENCE } from './confidence.js';
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { endsWith, lexLength } from './pattern.js';
import { titleCase } from './title-text.js';
import type { SentenceView, Unit } from './units.js';

/** The article's company needs this many mentions… */
const MIN_MENTIONS = 3;
/** …at least this many times those of any other organization… */
const DOMINANCE = 2;
/** …and a mention in the title's sentence or this many sentences before it. */
const RECENT_SENTENCES = 2;
/** Words that may stand right before a bare title ("said chief executive X", "and chairman Y", "new chairman Z"). */
const FREE_BEFORE = new Set([',', '"', '“', '”', '(', '-', '—', 'and', 'but', 'the', 'new', 'former', 'outgoing', 'acting', 'interim', 'then', 'is', 'are', 'was', 'were']);

/**
 * HOLDS_POSITION for company titles that stand before a person with no organization of their own
 * ("said chief executive X", "X, finance director, said"), to the organization the article is about.
 * Titles the other rules already tied to an organization (a HOLDS_POSITION of that person in the same
 * sentence in `found`) are left alone.
 */
export function companyTitleRelations(
  views: readonly SentenceView[],
  mentions: readonly Mention[],
  kinds: readonly MentionKind[],
  found: readonly MentionRelation[],
): MentionRelation[] {
  const company = mainOrganization(mentions, kinds);
  if (!company) return [];
  const held = new Set(found.filter((r) => r.predicate === 'HOLDS_POSITION' || r.predicate === 'AFFILIATED_WITH').map((r) => `${r.sentence}:${r.subject}`));
  const out: MentionRelation[] = [];
  for (const view of views) {
    const near = company.sentences.some((s) => s <= view.index && s >= view.index - RECENT_SENTENCES);
    // Another organization in the sentence may own the title ("Beta want £6m but chief executive X …").
    if (!near || view.units.some((u) => u.mention >= 0 && kinds[u.mention]!.type === 'Organization' && !company.names(u.mention))) continue;
    for (const use of bareTitles(view.units, kinds)) {
      if (held.has(`${view.index}:${use.person}`)) continue;
      out.push({ predicate: 'HOLDS_POSITION', subject: use.person, object: company.mention(view.index), sentence: view.index, confidence: CONFIDENCE.construction - 0.35, title: titleCase(use.title) });
    }
  }
  return out;
}

export interface MainOrganization {
  /** Sentences that name it. */
  sentences: number[];
  /** Its mention nearest before (or in) sentence s. */
  mention(s: number): number;
  /** True when mention m names it. */
  names(m: number): boolean;
}

/** The organization named at least MIN_MENTIONS times and DOMINANCE times more than any other, if any. */
export function mainOrganization(mentions: readonly Mention[], kinds: readonly MentionKind[]): MainOrganization | undefined {
  const byName = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const k = kinds[i]!;
    if (k.type !== 'Organization' || k.place) return;
    const key = m.text.toLowerCase();
    const list = byName.get(key) ?? [];
    list.push(i);
    byName.set(key, list);
  });
  const ranked = [...byName.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const first = ranked[0];
  if (!first || first.length < MIN_MENTIONS || (ranked[1]?.length ?? 0) * DOMINANCE > first.length) return undefined;
  // Its longer names count as it too ("Acme Motor Co." for "Acme").
  const short = mentions[first[0]!]!.text.toLowerCase();
  const longer = [...byName].filter(([key]) => key.startsWith(`${short} `)).flatMap(([, list]) => list);
  const top = [...first, ...longer].sort((a, b) => a - b);
  const sentences = top.map((i) => mentions[i]!.sentence);
  return {
    sentences,
    mention: (s) => top.filter((i) => mentions[i]!.sentence <= s).at(-1) ?? top[0]!,
    names: (m) => top.includes(m),
  };
}

/** "chief executive X", "X, finance director,": a company title with no owner, and its holder. */
function bareTitles(units: readonly Unit[], kinds: readonly MentionKind[]): { title: string; person: number }[] {
  const out: { title: string; person: number }[] = [];
  const person = (k: number) => {
    const m = units[k]?.mention ?? -1;
    return m >= 0 && kinds[m]!.type === 'Person' ? m : -1;
  };
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.mention >= 0) continue;
    const len = lexLength('TITLE', units, i);
    if (len === 0) continue;
    const title = units.slice(i, i + len).map((u) => u.text).join(' ');
    const prev = units[i - 1];
    // Only after a function word, a speech verb or a comma, or "its" and "the company's" (which stand for the
    // article's company, no other organization being in the sentence): "Acme chairman", "committee chairman"
    // belong to someone else.
    const owned = prev !== undefined && !FREE_BEFORE.has(prev.lower) && !LEX.prepositions.has(prev.lower) && !LEX.speechVerbs.has(prev.lower) && !namesTheCompany(units, i);
    if (!owned && endsWith(title.toLowerCase(), LEX.companyTitles)) {
      // "chief executive X", "its chief executive, X", or "X, finance director, said"
      const next = person(i + len);
      const after = next >= 0 || units[i + len]?.lower !== ',' || !namesTheCompany(units, i) ? next : person(i + len + 1);
      const before = units[i - 1]?.lower === ',' && units[i + len]?.lower === ',' ? person(i - 2) : -1;
      const holder = after >= 0 ? after : before;
      if (holder >= 0) out.push({ title, person: holder });
    }
    i += len - 1;
  }
  return out;
}

/** "its chairman", "the company's founder", "the club's chief executive": a title owned by a body named before. */
function namesTheCompany(units: readonly Unit[], i: number): boolean {
  const prev = units[i - 1]?.lower;
  if (prev === 'its') return true;
  return prev === "'s" && units[i - 3]?.lower === 'the' && units[i - 2]!.mention < 0 && LEX.firmKinds.has(units[i - 2]!.lower);
}
