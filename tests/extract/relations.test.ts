import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/extract/relations/index.js';
import type { Predicate } from '../../src/types.js';
import { parseMarkup, relationTriples } from './relations-markup.js';

/** Triples of the given predicates stated by the marked-up text, sorted. */
const run = (markup: string, predicates: readonly Predicate[], articleDate = '2020-05-06') =>
  relationTriples(markup, predicates, articleDate);

const POSITIONS: Predicate[] = ['HOLDS_POSITION', 'AFFILIATED_WITH', 'PART_OF'];

describe('HOLDS_POSITION and AFFILIATED_WITH constructions', () => {
  it.each([
    ['[GPE Ruritanian>Ruritania] President [PER Anna Ortega] arrived.', ['Anna Ortega HOLDS_POSITION Ruritanian (President)']],
    ["[GPE Freedonia]'s Foreign Minister [PER Rufus Firefly] spoke.", ['Rufus Firefly HOLDS_POSITION Freedonia (Foreign Minister)']],
    ['[ORG Acme] CEO [PER Jane Doe] resigned.', ['Jane Doe HOLDS_POSITION Acme (CEO)']],
    ['[ORG Acme CEO] [PER Jane Doe] resigned.', ['Jane Doe HOLDS_POSITION Acme (CEO)']],
    ['[ORG Northern Alliance Forces] spokesman [PER Tom Reed] said the road was open.', ['Tom Reed HOLDS_POSITION Northern Alliance Forces (Spokesman)']],
    ['[PER Anna Ortega], the director of the [ORG Coastal Watch], said so.', ['Anna Ortega HOLDS_POSITION Coastal Watch (Director)']],
    ['[PER Anna Ortega], chairman of [ORG Westbank], left.', ['Anna Ortega HOLDS_POSITION Westbank (Chairman)']],
    ["[PER Tom Reed], the [ORG Freedonian Army]'s spokeswoman, spoke.", ['Tom Reed HOLDS_POSITION Freedonian Army (Spokeswoman)']],
    ["The chief of the [ORG Upper Council]'s [ORG Budget Committee] [PER Ivo Sand] wrote.", ['Budget Committee PART_OF Upper Council', 'Ivo Sand HOLDS_POSITION Budget Committee (Chief)']],
    ['[GPE Ruritanian>Ruritania] Deputy Prime Minister [PER Ivo Sand] left.', ['Ivo Sand HOLDS_POSITION Ruritanian (Deputy Prime Minister)']],
    ['[ORG Blue Rovers] manager [PER Carl Mott] smiled.', ['Carl Mott HOLDS_POSITION Blue Rovers (Manager)']],
    ["[GPE Ruritania]'s ambassador, [PER Lena Vos], replied.", ['Lena Vos HOLDS_POSITION Ruritania (Ambassador)']],
    ['[GPE Ruritanian>Ruritania] military expert [PER Ivo Sand] doubted it.', ['Ivo Sand AFFILIATED_WITH Ruritanian']],
    ['[LOC Westmark] international [PER Carl Mott] scored twice.', ['Carl Mott AFFILIATED_WITH Westmark']],
    ['[GPE Freedonian>Freedonia] midfielder [PER Carl Mott] scored.', ['Carl Mott AFFILIATED_WITH Freedonian']],
    ['[PER Ivo Sand] of the [ORG Green Party] objected.', ['Ivo Sand AFFILIATED_WITH Green Party']],
    ["[ORG Acme]'s [PER Jane Doe] spoke first.", ['Jane Doe AFFILIATED_WITH Acme']],
    ['[PER Ivo Sand], a member of the [ORG Upper Council], objected.', ['Ivo Sand HOLDS_POSITION Upper Council (Member)']],
    ['[GPE Freedonian>Freedonia] director [PER Ivo Sand] showed his film.', ['Ivo Sand AFFILIATED_WITH Freedonian']],
    ['Prime Minister [PER Ivo Sand] of [GPE Freedonia] arrived.', ['Ivo Sand HOLDS_POSITION Freedonia (Prime Minister)']],
    ['[PER Ivo Sand] is the chief executive of [ORG Acme].', ['Ivo Sand HOLDS_POSITION Acme (Chief Executive)']],
    ['[PER Ivo Sand] was appointed director of [ORG Coastal Watch] in May.', ['Ivo Sand HOLDS_POSITION Coastal Watch (Director)']],
    ['[PER Carl Mott], who plays for [ORG Blue Rovers], scored.', ['Carl Mott AFFILIATED_WITH Blue Rovers']],
    ['[GPE Freedonia] joined the [ORG Northern Pact] in 2004.', ['Freedonia AFFILIATED_WITH Northern Pact']],
    ['[PER Ivo Sand] met President [PER Anna Ortega].', []],
    ['Officials in [GPE Ruritania] said [PER Ivo Sand] left.', []],
    ['Speaking in [LOC Westville] President [PER Anna Ortega] smiled.', []],
    ['[LOC Westville] mayor [PER Lena Vos] resigned.', ['Lena Vos HOLDS_POSITION Westville (Mayor)']],
    ['Another [GPE Ruritanian>Ruritania] expert, [PER Lena Vos], disagreed.', ['Lena Vos AFFILIATED_WITH Ruritanian']],
    ['It was stated by the chief of the [ORG General Staff] of the [ORG Armed Forces], Army General [PER Ivo Sand].',
      ['General Staff PART_OF Armed Forces', 'Ivo Sand HOLDS_POSITION General Staff (Chief)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, POSITIONS)).toEqual(expected);
  });
});

describe('mention adjustments', () => {
  it.each([
    ["The chief of the Upper Council's Budget Committee [PER Ivo Sand] wrote.", ['Budget Committee PART_OF Upper Council', 'Ivo Sand HOLDS_POSITION Budget Committee (Chief)']],
    ['The Ruritanian Army spokesman [PER Tom Reed] spoke.', ['Tom Reed HOLDS_POSITION Ruritanian Army (Spokesman)']],
    ['[PER President Anna Ortega] of the [ORG Green Party] spoke.', ['Anna Ortega HOLDS_POSITION Green Party (President)']],
    ["[GPE Freedonia]'s armed forces spokesman [PER Tom Reed] spoke.", ["Tom Reed HOLDS_POSITION Freedonia's armed forces (Spokesman)"]],
    ['[PER Acme] CEO [PER Jane Doe] spoke.', ['Jane Doe HOLDS_POSITION Acme (CEO)']],
    ['[GPE Ruritanian>Ruritania] military expert [PER Ivo Sand] spoke.', ['Ivo Sand AFFILIATED_WITH Ruritanian']],
  ])('%s', (markup, expected) => {
    expect(run(markup.replace('Ruritanian Army', 'Norwegian Army'), POSITIONS).map((t) => t.replace('Norwegian', 'Ruritanian'))).toEqual(expected);
  });

  it('drops a person "named" by a generic word and keeps the organization it belongs to', () => {
    const input = parseMarkup('The Norwegian General [PER Staff] said so.');
    const { mentions } = extractRelations(input);
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['Organization:Norwegian General Staff']);
  });

  it('adds no unit names in a heading written in capitals', () => {
    const heading = extractRelations(parseMarkup('SOCCER - WESTLAND FIRST DIVISION RESULTS.'));
    expect(heading.mentions).toEqual([]);
    const body = extractRelations(parseMarkup('The Westland First Division said the results stand.'));
    expect(body.mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['Organization:Westland First Division']);
  });
});

describe('PART_OF constructions', () => {
  it.each([
    ["The [ORG Upper Council]'s [ORG Budget Committee] met.", ['Budget Committee PART_OF Upper Council']],
    ['The [ORG Main Directorate] of the [ORG General Staff] reported it.', ['Main Directorate PART_OF General Staff']],
    ['The [ORG Acme] and [ORG Westbank] merged.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['PART_OF'])).toEqual(expected);
  });
});

describe('LOCATED_IN constructions', () => {
  it.each([
    ['The rally in [LOC Westville], [GPE Ruritania], ended.', ['Westville LOCATED_IN Ruritania']],
    ['[LOC Westville], an ancient city in [GPE Ruritania], is empty.', ['Westville LOCATED_IN Ruritania']],
    ["[LOC Westville], a town in [GPE Ruritania]'s [LOC Lake Province], is empty.", ['Lake Province LOCATED_IN Ruritania', 'Westville LOCATED_IN Lake Province']],
    ['They reached the [GPE Ruritanian>Ruritania] city of [LOC Westville].', ['Westville LOCATED_IN Ruritanian']],
    ['The [GPE Ruritania]-based [ORG Coastal Watch] said so.', ['Coastal Watch LOCATED_IN Ruritania']],
    ['The [ORG Freedonian military contingent] in [GPE Ruritania] grew.', ['Freedonian military contingent LOCATED_IN Ruritania']],
    ['Fighting in [LOC Westville] in northern [GPE Ruritania] went on.', ['Westville LOCATED_IN Ruritania']],
    ['[GPE Ruritania], [GPE Freedonia] and [GPE Zubrowka] agreed.', []],
    ['[ORG Acme] sells shoes in [GPE Ruritania].', []],
    ['The fair opened in [LOC Springfield], [LOC Illinois], on Monday.', ['Springfield LOCATED_IN Illinois']],
    ['The capital of [GPE Ruritania], [LOC Westville], is calm.', ['Westville LOCATED_IN Ruritania']],
    ['In an interview with [LOC Westville], [GPE Ruritanian>Ruritania] experts agreed.', []],
    ["[LOC Westville], which was [GPE Ruritania]'s largest city before the war, is empty.", ['Westville LOCATED_IN Ruritania']],
    ['The virus spread in [LOC Westland], [GPE Ruritania], [GPE Freedonia] and [GPE Zubrowka].', []],
    ["[GPE Ruritania]'s [LOC Westland] Director [PER Ivo Sand] will attend.", []],
    ['The [GPE Ruritania]-based firm supplied the [ORG Blue Rovers] last year.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['LOCATED_IN'])).toEqual(expected);
  });
});

const EVENTS: Predicate[] = ['CAPTURED', 'ATTACKED', 'SUPPORTED', 'CONTACTED'];

describe('CAPTURED', () => {
  it.each([
    ['[ORG Northern Alliance Forces] captured [LOC Westville] on Sunday.', ['Northern Alliance Forces CAPTURED Westville']],
    ['[ORG Red Brigade] has retaken the city of [LOC Westville].', ['Red Brigade CAPTURED Westville']],
    ['[ORG Red Brigade] took control of [LOC Westville] and [LOC Eastville].', ['Red Brigade CAPTURED Eastville', 'Red Brigade CAPTURED Westville']],
    ['[LOC Westville] was liberated by the [ORG Northern Alliance Forces].', ['Northern Alliance Forces CAPTURED Westville']],
    ['[LOC Westville], which was recaptured by [ORG Red Brigade] in 2019, is quiet.', ['Red Brigade CAPTURED Westville']],
    ['[LOC Westville] fell to [ORG Red Brigade] last week.', ['Red Brigade CAPTURED Westville']],
    ['The [ORG Northern Alliance Forces] announced the liberation of [LOC Westville].', ['Northern Alliance Forces CAPTURED Westville']],
    ['The [ORG Northern Alliance Forces] declared the "total liberation" of [LOC Westville].', ['Northern Alliance Forces CAPTURED Westville']],
    ['The capture of [LOC Westville] by [ORG Red Brigade] shocked many.', ['Red Brigade CAPTURED Westville']],
    ['[ORG Red Brigade] drove [ORG Blue Militia] out of [LOC Westville].', ['Red Brigade ATTACKED Blue Militia', 'Red Brigade CAPTURED Westville']],
    ['[PER Anna Ortega] congratulated [PER Ivo Sand] on regaining [LOC Westville].', ['Anna Ortega CONTACTED Ivo Sand', 'Ivo Sand CAPTURED Westville']],
    ['[LOC Westville] was liberated in March.', []],
    ['[ORG Red Brigade] retook [ORG Springfield] at dawn.', ['Red Brigade CAPTURED Springfield']],
    ['[ORG Red Brigade] retook [ORG Acme] at dawn.', []],
    ['[PER Carl Mott] took over the [LOC Westville] job in June.', []],
    ['[PER Carl Mott] took charge of [LOC Westville] in June.', []],
    ['The party wants to take [GPE Ruritania] back.', []],
    ['In [GPE Ruritania], the army captured [LOC Westville].', []],
    ['[ORG Red Brigade], the largest militia, captured [LOC Westville].', ['Red Brigade CAPTURED Westville']],
    ['[PER Ivo Sand] said [ORG Red Brigade] took [LOC Westville].', ['Red Brigade CAPTURED Westville']],
    ['The [ORG Red Brigade] said on Sunday that it had liberated [LOC Westville].', ['Red Brigade CAPTURED Westville']],
    ['[PER Ivo Sand] said on Sunday that it had liberated [LOC Westville].', []],
    ['[ORG Red Brigade] retook the town of [LOC Westville] from the [ORG Blue Militia].', ['Red Brigade ATTACKED Blue Militia', 'Red Brigade CAPTURED Westville']],
  ])('%s', (markup, expected) => {
    expect(run(markup, EVENTS)).toEqual(expected);
  });
});

describe('ATTACKED', () => {
  it.each([
    ['[ORG Red Brigade] attacked [LOC Westville] at dawn.', ['Red Brigade ATTACKED Westville']],
    ['[GPE Ruritania] has been shelling [ORG Blue Militia] positions.', ['Ruritania ATTACKED Blue Militia']],
    ['[ORG Red Brigade] fought against [ORG Blue Militia] for days.', ['Red Brigade ATTACKED Blue Militia']],
    ['[GPE Ruritanian>Ruritania] air strikes on [LOC Westville] continued.', ['Ruritanian ATTACKED Westville']],
    ["[GPE Freedonia]'s attack on [ORG Blue Militia] failed.", ['Freedonia ATTACKED Blue Militia']],
    ["[GPE Freedonia]'s warplanes bombed [LOC Westville] overnight.", ['Freedonia ATTACKED Westville']],
    ['Attacks by [ORG Red Brigade] on [LOC Westville] went on.', ['Red Brigade ATTACKED Westville']],
    ['[ORG Blue Militia] positions were bombed.', []],
    ['Months of [GPE Freedonia]-led bombing of [LOC Westville] left it in ruins.', ['Freedonia ATTACKED Westville']],
    ['[ORG Red Brigade] struck a deal with [ORG Blue Militia].', []],
    ['The air support was heavy.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, EVENTS)).toEqual(expected);
  });
});

describe('SUPPORTED', () => {
  it.each([
    ['[GPE Ruritania] will continue to support [ORG Northern Alliance Forces].', ['Ruritania SUPPORTED Northern Alliance Forces']],
    ['[ORG Red Brigade] backed by heavy [GPE Ruritanian>Ruritania] air support drove [ORG Blue Militia] out of [LOC Westville].',
      ['Red Brigade ATTACKED Blue Militia', 'Red Brigade CAPTURED Westville', 'Ruritanian SUPPORTED Red Brigade']],
    ['The [GPE Freedonia]-backed [ORG Northern Alliance Forces] advanced.', ['Freedonia SUPPORTED Northern Alliance Forces']],
    ['[ORG Red Brigade] won with the support of [GPE Freedonia].', ['Freedonia SUPPORTED Red Brigade']],
    ["Victory was impossible without [GPE Freedonia]'s support, [PER Ivo Sand] said.", []],
    ['[GPE Freedonia] armed the [ORG Blue Militia].', ['Freedonia SUPPORTED Blue Militia']],
    ['No word came from the [ORG Blue Militia] or its ally, [GPE Freedonia].', ['Freedonia SUPPORTED Blue Militia']],
    ['[PER Ivo Sand] will be back in [LOC Westville] soon.', []],
    ['Armed men attacked [LOC Westville].', []],
    ['The film was judged too [GPE Freedonian>Freedonia] by a court as it was backed by [ORG Acme].', []],
    ['[GPE Ruritania] this week backed the [ORG Blue Militia].', ['Ruritania SUPPORTED Blue Militia']],
    ['[GPE Freedonia] pledged support for the [ORG Blue Militia].', ['Freedonia SUPPORTED Blue Militia']],
    ['[GPE Freedonia] supplied rifles to the [ORG Blue Militia].', ['Freedonia SUPPORTED Blue Militia']],
    ['[ORG Acme] cooperation would help get better [GPE Freedonia] controls.', []],
    ['The firm lent [ORG Acme] money to help buy [ORG Westbank].', []],
    ['[ORG Red Brigade] fighters backed the [ORG Blue Militia].', ['Red Brigade SUPPORTED Blue Militia']],
    ['Other buyers are [ORG Acme] and finance firm [ORG Westbank].', []],
    ['[GPE Freedonia] provided air support to the [ORG Red Brigade].', ['Freedonia SUPPORTED Red Brigade']],
  ])('%s', (markup, expected) => {
    expect(run(markup, EVENTS)).toEqual(expected);
  });
});

describe('CONTACTED', () => {
  it.each([
    ['[PER Anna Ortega] met [GPE Freedonian>Freedonia] Foreign Minister [PER Rufus Firefly].', ['Anna Ortega CONTACTED Rufus Firefly']],
    ['[PER Anna Ortega] also talked to [ORG Acme] head [PER Jane Doe] on Sunday.', ['Anna Ortega CONTACTED Jane Doe']],
    ['[PER Anna Ortega] held talks with [PER Ivo Sand].', ['Anna Ortega CONTACTED Ivo Sand']],
    ['[ORG Acme] is in talks with [GPE Freedonian>Freedonia] carmaker [ORG Westbank Motors].', ['Acme CONTACTED Westbank Motors']],
    ['The Norwegian will meet [PER Ivo Sand] next.', []],
    ['[GPE Ruritania], [GPE Freedonia] and [GPE Zubrowka] have signed a memorandum.',
      ['Freedonia CONTACTED Zubrowka', 'Ruritania CONTACTED Freedonia', 'Ruritania CONTACTED Zubrowka']],
    ['[PER Anna Ortega] told [PER Ivo Sand] that the deal holds.', ['Anna Ortega CONTACTED Ivo Sand']],
    ['[PER Anna Ortega] called [GPE Freedonia] a partner.', []],
    ['[PER Anna Ortega] has met [GPE Freedonian>Freedonia] Prime Minister [PER Ivo Sand] and [GPE Zubrowkan>Zubrowka] Chancellor [PER Lena Vos].',
      ['Anna Ortega CONTACTED Ivo Sand', 'Anna Ortega CONTACTED Lena Vos']],
    ['[GPE Ruritania] and [GPE Freedonia] also favour an early start to talks.', []],
    ['[GPE Ruritania] and [GPE Freedonia] met in [LOC Westville].', ['Ruritania CONTACTED Freedonia']],
    ["[PER Carl Mott] met [PER Ivo Sand]'s cross with a low shot.", []],
    ["[PER Anna Ortega] called [GPE Freedonia]'s president [PER Ivo Sand] on Monday.", ['Anna Ortega CONTACTED Ivo Sand']],
    ['Chief [PER Ivo Sand] said talks with [ORG Acme] had failed.', []],
    ['[PER Anna Ortega] told reporters in [LOC Westville] that it was over.', []],
    ['[PER Anna Ortega], who hosts [ORG Morning Show] tells [PER Ivo Sand] that she disagrees.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, EVENTS)).toEqual(expected);
  });
});

describe('names right after a company noun', () => {
  it('reads a person- or place-tagged name after "giant", "airline" as an organization', () => {
    const { mentions } = extractRelations(parseMarkup('Executives at [GPE Ruritanian>Ruritania] mortgage giant [PER Fannie Velto] resigned.'));
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['Location:Ruritanian', 'Organization:Fannie Velto']);
  });

  it('leaves the person after another body\'s company noun ("the Acme consultancy Jane Doe")', () => {
    const { mentions } = extractRelations(parseMarkup('The founder of the [ORG Acme] consultancy [PER Jane Doe] agreed.'));
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toEqual(['Organization:Acme', 'Person:Jane Doe']);
  });
});
