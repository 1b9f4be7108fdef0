// Lazy loader: reads the generated places table once and builds the lookup maps.
import { readFileSync } from 'node:fs';
import { KgError } from '../../errors.js';
import { fromRoot } from '../../paths.js';
import type { GeoInfo } from '../../types.js';
import { isCaseSensitiveName, placeKey } from './normalize.js';

/** What kind of place a name denotes. */
export type PlaceKind = 'country' | 'region' | 'city';

/** A known place: its canonical name, kind and position. */
export interface PlaceInfo {
  canonical: string;
  kind: PlaceKind;
  geo: GeoInfo;
  /** True for another name of a city ("Kiev" for Kyiv): its mentions are that city. */
  alternate?: boolean;
}

type CountryRow = [string, string, number, number, string[], string[], number];
/**
 * name, country, lat, lon, full name when `name` is a short form or another name, and 1 for another name
 * (GeoNames alternates, after every city's own names; own names sorted by falling population).
 */
type CityRow = [string, string, number, number, string?, 1?];
type RegionRow = [string, string, number, number];
interface PlacesFile {
  countries: CountryRow[];
  regions: RegionRow[];
  generalRegions: string[];
  cities: CityRow[];
}

/** The loaded tables. */
export interface Gazetteer {
  /** nameKey → place ref (see placeRef); countries first, then cities (most populous), then regions. */
  places: Map<string, number>;
  /** Exact-case short codes ("US", "UAE") → place ref. */
  codes: Map<string, number>;
  /** nameKey of a demonym ("russian", "russians") → canonical country name. */
  demonyms: Map<string, string>;
  /** nameKey of each name → bit set of PLACE_* flags, for tagger features. */
  nameFlags: Map<string, number>;
  /** Longest name length in tokens, by nameKey of its first token. */
  firstTokens: Map<string, number>;
  /** The table rows that place refs point into. */
  file: PlacesFile;
  /** Milliseconds spent loading. */
  loadMs: number;
}

export const PLACE_COUNTRY = 1;
export const PLACE_CITY = 2;
export const PLACE_REGION = 4;
export const PLACE_DEMONYM = 8;

// A place ref packs the table (high bits) and the row index: KIND_SHIFT keeps them apart.
const KIND_SHIFT = 2 ** 24;
const KINDS: PlaceKind[] = ['country', 'city', 'region'];

const DATA_FILE = 'src/extract/gazetteer/data/places.json';
let cached: Gazetteer | undefined;

/** The gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = load();
  return cached;
}

/** The PlaceInfo a place ref stands for (a fresh object each call). */
export function placeInfo(g: Gazetteer, ref: number): PlaceInfo {
  const kind = KINDS[Math.floor(ref / KIND_SHIFT)]!;
  const i = ref % KIND_SHIFT;
  if (kind === 'country') {
    const [cc, name, lat, lon] = g.file.countries[i]!;
    return { canonical: name, kind, geo: { lat, lon, country: cc } };
  }
  if (kind === 'city') {
    const [name, cc, lat, lon, full, alternate] = g.file.cities[i]!;
    const info: PlaceInfo = { canonical: full ?? name, kind, geo: { lat, lon, country: cc } };
    if (alternate === 1) info.alternate = true;
    return info;
  }
  const [name, cc, lat, lon] = g.file.regions[i]!;
  return { canonical: name, kind, geo: { lat, lon, country: cc } };
}

function readPlaces(): PlacesFile {
  const path = fromRoot(DATA_FILE);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PlacesFile;
  } catch (err) {
    throw new KgError('INPUT_UNREADABLE', `Cannot read the gazetteer table ${path}; expected the generated JSON file. Run \`npx tsx scripts/build-gazetteer.ts\` to regenerate it.`, { cause: err });
  }
}

function load(): Gazetteer {
  const started = performance.now();
  const file = readPlaces();
  const g: Gazetteer = { places: new Map(), codes: new Map(), demonyms: new Map(), nameFlags: new Map(), firstTokens: new Map(), file, loadMs: 0 };
  const demonymRank = new Map<string, number>();
  file.countries.forEach(([, name, , , aliases, demonyms, rank], i) => {
    addPlace(g, name, i, PLACE_COUNTRY);
    for (const a of aliases) addPlace(g, a, i, PLACE_COUNTRY);
    for (const d of demonyms) {
      for (const form of [d, d.endsWith('s') ? d : `${d}s`]) {
        const key = nameKey(form);
        if ((demonymRank.get(key) ?? -1) >= rank) continue;
        demonymRank.set(key, rank);
        g.demonyms.set(key, name);
        addFlag(g, key, PLACE_DEMONYM);
      }
    }
  });
  file.cities.forEach((row, i) => {
    addPlace(g, row[0], KIND_SHIFT + i, PLACE_CITY);
  });
  file.regions.forEach((row, i) => {
    addPlace(g, row[0], 2 * KIND_SHIFT + i, PLACE_REGION);
  });
  for (const name of file.generalRegions) addFlag(g, nameKey(name), PLACE_REGION);
  g.loadMs = performance.now() - started;
  return g;
}

function addPlace(g: Gazetteer, name: string, ref: number, flag: number): void {
  const key = nameKey(name);
  const map = key === name && isCaseSensitiveName(name) ? g.codes : g.places;
  if (!map.has(key)) map.set(key, ref);
  addFlag(g, key, flag);
}

function addFlag(g: Gazetteer, key: string, flag: number): void {
  g.nameFlags.set(key, (g.nameFlags.get(key) ?? 0) | flag);
  const space = key.indexOf(' ');
  if (space < 0) {
    if (!g.firstTokens.has(key)) g.firstTokens.set(key, 1);
    return;
  }
  let len = 2;
  for (let i = key.indexOf(' ', space + 1); i >= 0; i = key.indexOf(' ', i + 1)) len++;
  const first = key.slice(0, space);
  if ((g.firstTokens.get(first) ?? 0) < len) g.firstTokens.set(first, len);
}

const PLAIN_NAME_RE = /^[A-Za-z -]*$/;
const SPLIT_RE = /\s+|(?=[,()])|(?<=[,()])/;

/**
 * A name's lookup key: its tokens as placeKeys joined by single spaces, split like the
 * tokenizer splits running text ("Washington, D.C." → "washington , d.c."); short codes keep their case.
 */
export function nameKey(name: string): string {
  if (isCaseSensitiveName(name)) return name;
  if (PLAIN_NAME_RE.test(name)) return name.toLowerCase();
  return placeKey(name)
    .split(SPLIT_RE)
    .filter((p) => p !== '' && p !== ' ')
    .join(' ');
}
