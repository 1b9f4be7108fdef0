// Table cells (cells.ts) and persons the tagger misread (persons.ts), on invented names.
import { describe, expect, it } from 'vitest';
import { growToCells } from '../../src/extract/ner/cells.js';
import type { Span } from '../../src/extract/ner/joins.js';
import { dropPhrasePieces, joinGivenNames, splitResidentPerson } from '../../src/extract/ner/persons.js';
import { tokenize } from '../../src/extract/text/index.js';

const toks = (text: string) => tokenize(text, 0);

describe('growToCells', () => {
  it.each([
    ['pieces of one cell merged and grown', 'Velto Zendrik Barov ( Velmora ) 9 5 4 14', [['LOC', 1, 2], ['MISC', 2, 3], ['LOC', 4, 5]], [['LOC', 0, 3], ['LOC', 4, 5]]],
    ['a first name grown to the surname', 'Velmora - Lena Brandt 20 , Oskar Velkov 17', [['ORG', 0, 1], ['ORG', 2, 3], ['PER', 5, 7]], [['ORG', 0, 1], ['ORG', 2, 4], ['PER', 5, 7]]],
    ['one name and its figures', 'Velto Zendrik 16 4 5 7', [['ORG', 1, 2]], [['ORG', 0, 2]]],
    ['not a row with a word of prose', 'Velto Zendrik ( Velmora ) beat Barov ( Strelsau ) 2-1', [['ORG', 1, 2], ['LOC', 3, 4]], [['ORG', 1, 2], ['LOC', 3, 4]]],
    ['not a cell in capitals', 'VELTO 210-4 V ZENDRIK', [['LOC', 0, 1], ['LOC', 3, 4]], [['LOC', 0, 1], ['LOC', 3, 4]]],
    ['not over dates', 'Velto May 26 40.0 31.0 , Zendrik April 20 43.0', [['ORG', 0, 1], ['ORG', 6, 7]], [['ORG', 0, 1], ['ORG', 6, 7]]],
    ['not ending on particles', 'Velto 72 69 , Oskar van der', [['ORG', 0, 1], ['PER', 4, 5]], [['ORG', 0, 1], ['PER', 4, 5]]],
    ['not a line that is no row', 'Velto Zendrik said on Friday', [['ORG', 1, 2]], [['ORG', 1, 2]]],
  ] as [string, string, Span[], Span[]][])('%s', (_name, text, found, expected) => {
    expect(growToCells(toks(text), found)).toEqual(expected);
  });
});

describe('persons the tagger misread', () => {
  it.each([
    ['a nationality noun and a name', 'and Mongol Oskar Velkov lead', [['ORG', 1, 4]], [['MISC', 1, 2], ['PER', 2, 4]]],
    ['a residents noun, the surname untagged', 'by fellow Saarlander Oskar Velkov .', [['ORG', 2, 4]], [['MISC', 2, 3], ['PER', 3, 5]]],
    ['not a body', 'the Mongol Democratic Party won', [['ORG', 1, 4]], [['ORG', 1, 4]]],
    ['not an ordinary word after the noun', 'the Mongol Grain Board met', [['ORG', 1, 3]], [['ORG', 1, 3]]],
    ['not a person span', 'and Mongol Oskar Velkov lead', [['PER', 1, 4]], [['PER', 1, 4]]],
  ] as [string, string, Span[], Span[]][])('splitResidentPerson: %s', (_name, text, found, expected) => {
    expect(splitResidentPerson(toks(text), found)).toEqual(expected);
  });

  it.each([
    ['a given name taken for a place after another', 'met Father Oskar Lena in June', [['LOC', 3, 4]], [['PER', 2, 4]]],
    ['not at the start of a sentence', 'Oskar Lena met them', [['LOC', 1, 2]], [['LOC', 1, 2]]],
    ['not after a word that is no given name', 'met Velkov Lena in June', [['LOC', 2, 3]], [['LOC', 2, 3]]],
    ['not after a tagged word', 'met Oskar Lena in June', [['ORG', 1, 2], ['LOC', 2, 3]], [['ORG', 1, 2], ['LOC', 2, 3]]],
  ] as [string, string, Span[], Span[]][])('joinGivenNames: %s', (_name, text, found, expected) => {
    expect(joinGivenNames(toks(text), found)).toEqual(expected);
  });

  it.each([
    ['English words cut from a capitalized phrase', 'the Northern Barley Cargo Reports issue', [['PER', 2, 5]], []],
    ['not a given name', 'the Northern Lena Cargo report', [['PER', 2, 4]], [['PER', 2, 4]]],
    ['not after a title', 'said President Barley Cargo today', [['PER', 2, 4]], [['PER', 2, 4]]],
    ['not at the start of a sentence', 'Barley Cargo Reports rose', [['PER', 0, 3]], [['PER', 0, 3]]],
    ['not one word', 'the Northern Cargo report', [['PER', 2, 3]], [['PER', 2, 3]]],
  ] as [string, string, Span[], Span[]][])('dropPhrasePieces: %s', (_name, text, found, expected) => {
    expect(dropPhrasePieces(toks(text), found)).toEqual(expected);
  });
});
