// Mention adjustments before relation search: drop and trim tagger slips, split "Freedonia-backed", retype and join organizations.
import type { Mention, Sentence, Token } from '../../types.js';
import { countryOfDemonym, lookupPlace } from '../gazetteer/index.js';
import type { MentionKind } from './kinds.js';
import { isPronounWord, LEX } from './lexicon.js';
import { endsWith, lexLength } from './pattern.js';
import { normalizeWord, type SentenceView } from './units.js';

/** Function words an organization name cannot end with once a title is cut off. */
const DANGLING = new Set(['of', 'the', 'for', 'and', 'de', 'to']);

/**
 * Drops persons and places named by a generic word ("Staff"), names that are pronouns ("We") or media ("TV"), and cuts titles the tagger put inside a name: "Acme CEO" (organization) → "Acme", "President Ortega"
 * (person) → "Ortega". The title stays in the text as plain words, where the constructions read it.
 */
export function trimTitles(mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const tagged of mentions) {
    // "Ex-Blue minister X", "the ex-Acme boss": the prefix marks the title past and is no part of the name.
    const ex = /^ex-(?=\p{Lu})/iu.test(tagged.text) ? 3 : 0;
    const m = ex ? { ...tagged, start: tagged.start + ex, text: tagged.text.slice(ex) } : tagged;
    if ((m.type !== 'Organization' && isGenericWord(m.text)) || isPronounWord(m.text) || LEX.mediaWords.has(m.text.toLowerCase())) continue;
    if (!/\s/.test(m.text)) {
      out.push(m);
      continue;
    }
    const words = [...m.text.matchAll(/\S+/g)];
    if (words.length < 2) {
      out.push(m);
      continue;
    }
    const lower = words.map((w) => w[0].toLowerCase());
    let from = 0;
    let to = words.length;
    if (m.type === 'Person') while (from < to - 1 && isTitleWord(lower[from]!)) from++;
    else while (to > 1 && LEX.titleHeads.has(lower[to - 1]!) && !LEX.orgHeads.has(lower[to - 1]!)) to--;
    if (to < words.length && (DANGLING.has(lower[to - 1]!) || (m.type !== 'Person' && isOffice(lower, to)))) to = words.length;
    if (from === 0 && to === words.length) {
      out.push(m);
      continue;
    }
    const a = words[from]!.index!;
    const b = words[to - 1]!.index! + words[to - 1]![0].length;
    out.push({ ...m, start: m.start + a, end: m.start + b, text: m.text.slice(a, b) });
  }
  return out;
}

/**
 * "Velto Trade Envoy": what is left once the title head is cut would end in a word of the title,
 * after a name ("Velto"), so the span names an office; not a bare title ("Supreme Commander").
 */
function isOffice(lower: readonly string[], to: number): boolean {
  const left = lower.slice(0, to);
  return LEX.titleMods.has(left[left.length - 1]!) && !left.every((w) => LEX.titleMods.has(w) || LEX.titleHeads.has(w));
}

/** A person or place "named" by a generic word ("Staff", "Ministry"): a tagger slip, dropped. */
function isGenericWord(text: string): boolean {
  const lower = text.toLowerCase();
  return LEX.unitHeads.has(lower) || LEX.orgHeads.has(lower) || LEX.titleHeads.has(lower);
}

function isTitleWord(word: string): boolean {
  return LEX.titleHeads.has(word) || (LEX.titleMods.has(word) && word !== 'general');
}

/** Organizations named after a person ("the Smith administration"). */
const PERSON_ORG_HEADS = new Set(['regime', 'government', 'administration', 'cabinet', 'camp']);

/**
 * Trims mentions that swallowed a compound suffix ("Freedonia-backed" → "Freedonia") and adds a
 * place mention for an untagged known place before such a suffix. A mention that runs on past the
 * compound ("Westville-based Acme Holdings" tagged as one name) keeps its part after it as a mention of
 * its own, and a place of several words before the suffix ("New Westville-based") is read whole.
 * Returns a new sorted list.
 */
export function splitCompounds(sentences: readonly Sentence[], tokens: readonly Token[][], mentions: readonly Mention[]): Mention[] {
  const out = mentions.map((m) => ({ ...m }));
  const added: Mention[] = [];
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const toks = tokens[s]!;
    toks.forEach((tok, i) => {
      const dash = tok.text.lastIndexOf('-');
      const suffix = tok.text.slice(dash + 1).toLowerCase();
      if (dash <= 0 || !LEX.compoundSuffixes.has(suffix)) return;
      const cut = tok.start + dash;
      while (m < out.length && out[m]!.end <= tok.start) m++;
      const hit = out[m];
      const free = m > 0 ? out[m - 1]!.end : 0;
      const next = toks[i + 1];
      if (hit && hit.start < tok.end) {
        if (hit.start >= cut || hit.end <= cut) return;
        if (hit.end > tok.end && next && /^\p{Lu}/u.test(next.text)) {
          added.push({ start: next.start, end: hit.end, text: hit.text.slice(next.start - hit.start), type: compoundTailType(suffix, hit.type), sentence: s });
        }
        const place = hit.start === tok.start && hit.end > tok.end ? placeMention(tok.text.slice(0, dash), tok.start, s) : undefined;
        if (place) Object.assign(hit, place);
        else trim(hit, cut);
        const wide = hit.start === tok.start && hit.type === 'Location' ? widePlace(toks, i, dash, s, free) : undefined;
        if (wide) Object.assign(hit, wide);
        return;
      }
      const place = widePlace(toks, i, dash, s, free) ?? placeMention(tok.text.slice(0, dash), tok.start, s);
      if (place) added.push(place);
    });
  }
  return [...out, ...added].filter((x) => x.end > x.start).sort(byStart);
}

/**
 * The type of the name after a compound the tagger ran into one span: what is "Westville-based" or
 * "-headquartered" is a body, who is "-born" a person; a place span's tail is no place ("Freedonia-backed Velto Army").
 */
function compoundTailType(suffix: string, tagged: Mention['type']): Mention['type'] {
  if (suffix === 'based' || suffix === 'headquartered') return 'Organization';
  if (suffix === 'born') return 'Person';
  return tagged === 'Location' ? 'Organization' : tagged;
}

/**
 * A known place of capitalised words right before a compound and its first part ("New" + "Westville-based"),
 * none of them inside a mention (`free`: where the mention before ends).
 */
function widePlace(toks: readonly Token[], i: number, dash: number, sentence: number, free: number): Mention | undefined {
  for (let k = Math.min(2, i); k >= 1; k--) {
    const words = toks.slice(i - k, i + 1);
    if (words[0]!.start < free || words[0]!.text === 'The') continue;
    if (!words.every((t, j) => /^\p{Lu}\p{Ll}/u.test(t.text) && (j === 0 || t.start === words[j - 1]!.end + 1))) continue;
    const name = [...words.slice(0, -1).map((t) => t.text), toks[i]!.text.slice(0, dash)].join(' ');
    if (lookupPlace(name)) return placeMention(name, words[0]!.start, sentence);
  }
  return undefined;
}

/** Cuts a mention at a compound's hyphen; what is left is a place when the gazetteer knows it ("Westville", tagged with the name after it). */
function trim(m: Mention, end: number): void {
  m.text = m.text.slice(0, end - m.start);
  m.end = end;
  const country = countryOfDemonym(m.text);
  const info = lookupPlace(country ?? m.text);
  if (info) {
    m.type = 'Location';
    m.canonical = info.canonical !== m.text ? info.canonical : m.canonical;
    m.geo = info.geo;
  }
}

function placeMention(prefix: string, start: number, sentence: number): Mention | undefined {
  if (!/^\p{Lu}/u.test(prefix)) return undefined;
  const country = countryOfDemonym(prefix);
  const info = lookupPlace(country ?? prefix);
  if (!info) return undefined;
  const m: Mention = { start, end: start + prefix.length, text: prefix, type: 'Location', sentence, geo: info.geo };
  if (info.canonical !== prefix) m.canonical = info.canonical;
  return m;
}

/**
 * Joins a country (or its adjective) with a generic organization head into one organization mention:
 * "Ruritanian armed forces", "Freedonia's Foreign Ministry", "the Ruritanian government"; also
 * "the Smith administration". Keeps "Ruritanian military expert" apart (a role follows).
 */
export function joinOrgPhrases(views: readonly SentenceView[], mentions: readonly Mention[], kinds: readonly MentionKind[]): Mention[] | undefined {
  const drop = new Set<number>();
  const added: Mention[] = [];
  for (const view of views) {
    const { units } = view;
    for (let i = 0; i < units.length; i++) {
      const m = units[i]!.mention;
      if (m < 0 || drop.has(m)) continue;
      const k = kinds[m]!;
      const end = k.country ? countryOrgEnd(view, i, mentions) : k.type === 'Person' ? personOrgEnd(view, i) : -1;
      if (end < 0) continue;
      const last = units[end]!;
      for (let k = i; k <= end; k++) if (units[k]!.mention >= 0) drop.add(units[k]!.mention);
      const start = units[i]!.start;
      const text = view.sentence.text.slice(start - view.sentence.start, last.end - view.sentence.start);
      added.push({ start, end: last.end, text, type: 'Organization', sentence: view.index });
      i = end;
    }
  }
  if (added.length === 0) return undefined;
  return [...mentions.filter((_, idx) => !drop.has(idx)), ...added].sort(byStart);
}

/** Last unit of "<country> ('s)? mods* head" or "<country> ('s)? <generic org mention>", or -1. */
function countryOrgEnd(view: SentenceView, i: number, mentions: readonly Mention[]): number {
  const { units } = view;
  let j = i + 1;
  if (units[j]?.lower === "'s") j++;
  const next = units[j];
  if (!next) return -1;
  if (next.mention >= 0) {
    const name = mentions[next.mention]!;
    return name.type === 'Organization' && LEX.orgHeads.has(next.lower.replace(/^the /, '')) ? j : -1;
  }
  const named = capitalizedOrgEnd(view, j);
  if (named > 0) return named;
  let k = j;
  let end = -1;
  for (let n = 0; n < 4 && k < units.length; n++) {
    const head = LEX.orgHeads.match(units, k);
    if (head > 0) end = k + head - 1;
    const mod = LEX.orgMods.match(units, k);
    if (mod === 0) break;
    k += mod;
  }
  if (end < 0) return -1;
  const after = end + 1;
  if (LEX.roleNouns.match(units, after) > 0 || LEX.roleMods.match(units, after) > 0) return -1;
  return end;
}

/**
 * "Acme CEO Jane Doe" where the tagger read "Acme" as a person: a name right before a title that
 * precedes a person names the organization; so does a person or place named right after a company noun
 * ("oil giant Acme"), a person that is said to have shares or that "which" follows ("Acme, which makes
 * toys"), and a name of two or more words ending in a word for a body ("the Velto Institution"). A name the last four show to be a body is one at each of its mentions in the article (a person's
 * name is written the same way only by that person's mentions). Returns the retyped list, or undefined when unchanged.
 */
export function retypeTitleOwners(views: readonly SentenceView[], mentions: readonly Mention[], kinds: readonly MentionKind[]): Mention[] | undefined {
  // Names a company noun, shares or "which" show to be bodies (everywhere), and mentions a title shows to be one (there only: "Velto manager X" may be a singer's).
  const bodies = new Set<string>();
  const here = new Set<number>();
  // Last words of persons named with more than one word ("Ivo Sand" → "sand"): such a surname alone is that person.
  const fullNames = new Set(mentions.filter((m, i) => kinds[i]!.type === 'Person' && m.text.includes(' ')).map((m) => normalizeWord(m.text).split(' ').at(-1)!));
  for (const { units } of views) {
    for (let i = 0; i < units.length; i++) {
      const m = units[i]!.mention;
      if (m < 0 || kinds[m]!.type === 'Organization' || kinds[m]!.country) continue;
      // "oil giant X", "the airline X": a name right after a noun that only describes companies.
      if (afterCompanyNoun(units, i, kinds)) {
        bodies.add(units[i]!.lower);
        continue;
      }
      // "an analyst at X": a person, or a place the gazetteer does not know.
      if (workplaceOfRole(units, i) && (kinds[m]!.type === 'Person' || kinds[m]!.place === undefined)) {
        bodies.add(units[i]!.lower);
        continue;
      }
      if (kinds[m]!.type !== 'Person') continue;
      if (isCompanyContext(units, i, fullNames) || appositiveCompany(units, i, kinds) || bodyWordLast(units[i]!.lower)) {
        bodies.add(units[i]!.lower);
        continue;
      }
      if (i + 2 >= units.length) continue;
      // "X chairman Y", "X's chief technology officer Y", and "X chairwoman, Y, said" with the holder set off by commas.
      const poss = units[i + 1]?.lower === "'s" ? 1 : 0;
      const len = lexLength('TITLE', units, i + 1 + poss);
      // A person has advisers, deputies and coaches too ("Jowell's deputy X"): after "'s" only a company office counts,
      // for a name the article gives no person ("Leahy" of "Pat Leahy").
      const office = units.slice(i + 2, i + 2 + len).map((u) => u.lower).join(' ');
      if (poss && (!endsWith(office, LEX.companyTitles) || fullNames.has(units[i]!.lower))) continue;
      const comma = units[i + 1 + poss + len]?.lower === ',' && units[i + 3 + poss + len]?.lower === ',';
      const after = units[i + 1 + poss + len + (comma ? 1 : 0)];
      if (len === 0 || !after || after.mention < 0 || kinds[after.mention]!.type !== 'Person') continue;
      here.add(m);
    }
  }
  if (bodies.size === 0 && here.size === 0) return undefined;
  const retype = (m: Mention, i: number) => here.has(i) || (kinds[i]!.type !== 'Organization' && !kinds[i]!.country && bodies.has(normalizeWord(m.text)));
  return mentions.map((m, i) => (retype(m, i) ? { ...m, type: 'Organization' } : m));
}

/** "the Velto Institution", "Acme Records": a name of two or more words that ends in a word for a body. */
function bodyWordLast(lower: string): boolean {
  const space = lower.lastIndexOf(' ');
  return space > 0 && LEX.orgTypeHeads.has(lower.slice(space + 1));
}

/** "shares in Acme", "Acme's shares", "Acme, which makes toys": what only a body is said to have or be. */
function isCompanyContext(units: SentenceView['units'], i: number, fullNames: ReadonlySet<string>): boolean {
  const next = units[i + 1];
  const after = units[i + 2];
  // "shares in Acme", "Acme's shares" ("X shares the view" is a verb).
  if (units[i - 1]?.lower === 'in' && units[i - 2]?.lower === 'shares') return true;
  if (!next || next.mention >= 0) return false;
  if (next.lower === "'s" && after?.lower === 'shares') return true;
  // "Acme, which makes toys": a one-word name the article never gives a first name ("Sand, which angered …" may follow a person).
  return next.lower === ',' && after?.lower === 'which' && !units[i]!.lower.includes(' ') && !fullNames.has(units[i]!.lower);
}

/**
 * "an analyst at Velto Kramer", "a strategist with Velto Kramer", "on loan at Velto": where a title or role
 * is held, or a player is lent, is a body, not a person ("an analyst with Velto Kramer's firm" says nothing of Velto Kramer).
 */
function workplaceOfRole(units: SentenceView['units'], i: number): boolean {
  const prep = units[i - 1];
  const noun = units[i - 2];
  if (!prep || !noun || prep.mention >= 0 || noun.mention >= 0) return false;
  if (units[i + 1]?.lower === "'s" || units[i + 1]?.lower === "'") return false;
  // "on loan at|from X": the club a player is lent to or by.
  if (noun.lower === 'loan' && units[i - 3]?.lower === 'on') return LEX.loanPrepositions.has(prep.lower);
  if (prep.lower !== 'at' && prep.lower !== 'with') return false;
  // "an analyst at X", and "director of product at X" with the title's field in between.
  for (let k = i - 2; k >= 0 && k >= i - 2 - MAX_FIELD_WORDS; k--) {
    const u = units[k]!;
    if (u.mention >= 0 || !/^[a-z]/.test(u.lower)) return false;
    if (LEX.roleNouns.has(u.lower) || LEX.titleHeads.has(u.lower)) return k === i - 2 || units.slice(k + 1, i - 1).some((w) => w.lower === 'of' || w.lower === 'for');
  }
  return false;
}

/** Most words of a title's field between the title and the body it is held at ("head of third party services at X"). */
const MAX_FIELD_WORDS = 6;

/** Words that open an appositive describing the name before it. */
const APPOSITIVE_ARTICLES = new Set(['a', 'an', 'the', 'another']);
/** Words after an appositive's company noun that close it ("Acme, a Westville-based company, said"). */
const APPOSITIVE_ENDS = new Set([',', '.', ';', ':', ')', '-', '–', '—', 'which', 'that', 'based', 'headquartered', 'owned']);
/** Most words between an appositive's article and its company noun ("a small Westville-based software company"). */
const MAX_APPOSITIVE_WORDS = 5;

/**
 * "Acme, a Westville-based company,", "Acme, the country's biggest lender.", "Acme, Ruritania's second-largest
 * brewer,": an appositive whose head is a company noun, or a body's kind after a country's name ("the
 * company's chief", "a bank manager" or "the film's producer" describe people, and are not read).
 */
function appositiveCompany(units: SentenceView['units'], i: number, kinds: readonly MentionKind[]): boolean {
  if (units[i + 1]?.lower !== ',') return false;
  const opener = units[i + 2]?.mention ?? -1;
  const country = opener >= 0 && kinds[opener]!.country && !kinds[opener]!.demonym && (units[i + 3]?.lower === "'s" || units[i + 3]?.lower === "'");
  if (!country && !APPOSITIVE_ARTICLES.has(units[i + 2]?.lower ?? '')) return false;
  for (let k = i + (country ? 4 : 3); k < units.length && k <= i + 3 + MAX_APPOSITIVE_WORDS; k++) {
    const u = units[k]!;
    if (u.mention >= 0) {
      if (kinds[u.mention]!.type !== 'Location') return false;
      continue;
    }
    // "X, a former unit of Acme": only a body is a part of another.
    if (LEX.subsidiaryNouns.has(u.lower) && units[k + 1]?.lower === 'of') return true;
    if (country ? LEX.describedBodies.match(units, k) === 1 : LEX.companyNouns.has(u.lower)) {
      const next = units[k + 1];
      return !next || (next.mention < 0 && APPOSITIVE_ENDS.has(next.lower));
    }
    if (LEX.clausePunct.has(u.lower) || u.lower === ',' || LEX.clauseWords.has(u.lower)) return false;
  }
  return false;
}

/**
 * True when the unit before `i` is a company noun ("giant", "news agency") that is no part of another
 * name: "the Acme consultancy Jane Doe" is Acme's.
 */
function afterCompanyNoun(units: SentenceView['units'], i: number, kinds: readonly MentionKind[]): boolean {
  const one = units[i - 1];
  if (!one || one.mention >= 0) return false;
  const two = units[i - 2];
  const len = LEX.companyNouns.has(one.lower) ? 1 : two !== undefined && two.mention < 0 && LEX.companyNouns.has(`${two.lower} ${one.lower}`) ? 2 : 0;
  const owner = units[i - 1 - len]?.mention ?? -1;
  return len > 0 && (owner < 0 || kinds[owner]!.country);
}

/**
 * "Ruritanian Democratic Forces", "Ruritanian Observatory for Press Freedom": capitalised words after
 * the country ending in an organization word, with an optional capitalised "for|of …" tail; last index or -1.
 */
function capitalizedOrgEnd(view: SentenceView, j: number): number {
  const { units } = view;
  for (let k = j; k < units.length && k < j + 4; k++) {
    const u = units[k]!;
    if (u.mention >= 0 || !/^\p{Lu}/u.test(u.text)) return -1;
    if (LEX.namedOrgHeads.has(u.lower)) return namedTailEnd(units, k);
    if (k > j && (LEX.orgHeads.has(u.lower) || LEX.unitHeads.has(u.lower))) return k;
  }
  return -1;
}

/** Longest capitalised tail of a named body ("… for Press Freedom", "… of the North"); last index. */
function namedTailEnd(units: SentenceView['units'], head: number): number {
  const prep = units[head + 1]?.lower;
  if (prep !== 'for' && prep !== 'of') return head;
  let k = head + 2;
  if (units[k]?.lower === 'the') k++;
  let end = head;
  for (let n = 0; n < 3 && k < units.length && /^\p{Lu}/u.test(units[k]!.text); n++, k++) end = k;
  return end;
}

/** "the Smith administration" → last unit index, or -1. */
function personOrgEnd(view: SentenceView, i: number): number {
  const next = view.units[i + 1];
  return next && next.mention < 0 && PERSON_ORG_HEADS.has(next.lower) ? i + 1 : -1;
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start || b.end - a.end;
}

/** Words before a kind of work that show it is a noun ("the film", "hit comedy", "Acme's drama"), not a verb ("they play Velto"). */
const WORK_DETERMINERS = new Set(['the', 'a', 'an', "'s", 'his', 'her', 'its', 'their', 'new', 'hit', 'latest', 'debut', 'first', 'last', 'forthcoming', 'animated', 'classic', 'award-winning']);

/**
 * Drops the names of works the tagger took for persons, bodies or places: a name right after a kind of
 * work ("the comedy Nighty Velt", "Acme's film Velto Road") is a title, and so is each repeat of it in the
 * article. Returns the kept list, or undefined when nothing was dropped.
 */
export function dropWorks(views: readonly SentenceView[], mentions: readonly Mention[]): Mention[] | undefined {
  const works = new Set<string>();
  for (const { units } of views) {
    for (let i = 1; i < units.length; i++) {
      const m = units[i]!.mention;
      const noun = units[i - 1]!;
      // A known place or a country's adjective is never a title ("a drama Ruritanian viewers loved").
      if (m < 0 || noun.mention >= 0 || !LEX.workNouns.has(noun.lower) || mentions[m]!.geo || mentions[m]!.canonical) continue;
      // After a name only a noun that is no verb ("Acme comedy X", not "Acme play X" or "Acme book X").
      const before = units[i - 2];
      const named = before !== undefined && before.mention >= 0 && !LEX.verbalWorkNouns.has(noun.lower);
      if (before && (named || WORK_DETERMINERS.has(before.lower) || LEX.workNouns.has(before.lower))) works.add(units[i]!.lower);
    }
  }
  if (works.size === 0) return undefined;
  return mentions.filter((m) => !works.has(normalizeWord(m.text)));
}
