import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { extractRelations } from '../../src/extract/relations/index.js';
import type { Predicate } from '../../src/types.js';
import { parseMarkup, relationTriples, triples } from './relations-markup.js';

/** Triples of the given predicates stated by the marked-up text, sorted. */
const run = (markup: string, predicates: readonly Predicate[]) => relationTriples(markup, predicates, '2022-05-06');

/** "subject PREDICATE object Title" for each entity relation of the marked-up text, sorted. */
const titledFacts = (markup: string) => {
  const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
  return relations.filter((r) => r.object >= 0).map((r) => `${mentions[r.subject]!.text} ${r.predicate} ${mentions[r.object]!.text} ${r.title ?? ''}`.trim()).sort();
};

const EVENTS: Predicate[] = ['CAPTURED', 'ATTACKED', 'SUPPORTED', 'CONTACTED'];

describe('verb frames read off the parse', () => {
  it.each([
    ['[GPE Freedonian>Freedonia] forces, backed by [GPE Ruritanian>Ruritania] air power, recaptured [LOC Marvel] on Sunday.',
      ['Freedonian forces CAPTURED Marvel', 'Ruritanian SUPPORTED Freedonian forces']],
    ['[ORG Red Banner] has recaptured the [GPE Freedonian>Freedonia] town of [LOC Westville].', ['Red Banner CAPTURED Westville']],
    ['[LOC Westville] was seized by [ORG Red Banner] fighters last week.', ['Red Banner CAPTURED Westville']],
    ['[ORG Blue Guard] and [ORG Red Banner] attacked [LOC Westville] overnight.', ['Blue Guard ATTACKED Westville', 'Red Banner ATTACKED Westville']],
    ['[ORG Blue Guard] captured [LOC Westville] and then attacked [LOC Eastbrook].', ['Blue Guard ATTACKED Eastbrook', 'Blue Guard CAPTURED Westville']],
    ['[PER Anna Ortega] met [PER Piet Brandt] in [LOC Westville] on Friday.', ['Anna Ortega CONTACTED Piet Brandt']],
    ['[PER Anna Ortega] held talks and later met with [PER Piet Brandt].', ['Anna Ortega CONTACTED Piet Brandt']],
    ['[ORG Red Banner] remains in control of the [LOC Gorna] district.', ['Red Banner CAPTURED Gorna']],
    ['Civilians fled the [ORG Red Banner]-held town of [LOC Gorna] overnight.', ['Red Banner CAPTURED Gorna']],
    ['Talks were held in [GPE Freedonian>Freedonia]-occupied [LOC Westville] on Monday.', ['Freedonian CAPTURED Westville']],
  ])('%s', (markup, expected) => {
    expect(run(markup, EVENTS)).toEqual(expected);
  });
});

describe('guards: what is not asserted gives no fact', () => {
  it.each([
    ['[PER Piet Brandt] said he has not met [PER Anna Ortega].'],
    ['[PER Piet Brandt] will meet [PER Anna Ortega] next week.'],
    ['[ORG Red Banner] vowed to retake [LOC Westville].'],
    ['[ORG Red Banner] could attack [LOC Westville] soon.'],
    ['If [ORG Red Banner] attacks [LOC Westville], the talks end.'],
    ['[ORG Blue Guard] denied that it attacked [LOC Westville].'],
    ['[ORG Westville United] beat [ORG Eastbrook Rovers] 3-1 in the cup final.'],
    ['Pundits backed [GPE Freedonia] to win the tournament.'],
    ['Cricket - [GPE Freedonia] beat [GPE Ruritania] by 46 runs.'],
    ['President [PER Piet Brandt] is ready to meet Prime Minister [PER Anna Ortega] but no date has been set.'],
    ['The plan had critics, with the [ORG Blue Guard] attacking the [ORG Westville Council] for backing down.'],
  ])('%s', (markup) => {
    expect(run(markup, EVENTS)).toEqual([]);
  });

  it('keeps a fact that continues ("continued to shell")', () => {
    expect(run('[ORG Red Banner] continued to shell [LOC Westville] on Monday.', EVENTS)).toEqual(['Red Banner ATTACKED Westville']);
  });
});

describe('titles and roles', () => {
  it.each([
    ['"We will vote," said [PER John Smith], outgoing chairman and chief executive of [ORG Acme].', ['John Smith HOLDS_POSITION Acme (Chairman)']],
    ['[PER Anna Ortega], who heads [ORG Northwind Bank], declined to comment.', ['Anna Ortega HOLDS_POSITION Northwind Bank (Head)']],
    ['[PER Anna Ortega] is the chief executive of [ORG Northwind Bank].', ['Anna Ortega HOLDS_POSITION Northwind Bank (Chief Executive)']],
    ['[PER Piet Brandt], a senior analyst at [ORG Northwind Bank], disagreed.', ['Piet Brandt HOLDS_POSITION Northwind Bank (Senior Analyst)']],
    ['[PER Piet Brandt], a member of the [ORG Acme] board, resigned.', ['Piet Brandt HOLDS_POSITION Acme (Member)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });

  it('marks former titles and keeps the edge', () => {
    const { mentions, relations } = extractRelations({ ...parseMarkup('Former [GPE Freedonian>Freedonia] Prime Minister [PER Anna Ortega] spoke on Monday.'), articleDate: '2022-05-06' });
    const held = relations.filter((r) => r.predicate === 'HOLDS_POSITION');
    expect(triples(mentions, held)).toEqual(['Anna Ortega HOLDS_POSITION Freedonian (Prime Minister)']);
    expect(held[0]!.status).toBe('former');
  });

  it('marks "ex-" titles read off the parse', () => {
    const { relations } = extractRelations({ ...parseMarkup('[PER Piet Brandt], an ex-director of [ORG Northwind Bank], was arrested.'), articleDate: '2022-05-06' });
    expect(relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => [r.title, r.status])).toEqual([['Director', 'former']]);
  });
});

describe('locatives', () => {
  it('needs a container the gazetteer knows ("Lost in Translation" names no place)', () => {
    expect(run('The film [LOC Lost] in [LOC Translation] won a prize.', ['LOCATED_IN'])).toEqual([]);
  });

  it.each([
    ['They flew from the [LOC Ramsfeld] air base in [GPE Freedonia]\'s western state of [LOC Manitoba].',
      ['Manitoba LOCATED_IN Freedonia', 'Ramsfeld LOCATED_IN Manitoba']],
    ['Fighting went on in the [LOC Gorna] district of [LOC Lowmark State].', ['Gorna LOCATED_IN Lowmark State']],
    ['The [ORG Northwind Institute], based in [LOC Westville], published the data.', ['Northwind Institute LOCATED_IN Westville']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['LOCATED_IN'])).toEqual(expected);
  });
});

describe('confidence', () => {
  it('gives every relation a confidence between 0 and 1', () => {
    const { relations } = extractRelations({ ...parseMarkup('[ORG Red Banner] captured [LOC Westville]. [PER Anna Ortega], chairman of [ORG Acme], said so.'), articleDate: '2022-05-06' });
    expect(relations.length).toBeGreaterThan(1);
    for (const r of relations) {
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('descriptors, possessors and nationality', () => {
  it.each([
    ['[PER Ivo Sand], [ORG Acme]\'s futurologist, said prices would fall.', ['Ivo Sand AFFILIATED_WITH Acme']],
    ['The [GPE Freedonian>Freedonia] film maker [PER Ivo Sand] was shot dead.', ['Ivo Sand AFFILIATED_WITH Freedonian']],
    ['[PER Ivo Sand] of [GPE Freedonia] chaired the meeting.', ['Ivo Sand AFFILIATED_WITH Freedonia']],
    ['[GPE Freedonia]\'s [ORG Electoral Board] (EB) declared the result.', ['Electoral Board AFFILIATED_WITH Freedonia']],
    ['Fighting reached [GPE Freedonia]\'s economic capital [LOC Westville] on Monday.', ['Westville LOCATED_IN Freedonia']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['AFFILIATED_WITH', 'LOCATED_IN'])).toEqual(expected);
  });

  it('reads "his Ruritanian counterpart, X" as a position in that country', () => {
    expect(run('[PER Anna Ortega] met his [GPE Ruritanian>Ruritania] counterpart, [PER Ivo Sand], in [LOC Westville].', ['HOLDS_POSITION']))
      .toEqual(['Ivo Sand HOLDS_POSITION Ruritanian (Counterpart)']);
  });

  it('takes "Senator X of Lowmark" as a position in the state', () => {
    expect(run('Sen. [PER Ivo Sand] of [LOC Vermont] voted against it.', ['HOLDS_POSITION'])).toEqual(['Ivo Sand HOLDS_POSITION Vermont (Sen.)']);
  });

  it('does not hold a title at a place named after "at" ("an analyst at X in Y")', () => {
    expect(run('[PER Ivo Sand], an analyst at Troika in [LOC Westville], disagreed.', ['HOLDS_POSITION'])).toEqual([]);
  });
});

describe('more guards', () => {
  it('reads person-on-person "attack" as criticism unless the sentence speaks of violence', () => {
    expect(run('[PER Ivo Sand] attacked [PER Anna Ortega] over her tax plans.', ['ATTACKED'])).toEqual([]);
    expect(run('[PER Ivo Sand] attacked [PER Anna Ortega] with a knife.', ['ATTACKED'])).toEqual(['Ivo Sand ATTACKED Anna Ortega']);
  });

  it('drops a planned meeting ("scheduled a meeting with")', () => {
    expect(run('[GPE Freedonia] has scheduled a meeting with [PER Ivo Sand] for Friday.', ['CONTACTED'])).toEqual([]);
  });

  it('drops "helped X win" in sport', () => {
    expect(run('[PER Ivo Sand] helped [ORG Westville United] win the league title.', ['SUPPORTED'])).toEqual([]);
  });

  it('puts a named village inside the township after it', () => {
    expect(run('A man in [LOC Gorna] village of [LOC Lowmark Township] spoke.', ['LOCATED_IN'])).toEqual(['Gorna LOCATED_IN Lowmark Township']);
  });
});

describe('bracketed affiliations', () => {
  it.each([
    ['Forwards - [PER Ivo Sand] ( [ORG Westville United] ) , [PER Piet Brandt] ( [ORG Eastbrook] ) .', ['Ivo Sand AFFILIATED_WITH Westville United', 'Piet Brandt AFFILIATED_WITH Eastbrook']],
    ['[PER Ivo Sand] ( [GPE Freedonia] ) 23.75 5.', ['Ivo Sand AFFILIATED_WITH Freedonia']],
    ['[PER Ivo Sand] ( [ORG Westville United] , [GPE Freedonia] ) scored.', ['Ivo Sand AFFILIATED_WITH Westville United']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['AFFILIATED_WITH'])).toEqual(expected);
  });
});

describe('reported speech read off the parse', () => {
  it.each([
    ['[PER Anna Ortega] and [PER Ivo Sand] stressed that the bridge must reopen before the winter.', ['Anna Ortega QUOTED_IN', 'Ivo Sand QUOTED_IN']],
    ['[PER Ivo Sand] left the chamber early, telling reporters he would vote against the bill.', ['Ivo Sand QUOTED_IN']],
    ['[ORG Acme] stressed that the bridge must reopen before the winter.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['QUOTED_IN'])).toEqual(expected);
  });
});

describe('antecedents the parse leaves implicit', () => {
  it.each([
    ['[PER Ivo Sand], who last played for [GPE Freedonia] against [GPE Ruritania] in 2001, is held in high esteem.', ['AFFILIATED_WITH'], ['Ivo Sand AFFILIATED_WITH Freedonia']],
    ['The [ORG Northwind Institute] shut its office in [LOC Lyon] last year.', ['LOCATED_IN'], ['Northwind Institute LOCATED_IN Lyon']],
    ['[ORG Red Banner] fighters entered the valley. Later they recaptured [LOC Westville].', ['CAPTURED'], ['Red Banner CAPTURED Westville']],
  ] as const)('%s', (markup, predicates, expected) => {
    expect(run(markup, predicates)).toEqual(expected);
  });
});

describe('past habits', () => {
  it('marks "used to work at Y" as former', () => {
    const { mentions, relations } = extractRelations({ ...parseMarkup('"It is a coup," said [PER Ivo Sand], an analyst at [ORG Northwind Bank], who used to work at [ORG Acme].'), articleDate: '2022-05-06' });
    const past = relations.filter((r) => r.predicate === 'AFFILIATED_WITH');
    expect(triples(mentions, past)).toEqual(['Ivo Sand AFFILIATED_WITH Acme']);
    expect(past[0]!.status).toBe('former');
  });
});

describe('titles given or taken by a verb', () => {
  it('reads "the Acme board removed X as chairman" as a former position at Acme', () => {
    const { mentions, relations } = extractRelations({ ...parseMarkup('The [ORG Acme Motor] board voted Thursday to remove [PER Ivo Sand] as chairman and representative director.'), articleDate: '2022-05-06' });
    const held = relations.filter((r) => r.predicate === 'HOLDS_POSITION');
    expect(triples(mentions, held)).toEqual(['Ivo Sand HOLDS_POSITION Acme Motor (Chairman)']);
    expect(held[0]!.status).toBe('former');
  });
});

describe('offices named as organizations', () => {
  it('holds the office named right before the name', () => {
    expect(run('[ORG Freedonian Trade Representative] [PER Ivo Sand] said the tariffs were illegal.', ['HOLDS_POSITION'])).toEqual(['Ivo Sand HOLDS_POSITION Freedonian Trade Representative']);
  });
});

describe('relation nouns on the parse', () => {
  it.each([
    ['[PER Ivo Sand] voted no, then went into long negotiations with [PER Anna Ortega], [PER Piet Brandt] and others.', ['CONTACTED'], ['Ivo Sand CONTACTED Anna Ortega', 'Ivo Sand CONTACTED Piet Brandt']],
    ['He reached out to [PER Anna Ortega] on Friday night.', ['CONTACTED'], []],
    ['[PER Ivo Sand] spoke first. He reached out to [PER Anna Ortega] on Friday night.', ['CONTACTED'], ['Ivo Sand CONTACTED Anna Ortega']],
    ['[PER Ivo Sand] called for talks with [PER Anna Ortega].', ['CONTACTED'], []],
  ] as const)('%s', (markup, predicates, expected) => {
    expect(run(markup, predicates)).toEqual(expected);
  });
});

describe('a possessive after the organization', () => {
  it('does not take the possessor of the employer for the employer ("a strategist at Lyon\'s Acme")', () => {
    expect(run("[PER Ivo Sand], a strategist at [LOC Lyon]'s [ORG Acme Securities], disagreed.", ['AFFILIATED_WITH', 'HOLDS_POSITION'])).toEqual(['Ivo Sand HOLDS_POSITION Acme Securities (Strategist)']);
  });
});

describe('title-name adjacency and prepositions', () => {
  it.each([
    ['The [ORG Westville United] technical director [PER Ivo Sand] said the club had a deal.', ['Ivo Sand HOLDS_POSITION Westville United (Director)']],
    ['Speaking in [LOC Lyon] President [PER Anna Ortega] smiled.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION'])).toEqual(expected);
  });
});

describe('"X of Acme\'s partner Y"', () => {
  it('does not take the possessor for the employer', () => {
    expect(run("\"A map is a working document,\" explains [PER Ivo Sand] of [ORG Acme]'s Belgian partner [ORG Keyobs].", ['AFFILIATED_WITH'])).not.toContain('Ivo Sand AFFILIATED_WITH Acme');
  });
});

describe('constructions of unseen news: homes, lists, backers, talks, careers', () => {
  it.each([
    ['Shareholders of [GPE Ruritanian>Ruritania] seeds and chemicals company [ORG Velto Co] approved the deal.', ['Velto Co AFFILIATED_WITH Ruritanian']],
    ['[ORG Velto], the [GPE Ruritanian>Ruritania] dairy company, is back on the market.', ['Velto AFFILIATED_WITH Ruritanian']],
    ['[PER Ivo Sand], who has 33 caps for [GPE Freedonia], joined [ORG Westville United] in 2015.', ['Ivo Sand AFFILIATED_WITH Freedonia', 'Ivo Sand AFFILIATED_WITH Westville United']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['AFFILIATED_WITH'])).toEqual(expected);
  });

  it('reads "joined Y from Z" as a former membership of Z', () => {
    const { mentions, relations } = extractRelations({ ...parseMarkup('[PER Anna Ortega] joined [ORG Acme] from rival [ORG Velto] last year.'), articleDate: '2022-05-06' });
    expect(triples(mentions, relations)).toEqual(['Anna Ortega AFFILIATED_WITH Acme', 'Anna Ortega AFFILIATED_WITH Velto']);
    expect(relations.map((r) => r.status ?? 'current')).toEqual(['current', 'former']);
  });

  it.each([
    ['Troops had liberated the village of [LOC Gorna]” in the eastern region of [LOC Lowmark].', ['Gorna LOCATED_IN Lowmark']],
    ['Rebels seized bases in [LOC Gorna],” in northern [LOC Lowmark] state, the group said.', ['Gorna LOCATED_IN Lowmark']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['LOCATED_IN'])).toEqual(expected);
  });

  it('distributes a plural title over a list of "X of Y"', () => {
    expect(run('Two senators — [PER Ivo Sand] of [LOC Lowmark] and [PER Anna Ortega] of [LOC Eastmark] — voted no.', ['HOLDS_POSITION']))
      .toEqual(['Anna Ortega HOLDS_POSITION Eastmark (Senators)', 'Ivo Sand HOLDS_POSITION Lowmark (Senators)']);
    expect(run('He talked with Sens. [PER Ivo Sand] of [LOC Lowmark], [PER Anna Ortega] of [LOC Eastmark] and [PER Piet Brandt] of [LOC Westmark].', ['HOLDS_POSITION']))
      .toEqual(['Anna Ortega HOLDS_POSITION Eastmark (Sens.)', 'Ivo Sand HOLDS_POSITION Lowmark (Sens.)', 'Piet Brandt HOLDS_POSITION Westmark (Sens.)']);
  });

  it('reads a backer set off by dashes', () => {
    expect(run('They say that President [PER Ivo Sand] - backed by the ousted Prime Minister [PER Anna Ortega] - broke the law.', ['SUPPORTED']))
      .toEqual(['Anna Ortega SUPPORTED Ivo Sand']);
  });

  it('makes the persons who held talks together contacts, and the counterpart the person, not the country', () => {
    expect(run('Foreign Minister [PER Ivo Sand] and his [GPE Ruritanian>Ruritania] counterpart, [PER Anna Ortega], have held talks in [LOC Lima].', ['CONTACTED', 'HOLDS_POSITION']))
      .toEqual(['Anna Ortega HOLDS_POSITION Ruritanian (Foreign Minister)', 'Ivo Sand CONTACTED Anna Ortega']);
    expect(run('[PER Ivo Sand] met her [GPE Ruritanian>Ruritania] counterpart, [PER Anna Ortega], in [LOC Lima].', ['CONTACTED'])).toEqual(['Ivo Sand CONTACTED Anna Ortega']);
    expect(run('[GPE Freedonia] and [GPE Ruritania] will start negotiations next year, [PER Ivo Sand] said.', ['CONTACTED'])).toEqual([]);
  });
});

describe('nationalities, parties and line-ups', () => {
  it.each([
    ['[GPE Ruritanian>Ruritania] [PER Ivo Sand], the third person to die, was a student.', ['Ivo Sand AFFILIATED_WITH Ruritanian']],
    ['The [GPE Ruritanian>Ruritania] [ORG Work Ministry] has been mediating.', ['Work Ministry AFFILIATED_WITH Ruritanian']],
    ['[ORG Acme Bank] ([ORG ACB]), [GPE Ruritania]\'s biggest lender, has seen profits jump.', ['Acme Bank AFFILIATED_WITH Ruritania']],
    ["[ORG Acme] is [GPE Ruritania]'s second-largest cement maker.", ['Acme AFFILIATED_WITH Ruritania']],
    ['[GPE Ruritania]\'s [ORG Velto], the country\'s largest steel producer, said it would wait.', ['Velto AFFILIATED_WITH Ruritania']],
    ['The plan was opposed by [PER Ivo Sand]\'s [ORG Worker Party].', ['Ivo Sand AFFILIATED_WITH Worker Party']],
    // A work of art or a product is no body the person belongs to.
    ['The sale includes [PER Ivo Sand]\'s [ORG Blue Harbour] and other paintings.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['AFFILIATED_WITH'])).toEqual(expected);
  });

  it('reads a team sheet: every listed player belongs to the team that opens it', () => {
    expect(run('[GPE Ruritania] - [PER Ivo Sand] (captain), [PER Anna Ortega], [PER Piet Brandt], [PER Mara Holt] 12th man.', ['AFFILIATED_WITH'])).toEqual([
      'Anna Ortega AFFILIATED_WITH Ruritania', 'Ivo Sand AFFILIATED_WITH Ruritania', 'Mara Holt AFFILIATED_WITH Ruritania', 'Piet Brandt AFFILIATED_WITH Ruritania',
    ]);
    // Substitutes in brackets, with the minute they came on, play for the team too.
    expect(run('[ORG Westville United]: [PER Ivo Sand], [PER Anna Ortega] ([PER Piet Brandt] 83), [PER Mara Holt], [PER Tom Reed].', ['AFFILIATED_WITH'])).toEqual([
      'Anna Ortega AFFILIATED_WITH Westville United', 'Ivo Sand AFFILIATED_WITH Westville United', 'Mara Holt AFFILIATED_WITH Westville United',
      'Piet Brandt AFFILIATED_WITH Westville United', 'Tom Reed AFFILIATED_WITH Westville United',
    ]);
    expect(run('[GPE Ruritania]: 19 - [PER Ivo Sand], 2 - [PER Anna Ortega], 8 - [PER Piet Brandt] (7 - [ORG Mara Holt] 71), 11 - [PER Tom Reed] (14 - [PER Jon Sale] 75).', ['AFFILIATED_WITH'])).toEqual([
      'Anna Ortega AFFILIATED_WITH Ruritania', 'Ivo Sand AFFILIATED_WITH Ruritania', 'Jon Sale AFFILIATED_WITH Ruritania', 'Piet Brandt AFFILIATED_WITH Ruritania', 'Tom Reed AFFILIATED_WITH Ruritania',
    ]);
    // Not a line-up: too few names, or a sentence goes on after them.
    expect(run('[GPE Ruritania] - [PER Ivo Sand] and [PER Anna Ortega] met.', ['AFFILIATED_WITH'])).toEqual([]);
    expect(run('[ORG Westville United]: [PER Ivo Sand], [PER Anna Ortega], [PER Piet Brandt] were all injured on Sunday.', ['AFFILIATED_WITH'])).toEqual([]);
  });
});

describe('titles in apposition and stated needs', () => {
  it('takes the person named beside a title noun as its argument', () => {
    expect(run('The minister, [PER Ivo Sand], met [PER Anna Ortega] in [LOC Lima] on Friday.', ['CONTACTED'])).toEqual(['Ivo Sand CONTACTED Anna Ortega']);
  });

  it('quotes every speaker of "X and Y stressed the need to …"', () => {
    expect(run('[PER Ivo Sand] and [PER Anna Ortega] stressed the need to cooperate closely.', ['QUOTED_IN'])).toEqual(['Anna Ortega QUOTED_IN', 'Ivo Sand QUOTED_IN']);
    // An object noun without a clause of its own is no speech ("stressed the bridge").
    expect(run('[PER Ivo Sand] and [PER Anna Ortega] inspected the bridge in [LOC Lima].', ['QUOTED_IN'])).toEqual([]);
  });
});

describe('institutions, speakers\' employers and places after a preposition', () => {
  it.each([
    ['Professor [PER Ivo Sand] of the [ORG Northwind Institute] in [LOC Westville] disagreed.', ['Northwind Institute LOCATED_IN Westville']],
    ['They met at the [ORG Plaza Hotel], [LOC New York], on 15 December.', ['Plaza Hotel LOCATED_IN New York']],
    ['She flew home from [LOC Westville] in [GPE Ruritania] on Friday.', ['Westville LOCATED_IN Ruritania']],
    ['A man in [LOC Jintal] village of [LOC Zhong Township] in northwest [GPE Ruritania]\'s [LOC Qingo Province] spoke.',
      ['Jintal LOCATED_IN Zhong Township', 'Qingo Province LOCATED_IN Ruritania', 'Zhong Township LOCATED_IN Qingo Province']],
    // A company in a country is not located there by this shape (it may only sell there).
    ['Sales at [ORG Acme] in [GPE Ruritania] fell.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['LOCATED_IN'])).toEqual(expected);
  });

  it('reads "said X, from Acme," as an affiliation', () => {
    expect(run('"It is a fair price," said [PER Ivo Sand], from [ORG Acme Motor News].', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Acme Motor News']);
  });
});

describe('national offices named bare and with their country', () => {
  const holds = (text: string) => run(text, ['HOLDS_POSITION']);
  it('gives a bare "President X" the one country the article names for the office', () => {
    expect(holds('The [GPE Ruritanian>Ruritania] president faces impeachment. MPs say President [PER Ivo Sand] broke the law.'))
      .toEqual(['Ivo Sand HOLDS_POSITION Ruritanian (President)']);
  });

  it('leaves it when two bare presidents, another named holder, or a possessive make it unsure', () => {
    expect(holds('The [GPE Ruritanian>Ruritania] president spoke. President [PER Ivo Sand] met President [PER Piet Brandt].')).toEqual([]);
    expect(holds('[GPE Ruritanian>Ruritania] President [PER Anna Ortega] met President [PER Ivo Sand] on Friday.'))
      .toEqual(['Anna Ortega HOLDS_POSITION Ruritanian (President)']);
    expect(holds('The [GPE Ruritanian>Ruritania] president spoke. The club said its president [PER Ivo Sand] disagreed.')).toEqual([]);
  });
});

describe('titles of a body named by "its" and titles with a field', () => {
  it.each([
    ['[ORG Velto] claims its downfall was punishment for the ambitions of its founder [PER Mikhail Kodor].', ['Mikhail Kodor HOLDS_POSITION Velto (Founder)']],
    ['[ORG Tarvo] began proceedings against [ORG Velto], its chief executive [PER Jean Fort] and others.', ['Jean Fort HOLDS_POSITION Velto (Chief Executive)']],
    ['"It is sanguine," said [PER Ivo Sand], head of currency strategy at [ORG Acme Bank].', ['Ivo Sand HOLDS_POSITION Acme Bank (Head)']],
    ['[ORG Velto]\'s head of research [PER Piet Kim] said it withdrew the drug.', ['Piet Kim HOLDS_POSITION Velto (Head)']],
    ['"We are solid," said [ORG Velto] president and chief executive [PER Bill Owen].', ['Bill Owen HOLDS_POSITION Velto (President)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION'])).toEqual(expected);
  });

  it('reads speakers "at" or "of a firm" as affiliated', () => {
    expect(run('"We will not rule it out," said [PER Jason Daw] at [ORG Merrill Velto].', ['AFFILIATED_WITH'])).toEqual(['Jason Daw AFFILIATED_WITH Merrill Velto']);
    expect(run('"It works," says [PER Ana Orte] of IT firm [ORG Dimension Velto], which ran the survey.', ['AFFILIATED_WITH'])).toEqual(['Ana Orte AFFILIATED_WITH Dimension Velto']);
  });
});

describe('possessive lists and place sizes', () => {
  it('gives each possessed name its own possessor in "A\'s X, B\'s Y and C\'s Z"', () => {
    expect(run('The basket comprises [GPE Algeria]\'s [ORG Saharan Velt], [GPE Indonesia]\'s [ORG Minos] and [GPE Nigeria]\'s [ORG Bonny Velt].', ['AFFILIATED_WITH']))
      .toEqual(['Bonny Velt AFFILIATED_WITH Nigeria', 'Minos AFFILIATED_WITH Indonesia', 'Saharan Velt AFFILIATED_WITH Algeria']);
  });

  it('never puts a country or region inside a town ("against Wales in Cardiff")', () => {
    expect(run('Their last game is against [GPE Wales] in [LOC Cardiff] on Sunday.', ['LOCATED_IN'])).toEqual([]);
    expect(run('The final was played in [LOC Cardiff] in [GPE Wales].', ['LOCATED_IN'])).toEqual(['Cardiff LOCATED_IN Wales']);
  });
});

describe('sport is not office or diplomacy', () => {
  it('reads "A and B reached the semi-finals" as no contact, "reached a deal" as one', () => {
    expect(run('Meanwhile, [PER Paul Brizo] and [PER Anna Boyd] reached the semi-finals of the 60m hurdles.', ['CONTACTED'])).toEqual([]);
    expect(run('[PER Paul Brizo] and [PER Anna Boyd] reached a new trade deal on Friday.', ['CONTACTED'])).toEqual(['Paul Brizo CONTACTED Anna Boyd']);
  });

  it('reads "leads the league in rushing" as a ranking, not a post', () => {
    expect(run('[PER Ricky Wats], who leads the [ORG Northern Conference] in rushing, left the game.', ['HOLDS_POSITION'])).toEqual([]);
    expect(run('[PER Ivo Sand] leads the [ORG Green Party].', ['HOLDS_POSITION'])).toEqual(['Ivo Sand HOLDS_POSITION Green Party (Leader)']);
  });
});

describe('group contact needs a coordination', () => {
  it('reads no contact from "according to X, Y spoke to reporters"', () => {
    expect(run('But later, according to the [ORG Westville Daily], [PER Ivo Sand] spoke to a smaller group of reporters.', ['CONTACTED'])).toEqual([]);
  });
});

describe('parties named before a political title', () => {
  const affiliations = (text: string) => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text });
    return x.relations.filter((r) => r.object >= 0).map((r) => `${x.mentions[r.subject]!.text} ${r.predicate} ${x.mentions[r.object]!.text}`).sort();
  };

  it('reads "Blue leader X" as an office and "two Blue senators — X of Y and Z of W" as membership', () => {
    expect(affiliations('The Blue party is split. Blue leader Ivo Sand has written to the council.')).toEqual(['Ivo Sand HOLDS_POSITION Blue']);
    expect(affiliations('Two BLP senators — Ivo Sand of Lowmark and Anna Ortega of Eastmark — voted against it.')).toEqual([
      'Anna Ortega AFFILIATED_WITH BLP', 'Anna Ortega HOLDS_POSITION Eastmark', 'Ivo Sand AFFILIATED_WITH BLP', 'Ivo Sand HOLDS_POSITION Lowmark',
    ]);
  });

  it('takes a party name that opens the sentence when the article capitalises its plural, before any political title', () => {
    expect(affiliations('The Greens want more. Green MP Ivo Sand agreed with the plan on the radio on Monday.')).toEqual(['Ivo Sand AFFILIATED_WITH Green']);
    expect(affiliations('The Greens want more. Green leader Ivo Sand agreed with the plan on the radio on Monday.')).toEqual(['Ivo Sand HOLDS_POSITION Green']);
  });

  it('reads abbreviated seats ("Sen.", "Rep.") after a party, and the senator as the speaker the parse missed', () => {
    const text = 'The Federalists hold the chamber this year. Federalist Sen. Ivo Sand of Vermont said he would vote against the bill on Monday.';
    expect(affiliations(text)).toContain('Ivo Sand AFFILIATED_WITH Federalist');
    const x = extractArticle({ id: 'a', path: 'a', title: '', text });
    expect(x.relations.filter((r) => r.predicate === 'QUOTED_IN').map((r) => x.mentions[r.subject]!.text)).toEqual(['Ivo Sand']);
  });

  it('takes no sentence opener, title word or country for a party', () => {
    expect(affiliations('Opposition leader Ivo Sand said so. Former leader Anna Ortega agreed. Ruritanian leader Piet Brandt did not.')).toEqual([]);
  });
});

describe('bare company titles in an article about one company', () => {
  const holds = (text: string) => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text });
    return x.relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${x.mentions[r.subject]!.text} ${x.mentions[r.object]!.text} (${r.title})`);
  };
  const story = 'Northwind Corp. raised its forecast on Monday. Northwind Corp. sold 2m units. Shares in Northwind Corp. rose 5%.';

  it('gives "said chief executive X" to the company the article is about', () => {
    expect(holds(`${story} "We are pleased," said chief executive Ivo Sand.`)).toEqual(['Ivo Sand Northwind Corp. (Chief Executive)']);
  });

  it('counts the company\'s longer name as the company when it is the nearest', () => {
    const text = `${story} Northwind Corp. Holdings gained on Monday. Nothing else moved at all. Led by CEO Ivo Sand, the board met on Friday.`;
    expect(holds(text)).toEqual(['Ivo Sand Northwind Corp. Holdings (CEO)']);
  });

  it('leaves the title alone when another body is in the sentence or owns it, or no company dominates', () => {
    expect(holds(`${story} Bluebird Ltd wants to buy it, but chief executive Ivo Sand said no.`)).toEqual([]);
    expect(holds(`${story} The committee chairman Ivo Sand said no.`)).toEqual([]);
    expect(holds('Northwind Corp. and Bluebird Ltd talked. Northwind Corp. and Bluebird Ltd agreed. "Fine," said chief executive Ivo Sand.')).toEqual([]);
  });

  it('reads "the company\'s founder X" and "its chairman X" as that company\'s', () => {
    expect(holds(`${story} The company's founder Ivo Sand was not there.`)).toEqual(['Ivo Sand Northwind Corp. (Founder)']);
    expect(holds(`${story} It parted with its chairman Ivo Sand on Friday.`)).toEqual(['Ivo Sand Northwind Corp. (Chairman)']);
    expect(holds(`${story} It said its chief executive, Ivo Sand, would stay.`)).toEqual(['Ivo Sand Northwind Corp. (Chief Executive)']);
    // The committee's chairman is the committee's, not the company's.
    expect(holds(`${story} The committee's chairman Ivo Sand said no.`)).toEqual([]);
  });
});

describe('bare national offices in an article about one country', () => {
  const holds = (text: string) => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text });
    return x.relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${x.mentions[r.subject]!.text} ${x.mentions[r.object]!.text} (${r.title})`);
  };

  it('gives "Prime Minister X" to the one country the article names', () => {
    expect(holds('Growth in Germany slowed. Exports from Germany fell. Prime Minister Ivo Sand said it would pass.')).toEqual(['Ivo Sand Germany (Prime Minister)']);
  });

  it('leaves it when the article names two countries, or the office is a company\'s or a party\'s too', () => {
    expect(holds('Growth in Germany slowed. Exports to France fell. Prime Minister Ivo Sand said it would pass.')).toEqual([]);
    expect(holds('Growth in Germany slowed. Exports from Germany fell. President Ivo Sand said it would pass.')).toEqual([]);
    expect(holds('Growth in Germany slowed. Exports from Germany fell. The shadow chancellor Ivo Sand said it would pass.')).toEqual([]);
  });
});

describe('capitals the text leaves unnamed', () => {
  const located = (text: string) => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text });
    return x.relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => `${x.mentions[r.subject]!.text} ${x.mentions[r.object]!.text}`);
  };

  it('puts "the capital, X" in the country the article names and the gazetteer puts X in', () => {
    expect(located('Voters in Austria went to the polls. Ivo Sand spoke in the capital, Vienna, on Monday.')).toEqual(['Vienna Austria']);
    // A capital of a country the article does not name is left alone.
    expect(located('Voters in Austria went to the polls. Ivo Sand spoke in the capital, Oslo, on Monday.')).toEqual([]);
  });
});

describe('"its" in a clause with a pronoun subject', () => {
  it('reads "Acme claims that it is punished for the ambitions of its founder, X" as X founding Acme', () => {
    expect(run('[ORG Acme] claims that it is being punished for the ambitions of its founder, [PER Ivo Sand], who is in jail.', ['HOLDS_POSITION'])).toEqual(['Ivo Sand HOLDS_POSITION Acme (Founder)']);
  });
});

describe('pronouns and verb readings', () => {
  it('takes no entity for "it" when the sentence names the thing with a common-noun subject before it', () => {
    expect(run('Exports from [GPE Ruritania] grew. The war drama was ruled too foreign as it was partly backed by [ORG Acme Films].', EVENTS)).toEqual([]);
    // A noun for a business may stand for the body named before.
    expect(run('[ORG Acme Exchange] reported profits. The exchange said it had held talks with [ORG Beta Bourse].', EVENTS)).toEqual(['Acme Exchange CONTACTED Beta Bourse']);
  });

  it('reads a verb form the parse calls an adverb as no verb ("Westville back X")', () => {
    expect(run('Centre [PER Ivo Sand] is back, while [ORG Westville] back [PER Anna Ortega] has received a call-up.', EVENTS)).toEqual([]);
  });

  it('reads "Ruritanian side X" as a club of Ruritania', () => {
    expect(run('He plays for [GPE Ruritanian>Ruritania] side [ORG Westville United].', ['AFFILIATED_WITH'])).toEqual(['Westville United AFFILIATED_WITH Ruritanian']);
  });
});

describe('unnamed troops act for the body that reports them', () => {
  it('reads "X said troops had captured Y" as X capturing Y, for a body but not a person', () => {
    expect(run('[ORG Red Banner] said soldiers of a ranger brigade had liberated the town of [LOC Westville] on Sunday.', EVENTS)).toEqual(['Red Banner CAPTURED Westville']);
    expect(run('[PER Ivo Sand] said troops had captured [LOC Westville].', EVENTS)).toEqual([]);
  });
});

describe('subsidiaries', () => {
  it.each([
    ['[ORG Beta Foods], a subsidiary of [ORG Acme], said so.', ['Beta Foods PART_OF Acme']],
    ["[ORG Acme]'s [ORG Beta Foods] unit was sold.", ['Beta Foods PART_OF Acme']],
    ["[ORG Acme]'s retail arm, [ORG Beta Foods], was sold.", ['Beta Foods PART_OF Acme']],
    ['[ORG Acme] subsidiary [ORG Beta Foods] grew.', ['Beta Foods PART_OF Acme']],
    ['[ORG Beta Foods], owned by [ORG Acme], grew.', ['Beta Foods PART_OF Acme']],
    ['[ORG Acme]-owned [ORG Beta Foods] grew.', ['Beta Foods PART_OF Acme']],
    // A person owns no unit of a body.
    ['[ORG Beta Foods], owned by [PER Ivo Sand], grew.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['PART_OF'])).toEqual(expected);
  });
});

describe('particles that change the verb', () => {
  it('reads "take on" as a contest, not a capture', () => {
    expect(run('The champions [ORG Bluebirds] will take on [LOC Westville] in the final.', EVENTS)).toEqual([]);
    expect(run('[ORG Red Banner] took over [LOC Westville] on Sunday.', EVENTS)).toEqual(['Red Banner CAPTURED Westville']);
  });
});

describe('employers, departures, city institutions and scorers', () => {
  it.each([
    // A kind of body between the preposition and its name; an honorific between a title and its holder
    ['[PER Ivo Sand], spokesman for organisers [ORG Acme Promoters], said so.', ['Ivo Sand HOLDS_POSITION Acme Promoters (Spokesman)']],
    ['[PER Ivo Sand], an analyst with research firm [ORG Acme], agreed.', ['Ivo Sand AFFILIATED_WITH Acme']],
    ['[PER Ivo Sand], editor of news website [ORG Bluebird News], agreed.', ['Ivo Sand HOLDS_POSITION Bluebird News (Editor)']],
    ['[ORG Acme] boss Mr [PER Ivo Sand] disagreed.', ['Ivo Sand HOLDS_POSITION Acme (Boss)']],
    ['It was echoed by [PER Ivo Sand], senior technology consultant from anti-virus firm [ORG Acme].', ['Ivo Sand AFFILIATED_WITH Acme']],
    ['Prof [PER Ivo Sand] was a lecturer at [ORG Westville University] for ten years.', ['Ivo Sand HOLDS_POSITION Westville University (Lecturer)']],
    // "for Acme' lawyers": the title belongs to someone of Acme, not to Acme
    ["[PER Ivo Sand], a spokesman for [ORG Acme]' lawyers, said so.", []],
    ['The show also stars [PER Anna Ortega] from [ORG Bluebirds].', ['Anna Ortega AFFILIATED_WITH Bluebirds']],
    ['The transfer moved [PER Anna Ortega] from [ORG Acme] to [ORG Beta].', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });

  it('marks a membership the sentence says ended as former', () => {
    for (const markup of ['[PER Ivo Sand], who quit chart-topping group [ORG Bluebirds] in March, sang.', '[PER Ivo Sand] left [ORG Acme] for [ORG Beta] in 2003.']) {
      const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
      const affiliations = relations.filter((r) => r.predicate === 'AFFILIATED_WITH');
      expect(triples(mentions, affiliations)).toHaveLength(1);
      expect(affiliations[0]!.status).toBe('former');
    }
  });

  it('places a town in the country named in brackets after it; a club belongs to it', () => {
    expect(run('[ORG Westville United] ([GPE Ruritania]) 9 6 3 15', ['LOCATED_IN', 'AFFILIATED_WITH'])).toEqual(['Westville United AFFILIATED_WITH Ruritania']);
    expect(run('He was born in [LOC Graz] ([GPE Ruritania]).', ['LOCATED_IN'])).toEqual(['Graz LOCATED_IN Ruritania']);
    // A name the tagger took for a place but no gazetteer knows may be a person in a results table.
    expect(run('[LOC Ivo Sand] ([GPE Ruritania]) 1:18.31', ['LOCATED_IN'])).toEqual([]);
  });

  it('places a workplace named after "at" in the city after it', () => {
    expect(run('"It is cheap," said [PER Ivo Sand], an economist at [ORG Acme Securities] in [LOC Graz].', ['LOCATED_IN'])).toEqual(['Acme Securities LOCATED_IN Graz']);
    // A body named after another country has a branch there, not its seat.
    expect(run('"It is cheap," said [PER Ivo Sand], vice president at [ORG Union Bank of Norway] in [LOC Osaka].', ['LOCATED_IN'])).toEqual([]);
    expect(run('"It is cheap," said [PER Ivo Sand], vice president at [ORG Union Bank of Norway] in [LOC Oslo].', ['LOCATED_IN'])).toEqual(['Union Bank of Norway LOCATED_IN Oslo']);
  });

  it('places an institution in the gazetteer city that possesses it, and no product in its maker', () => {
    expect(run("[LOC Tampere]'s [ORG Northwind Exchange] was closed.", ['LOCATED_IN'])).toEqual(['Northwind Exchange LOCATED_IN Tampere']);
    expect(run("Games for [LOC Acme]'s [ORG Zap] console sold well.", ['LOCATED_IN'])).toEqual([]);
  });

  it("credits each scorer of a result line to the team whose score the bracket follows, not an own goal's", () => {
    expect(run('[ORG Westville] 2 ([PER Ivo Sand] 2nd and 27th pen, [PER Anna Ortega] 44) [ORG Eastham United] 1 ([PER Piet Brandt] 80, [PER Mara Holt] 12 og).', ['AFFILIATED_WITH'])).toEqual([
      'Anna Ortega AFFILIATED_WITH Westville', 'Ivo Sand AFFILIATED_WITH Westville', 'Piet Brandt AFFILIATED_WITH Eastham United',
    ]);
    // A bracket that is no scorer list ("(Ivo Sand, the captain)") gives nothing.
    expect(run('[ORG Westville] 2 ([PER Ivo Sand], the captain, said) [ORG Eastham United] 1.', ['AFFILIATED_WITH'])).toEqual([]);
  });
});

describe('compounds of a place ("Graz-based") and posts named with their place', () => {
  it.each([
    // A span the tagger ran over the compound: the place before the hyphen and the body after it
    ['[ORG Graz-based Acme Holdings] grew.', ['Acme Holdings LOCATED_IN Graz']],
    ['Shares in the San Diego-based firm [ORG Acme Holdings] fell.', ['Acme Holdings LOCATED_IN San Diego']],
    // A post in a body that is only described by its place is no post in that place
    ['[PER Ivo Sand], chief executive of the Graz-based exchange, said so.', []],
    ['[PER Ivo Sand], director of Graz-based consulting group [ORG Acme], said so.', ['Acme LOCATED_IN Graz', 'Ivo Sand HOLDS_POSITION Acme (Director)']],
    // A company and its country; a name's own "Bank" cut from "Bank of Austria" is no company of Austria
    ['Orders came from [ORG Acme Airways] of [GPE Austria].', ['Acme Airways AFFILIATED_WITH Austria']],
    ['[ORG Bank] of [GPE Austria] shares rose.', []],
    ["[ORG Acme]'s correspondent in [LOC Graz], [PER Ivo Sand], told the paper that prices rose.", ['Ivo Sand HOLDS_POSITION Acme (Correspondent)']],
    ["[ORG Acme]'s representative in [LOC Graz], [PER Ivo Sand], told the paper that prices rose.", ['Ivo Sand HOLDS_POSITION Acme (Representative)']],
    ['"No," said [ORG Acme] Under Secretary [PER Ivo Sand].', ['Ivo Sand HOLDS_POSITION Acme (Under Secretary)']],
    ['[ORG Acme Two] controller [PER Ivo Sand] moved up.', ['Ivo Sand HOLDS_POSITION Acme Two (Controller)']],
    ['"No," said [PER Ivo Sand], an analyst at fund manager [ORG Acme Advisors].', ['Ivo Sand AFFILIATED_WITH Acme Advisors']],
    ['[ORG Blue Party] home affairs spokesman [PER Ivo Sand] said so.', ['Ivo Sand HOLDS_POSITION Blue Party (Home Affairs Spokesman)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH', 'LOCATED_IN'])).toEqual(expected);
  });
});

describe('who speaks for a body, and posts with a field or a second title', () => {
  it.each([
    ['For the [ORG Blue Party], Sir [PER Ivo Sand] said the plan would fail.', ['Ivo Sand AFFILIATED_WITH Blue Party']],
    // Only at the head of the sentence: a vote "for the Blue Party" is no one speaking for it
    ['He voted for the [ORG Blue Party], [PER Ivo Sand] said.', []],
    ['[PER Ivo Sand], from the campaign group [ORG Fair Shares], said so.', ['Ivo Sand AFFILIATED_WITH Fair Shares']],
    ['[ORG Westville Hospital] professor of child health, [PER Ivo Sand], was chosen.', ['Ivo Sand AFFILIATED_WITH Westville Hospital']],
    ['[ORG Acme Holdings] head of research, [PER Ivo Sand], said so.', ['Ivo Sand HOLDS_POSITION Acme Holdings (Head)']],
    ['[PER Ivo Sand], partnership manager of mobile content firm [ORG Zeta], said so.', ['Ivo Sand HOLDS_POSITION Zeta (Manager)']],
    ['[PER Ivo Sand], president and chief operating officer at [ORG Acme Broadband], said so.', ['Ivo Sand HOLDS_POSITION Acme Broadband (President)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });
});

describe('bodies the tagger read as persons', () => {
  it('retypes a name that has shares or that "which" follows, at each of its mentions', () => {
    expect(run('[PER Velto], which makes toys, grew. Later [PER Ada Brill] joined [PER Velto].', ['AFFILIATED_WITH'])).toEqual(['Ada Brill AFFILIATED_WITH Velto']);
    expect(run("[PER Velto]'s shares rose. Later [PER Ada Brill] joined [PER Velto].", ['AFFILIATED_WITH'])).toEqual(['Ada Brill AFFILIATED_WITH Velto']);
    expect(run('Shares in [PER Velto] rose. Later [PER Ada Brill] joined [PER Velto].', ['AFFILIATED_WITH'])).toEqual(['Ada Brill AFFILIATED_WITH Velto']);
  });

  it('keeps a person a person when "shares" is a verb or "which" follows a surname', () => {
    expect(run('[PER Sand] shares the view. Later [PER Ada Brill] joined [PER Sand].', ['AFFILIATED_WITH'])).toEqual([]);
    expect(run('[PER Ivo Sand] arrived. They met [PER Sand], which angered many. Later [PER Ada Brill] joined [PER Sand].', ['AFFILIATED_WITH'])).toEqual([]);
  });

  it('retypes a name before a title and its holder only there: a singer has a manager too', () => {
    expect(run('[PER Jon Vell] manager [PER Ivo Sand] dies. Later [PER Ada Brill] joined [PER Jon Vell].', ['AFFILIATED_WITH', 'HOLDS_POSITION'])).toEqual(['Ivo Sand HOLDS_POSITION Jon Vell (Manager)']);
  });
});

describe('owners and speakers for a body', () => {
  it.each([
    ['[PER Ivo Sand], who owns the [ORG Westville Rovers], made a bid.', ['Ivo Sand HOLDS_POSITION Westville Rovers (Owner)']],
    ['[PER Ivo Sand], for the [ORG Blue Party], said the plan was flawed.', ['Ivo Sand AFFILIATED_WITH Blue Party']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });

  it('marks a past owner as former', () => {
    const { mentions, relations } = extractRelations({ ...parseMarkup('[PER Ivo Sand], who owned [ORG Acme Mills] until 2003, died.'), articleDate: '2022-05-06' });
    const held = relations.filter((r) => r.predicate === 'HOLDS_POSITION');
    expect(triples(mentions, held)).toEqual(['Ivo Sand HOLDS_POSITION Acme Mills (Owner)']);
    expect(held[0]!.status).toBe('former');
  });
});

describe('a party named after a function word that opens the sentence', () => {
  it('reads "As Blue leader X said" as the party of a leader', () => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text: 'The Blues were split. As Blue leader Ivo Sand said, the vote is close.' });
    const held = x.relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${x.mentions[r.subject]!.text} ${x.mentions[r.object]!.text} (${r.title})`);
    expect(held).toEqual(['Ivo Sand Blue (Leader)']);
  });
});

describe('nationality nouns and peers', () => {
  it('reads "Dutchman X" as a person of the Netherlands', () => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text: 'The race was won by Dutchman Ivo Sandvoort in Graz.' });
    const country = x.mentions.find((m) => m.text === 'Dutchman');
    expect(country?.canonical).toBe('Netherlands');
    expect(x.relations.filter((r) => r.predicate === 'AFFILIATED_WITH').map((r) => `${x.mentions[r.subject]!.text} ${x.mentions[r.object]!.canonical}`)).toEqual(['Ivo Sandvoort Netherlands']);
  });

  it.each([
    ['[ORG Blue Party] peer Lord [PER Velde] said so.', ['Velde AFFILIATED_WITH Blue Party']],
    ['Former [ORG Blue Party] leader Lord [PER Velde] died.', ['Velde HOLDS_POSITION Blue Party (Leader)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });
});

describe('"we" in a quote is the body that says it', () => {
  const events = (text: string) => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text });
    return x.relations.filter((r) => EVENTS.includes(r.predicate)).map((r) => `${x.mentions[r.subject]!.text} ${r.predicate} ${x.mentions[r.object]!.text}`);
  };

  it.each([
    ['“We have recaptured Graz,” the Velto Front said on Sunday.', ['Velto Front CAPTURED Graz']],
    ['The Velto Front said: “We have recaptured Graz.”', ['Velto Front CAPTURED Graz']],
    ['"We attacked the Austrian army near Graz," the Velto Front said.', ['Velto Front ATTACKED Austrian army']],
    // A plan is no fact; "we" outside a quote, or with no body saying it, stands for nobody
    ['“We will capture Graz,” the Velto Front said.', []],
    ['We have recaptured Graz, officials in Vienna said.', []],
  ])('%s', (text, expected) => {
    expect(events(text)).toEqual(expected);
  });

  it('drops a pronoun the tagger took for a name, not a name in capitals that spells one', () => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text: '"We will win," the Velto Front said. US forces attacked Graz.' });
    expect(x.mentions.map((m) => m.text)).not.toContain('We');
    expect(x.mentions.map((m) => m.text)).toContain('US forces');
  });
});

describe('loans, oaths and declared winners', () => {
  it.each([
    ['The deal was agreed for [PER Ivo Sand], the [ORG Westville] right-back.', ['Ivo Sand AFFILIATED_WITH Westville']],
    ['[PER Ivo Sand] spent last season on loan at [ORG Westville United].', ['Ivo Sand AFFILIATED_WITH Westville United']],
    ['[PER Ivo Sand] joined [ORG Westville United] on loan from [ORG Eastham Rovers].', ['Ivo Sand AFFILIATED_WITH Eastham Rovers', 'Ivo Sand AFFILIATED_WITH Westville United']],
    ['[PER Ivo Sand] was declared president of [GPE Austria] on Monday.', ['Ivo Sand HOLDS_POSITION Austria (President)']],
    ['[PER Ivo Sand] was sworn in as president of [GPE Austria].', ['Ivo Sand HOLDS_POSITION Austria (President)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });
});

describe('works, awards and places of origin are no bodies or posts', () => {
  it.each([
    // An award category names a prize for a work
    ['[PER Ada Brill] was best actress for [ORG Velto Summer] at the awards.', []],
    // A name after a kind of work is a title, here and where the article repeats it
    ['The [ORG Acme] comedy [ORG Nighty Velt] returns. [ORG Nighty Velt] star [PER Ada Brill] is back.', []],
    // A town one comes from is no place where a title is held
    ['[PER Ivo Sand], a business adviser from [LOC Graz], has invested.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });

  it('reads no event in a capitalised verb of a title', () => {
    expect(run('Meet The [ORG Velts] is the sequel to the comedy Meet The [ORG Zandors].', EVENTS)).toEqual([]);
    expect(run('[ORG Velto Front] met [ORG Zandor League] on Monday.', EVENTS)).toEqual(['Velto Front CONTACTED Zandor League']);
  });
});

describe('roles with a town, and media words', () => {
  it.each([
    // A town's name before a player's role names the club; before another role it is where one lives
    ['[LOC Westville] lock [PER Ivo Sand] is fit.', ['Ivo Sand AFFILIATED_WITH Westville']],
    ['[LOC Westville] teacher [PER Ivo Sand] said so.', []],
    ['[GPE Austrian] novelist [PER Ivo Sand] won.', ['Ivo Sand AFFILIATED_WITH Austrian']],
    ['[ORG Bluebirds] frontman [PER Ivo Sand] sang.', ['Ivo Sand AFFILIATED_WITH Bluebirds']],
    // "TV" and "DVD" are no bodies
    ['[ORG TV] presenter [PER Ivo Sand] said so.', []],
    ['A [ORG DVD] format backed by [ORG Acme] won.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH', 'SUPPORTED'])).toEqual(expected);
  });
});

describe('a body and the head it is led by', () => {
  it.each([
    ['[ORG Acme Holdings], led by chief executive [PER Ivo Sand], grew.', ['Ivo Sand HOLDS_POSITION Acme Holdings (Chief Executive)']],
    // The country and its government are read as one body ("Austria's government")
    ["[GPE Austria]'s government, headed by President [PER Ivo Sand], also tried.", ["Ivo Sand HOLDS_POSITION Austria's government (President)"]],
    ['The [ORG Velto League], led by [PER Ivo Sand], won.', ['Ivo Sand HOLDS_POSITION Velto League (Head)']],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual(expected);
  });
});

describe('"ex-" glued to a name', () => {
  it('cuts the prefix off the name and marks the title former', () => {
    const { mentions, relations } = extractRelations({ ...parseMarkup('The [ORG ex-Acme] boss [PER Ivo Sand] said so.'), articleDate: '2022-05-06' });
    const held = relations.filter((r) => r.predicate === 'HOLDS_POSITION');
    expect(triples(mentions, held)).toEqual(['Ivo Sand HOLDS_POSITION Acme (Boss)']);
    expect(held[0]!.status).toBe('former');
  });
});

describe('a verb that names a kind of work', () => {
  it('keeps a team a team after "play": only a determiner makes the word a work', () => {
    expect(run('[LOC Westville] play [LOC Eastham] and [ORG Acme] play [ORG Beta] on Saturday.', ['AFFILIATED_WITH'])).toEqual([]);
    const { mentions } = extractRelations({ ...parseMarkup('Hosts [LOC Westville] play [LOC Eastham] on Saturday.'), articleDate: '2022-05-06' });
    expect(mentions.map((m) => m.text)).toContain('Eastham');
  });
});

describe('a known place after a kind of work', () => {
  it('is never taken for a title', () => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text: 'The series Austria won against Norway ended on Sunday. Austria celebrated.' });
    expect(x.mentions.filter((m) => m.text === 'Austria')).toHaveLength(2);
  });
});

describe('regional capitals the text leaves unnamed', () => {
  const located = (text: string) => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text });
    return x.relations.filter((r) => r.predicate === 'LOCATED_IN').map((r) => `${x.mentions[r.subject]!.text} ${x.mentions[r.object]!.text}`);
  };

  it('places "the state capital X" in the one region of its country the article names', () => {
    expect(located('Flooding hit Tyrol on Monday. Rescuers reached the state capital Innsbruck by night.')).toEqual(['Innsbruck Tyrol']);
    // Two regions of that country: whose capital it is stays open.
    expect(located('Flooding hit Tyrol and Carinthia on Monday. Rescuers reached the state capital Innsbruck by night.')).toEqual([]);
  });
});

describe('appositives and lists after a plural kind of firm', () => {
  it.each([
    ['[GPE Freedonian>Freedonia] banks [ORG Acme Credit] and [ORG Zeta Savings Bank] agreed to merge.', ['Acme Credit AFFILIATED_WITH Freedonian', 'Zeta Savings Bank AFFILIATED_WITH Freedonian']],
    ['[GPE Freedonian>Freedonia] casino operators [ORG Acme Gaming], [ORG Zeta Leisure] and [ORG Velto Group] fell.',
      ['Acme Gaming AFFILIATED_WITH Freedonian', 'Velto Group AFFILIATED_WITH Freedonian', 'Zeta Leisure AFFILIATED_WITH Freedonian']],
    // A singular kind describes the first name only: the second may be a rival from elsewhere
    ['[GPE Freedonian>Freedonia] bank [ORG Acme Credit] and [ORG Zeta Savings Bank] agreed to merge.', ['Acme Credit AFFILIATED_WITH Freedonian']],
    ['Talks resumed with [ORG Acme Holdings], another [GPE Freedonian>Freedonia] financial firm, on Monday.', ['Acme Holdings AFFILIATED_WITH Freedonian']],
    ["[ORG Acme Holdings], the [GPE Freedonia]'s third-biggest bank, reported a profit.", ['Acme Holdings AFFILIATED_WITH Freedonia']],
    // An acronym of the name itself is the same body
    ['A woman is suing [PER Velto Nord] ([ORG VN]) over its cartridges.', []],
  ])('%s', (markup, expected) => {
    expect(run(markup, ['AFFILIATED_WITH', 'LOCATED_IN'])).toEqual(expected);
  });

  it('places a body its appositive calls "X-based", and reads that appositive as a body', () => {
    expect(run('[PER Zorbex], a [LOC Tampere]-based company, pleaded guilty.', ['LOCATED_IN'])).toEqual(['Zorbex LOCATED_IN Tampere']);
    expect(run('[ORG Acme Forum], a [LOC Tampere]-based think-tank, disagreed.', ['LOCATED_IN'])).toEqual(['Acme Forum LOCATED_IN Tampere']);
    // A company noun that only modifies the head describes a person
    expect(run('[PER Ivo Sand], a bank manager, said so. [PER Ivo Sand] left for [LOC Tampere].', ['LOCATED_IN'])).toEqual([]);
  });

  it('reads a field between a body and the title, but not a title that belongs to the next name', () => {
    expect(run('[PER Ivo Sand], [ORG Velto Times] rural affairs correspondent, said so.', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Velto Times']);
    expect(run('Also due are [PER Ada Brill], [ORG Velto Union] Secretary General [PER Piet Brandt], and others.', ['HOLDS_POSITION'])).toEqual([
      'Piet Brandt HOLDS_POSITION Velto Union (Secretary General)',
    ]);
  });

  it('reads a title in an unnamed unit of a body as held in that body', () => {
    expect(run("[PER Ivo Sand], director of the [ORG Acme Board]'s consumer research centre, said so.", ['HOLDS_POSITION'])).toEqual(['Ivo Sand HOLDS_POSITION Acme Board (Director)']);
  });

  it('reads the workplace of a role as a body, at each of its mentions', () => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text: 'Ivo Sand, a strategist at Velto Kramer, said prices rose. Velto Kramer said profits rose.' });
    expect(x.mentions.filter((m) => m.text === 'Velto Kramer').map((m) => m.type)).toEqual(['Organization', 'Organization']);
  });

  it('places a town in the compass part of a place, and reads adjectives before an appositive country', () => {
    expect(run('They may invest in [LOC Innsbruck], in the far west of [LOC Tyrol], next year.', ['LOCATED_IN'])).toEqual(['Innsbruck LOCATED_IN Tyrol']);
    expect(run('[ORG Acme Holdings], a small [GPE Freedonian>Freedonia] tourism firm, halved in value.', ['AFFILIATED_WITH'])).toEqual(['Acme Holdings AFFILIATED_WITH Freedonian']);
  });

  it('reads titles given by naming or taking over, and titles after a bracketed acronym', () => {
    const holds = (markup: string) => run(markup, ['HOLDS_POSITION']);
    expect(holds('[PER Ivo Sand] was named [ORG Velto Rovers] manager in the off-season.')).toEqual(['Ivo Sand HOLDS_POSITION Velto Rovers (Manager)']);
    expect(holds('[PER Ivo Sand] took over on Thursday as commander of the [ORG Velto] force.')).toEqual(['Ivo Sand HOLDS_POSITION Velto (Commander)']);
    expect(holds('[PER Ivo Sand] took over [ORG Velto Holdings] last year.')).toEqual([]);
    expect(holds("Welsh [ORG Velto Farmers' Union] ([ORG VFU]) chairman [PER Ivo Sand] said so.")).toEqual(['Ivo Sand HOLDS_POSITION VFU (Chairman)']);
    expect(holds('He met the Secretary-General of the [ORG Velto Democratic Party] ([ORG VDP]) [PER Ivo Sand] on Wednesday.')).toEqual([
      'Ivo Sand HOLDS_POSITION Velto Democratic Party (Secretary-General)',
    ]);
  });

  it('reads unnamed places inside a named one as that place', () => {
    expect(run('[ORG Blue Front] rebels captured three villages in [LOC Graz] after heavy fighting on Monday.', EVENTS)).toEqual(['Blue Front CAPTURED Graz']);
    // The owner of the bases is no place taken, even when the tagger called the army a place
    expect(run('"We seized all bases of the [LOC Velto Army] in [LOC Graz]," the [ORG Blue Front] said.', ['CAPTURED'])).toEqual(['Blue Front CAPTURED Graz']);
    expect(run('[ORG Blue Front] opened a base in [LOC Graz].', EVENTS)).toEqual([]);
  });

  it('ties a player on loan to the club, through a pronoun and a club the tagger took for a place', () => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text: 'Ivo Sand joined in May. He spent the second half of the season on loan at Veltonale but featured sporadically.' });
    const facts = x.relations.filter((r) => r.object >= 0).map((r) => `${x.mentions[r.subject]!.text} ${r.predicate} ${x.mentions[r.object]!.text}`);
    expect(facts).toEqual(['Ivo Sand AFFILIATED_WITH Veltonale']);
  });

  it('reads the owner of attacked positions, camps or convoys as the one attacked, or else their place', () => {
    expect(run('[GPE Freedonian>Freedonia] troops had been shelling [ORG VDP] positions over two days.', ['ATTACKED'])).toEqual(['Freedonian troops ATTACKED VDP']);
    expect(run('[GPE Freedonia] heavily bombarded targets in northern [LOC Graz] in July.', ['ATTACKED'])).toEqual(['Freedonia ATTACKED Graz']);
    expect(run('[ORG Blue Front] fighters attacked a [ORG Velto Army] convoy near the border.', ['ATTACKED'])).toEqual(['Blue Front ATTACKED Velto Army']);
  });

  it('ties a performer only to a body named as one, not to a show or a film', () => {
    const affil = (markup: string) => run(markup, ['AFFILIATED_WITH']);
    expect(affil('[ORG Nighty Velt] actress [PER Ada Brill] will join the show.')).toEqual([]);
    expect(affil("Former [ORG Nighty Velt]'s actress [PER Ada Brill] will join the show.")).toEqual([]);
    expect(affil('[ORG Velto Theatre Company] actor [PER Ivo Sand] will join the show.')).toEqual(['Ivo Sand AFFILIATED_WITH Velto Theatre Company']);
    expect(affil('[ORG VBC] actress [PER Ada Brill] will join.')).toEqual(['Ada Brill AFFILIATED_WITH VBC']);
  });

  it('marks a title its holder was said to have had, or held for a span of years that ended, as former', () => {
    const status = (markup: string) => {
      const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
      return relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${mentions[r.subject]!.text} ${r.status ?? 'current'}`);
    };
    expect(status('[PER Ivo Sand] was the chairman of [ORG Velto Holdings] when it collapsed.')).toEqual(['Ivo Sand former']);
    expect(status('[PER Ivo Sand] is the chairman of [ORG Velto Holdings].')).toEqual(['Ivo Sand current']);
    expect(status('[PER Ivo Sand], a president of the [ORG Velto Assembly] in 1989-90, is running.')).toEqual(['Ivo Sand former']);
    // The copula's subject is not the holder: "Their scorers were … X"
    expect(status('Their other scorers were [ORG Velto Rovers] defender [PER Ivo Sand] and a striker.')).not.toContain('Ivo Sand former');
  });

  it('reads a body that hires, signs or sacks a person as that person\'s body, past when let go', () => {
    const facts = (markup: string) => {
      const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
      return relations.filter((r) => r.predicate === 'AFFILIATED_WITH').map((r) => `${mentions[r.subject]!.text} > ${mentions[r.object]!.text} ${r.status ?? 'current'}`);
    };
    expect(facts('[ORG Velto Motors] sacked [PER Ivo Sand] and [PER Ada Brill] in November.')).toEqual(['Ivo Sand > Velto Motors former', 'Ada Brill > Velto Motors former']);
    expect(facts('[ORG Velto United] signed [PER Ivo Sand] from [ORG Zorbex Rovers] last week.').sort()).toEqual(['Ivo Sand > Velto United current', 'Ivo Sand > Zorbex Rovers former']);
    expect(facts('[PER Ivo Sand] was hired by [ORG Velto Motors] in 2003.')).toEqual(['Ivo Sand > Velto Motors current']);
    // A person who signs, and a body that signs something that is no person, state no membership
    expect(facts('[PER Ivo Sand] signed a deal with [ORG Velto Motors].')).toEqual([]);
    expect(facts('[ORG Velto Motors] signed the [ORG Zorbex] accord.')).toEqual([]);
  });

  it('reads who held a title before from "replaced" and "succeed", past only when the change is stated as done', () => {
    const holds = (markup: string) => {
      const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
      return relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${mentions[r.subject]!.text} ${r.status ?? 'current'}`).sort();
    };
    expect(holds('[PER Ada Brill] has replaced [PER Ivo Sand] as chief executive of [ORG Velto Motors].')).toEqual(['Ada Brill current', 'Ivo Sand former']);
    expect(holds('[PER Ivo Sand] was replaced by [PER Ada Brill] as chairman of [ORG Velto Motors].')).toEqual(['Ada Brill current', 'Ivo Sand former']);
    expect(holds('[PER Ada Brill] would like to succeed [PER Ivo Sand] as manager of [ORG Velto Rovers].')).toEqual(['Ivo Sand current']);
  });

  it('reads "the Ruritanian carmaker" opening a sentence as the company just named, unless another has that home', () => {
    const facts = (text: string) => {
      const x = extractArticle({ id: 'a', path: 'a', title: '', text });
      const homes = x.relations.filter((r) => r.predicate === 'AFFILIATED_WITH' || r.predicate === 'LOCATED_IN');
      return homes.map((r) => `${x.mentions[r.subject]!.text} ${r.predicate} ${x.mentions[r.object]!.text}`);
    };
    expect(facts('Zorbex Motors said profits rose. The Austrian carmaker is aiming to boost sales.')).toEqual(['Zorbex Motors AFFILIATED_WITH Austrian']);
    expect(facts('Velto Bank reported losses on Monday. But the Graz-based bank\'s shares rose.')).toEqual(['Velto Bank LOCATED_IN Graz']);
    // Another company already has that home: the description is that one's
    expect(facts('Zorbex Motors talked to Austrian carmaker Velto Cars. Zorbex Motors said talks went well. The Austrian carmaker said so too.')).toEqual([
      'Velto Cars AFFILIATED_WITH Austrian',
    ]);
    // Named by the description itself ("the Austrian carmaker Velto Cars"), or a national side: not read here
    expect(facts('Zorbex Motors said profits rose. The Austrian team won.')).toEqual([]);
  });

  it('reads bodies from their appositives and titles set off by commas', () => {
    expect(run("Inbev bought a stake in [PER Zorbex Brew], [GPE Austria]'s second-largest brewer, for 200m euros.", ['AFFILIATED_WITH'])).toEqual([
      'Zorbex Brew AFFILIATED_WITH Austria',
    ]);
    expect(run('[ORG Velto Gas Oil], a former unit of [GPE Russian>Russia] gas monopoly [ORG Velto Gas], said.', ['PART_OF'])).toEqual(['Velto Gas Oil PART_OF Velto Gas']);
    expect(run('[PER Velto Hardie] chairwoman, [PER Ada Brill], said the deal was fair.', ['HOLDS_POSITION'])).toEqual(['Ada Brill HOLDS_POSITION Velto Hardie (Chairwoman)']);
    expect(run('It is examined by [GPE US] stock market regulator the [ORG Velto Commission].', ['AFFILIATED_WITH'])).toEqual(['Velto Commission AFFILIATED_WITH US']);
  });

  it('reads a place with a compound suffix before a title as where its holder is from, not whose the title is', () => {
    expect(run('[PER Ada Brill], the [LOC Tyrol]-born head of [ORG Velto Motors], said.', ['HOLDS_POSITION'])).toEqual(['Ada Brill HOLDS_POSITION Velto Motors (Head)']);
    expect(run('"It is bad," said [PER Ivo Sand], a [LOC Graz]-based analyst with [ORG Velto Capital].', ['HOLDS_POSITION', 'AFFILIATED_WITH'])).toEqual([
      'Ivo Sand HOLDS_POSITION Velto Capital (Analyst)',
    ]);
  });

  it('reads a plural role or seat before a list as every name of it, but not across a comma', () => {
    expect(run('[ORG Velto Rovers] players [PER Ivo Sand] and [PER Ada Brill] were injured.', ['AFFILIATED_WITH']).sort()).toEqual([
      'Ada Brill AFFILIATED_WITH Velto Rovers', 'Ivo Sand AFFILIATED_WITH Velto Rovers',
    ]);
    expect(run('It educates only [GPE Freedonian>Freedonia] students, [PER Sand] discussed the challenges.', ['AFFILIATED_WITH'])).toEqual([]);
  });

  it('reads the place of a parliament seat as its constituency, not a body of the member', () => {
    const facts = (text: string) => {
      const x = extractArticle({ id: 'a', path: 'a', title: '', text });
      return x.relations.filter((r) => r.object >= 0).map((r) => `${x.mentions[r.subject]!.text} ${r.predicate} ${x.mentions[r.object]!.text}`);
    };
    expect(facts('Labour MP Ivo Sand voted against the plan.')).toEqual(['Ivo Sand AFFILIATED_WITH Labour']);
    expect(facts('Conservative co-ordinator Ivo Sand, MP for Graz, added: "It is funny."')).toEqual(['Ivo Sand AFFILIATED_WITH Conservative']);
    expect(facts('Ivo Sand, an MEP for the Tyrol, resigned.')).toEqual([]);
  });

  it('reads founders of a described group, founding chairmen, party shadow posts and a body after its speaker', () => {
    const holds = (markup: string) => run(markup, ['HOLDS_POSITION', 'AFFILIATED_WITH']);
    expect(holds('Rabbi [PER Ivo Sand], founder of [GPE Austrian>Austria] rights group the [ORG Velto Center] said so.')).toEqual([
      'Ivo Sand HOLDS_POSITION Velto Center (Founder)', 'Velto Center AFFILIATED_WITH Austrian',
    ]);
    expect(holds('[ORG VNP] founding chairman [PER Ivo Sand] was arrested.')).toEqual(['Ivo Sand HOLDS_POSITION VNP (Founding Chairman)']);
    expect(holds('[ORG Blue] shadow chancellor [PER Ada Brill] said no.')).toEqual(['Ada Brill HOLDS_POSITION Blue (Shadow Chancellor)']);
    expect(holds('[PER Ivo Sand], [ORG Graz Hotel Association] said: "We tried."')).toEqual(['Ivo Sand AFFILIATED_WITH Graz Hotel Association']);
    expect(holds('[PER Ivo Sand], [PER Ada Brill] said.')).toEqual([]);
  });

  it('takes no shadow office for the country the article names', () => {
    const x = extractArticle({ id: 'a', path: 'a', title: '', text: 'Austria will vote in May. Austria needs a budget, shadow chancellor Ivo Sand said.' });
    expect(x.relations.filter((r) => r.predicate === 'HOLDS_POSITION')).toEqual([]);
  });

  it("reads a title with its field before the body it is held at, and a body's company office before a name", () => {
    const facts = (text: string) => {
      const x = extractArticle({ id: 'a', path: 'a', title: '', text });
      return x.relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${x.mentions[r.subject]!.text} ${x.mentions[r.object]!.text} (${r.title})`);
    };
    expect(facts('Ivo Sand, director of product at Velto Search, pointed out that its engine has grown.')).toEqual(['Ivo Sand Velto Search (Director)']);
    expect(facts('But, says Ivo Sand, senior vice-president of technology and manufacturing at Velto, it was not the end.')).toEqual([
      'Ivo Sand Velto (Senior Vice-President)',
    ]);
    expect(facts('Traffic will grow, said Velto\'s chief executive Ivo Sand.')).toEqual(['Ivo Sand Velto (Chief Executive)']);
    // A person has deputies and advisers too
    expect(facts('Ada Brill met voters. Brill\'s deputy Ivo Sand said so.')).toEqual([]);
  });

  it('reads a fixture as no meeting, and a country adjective inside an event name as no country of the holder', () => {
    expect(run('Top-seeded [PER Ivo Sand] now meets titleholder [PER Ada Brill] 15-7 15-12.', ['CONTACTED'])).toEqual([]);
    expect(run('[PER Ivo Sand] met [PER Ada Brill] in [LOC Graz] on Monday.', ['CONTACTED'])).toEqual(['Ivo Sand CONTACTED Ada Brill']);
    expect(run('[PER Ivo Sand], the [GPE French>France] Open champion, lost.', ['AFFILIATED_WITH'])).toEqual([]);
    expect(run('[PER Ivo Sand], the [GPE Austrian>Austria] champion, lost.', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Austrian']);
  });

  it('reads persons of a country, colleagues and team-mates with their country or club', () => {
    expect(run('[PER Ivo Sand] of [GPE Austria] won the race.', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Austria']);
    expect(run("He held off [PER Sand]'s [GPE Austrian>Austria] colleague [PER Ada Brill] by a second.", ['AFFILIATED_WITH'])).toEqual(['Ada Brill AFFILIATED_WITH Austrian']);
    expect(run('[ORG Velto Rovers] team-mate [PER Ivo Sand] came on.', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Velto Rovers']);
  });

  it('reads no membership from a style of music, a fictional character or a fan', () => {
    const facts = (text: string) => {
      const x = extractArticle({ id: 'a', path: 'a', title: '', text });
      return x.relations.filter((r) => r.object >= 0).map((r) => `${x.mentions[r.subject]!.text} ${r.predicate} ${x.mentions[r.object]!.text}`);
    };
    expect(facts('R&B star Ada Brill said she sang on a new single.')).toEqual([]);
    expect(facts('Ivo Sand would not guest star in the show as his Velto character Ada Brill.')).toEqual([]);
  });

  it('reads a parent company, a described body set off by a dash, and a kind with its country before a comma', () => {
    expect(run('A spokesman for [ORG Zorbex Motors], parent company of [ORG Velto Holdings], said so.', ['PART_OF'])).toEqual(['Velto Holdings PART_OF Zorbex Motors']);
    expect(run('If it backs out, [ORG Velto Mobile] - the [GPE Austrian>Austria] firm which lost out - may return.', ['AFFILIATED_WITH'])).toEqual([
      'Velto Mobile AFFILIATED_WITH Austrian',
    ]);
    expect(run('It settled a suit brought by the [GPE US] financial watchdog, the [ORG Velto Commission] ([ORG VC]).', ['AFFILIATED_WITH'])).toEqual([
      'Velto Commission AFFILIATED_WITH US',
    ]);
  });

  it('reads a name the parse heads with its honorific, and the object of a naming verb as the holder', () => {
    const facts = (markup: string, predicates: readonly Predicate[]) => {
      const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
      return relations.filter((r) => predicates.includes(r.predicate)).map((r) => `${mentions[r.subject]!.text} ${r.predicate} ${mentions[r.object]!.text} ${r.status ?? 'current'}`);
    };
    expect(facts('[ORG Zorbex] sacked Mr [PER Sand] and Ms [PER Brill] in November 2003.', ['AFFILIATED_WITH'])).toEqual([
      'Sand AFFILIATED_WITH Zorbex former', 'Brill AFFILIATED_WITH Zorbex former',
    ]);
    // "made him deputy leader": the object holds the title, not the subject
    expect(facts('He said Mr [PER Sand] had made him deputy party leader of [ORG Velto].', ['HOLDS_POSITION'])).toEqual([]);
  });

  it('reads no meeting of two subjects that met someone else, no seat for a place after "for", no post from an award', () => {
    expect(run('Ms [PER Ada Brill] and First Minister [PER Ivo Sand] met supporters to discuss the issue.', ['CONTACTED'])).toEqual([]);
    expect(run('[PER Ada Brill] and [PER Ivo Sand] met in [LOC Graz] on Monday.', ['CONTACTED'])).toEqual(['Ada Brill CONTACTED Ivo Sand']);
    expect(run('Mr [PER Sand] has been MP for [ORG Velto-Zenda] since 1997.', ['AFFILIATED_WITH', 'HOLDS_POSITION'])).toEqual([]);
    expect(run("It is a new phase, argues [PER Ivo Sand], [ORG Velto Week]'s 2003 Technology Leader of the Year.", ['HOLDS_POSITION'])).toEqual([]);
  });

  it("reads a body's member after a possessive written with a bare apostrophe", () => {
    expect(run("[ORG Velto Rovers]' [PER Ivo Sand] scored twice.", ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Velto Rovers']);
  });

  it('reads a title in an "as" phrase, held "to" a body, or in a unit the body owns', () => {
    const facts = (markup: string) => {
      const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
      return relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${mentions[r.subject]!.text} ${mentions[r.object]!.text} ${r.title} ${r.status ?? 'current'}`);
    };
    expect(facts('[PER Ivo Sand] resigned as chairman of [ORG Zorbex Corp] on Monday.')).toEqual(['Ivo Sand Zorbex Corp Chairman former']);
    expect(facts('[PER Ivo Sand] returned as manager of [ORG Graz United] last year.')).toEqual(['Ivo Sand Graz United Manager current']);
    expect(facts('[PER Ivo Sand] joined [ORG Zorbex Corp] as finance director in 1999.')).toEqual(['Ivo Sand Zorbex Corp Finance Director current']);
    expect(facts('[PER Ivo Sand] has become a paid adviser to [ORG Zorbex Consulting Limited].')).toEqual(['Ivo Sand Zorbex Consulting Limited Adviser current']);
    expect(facts('"Viruses spread fast," said [PER Ivo Sand], senior manager in [ORG Zorbex Corp]\'s security response group.')).toEqual([
      'Ivo Sand Zorbex Corp Senior Manager current',
    ]);
    // "ex-chief economic adviser": the past prefix on the first word of the title
    expect(facts('[PER Ivo Sand], ex-chief economic adviser to the [ORG Velto Treasury], said so.')).toEqual(['Ivo Sand Velto Treasury Economic Adviser former']);
    // an envoy is sent to a body, and a defector goes to one: neither holds a post there
    expect(facts('[PER Ivo Sand], the new ambassador to the [ORG Velto Union], said no.')).toEqual([]);
    expect(facts('The leader shrugged off the defection of one of his MPs, [PER Ivo Sand], a former minister, to [ORG Velto].')).toEqual([]);
    // an adverbial clause takes its holder from the clause it hangs on; "hopes to become" holds nothing yet
    expect(facts('As an academic, [PER Ada Brill] studied and lectured on [LOC Europe]\'s problems before becoming [GPE Austrian>Austria] ambassador to the [ORG Velto Union].')).toEqual([
      'Ada Brill Austrian Ambassador current',
    ]);
    expect(facts('[PER Ada Brill] hopes to become chairman of [ORG Zorbex Corp].')).toEqual([]);
    // "who" stands for the name before it, even when the parse hangs the clause on the main verb
    expect(facts('[PER Ivo Sand] - who became chairman of the [ORG Velto Reserve] in 2004 - will step down next year.')).toEqual(['Ivo Sand Velto Reserve Chairman current']);
    // a contest is no body, and a rank within a country is no office of it
    expect(facts('[PER Ivo Sand] has overtaken [PER Ada Brill] to become the new leader of the [ORG Velto Race].')).toEqual([]);
    expect(facts('[PER Ivo Sand] rose through the ranks, becoming [GPE Austria]\'s youngest store manager at 19.')).toEqual([]);
    // a title before a name is not held at the owner of an event ("at Velto's spring conference")
    expect(facts('Unions will hold talks with Deputy Mayor [PER Ivo Sand] at [ORG Velto]\'s spring conference.')).toEqual([]);
  });

  it('reads listed places each with its own container', () => {
    expect(run('It has opened missions in [LOC Graz] in [GPE Austria], [LOC Tampere] in [GPE Finland] and [LOC Bergen] in [GPE Norway] since 1997.', ['LOCATED_IN'])).toEqual([
      'Bergen LOCATED_IN Norway', 'Graz LOCATED_IN Austria', 'Tampere LOCATED_IN Finland',
    ]);
    expect(run('Two sites - [ORG Velto Camp] in [GPE Finland] and [LOC Graz] in [GPE Austria] - remain in dispute.', ['LOCATED_IN'])).toEqual(['Graz LOCATED_IN Austria']);
  });

  it('reads the club in the bracket after each name of a squad list, not after a lone name', () => {
    expect(run('Forwards: [PER Ivo Sand] ([LOC Graz], capt), [PER Ada Brill] ([LOC Tampere]), [PER Ola Krenn] ([ORG Velto Rovers]).', ['AFFILIATED_WITH'])).toEqual([
      'Ada Brill AFFILIATED_WITH Tampere', 'Ivo Sand AFFILIATED_WITH Graz', 'Ola Krenn AFFILIATED_WITH Velto Rovers',
    ]);
    // a comma and a capitalized word go on with the club's name: no club is read from its first word
    expect(run('[PER Ivo Sand] ([LOC Graz], Lienz and District AC), [PER Ada Brill] ([LOC Tampere]), [PER Ola Krenn] ([LOC Innsbruck]), [PER Ivo Tamm] ([LOC Tampere]).', ['AFFILIATED_WITH'])).toEqual([
      'Ada Brill AFFILIATED_WITH Tampere', 'Ivo Tamm AFFILIATED_WITH Tampere', 'Ola Krenn AFFILIATED_WITH Innsbruck',
    ]);
    expect(run('[PER Ivo Sand] ([LOC Graz]) said the plan was over.', ['AFFILIATED_WITH'])).toEqual([]);
  });

  it('reads a body named with its kind after "from the"', () => {
    expect(run('[PER Ivo Sand], from the [ORG Velto Services] union said there should be a strike.', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Velto Services']);
    expect(run('The mayor accused [PER Ivo Sand], of the [ORG Velto Standard] newspaper, of doorstepping him.', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Velto Standard']);
  });

  it('reads a seat stood for in a relative clause, and a body left "from his post"', () => {
    expect(run('Mr [PER Ivo Sand], who stepped down from his [ORG Velto Treasury] post to stand as a [ORG Zorbex Party] candidate in the election, had suggested a cut.', ['AFFILIATED_WITH'])).toEqual([
      'Ivo Sand AFFILIATED_WITH Velto Treasury', 'Ivo Sand AFFILIATED_WITH Zorbex Party',
    ]);
  });

  it('reads "claimed" as speech only when a clause follows it or it closes the reported words', () => {
    const quoted = (markup: string) => run(markup, ['QUOTED_IN']).length;
    expect(quoted('[PER Ivo Sand] claimed the title in [LOC Graz] on Sunday.')).toBe(0);
    expect(quoted('[PER Ivo Sand] claimed the coaching award while his side held off [ORG Velto Rovers].')).toBe(0);
    expect(quoted('Pace bowler [PER Ivo Sand] claimed three for 81 for [ORG Velto Rovers].')).toBe(0);
    expect(quoted('[PER Ivo Sand] claimed the vote in [LOC Graz] was rigged.')).toBe(1);
    expect(quoted('Taxes will be raised if the party wins, [PER Ivo Sand] has claimed.')).toBe(1);
    expect(quoted('It was because of the plan that the economy grew, claimed Mr [PER Ivo Sand].')).toBe(1);
  });

  it('reads titles given by an appointment told as a noun, a country sending its envoy, and "its" after the holder', () => {
    const facts = (markup: string) => titledFacts(markup).filter((f) => f.includes(' HOLDS_POSITION ')).map((f) => f.replace(' HOLDS_POSITION ', ' '));
    expect(facts("He returned to the side soon after [PER Ivo Sand]' appointment as [ORG Graz United] boss.")).toEqual(['Ivo Sand Graz United Boss']);
    expect(facts("[PER Ada Brill]'s election as president of the [ORG Velto Union] surprised many.")).toEqual(['Ada Brill Velto Union President']);
    expect(facts('[GPE Austrian>Austria] ambassador to the [ORG Velto Union], [PER Ivo Krenn], told a daily paper the talks had failed.')).toEqual(['Ivo Krenn Austrian Ambassador']);
    expect(facts('But director of the [ORG Zorbex Trust], [PER Ivo Brill], accused the court of bias.')).toEqual(['Ivo Brill Zorbex Trust Director']);
    expect(facts('[ORG Zorbex Inc] said [PER Ada Brill], its boss, had quit.')).toEqual(['Ada Brill Zorbex Inc Boss']);
    // a word of tenure is no part of the title
    expect(facts('[PER Ola Krenn] has been unveiled as the new [ORG Graz United] manager.')).toEqual(['Ola Krenn Graz United Manager']);
    expect(facts('[PER Ola Tamm] was named [ORG Zorbex Inc] chief executive in May.')).toEqual(['Ola Tamm Zorbex Inc Chief Executive']);
  });

  it('reads founders and captains from their verbs, and the side a player scores for', () => {
    expect(run('In 1950 [PER Ada Brill] and [PER Ivo Sand] established the [ORG Velto Ballet].', ['HOLDS_POSITION'])).toEqual([
      'Ada Brill HOLDS_POSITION Velto Ballet (Founder)', 'Ivo Sand HOLDS_POSITION Velto Ballet (Founder)',
    ]);
    expect(run('[PER Ivo Tamm], who captained [GPE Austria] to victory in 2003, will retire in June.', ['HOLDS_POSITION'])).toEqual(['Ivo Tamm HOLDS_POSITION Austria (Captain)']);
    expect(run('[PER Ivo Sand] opened the scoring for [GPE Austria] in the fifth minute.', ['AFFILIATED_WITH'])).toEqual(['Ivo Sand AFFILIATED_WITH Austria']);
    expect(run('[PER Ola Krenn] put [ORG Graz United] ahead after ten minutes.', ['AFFILIATED_WITH'])).toEqual(['Ola Krenn AFFILIATED_WITH Graz United']);
    expect(run('[PER Ada Brill] gave [ORG Graz United] the lead before half-time.', ['AFFILIATED_WITH'])).toEqual(['Ada Brill AFFILIATED_WITH Graz United']);
    expect(run('Ms [PER Krenn], [ORG Velto Party] MP for [LOC Tampere], believes it.', ['AFFILIATED_WITH'])).toEqual(['Krenn AFFILIATED_WITH Velto Party']);
    // heading a team in front scores a goal; it holds no post
    expect(run('[PER Ivo Sand] almost headed [ORG Graz United] in front but the ball hit the post.', ['HOLDS_POSITION'])).toEqual([]);
  });

  it('reads a title with its field before or after the body, and a role with its field', () => {
    expect(titledFacts('[ORG Graz United] director of rugby [PER Ivo Brill] praised the crowd.')).toEqual(['Ivo Brill HOLDS_POSITION Graz United Director']);
    expect(titledFacts('Head of genetics at the [ORG Velto Institute], Professor [PER Ivo Sand], said he had seen it.')).toEqual(['Ivo Sand HOLDS_POSITION Velto Institute Head']);
    expect(titledFacts('[PER Ivo Tamm], vice president of emerging technologies at analyst firm [ORG Zorbex], said so.')).toEqual(['Ivo Tamm HOLDS_POSITION Zorbex Vice President']);
    expect(titledFacts('"Fears evaporated," said [PER Ada Brill], senior economist for energy at [ORG Zorbex Securities].')).toEqual(['Ada Brill AFFILIATED_WITH Zorbex Securities']);
    expect(titledFacts('[PER Ivo Krenn], assistant chief constable of [ORG Velto Police], said it.')).toEqual(['Ivo Krenn HOLDS_POSITION Velto Police Assistant Chief Constable']);
    expect(titledFacts('[PER Ada Brill], news editor of trade weekly [ORG Velto Times], said so.')).toEqual(['Ada Brill HOLDS_POSITION Velto Times Editor']);
  });

  it('reads portfolio titles, a named unit between the body and the title, a tenure with a body, and a body after lower-case words', () => {
    expect(titledFacts('[ORG Velto Union] Farm Commissioner [PER Ola Brill] proposed a ban.')).toEqual(['Ola Brill HOLDS_POSITION Velto Union Farm Commissioner']);
    expect(titledFacts("[GPE Austria]'s ex-communist President [PER Ivo Sand] will visit Graz.")).toEqual(['Ivo Sand HOLDS_POSITION Austria President']);
    expect(titledFacts('[PER Ada Krenn] had been with [ORG Zorbex Inc] for nearly five years.')).toEqual(['Ada Krenn AFFILIATED_WITH Zorbex Inc']);
    expect(titledFacts('Mayor [PER Ivo Sand], of the opposition [ORG Velto Workers Party], said so.')).toEqual(['Ivo Sand AFFILIATED_WITH Velto Workers Party']);
    expect(titledFacts('[PER Ivo Brill], a young worker with the group [ORG Velto Relief], described his ordeal.')).toEqual(['Ivo Brill AFFILIATED_WITH Velto Relief']);
  });
});

describe('a "he" or "she" read as the one person it can stand for', () => {
  const positions = (markup: string) => titledFacts(markup).filter((f) => !f.includes(' CONTACTED '));

  it('reads the constructions that open with a name when the pronoun is the clause subject', () => {
    expect(titledFacts('[PER Ivo Tamm] arrived in [LOC Graz] on Monday. He was appointed chairman of [ORG Zorbex Holdings] last year.')).toEqual([
      'Ivo Tamm HOLDS_POSITION Zorbex Holdings Chairman',
    ]);
    expect(titledFacts('[PER Ivo Tamm] lived in [LOC Graz] until he joined the [ORG Velto Navy].')).toEqual(['Ivo Tamm AFFILIATED_WITH Velto Navy']);
    // the article says she is a woman: "he" can only be the other person
    expect(positions('Mrs [PER Ola Krenn] met [PER Ivo Tamm] on Monday. He is the chairman of [ORG Zorbex Holdings].')).toEqual([
      'Ivo Tamm HOLDS_POSITION Zorbex Holdings Chairman',
    ]);
  });

  it('reads nothing when two persons could be meant, or when the pronoun is no subject', () => {
    expect(positions('[PER Ivo Tamm] met [PER Ada Brill] on Monday. He is the chairman of [ORG Zorbex Holdings].')).toEqual([]);
    expect(titledFacts('[PER Ivo Tamm] spoke on Monday. The board of [ORG Zorbex Holdings] thanked him.')).toEqual([]);
  });
});

describe('titles, sides and portfolios of wider news', () => {
  it('reads a portfolio word before an office', () => {
    expect(titledFacts('[GPE Austria] Financial Secretary [PER Ivo Tamm] will visit [LOC Graz].')).toEqual(['Ivo Tamm HOLDS_POSITION Austria Financial Secretary']);
  });

  it('reads the side a player is capped or appears for', () => {
    expect(titledFacts('[PER Ivo Tamm] was capped 42 times for [GPE Austria].')).toEqual(['Ivo Tamm AFFILIATED_WITH Austria']);
    expect(titledFacts('[PER Ivo Tamm] appeared 40 times for [ORG Tarn Rovers].')).toEqual(['Ivo Tamm AFFILIATED_WITH Tarn Rovers']);
    expect(titledFacts('[PER Ivo Tamm] will appear for [ORG Tarn Rovers] next season.')).toEqual([]);
  });
});

describe('appositions, sites and listed places', () => {
  it('reads an apposition opened by "now" or "currently"', () => {
    expect(titledFacts('He met his future wife [PER Ada Brill], now a [ORG Velto Party] MEP.')).toEqual(['Ada Brill AFFILIATED_WITH Velto Party']);
    expect(titledFacts('They hired [PER Ivo Tamm], currently a consultant at [ORG Tarn Rovers], to find a coach.')).toEqual(['Ivo Tamm AFFILIATED_WITH Tarn Rovers']);
  });

  it('reads a code of letters and digits before the kind of body', () => {
    expect(titledFacts('"It is over," said [PER Ivo Tamm], chairman of P2P network [ORG Velto Systems], on Monday.')).toEqual(['Ivo Tamm HOLDS_POSITION Velto Systems Chairman']);
  });

  it('places a prison, stadium or airport named as a place in its town', () => {
    expect(titledFacts('Detainees are held in [LOC Velmar Prison] in [LOC Graz] under the laws.')).toEqual(['Velmar Prison LOCATED_IN Graz']);
    expect(titledFacts('He was taken to [LOC Velmar Hospital], [LOC Graz], with injuries.')).toEqual(['Velmar Hospital LOCATED_IN Graz']);
  });

  it('gives each listed place its own container', () => {
    expect(titledFacts('The sites - [LOC Velmar] in [LOC Tyrol] and [LOC Minsel] in [LOC Carinthia] - remain in dispute.')).toEqual([
      'Minsel LOCATED_IN Carinthia', 'Velmar LOCATED_IN Tyrol',
    ]);
  });
});

describe('a name ending in a word for a body', () => {
  it('is an organization whatever the tagger said, and so can be based somewhere and is never quoted', () => {
    const { mentions, relations } = extractRelations({ ...parseMarkup('The [LOC Graz]-based think-tank The [PER Velto Institution] says growth slowed.'), articleDate: '2022-05-06' });
    expect(mentions.find((m) => m.text === 'Velto Institution')?.type).toBe('Organization');
    expect(relations.map((r) => `${mentions[r.subject]!.text} ${r.predicate} ${r.object >= 0 ? mentions[r.object]!.text : 'article'}`)).toEqual(['Velto Institution LOCATED_IN Graz']);
  });
});

describe('attacks told as nouns', () => {
  it('reads the body named before the noun as its agent, and a repelled attack as one on the subject', () => {
    expect(titledFacts('The [ORG Zylo League] attack on the [ORG Velto Front] failed.')).toEqual(['Zylo League ATTACKED Velto Front']);
    expect(titledFacts('The [ORG Velto Front] repelled an attack by the [ORG Zylo League].')).toEqual(['Zylo League ATTACKED Velto Front']);
    expect(titledFacts('The [ORG Velto Front] said it had repelled an attack by thousands of [ORG Zylo League] fighters.')).toEqual(['Zylo League ATTACKED Velto Front']);
    expect(titledFacts('The [ORG Velto Front] will repel any attack by the [ORG Zylo League].')).toEqual([]);
  });
});

describe('a body naming its officers', () => {
  it('reads the title a naming verb gives, however the parse hangs the name', () => {
    expect(titledFacts('[ORG Zorbex Inc] said it has named [PER Ivo Tamm] as executive vice president and chief financial officer.')).toEqual([
      'Ivo Tamm HOLDS_POSITION Zorbex Inc Executive Vice President',
    ]);
    expect(titledFacts('[ORG Zorbex Inc] has appointed [PER Ivo Tamm] as chief executive.')).toEqual(['Ivo Tamm HOLDS_POSITION Zorbex Inc Chief Executive']);
    expect(titledFacts('[ORG Tarn Rovers] have appointed [PER Ivo Tamm] manager.')).toEqual(['Ivo Tamm HOLDS_POSITION Tarn Rovers Manager']);
  });
});

describe('a title with its field after it, and a body named in a copula', () => {
  it('reads them as positions', () => {
    expect(titledFacts('[ORG Velto Party] spokeswoman for women [PER Ada Brill] said so.')).toEqual(['Ada Brill HOLDS_POSITION Velto Party Spokeswoman']);
    expect(titledFacts('[ORG Velto Party] spokesman on health [PER Ivo Tamm] said so.')).toEqual(['Ivo Tamm HOLDS_POSITION Velto Party Spokesman']);
    expect(titledFacts('[PER Ivo Tamm], who is [ORG Velto Party] [LOC Tyrol] chairman, said he had suspended Mr [PER Brill].')).toEqual(['Ivo Tamm HOLDS_POSITION Velto Party Chairman']);
    expect(titledFacts("[PER Ada Brill] is the [ORG Velto Party] chairman's wife.")).toEqual([]);
  });
});

describe('transfers told as nouns', () => {
  const facts = (markup: string) => {
    const { mentions, relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2022-05-06' });
    return relations.filter((r) => r.object >= 0).map((r) => `${mentions[r.subject]!.text} ${r.predicate} ${mentions[r.object]!.text}${r.status ? ` (${r.status})` : ''}`).sort();
  };

  it('ties the player to the club that takes them, and marks the club they leave', () => {
    expect(facts('[ORG Tarn Rovers] have completed the signing of [PER Ivo Tamm] from [ORG Graz United].')).toEqual([
      'Ivo Tamm AFFILIATED_WITH Graz United (former)', 'Ivo Tamm AFFILIATED_WITH Tarn Rovers',
    ]);
    expect(facts('[PER Ivo Tamm] completed his move to [ORG Tarn Rovers] on Monday.')).toEqual(['Ivo Tamm AFFILIATED_WITH Tarn Rovers']);
    expect(facts("[PER Ivo Tamm]'s move to [ORG Tarn Rovers] was confirmed on Monday.")).toEqual(['Ivo Tamm AFFILIATED_WITH Tarn Rovers']);
  });

  it('reads no transfer that is only wanted or refused', () => {
    expect(facts('[ORG Tarn Rovers] want to complete the signing of [PER Ivo Tamm].')).toEqual([]);
    expect(facts('[ORG Tarn Rovers] rejected a move for [PER Ivo Tamm].')).toEqual([]);
  });
});

describe('a title of a body with its acronym, set before the holder', () => {
  it('reads the position', () => {
    expect(titledFacts('The new chair of the [ORG Velto Task Force] ([ORG VTF]), [PER Ivo Tamm], says so.')).toEqual(['Ivo Tamm HOLDS_POSITION Velto Task Force Chair']);
  });
});

describe('an abstract noun beside names', () => {
  it('describes no one as a member of the body that owns it', () => {
    expect(titledFacts("The three [ORG Zorbex] directors in question in the [ORG VSC]'s investigation - [PER Ada Brill], [PER Ivo Sand] and [PER Ola Krenn] - have all left.").filter((f) => f.includes('VSC'))).toEqual([]);
  });
});
