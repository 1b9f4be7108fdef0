// Types and keys from a name's edge words: "Mr X" is a person, "X Army" a body, "X Peninsula" a place, "X Province" the region X.
import type { EntityType } from '../types.js';
import type { PlaceIndex } from './places.js';
import { HONORIFICS } from '../extract/lexicons/names.js';
import { CORPORATE_FORMS, ORG_TYPE_HEADS } from '../extract/lexicons/organizations.js';
import { PLACE_TYPE_HEADS, REGION_SUFFIXES as REGION_SUFFIX_WORDS } from '../extract/lexicons/places.js';

const ORG_HEADS = new Set(ORG_TYPE_HEADS);
const PLACE_HEADS = new Set(PLACE_TYPE_HEADS);
const REGION_SUFFIXES = new Set(REGION_SUFFIX_WORDS);
const HONORIFIC_WORDS = new Set(HONORIFICS);
/** Company-form words that may trail a company's own name. */
export const CORPORATE_WORDS: ReadonlySet<string> = new Set(CORPORATE_FORMS);

function lastWord(form: string): string {
  return form.slice(form.lastIndexOf(' ') + 1).toLowerCase();
}

/**
 * The type a multi-word name's first or last word gives it, when the tagger's type disagrees: an
 * honorific makes a Person ("Mr Brandt", never a place); a body word
 * ("Northland Army") makes an Organization of a place or person span that the gazetteer does not
 * know under that name; a geographic word ("Velto Peninsula") makes a Location of an org span.
 */
export function headType(form: string, type: EntityType, places: PlaceIndex): EntityType {
  if (!form.includes(' ')) return type;
  if (HONORIFIC_WORDS.has(form.slice(0, form.indexOf(' ')).toLowerCase().replace(/\.$/, ''))) return 'Person';
  const last = lastWord(form);
  if (type !== 'Organization' && ORG_HEADS.has(last) && !places.lookupPlace(form)) return 'Organization';
  if (type === 'Organization' && PLACE_HEADS.has(last)) return 'Location';
  return type;
}

/**
 * The region a "<region> Province" form names ("Velto Province" → "Velto"), when the gazetteer
 * knows the whole as that region; never a city ("Halden State" stays apart from the city Halden).
 */
export function regionOf(form: string, places: PlaceIndex): string | undefined {
  const space = form.lastIndexOf(' ');
  if (space < 0 || !REGION_SUFFIXES.has(lastWord(form))) return undefined;
  const hit = places.lookupPlace(form);
  const own = places.lookupPlace(form.slice(0, space));
  if (hit?.kind !== 'region' || own?.kind !== 'region' || hit.canonical !== own.canonical) return undefined;
  return hit.canonical;
}

/** "acme motor co" → "acme": a key without its trailing company-form words, or undefined when none trail it. */
export function corporateHead(key: string): string | undefined {
  const words = key.split(' ');
  let n = words.length;
  while (n > 1 && CORPORATE_WORDS.has(words[n - 1]!)) n--;
  return n < words.length ? words.slice(0, n).join(' ') : undefined;
}
