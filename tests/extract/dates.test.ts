import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../src/extract/dates/index.js';

// Article date 2020-05-06 is a Wednesday.
const ARTICLE = '2020-05-06';

describe('resolveDate', () => {
  it.each([
    ['The ministry said on Sunday that the road was open.', '2020-05-03'],
    ['The talks resumed on Wednesday.', '2020-05-06'],
    ['The council will meet next Monday.', '2020-05-11'],
    ['Officials spoke yesterday.', '2020-05-05'],
    ['The bridge opened today.', '2020-05-06'],
    ['The deal was signed on March 27.', '2020-03-27'],
    ['The deal was signed on Sept. 30, 2015.', '2015-09-30'],
    ['Elections were held on 4 May 2019.', '2019-05-04'],
    ['The town fell in early summer 2015.', '2015'],
    ['The reform passed in March.', '2020-03'],
    ['A new round will start in mid-July.', '2020-07'],
    ['The mayor resigned last week.', '2020-04-29'],
    ['The company was founded last year.', '2019'],
    ['The treaty dates from December 1.', '2019-12-01'],
    ['Markets rallied on Sunday, May 3, after the vote.', '2020-05-03'],
    ['The report (2020-04-30) was cited.', '2020-04-30'],
  ])('%s → %s', (sentence, expected) => {
    expect(resolveDate(sentence, ARTICLE)).toBe(expected);
  });

  it.each([
    ['Nothing happened here.', ARTICLE],
    ['They may leave soon.', ARTICLE],
    ['The march on the capital was peaceful.', ARTICLE],
    ['It cost 2015 dollars.', ARTICLE],
    ['The vote was on Sunday.', undefined],
    ['The constructor said toString was fine.', ARTICLE],
  ])('%s states no date', (sentence, article) => {
    expect(resolveDate(sentence, article)).toBeUndefined();
  });
});
