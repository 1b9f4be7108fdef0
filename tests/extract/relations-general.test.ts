import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/extract/relations/index.js';
import type { Predicate } from '../../src/types.js';
import { parseMarkup, relationTriples } from './relations-markup.js';

/** Triples of the given predicates stated by the marked-up text, sorted. */
const run = (markup: string, predicates: readonly Predicate[]) => relationTriples(markup, predicates, '2021-03-04');

/** Mentions after adjustment, as "Type:text". */
function mentionsOf(markup: string): string[] {
  return extractRelations(parseMarkup(markup)).mentions.map((m) => `${m.type}:${m.text}`);
}

describe('named bodies opened by a country adjective', () => {
  it.each([
    ['The [GPE Sweden]-based [GPE Norwegian>Norway] Observatory for [PER Press Freedom] said so.', ['Location:Sweden', 'Organization:Norwegian Observatory for Press Freedom']],
    ['The [GPE Norwegian>Norway] Medical Association objected.', ['Organization:Norwegian Medical Association']],
    ['A [GPE Norwegian>Norway] Institute of Marine Studies report came out.', ['Organization:Norwegian Institute of Marine Studies']],
    ['The [GPE Norwegian>Norway] Prime Minister spoke.', ['Location:Norwegian']],
    ['A [GPE Norwegian>Norway] union for teachers called a strike.', ['Location:Norwegian']],
  ])('%s', (markup, expected) => {
    expect(mentionsOf(markup)).toEqual(expected);
  });

  it('places the joined body where the compound says it is based', () => {
    expect(run('The [GPE Sweden]-based [GPE Norwegian>Norway] Observatory for [PER Press Freedom] said so.', ['LOCATED_IN']))
      .toEqual(['Norwegian Observatory for Press Freedom LOCATED_IN Sweden']);
  });
});

describe('expelling verbs name the group driven out', () => {
  it.each([
    ['[ORG Northern Alliance Forces] drove Red Banner out of [LOC Westville] on Monday.',
      ['Northern Alliance Forces ATTACKED Red Banner', 'Northern Alliance Forces CAPTURED Westville']],
    ['Troops of the [ORG Blue Guard] pushed the Black Hand Brigade from [LOC Westville].', []],
    ['[ORG Blue Guard] units pushed the Black Hand from [LOC Westville].', ['Blue Guard ATTACKED Black Hand', 'Blue Guard CAPTURED Westville']],
    ['[ORG Acme] drove Highway Nine to the coast.', []],
    ['[ORG Acme] forced them out of [LOC Westville].', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['ATTACKED', 'CAPTURED'])).toEqual(expected);
  });
});

describe('verbs whose object is always a place', () => {
  it.each([
    ['[ORG Red Brigade] recaptured [PER Westville], an old market town, on Friday.', ['Red Brigade CAPTURED Westville']],
    ['[ORG Red Brigade] recaptured [PER Westville] on Friday.', []],
    ['Rain fell on the town of [PER Eastfield]. [ORG Red Brigade] overran [PER Eastfield] at dawn.', ['Red Brigade CAPTURED Eastfield']],
    ['[ORG Red Brigade] captured [PER Westville], an old market town, on Friday.', []],
    ['[ORG Red Brigade] recaptured [PER Ivo Sand] on Friday.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['CAPTURED'])).toEqual(expected);
  });

  it('retypes every person mention of a name shown to be a place', () => {
    const { mentions } = extractRelations(parseMarkup('[LOC Westville] was calm. [PER Westville] was not. [ORG Red Brigade] retook [PER Westville].'));
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['Location:Westville', 'Location:Westville', 'Organization:Red Brigade', 'Location:Westville']);
  });
});

describe('subjects after a time phrase or a conjunction-preposition', () => {
  it.each([
    ['Talks stalled, and on Friday [ORG Red Brigade] retook [LOC Westville].', ['Red Brigade CAPTURED Westville']],
    ['Prices rose after [ORG Red Brigade] seized [LOC Westville] in May.', ['Red Brigade CAPTURED Westville']],
    ['Prices rose after [ORG Red Brigade] had seized [LOC Westville].', ['Red Brigade CAPTURED Westville']],
    ['Aid from [ORG Acme] captured [LOC Westville] headlines.', []],
    ['After [ORG Red Brigade] fighters left, [ORG Blue Guard] took [LOC Westville].', ['Blue Guard CAPTURED Westville']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['CAPTURED'])).toEqual(expected);
  });
});

describe('untagged actor names before a capture or attack verb', () => {
  it.each([
    ['Prices fell after Red Banner recaptured [LOC Westville] on Sunday.', ['Red Banner CAPTURED Westville']],
    ['Talks stalled, and on Friday Black Hand shelled [LOC Westville].', ['Black Hand ATTACKED Westville']],
    ['Then President Ortega attacked the press.', []],
    ['Shares in Westbank fell as Acme bought them.', []],
    ['Red Banner seized [LOC Westville].', []],
    ['Fans said Blue Rovers beat [ORG Green Town] easily.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['CAPTURED', 'ATTACKED'])).toEqual(expected);
  });
});

describe('untagged bodies after "the <title> of the"', () => {
  it.each([
    ['[PER Ivo Sand], the director of the Harbour Trust, said so.', ['Ivo Sand HOLDS_POSITION Harbour Trust (Director)']],
    ['[PER Ivo Sand], the head of the Watch, said so.', ['Ivo Sand HOLDS_POSITION Watch (Head)']],
    ['[PER Ivo Sand], the director of the film, said so.', []],
    ['[PER Ivo Sand], a fan of the Blue Rovers, said so.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });
});

describe('untagged bodies: runs not closed by punctuation', () => {
  it.each([
    ['The leader of the Assembly Ivo Sand said so.', []],
    ['It is the editor of the Streetwise.com site.', []],
  ])('%s', (markup, expected) => {
    expect(mentionsOf(markup)).toEqual(expected);
  });
});

describe('strike nouns without a stated target', () => {
  it.each([
    ['Little is left of [LOC Westville] after months of [GPE Norway]-led bombing, the video shows.', ['Norway ATTACKED Westville']],
    ['[GPE Norwegian>Norway] air strikes killed ten people in [LOC Westville] on Monday.', ['Norwegian ATTACKED Westville']],
    ['[ORG Acme] air strikes hit [LOC Westville] and [LOC Eastfield].', []],
    ['[GPE Norwegian>Norway] air strikes on [LOC Eastfield] spared [LOC Westville].', ['Norwegian ATTACKED Eastfield']],
    ["[PER Ivo Sand]'s bombing in [LOC Westville] was a flop on stage.", []],
    ['[GPE Norway] condemned the bombing in [LOC Westville].', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['ATTACKED'])).toEqual(expected);
  });
});

describe('relative-clause subjects and place anaphors', () => {
  it.each([
    ['The [ORG Blue Guard] retook the old city of [LOC Westville] from [ORG Red Brigade], which had occupied it since May.',
      ['Blue Guard ATTACKED Red Brigade', 'Blue Guard CAPTURED Westville', 'Red Brigade CAPTURED Westville']],
    ['[ORG Red Brigade] left [LOC Westville] in May, and [ORG Blue Guard] shelled the town on Monday.', ['Blue Guard ATTACKED Westville']],
    ['[ORG Red Brigade] left [LOC Westville] and [LOC Eastfield], and [ORG Blue Guard] shelled the town.', []],
    ['[ORG Red Brigade] left [LOC Westville] and [ORG Blue Guard] took it seriously.', []],
    ['[ORG Red Brigade] praised [LOC Westville], and [ORG Blue Guard] attacked the city council.', []],
    ['[ORG Red Brigade] visited [GPE Norway] and [ORG Blue Guard] seized it.', []],
    ['[ORG Blue Guard], which seized [LOC Westville] in May, held a parade.', ['Blue Guard CAPTURED Westville']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['ATTACKED', 'CAPTURED'])).toEqual(expected);
  });
});

describe('verbs whose object is always a place: organization slips', () => {
  it.each([
    ['[ORG Red Brigade] retook [ORG Westville] on Friday. The city of [ORG Westville] is calm.', ['Red Brigade CAPTURED Westville']],
    ['[ORG Red Brigade] retook [ORG Westville] on Friday.', []],
    ['Protesters occupied [ORG Parliament] on Friday.', []],
    ['[ORG Red Brigade] occupied [ORG Acme Bank] offices.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['CAPTURED'])).toEqual(expected);
  });
});

describe('wins in contests are not attacks', () => {
  it.each([
    ['[ORG Blue Guard] defeated [ORG Red Brigade] near [LOC Westville].', ['Blue Guard ATTACKED Red Brigade']],
    ['The [ORG Blue Guard] victory over [ORG Red Brigade] came in May.', ['Blue Guard ATTACKED Red Brigade']],
    ['[GPE Norway] beat [GPE Sweden] 3-1 in the final.', []],
    ['[PER Ivo Sand] beat [PER Carl Mott] to the prize.', []],
    ['[PER Ivo Sand] defeated [ORG Acme] in court.', []],
    ['[ORG Blue Rovers] claimed a victory over [ORG Green Town] at home, their third of the season.', []],
    ['[ORG Blue Guard] shelled [ORG Red Brigade] positions after the match.', ['Blue Guard ATTACKED Red Brigade']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['ATTACKED'])).toEqual(expected);
  });
});

describe('places that modify a title are not containers', () => {
  it.each([
    ['They met in [LOC Westville], [GPE Norway] Secretary [PER Ivo Sand] said.', []],
    ['They met in [LOC Westville], [GPE Norway], on Monday.', ['Westville LOCATED_IN Norway']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['LOCATED_IN'])).toEqual(expected);
  });
});

describe('strikes aimed at a target', () => {
  it.each([
    ['The [ORG Freedonian Air Force] started delivering strikes in [LOC Sylvania] at facilities of the [ORG Red Banner] on Monday.',
      ['Freedonian Air Force ATTACKED Red Banner']],
    ['The [ORG Freedonian Air Force] carried out air strikes at [ORG Red Banner] positions.',
      ['Freedonian Air Force ATTACKED Red Banner']],
    ['The [ORG Dockers Union] announced strikes at [ORG Acme] next week.', []],
    ['The [ORG Blue Guard] celebrated its victory at [LOC Westville Stadium].', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['ATTACKED'])).toEqual(expected);
  });
});
