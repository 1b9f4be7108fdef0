// An article's prepared mentions (resolution's per-article half) in a compact form kept beside its extraction.
import { ENTITY_TYPES, type EntityType, type Mention } from '../types.js';
import type { MentionInfo } from '../resolve/index.js';

/**
 * One prepared mention: 0 for none (a junk span), else
 * [form (0: the mention's text), ownKey, key (0: ownKey), type (index in ENTITY_TYPES), flags, canonical?, ledBy?].
 * Offsets, index and geo come from the mention itself.
 */
export type PreparedCode = 0 | [string | 0, string, string | 0, number, number, (string | 0)?, string?];

const DEMONYM = 1;
const GENERIC = 2;
const TITLED = 4;
const TITLE_ORG = 8;
/** The mention has a position the prepared mention dropped (a compass word pointed at its country). */
const NO_GEO = 16;
const ALL_FLAGS = 31;

/** MentionInfo fields this codec writes; a field added to MentionInfo must be added here (encode refuses unknown ones). */
const KNOWN_FIELDS = new Set(['index', 'start', 'end', 'form', 'ownKey', 'key', 'type', 'demonym', 'generic', 'canonical', 'geo', 'titled', 'ledBy', 'titleOrg']);

/** The compact form of an article's prepared mentions (`infos[j]` belongs to `mentions[j]`). */
export function encodePrepared(mentions: readonly Mention[], infos: readonly (MentionInfo | null)[]): PreparedCode[] {
  return infos.map((info, j) => {
    if (info === null) return 0;
    for (const field in info) if (!KNOWN_FIELDS.has(field)) throw new Error(`encodePrepared: MentionInfo field ${field} has no code`);
    const m = mentions[j]!;
    const flags =
      (info.demonym ? DEMONYM : 0) | (info.generic ? GENERIC : 0) | (info.titled ? TITLED : 0) | (info.titleOrg ? TITLE_ORG : 0) | (m.geo && !info.geo ? NO_GEO : 0);
    const code: PreparedCode = [info.form === m.text ? 0 : info.form, info.ownKey, info.key === info.ownKey ? 0 : info.key, ENTITY_TYPES.indexOf(info.type), flags];
    if (info.canonical !== undefined || info.ledBy !== undefined) code.push(info.canonical ?? 0);
    if (info.ledBy !== undefined) code.push(info.ledBy);
    return code;
  });
}

const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * The prepared mentions of `mentions` from their compact form, fields in the order resolution makes
 * them (so they are equal to freshly prepared ones), or the reason the codes cannot be trusted.
 */
export function decodePrepared(mentions: readonly Mention[], codes: unknown): (MentionInfo | null)[] | string {
  if (!Array.isArray(codes) || codes.length !== mentions.length) return 'prepared mentions not matching the mentions';
  const out: (MentionInfo | null)[] = new Array(codes.length);
  for (let j = 0; j < codes.length; j++) {
    const c: unknown = codes[j];
    if (c === 0) {
      out[j] = null;
      continue;
    }
    const info = Array.isArray(c) ? decodeOne(mentions[j]!, j, c) : undefined;
    if (!info) return `prepared mention ${j} malformed`;
    out[j] = info;
  }
  return out;
}

function decodeOne(m: Mention, index: number, c: unknown[]): MentionInfo | undefined {
  const [form, ownKey, key, type, flags, canonical, ledBy] = c;
  const typeOk = Number.isInteger(type) && (type as number) >= 0 && (type as number) < ENTITY_TYPES.length;
  const flagsOk = Number.isInteger(flags) && (flags as number) >= 0 && (flags as number) <= ALL_FLAGS;
  if (c.length > 7 || !(form === 0 || isString(form)) || !isString(ownKey) || !(key === 0 || isString(key)) || !typeOk || !flagsOk) return undefined;
  if (!(canonical === undefined || canonical === 0 || isString(canonical)) || !(ledBy === undefined || isString(ledBy))) return undefined;
  const f = flags as number;
  const info: MentionInfo = {
    index,
    start: m.start,
    end: m.end,
    form: form === 0 ? m.text : form,
    ownKey,
    key: key === 0 ? ownKey : key,
    type: ENTITY_TYPES[type as number] as EntityType,
    demonym: (f & DEMONYM) !== 0,
    generic: (f & GENERIC) !== 0,
  };
  if (isString(canonical)) info.canonical = canonical;
  if (m.geo && !(f & NO_GEO)) info.geo = m.geo;
  if (f & TITLED) info.titled = true;
  if (ledBy !== undefined) info.ledBy = ledBy;
  if (f & TITLE_ORG) info.titleOrg = true;
  return info;
}
