import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../src/extract/text/index.js';

const words = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ["Lena Varga's plan", ['Lena', 'Varga', "'s", 'plan']],
    ['Varga’s plan', ['Varga', '’s', 'plan']],
    ["They didn't go.", ['They', 'did', "n't", 'go', '.']],
    ['the U.S. and the U.N. met', ['the', 'U.S.', 'and', 'the', 'U.N.', 'met']],
    ['an e-mail about de-escalation', ['an', 'e-mail', 'about', 'de-escalation']],
    ['Omar al-Kadri left', ['Omar', 'al-Kadri', 'left']],
    ['2,500 troops and 14,000 people', ['2,500', 'troops', 'and', '14,000', 'people']],
    ['a 3.5% rise', ['a', '3.5', '%', 'rise']],
    ['“Yes,” he said', ['“', 'Yes', ',', '”', 'he', 'said']],
    ['"No" [1] (see)', ['"', 'No', '"', '[', '1', ']', '(', 'see', ')']],
    ['Gen. J. Brandt arrived', ['Gen.', 'J.', 'Brandt', 'arrived']],
    ['at 10 a.m. today', ['at', '10', 'a.m.', 'today']],
    ['the soldiers’ barracks', ['the', 'soldiers', '’', 'barracks']],
    ['wait... now…', ['wait', '...', 'now', '…']],
    ['a U.S.-backed plan', ['a', 'U.S.-backed', 'plan']],
    ['on 1996-08-30 at 10:30', ['on', '1996-08-30', 'at', '10:30']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('gives offsets into the text, shifted by the offset argument', () => {
    const text = 'Tom Keller’s dog';
    for (const t of tokenize(text, 100)) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  it.each([
    ['Col. Gen. Anton Berk arrived. He spoke.', ['Col. Gen. Anton Berk arrived.', 'He spoke.']],
    ['Mr. Hale and Dr. Ruiz met Maj. Otis.', ['Mr. Hale and Dr. Ruiz met Maj. Otis.']],
    ['He met Sens. Ada Hale and Cy Ruiz, and Messrs. Otis and Berk.', ['He met Sens. Ada Hale and Cy Ruiz, and Messrs. Otis and Berk.']],
    ['She met J. Smith on Oct. 19 in St. Louis.', ['She met J. Smith on Oct. 19 in St. Louis.']],
    ['He was No. 5 on the list.', ['He was No. 5 on the list.']],
    ['The U.S. Navy sailed. It was late.', ['The U.S. Navy sailed.', 'It was late.']],
    ['They met in the U.S. The talks ended.', ['They met in the U.S.', 'The talks ended.']],
    ['It starts at 9 a.m. and ends at noon.', ['It starts at 9 a.m. and ends at noon.']],
    ['Prices rose 3.5 percent. Sales fell.', ['Prices rose 3.5 percent.', 'Sales fell.']],
    ['"We will win," she said. "They will not."', ['"We will win," she said.', '"They will not."']],
    ['He said: “Go home.” They left.', ['He said: “Go home.”', 'They left.']],
    ['She waited... Then she left.', ['She waited...', 'Then she left.']],
    ['She waited… Then she left.', ['She waited…', 'Then she left.']],
    ['Why? Nobody knows!', ['Why?', 'Nobody knows!']],
    ['Storm Hits Coastal Towns\nHeavy rain fell on Monday.', ['Storm Hits Coastal Towns', 'Heavy rain fell on Monday.']],
    ['First paragraph without a stop\n\nSecond one.', ['First paragraph without a stop', 'Second one.']],
    ['- first point\n- second point', ['- first point', '- second point']],
    ['The ministry said that the\nreport was wrong.', ['The ministry said that the\nreport was wrong.']],
    ['Trade rose sharply, driven by\nExport demand.', ['Trade rose sharply, driven by\nExport demand.']],
    ['The visit was announced by Deputy Minister Tomas\nVelde on Monday.', ['The visit was announced by Deputy Minister Tomas\nVelde on Monday.']],
    ['Troops marched into the town of Orvik\nThe mayor fled.', ['Troops marched into the town of Orvik', 'The mayor fled.']],
    ['Harbour Workers Strike In Port Selby\nDockers walked out on Friday.', ['Harbour Workers Strike In Port Selby', 'Dockers walked out on Friday.']],
    [
      'Photo of soldiers near the town of Brevik in the far north of the district\nSoldiers near the town of Brevik during the spring offensive - Agency\nSubscribe\nThe forces were defeated, the ministry said.',
      [
        'Photo of soldiers near the town of Brevik in the far north of the district',
        'Soldiers near the town of Brevik during the spring offensive - Agency',
        'Subscribe',
        'The forces were defeated, the ministry said.',
      ],
    ],
    [
      'OSLO, May 2 (Agency) - In a surprise move, Norwegian Prime Minister Eva\nLund agreed a new fishing deal with her Danish counterpart in the\ncapital, her office said on Monday.\nThe talks were held in private.',
      [
        'OSLO, May 2 (Agency) - In a surprise move, Norwegian Prime Minister Eva\nLund agreed a new fishing deal with her Danish counterpart in the\ncapital, her office said on Monday.',
        'The talks were held in private.',
      ],
    ],
  ])('%j', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it('returns trimmed [start, end) offsets into the text', () => {
    const text = '  Alpha beta.  Gamma delta.\n\n Epsilon ';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Alpha beta.', 'Gamma delta.', 'Epsilon']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
