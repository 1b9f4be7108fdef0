import { describe, expect, it } from 'vitest';
import { countryOfCode, countryOfDemonym, isKnownPlaceToken, lookupPlace, PLACE_BEGIN, PLACE_CITY, PLACE_COUNTRY, placeFlags, placeOfResident } from '../../src/extract/gazetteer/index.js';

describe('lookupPlace', () => {
  it.each([
    ['France', 'France', 'country', 'FR'],
    ['U.S.', 'United States', 'country', 'US'],
    ['US', 'United States', 'country', 'US'],
    ['USA', 'United States', 'country', 'US'],
    ['United States of America', 'United States', 'country', 'US'],
    ['the United States', 'United States', 'country', 'US'],
    ['Britain', 'United Kingdom', 'country', 'GB'],
    ['UK', 'United Kingdom', 'country', 'GB'],
    ['Russian Federation', 'Russia', 'country', 'RU'],
    ['Germany’s', 'Germany', 'country', 'DE'],
    ['Paris', 'Paris', 'city', 'FR'],
    ['PARIS', 'Paris', 'city', 'FR'],
    ['London', 'London', 'city', 'GB'],
    ['Sao Paulo', 'São Paulo', 'city', 'BR'],
    ['Tokyo', 'Tokyo', 'city', 'JP'],
    ['Bavaria', 'Bavaria', 'region', 'DE'],
    ['California', 'California', 'region', 'US'],
    ['Texas', 'Texas', 'region', 'US'],
    ['Kansas', 'Kansas', 'region', 'US'],
    ['Kansas City', 'Kansas City', 'city', 'US'],
    ['New York', 'New York City', 'city', 'US'],
    ['Washington', 'Washington, D.C.', 'city', 'US'],
    ['Burma', 'Myanmar', 'country', 'MM'],
  ])('%s → %s', (name, canonical, kind, country) => {
    const place = lookupPlace(name);
    expect(place).toMatchObject({ canonical, kind, geo: { country } });
    expect(Number.isFinite(place!.geo.lat) && Number.isFinite(place!.geo.lon)).toBe(true);
  });

  it('knows other names of cities that news writes, marked as such ("Bombay" is Mumbai)', () => {
    expect(lookupPlace('Bombay')).toMatchObject({ canonical: 'Mumbai', kind: 'city', alternate: true, geo: { country: 'IN' } });
    expect(lookupPlace('Rangoon')).toMatchObject({ canonical: 'Yangon', kind: 'city', alternate: true });
    expect(lookupPlace('Mumbai')?.alternate).toBeUndefined();
    // GeoNames alternates news does not write as places are left out ("Roma" is a club there).
    expect(lookupPlace('Roma')?.canonical).not.toBe('Rome');
  });

  it.each(['us', 'Blorptown', '', 'the', 'IN', 'Island', 'Mann', 'ILO'])('%j is not a place', (name) => {
    expect(lookupPlace(name)).toBeUndefined();
  });
});

describe('countryOfDemonym', () => {
  it.each([
    ['French', 'France'],
    ['German', 'Germany'],
    ['American', 'United States'],
    ['Americans', 'United States'],
    ['British', 'United Kingdom'],
    ['Russian', 'Russia'],
    ['Syrian', 'Syria'],
    ['Japanese', 'Japan'],
    ['Brazilian', 'Brazil'],
    ['Saudi', 'Saudi Arabia'],
  ])('%s → %s', (word, country) => {
    expect(countryOfDemonym(word)).toBe(country);
  });

  it('is undefined for other words', () => {
    expect(countryOfDemonym('Table')).toBeUndefined();
  });
});

describe('tagger helpers', () => {
  it('flags the longest gazetteer match on capitalized tokens', () => {
    const flags = placeFlags(['Flights', 'from', 'New', 'York', 'to', 'France', 'and', 'york']);
    expect(flags[2]! & PLACE_BEGIN).toBe(PLACE_BEGIN);
    expect(flags[2]! & PLACE_CITY).toBe(PLACE_CITY);
    expect(flags[3]! & PLACE_BEGIN).toBe(0);
    expect(flags[5]! & PLACE_COUNTRY).toBe(PLACE_COUNTRY);
    expect([flags[0], flags[1], flags[4], flags[7]]).toEqual([0, 0, 0, 0]);
  });

  it('knows place tokens', () => {
    expect(isKnownPlaceToken('Spain')).toBe(true);
    expect(isKnownPlaceToken('Spanish')).toBe(true);
    expect(isKnownPlaceToken('Zorblat')).toBe(false);
  });
});

describe('countryOfCode', () => {
  it.each([
    ['PE', 'Peru'],
    ['UY', 'Uruguay'],
    ['XX', undefined],
    ['pe', undefined],
  ])('%s → %s', (code, expected) => {
    expect(countryOfCode(code)).toBe(expected);
  });
});

describe('placeOfResident', () => {
  it('reads a nationality noun as the country of its adjective', () => {
    expect(placeOfResident('Mongol')).toBeDefined();
    expect(placeOfResident('Mongol')).toBe(countryOfDemonym('Mongolian'));
  });

  it.each([
    ['a residents noun', 'Saarlander', 'Saarland'],
    ['not a country adjective', 'Mongolian', undefined],
    ['not an invented word', 'Veltoner', undefined],
    ['not in capitals', 'MONGOL', undefined],
    ['not a lower-case word', 'mongol', undefined],
  ])('%s', (_name, word, expected) => {
    expect(placeOfResident(word)).toBe(expected);
  });
});
