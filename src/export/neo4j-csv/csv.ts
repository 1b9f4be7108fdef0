// CSV fields in the dialect `neo4j-admin database import` reads: quoted strings, arrays joined by a control character.
import { KgError } from '../../errors.js';

/** Separates array elements inside a field. Ingest removes C0 controls from text, so no value contains it. */
export const ARRAY_DELIMITER = '\u001f';

/** The field of a string (always quoted, inner quotes doubled), or an empty field for null. */
export function str(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** The field of a number (empty for null or a non-finite number). */
export function num(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

/** The field of an integer property (`:long`); rounds, so a count never becomes a float. */
export function int(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value)) : '';
}

/** The field of a `string[]` property; an element holding the delimiter is refused (it would split), naming `where`. */
export function list(values: readonly string[] | undefined, where: string | (() => string) = 'a list'): string {
  const xs = values ?? [];
  const joined = xs.join(ARRAY_DELIMITER);
  // The joined field holds exactly length - 1 delimiters unless an element holds one: one scan, not one per element.
  let delimiters = 0;
  for (let at = joined.indexOf(ARRAY_DELIMITER); at !== -1; at = joined.indexOf(ARRAY_DELIMITER, at + 1)) delimiters++;
  if (delimiters !== Math.max(0, xs.length - 1)) {
    throw new KgError('INPUT_INVALID', `${typeof where === 'string' ? where : where()}: a list value holds the control character U+001F; remove it from the input`);
  }
  return str(joined);
}

/** The field of a WGS-84 `point` property, empty unless both coordinates are known. */
export function point(lat: number | undefined, lon: number | undefined): string {
  return typeof lat === 'number' && typeof lon === 'number' ? str(`{latitude:${lat}, longitude:${lon}}`) : '';
}

/** True when a CSV line needs `--multiline-fields` (a quoted value spans lines). */
export const spansLines = (line: string) => line.includes('\n') || line.includes('\r');
