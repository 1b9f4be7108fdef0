// Mention building: tagged token spans → Person/Organization/Location mentions with offsets and places.
import { propagateNames } from './propagate.js';
import { countryOfDemonym, enclosingPlace, lookupPlace } from '../gazetteer/index.js';
import { tokenize } from '../text/index.js';
import type { EntityType, Mention, Sentence, Token } from '../../types.js';
import { confirmHeadlineMentions, isByline, isHeadline, isShoutedLede } from './headlines.js';
import { growToCells } from './cells.js';
import { dropPhrasePieces, joinGivenNames, splitResidentPerson } from './persons.js';
import { cutEdges, cutPersonOrigin, isCodePiece, isPricedUnit, isThingName } from './cuts.js';
import { cutAtBreaks, cutAward, datelineType, extendOrgs, joinAdjacent, joinNames, personsAfterSeats, type Span, splitOrgPerson, splitRepeat } from './joins.js';
import { isMonth, isNameParticle, isOrgWord, isTitleWord } from './lexicon.js';
import { tagDocument } from './tagger.js';

const TYPE_OF_TAG: Record<string, EntityType> = { PER: 'Person', ORG: 'Organization', LOC: 'Location' };
/** Span-edge tokens that are not part of a name. */
const LEADING_DROP = new Set(['the', 'The', 'THE']);
const TRAILING_DROP = new Set(["'s", '’s', "'", '’', "'S", '’S']);

/**
 * Person/Organization/Location mentions of an article, sorted by start. Demonyms and
 * country adjectives tagged MISC ("French" in "French President") become Location mentions
 * whose `canonical` is the country; other MISC spans are dropped. Locations found in the
 * gazetteer get `geo`, and `canonical` when the surface is an alias ("U.S." → "United States").
 * Mentions in Title Case or ALL-CAPS headings (not table rows or bylines) and ALL-CAPS ledes are kept only when the article body confirms them.
 * @param sentences the article's sentences from splitSentences(text)
 * @param tokens the tokens of each sentence, when the caller already has them
 */
export function findMentions(
  text: string,
  sentences: Sentence[],
  tokens: Token[][] = sentences.map((s) => tokenize(s.text, s.start)),
): Mention[] {
  const words = tokens.map((ts) => ts.map((t) => t.text));
  const tags = propagateNames(words, tagDocument(words));
  const mentions: Mention[] = [];
  const headlines = new Set<number>();
  tokens.forEach((ts, si) => {
    if (isHeadline(ts)) headlines.add(si);
    for (const [type, from, to] of fixSpans(ts, spans(tags[si]!))) {
      for (const [t, a, b] of type === 'PER' ? splitAtTitles(ts, from, to) : [[type, from, to] as const]) {
        const mention = buildMention(text, ts, t, a, b, si);
        if (mention) mentions.push(mention);
      }
    }
  });
  const unsure = (m: Mention) => {
    const line = sentences[m.sentence]!.text;
    return (headlines.has(m.sentence) && !isByline(m, line)) || isShoutedLede(m, line);
  };
  return confirmHeadlineMentions(mentions, unsure, sentences, headlines.size).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The tagger's spans after the general span fixes: pieces of codes and priced units dropped; cuts at breaks, around
 * lower-case words and before "of <place>" in a person (cuts.ts); table cells whole (cells.ts); repeats split; persons after a nationality noun and pairs of given names,
 * person spans made of English words cut from a capitalized phrase dropped (persons.ts); joins, organizations
 * grown at the front, org/person splits, datelines, awards (joins.ts); names of schemes and measures dropped (cuts.ts).
 */
function fixSpans(ts: readonly Token[], found: [string, number, number][]): Span[] {
  const names = growToCells(ts, found.filter((s) => !isCodePiece(ts, s) && !isPricedUnit(ts, s)).map((s) => cutPersonOrigin(ts, cutEdges(ts, cutAtBreaks(ts, s)))));
  const persons = dropPhrasePieces(ts, joinGivenNames(ts, splitResidentPerson(ts, names.flatMap((s) => splitRepeat(ts, s)))));
  const cut = repairSpans(ts, persons);
  const joined = personsAfterSeats(ts, extendOrgs(ts, joinAdjacent(ts, joinNames(ts, cut))));
  return joined.flatMap((s) => splitOrgPerson(ts, s)).flatMap((s) => cutAward(ts, datelineType(ts, s))).filter((s) => !isThingName(ts, s));
}

/** [type, fromToken, toToken) spans of a BIO tag sequence (an I- after O starts a span). */
export function spans(tags: readonly string[]): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let i = 0; i < tags.length; ) {
    const tag = tags[i]!;
    if (tag === 'O') {
      i++;
      continue;
    }
    const type = tag.slice(2);
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${type}`) j++;
    out.push([type, i, j]);
    i = j;
  }
  return out;
}

const PARTICLE_NAME_RE = /^(\p{Ll}+)-\p{Lu}/u;

/** A name part glued to its particle: "al-Haddad", "van-Dijk". */
function isParticleName(token: string): boolean {
  const m = PARTICLE_NAME_RE.exec(token);
  return m !== null && isNameParticle(m[1]!);
}

const NUMBER_RE = /^\d{1,4}(?:st|nd|rd|th)?$/;
const LOWERCASE_RE = /^\p{Ll}/u;

/** A month name reads as a date after a number or a lowercase word ("4 May", "in May") or before a number. */
function isDateContext(before: string, after: string): boolean {
  return NUMBER_RE.test(after) || NUMBER_RE.test(before) || LOWERCASE_RE.test(before);
}

/**
 * Fixes spans with general name knowledge: joins a person span over a name particle to the
 * capitalized words after it ("Ali" + "bin" + "Hamad", "Omar" + "al-Haddad"), and drops a lone month name used as a
 * date ("May 4", "4 May", "in late May").
 */
export function repairSpans(ts: readonly Token[], found: [string, number, number][]): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let k = 0; k < found.length; k++) {
    let [type, from, to] = found[k]!;
    if (type === 'PER') {
      while (to < ts.length && isParticleName(ts[to]!.text)) to++;
      // "Nadia" + "El Amrani": a capitalized particle opening the next person span continues this one.
      while (found[k + 1]?.[0] === 'PER' && found[k + 1]![1] === to && isNameParticle(ts[to]!.text.toLowerCase())) to = found[++k]![2];
      while (to + 1 < ts.length && isNameParticle(ts[to]!.text) && /^\p{Lu}/u.test(ts[to + 1]!.text)) {
        let end = to + 2;
        const next = found[k + 1];
        if (next && next[1] === to + 1) {
          end = next[2];
          k++;
        }
        to = end;
      }
    }
    if (to - from === 1 && isMonth(ts[from]!.text) && isDateContext(ts[from - 1]?.text ?? '', ts[to]?.text ?? '')) continue;
    out.push([type, from, to]);
    while (found[k + 1] && found[k + 1]![1] < to) k++; // spans swallowed by a joined name
  }
  return out;
}

/**
 * Splits a person span at its last title word: "Ministry Spokesman Ada Brill" → the person
 * "Ada Brill", and the words before the titles as an organization when they end with an org word.
 */
function splitAtTitles(ts: Token[], from: number, to: number): (readonly [string, number, number])[] {
  let last = -1;
  for (let i = from; i < to - 1; i++) if (isTitleWord(ts[i]!.text)) last = i;
  if (last < 0) return [['PER', from, to]];
  let first = last;
  while (first > from && isTitleWord(ts[first - 1]!.text)) first--;
  const out: (readonly [string, number, number])[] = [['PER', last + 1, to]];
  if (first > from && isOrgWord(ts[first - 1]!.text)) out.unshift(['ORG', from, first]);
  else if (first > from) {
    // "US President X", "Russian Foreign Minister X": the country whose office it is stays a mention.
    const before = ts.slice(from, first).map((t) => t.text).join(' ');
    if (countryOfDemonym(before)) out.unshift(['MISC', from, first]);
    else if (lookupPlace(before)) out.unshift(['LOC', from, first]);
  }
  return out;
}

function buildMention(text: string, ts: Token[], tag: string, from: number, to: number, sentence: number): Mention | undefined {
  while (from < to && LEADING_DROP.has(ts[from]!.text)) from++;
  while (to > from && TRAILING_DROP.has(ts[to - 1]!.text)) to--;
  if (from >= to) return undefined;
  const start = ts[from]!.start;
  const end = ts[to - 1]!.end;
  const surface = text.slice(start, end);
  const hyphen = surface.indexOf('-');
  // "Britain-based", "U.S.-backed", "Franco-German": the place before the hyphen is the mention.
  const adjectival = to - from === 1 && LOWERCASE_RE.test(surface.slice(surface.lastIndexOf('-') + 1));
  if (hyphen > 0 && (tag === 'MISC' || tag === 'LOC' || adjectival) && !lookupPlace(surface)) {
    const head = surface.slice(0, hyphen);
    if (countryOfDemonym(head) || lookupPlace(head)?.kind === 'country') return placeMention(head, start, start + hyphen, sentence);
  }
  // A demonym, or a country's name used as a modifier ("US President X", tagged MISC), is that country.
  if (tag === 'MISC') return countryOfDemonym(surface) || lookupPlace(surface)?.kind === 'country' ? placeMention(surface, start, end, sentence) : undefined;
  const type = TYPE_OF_TAG[tag];
  if (!type) return undefined;
  const mention: Mention = { start, end, text: surface, type, sentence };
  if (type === 'Location') addPlace(mention);
  return mention;
}

/** A Location mention of a demonym ("French" → France) or a place name ("U.S." of "U.S.-led"). */
function placeMention(surface: string, start: number, end: number, sentence: number): Mention {
  const mention: Mention = { start, end, text: surface, type: 'Location', sentence };
  const country = countryOfDemonym(surface);
  if (country) {
    mention.canonical = country;
    const place = lookupPlace(country);
    if (place) mention.geo = place.geo;
    return mention;
  }
  addPlace(mention);
  return mention;
}

/**
 * Adds gazetteer geo, and the canonical name of a country alias or an all-caps place ("PARIS");
 * a part of a known place ("Northern Italy") gets that place's geo only.
 */
function addPlace(mention: Mention): void {
  const place = lookupPlace(mention.text);
  if (!place) {
    const around = enclosingPlace(mention.text);
    if (around) mention.geo = around.geo;
    return;
  }
  mention.geo = place.geo;
  const sameName = place.canonical.toLowerCase() === mention.text.toLowerCase();
  if (place.canonical !== mention.text && (place.kind === 'country' || sameName || place.alternate)) mention.canonical = place.canonical;
}
