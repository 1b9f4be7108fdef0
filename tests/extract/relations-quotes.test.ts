import { describe, expect, it } from 'vitest';
import { extractRelations } from '../../src/extract/relations/index.js';
import { MAX_QUOTE } from '../../src/extract/relations/quote-spans.js';
import { parseMarkup } from './relations-markup.js';

/** "Speaker: quote" for each QUOTED_IN relation, in order. */
function quotes(markup: string): string[] {
  const input = parseMarkup(markup);
  const { mentions, relations } = extractRelations({ ...input, articleDate: '2020-05-06' });
  return relations.filter((r) => r.predicate === 'QUOTED_IN').map((r) => `${mentions[r.subject]!.text}: ${r.quote}`);
}

describe('QUOTED_IN', () => {
  it.each([
    ['"We will rebuild the bridge by winter," [PER Anna Ortega] said.', ['Anna Ortega: We will rebuild the bridge by winter']],
    ['[PER Anna Ortega] said: "We will rebuild the bridge by winter."', ['Anna Ortega: We will rebuild the bridge by winter']],
    ['"We will rebuild the bridge by winter," said [PER Anna Ortega].', ['Anna Ortega: We will rebuild the bridge by winter']],
    ['[PER Anna Ortega] said that the bridge would reopen in June.', ['Anna Ortega: the bridge would reopen in June']],
    ['According to [PER Anna Ortega], the bridge will reopen in June.', ['Anna Ortega: the bridge will reopen in June']],
    ['[PER Anna Ortega], the director of [ORG Coastal Watch], said the bridge would reopen soon.', ['Anna Ortega: the bridge would reopen soon']],
    ['[PER Anna Ortega] spoke first. The bridge will reopen in June, she added.', ['Anna Ortega: The bridge will reopen in June']],
    ['[PER Ivo Sand] wrote a letter. "The old bridge was a marvel of its time," he noted.', ['Ivo Sand: The old bridge was a marvel of its time']],
    ['[GPE Ruritanian>Ruritania] lawmaker [PER Ivo Sand] spoke. "The reform is overdue and must pass," the lawmaker said.', ['Ivo Sand: The reform is overdue and must pass']],
    ['[ORG Acme] said that profits rose sharply this year.', []],
    ['The bridge will reopen in June, according to [PER Anna Ortega], head of the [ORG Coastal Watch].', ['Anna Ortega: The bridge will reopen in June']],
    ['According to [PER Anna Ortega], the main goal for the city will be [LOC Westville], the old capital.', ['Anna Ortega: the main goal for the city will be Westville, the old capital']],
    ['[ORG Daily Star] quotes [PER Ivo Sand] as saying that the bridge is unsafe.', ['Ivo Sand: the bridge is unsafe']],
    ['[PER Ivo Sand] wrote a long letter to the council.', []],
    ['Former mayor [PER Lena Vos], now working for [ORG Acme], says the plan is sound.', ['Lena Vos: the plan is sound']],
    ['Another [GPE Ruritanian>Ruritania] expert, [PER Lena Vos], disagreed. "The plan will not work at all," the expert said.', ['Lena Vos: The plan will not work at all']],
    ['[ORG Coastal Watch] reported that the water rose by a metre.', []],
    ['Another military spokesman, [PER Lena Vos], said in televised remarks that the village was retaken.', ['Lena Vos: the village was retaken']],
    ['[PER Lena Vos], senior fellow at the [ORG Velto Institute] ([ORG VI]), said the plan was sound.', ['Lena Vos: the plan was sound']],
    ['A spokesman for [ORG Acme], Dr [PER Lena Vos], said the plan was sound.', ['Lena Vos: the plan was sound']],
    ["The charity's director, [PER Lena Vos], said: \"The year will end in failure.\"", ['Lena Vos: The year will end in failure']],
    ['Here is what [ORG Acme] CEO [PER Jane Doe] had to say:\n\n"We are proud of the whole team and of our results."',
      ['Jane Doe: We are proud of the whole team and of our results']],
  ])('%s', (markup, expected) => {
    expect(quotes(markup)).toEqual(expected);
  });

  it('names the unnamed spokesman from the next attributed quote', () => {
    const input = parseMarkup('The bridge reopened, the [ORG Coastal Watch] spokesman said on Sunday. "It is safe to cross again now," [PER Tom Reed] said.');
    const { mentions, relations } = extractRelations({ ...input, articleDate: '2020-05-06' });
    const held = relations.filter((r) => r.predicate === 'HOLDS_POSITION').map((r) => `${mentions[r.subject]!.text}→${mentions[r.object]!.text} (${r.title})`);
    expect(held).toEqual(['Tom Reed→Coastal Watch (Spokesman)']);
  });

  it('dates a quote by when it was said, not by dates inside it', () => {
    const input = parseMarkup('[PER Anna Ortega] said on Monday that the bridge would reopen on June 3.');
    const { relations } = extractRelations({ ...input, articleDate: '2020-05-06' });
    expect(relations.find((r) => r.predicate === 'QUOTED_IN')?.date).toBe('2020-05-04');
  });
});

describe('pronoun speakers follow the gender the article gives', () => {
  it.each([
    ['Mr [PER Ivo Sand] met Ms [PER Anna Ortega] on Monday. "We will rebuild the bridge by winter," she said.', ['Anna Ortega: We will rebuild the bridge by winter']],
    ['Ms [PER Anna Ortega] met Mr [PER Ivo Sand] on Monday. "We will rebuild the bridge by winter," he said.', ['Ivo Sand: We will rebuild the bridge by winter']],
    ['[PER Ivo Sand], a spokesman, greeted [PER Anna Ortega]. "The talks went well for both sides," she said.', ['Anna Ortega: The talks went well for both sides']],
    ['[PER Anna Ortega] said her plan was ready. [PER Ivo Sand] arrived late. "It will work in the end," she added.', ['Anna Ortega: her plan was ready', 'Anna Ortega: It will work in the end']],
  ])('%s', (markup, expected) => {
    expect(quotes(markup)).toEqual(expected);
  });
});

describe('quote length', () => {
  it('bounds every quote when a quotation mark is never closed', () => {
    const markup = Array.from({ length: 300 }, () => '"[PER Anna Ortega] said the bridge would reopen soon and').join(' ');
    const { relations } = extractRelations({ ...parseMarkup(markup), articleDate: '2020-05-06' });
    const quoted = relations.filter((r) => r.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) expect(r.quote!.length).toBeLessThanOrEqual(MAX_QUOTE + 1);
  });
});

describe('an unnamed spokeswoman', () => {
  it('goes on speaking as "she" in the next sentence, lending her title to no one', () => {
    const input = parseMarkup('[PER Ada Brill] hosted the show. The [ORG Zorbex] spokeswoman said the show would end. "That is very much on the cards," she said.');
    const { relations } = extractRelations({ ...input, articleDate: '2020-05-06' });
    expect(relations).toEqual([]);
  });
});

describe('reported speech the parse reads in a sentence that names one person', () => {
  it('credits the subject of a coordinated reporting verb, and nothing not said', () => {
    expect(quotes('Velto leader [PER Lena Vos] also backed the proposals but said ministers had been slow.')).toEqual(['Lena Vos: ministers had been slow']);
    expect(quotes('[PER Lena Vos] did not say what form the discipline would take.')).toEqual([]);
  });
});
