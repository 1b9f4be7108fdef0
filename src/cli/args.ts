// A small, strict argv parser: positionals plus the --flags a command's spec declares, typed and defaulted.
import { KgError } from '../errors.js';
import type { CommandSpec, FlagSpec } from './spec.js';

export type { FlagSpec } from './spec.js';

/** A flag's value after parsing: a string, a number (int/number flags) or true. */
export type FlagValue = string | number | boolean;

export interface ParsedArgs {
  positionals: string[];
  /** Every flag given, or else its `env` variable, or else its default; absent ones are left out. */
  flags: Record<string, FlagValue>;
}

/**
 * Parses `argv` against a command's spec. Unknown options (`--x` or `-x`), missing values and values
 * of the wrong type are usage errors naming the option. `-h` is `--help`; `-` alone and everything
 * after `--` are positionals.
 */
export function parseArgs(argv: string[], spec: CommandSpec, env: Record<string, string | undefined> = {}): ParsedArgs {
  const positionals: string[] = [];
  const given: Record<string, FlagValue> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') given.help = true;
    else if (!arg.startsWith('-') || arg === '-') positionals.push(arg);
    else if (!arg.startsWith('--')) throw unknown(arg, spec);
    else i = readFlag(argv, i, spec, given);
  }
  return { positionals, flags: withDefaults(given, spec, env) };
}

// Reads the flag at argv[i] (and its value) into `given`; returns the index of the last argument used.
function readFlag(argv: string[], i: number, spec: CommandSpec, given: Record<string, FlagValue>): number {
  const arg = argv[i]!;
  const eq = arg.indexOf('=');
  const name = arg.slice(2, eq === -1 ? undefined : eq);
  const def = spec.flags[name];
  if (!def) throw unknown(`--${name}`, spec);
  if (def.type === 'boolean') {
    if (eq !== -1) throw new KgError('USAGE', `option --${name} takes no value`);
    given[name] = true;
    return i;
  }
  const value = eq === -1 ? argv[i + 1] : arg.slice(eq + 1);
  if (value === undefined || (eq === -1 && value.startsWith('--'))) {
    throw new KgError('USAGE', `option --${name} needs a value (${def.arg ?? 'VALUE'})`);
  }
  given[name] = convert(name, value, def);
  return eq === -1 ? i + 1 : i;
}

function withDefaults(given: Record<string, FlagValue>, spec: CommandSpec, env: Record<string, string | undefined>) {
  const flags: Record<string, FlagValue> = {};
  for (const [name, def] of Object.entries(spec.flags)) {
    const fromEnv = def.env ? env[def.env] : undefined;
    const value = given[name] ?? (fromEnv ? convert(name, fromEnv, def, def.env) : def.default);
    if (value !== undefined) flags[name] = value;
  }
  return flags;
}

/** Converts a flag's text to its declared type; a bad value is a usage error naming the flag. */
export function convert(name: string, text: string, def: FlagSpec, source = `--${name}`): FlagValue {
  if (def.type === 'string' || def.type === 'boolean') return text;
  const n = Number(text);
  const ok = text.trim() !== '' && Number.isFinite(n) && (def.type === 'number' || Number.isInteger(n));
  const min = def.min ?? (def.type === 'int' ? 1 : Number.NEGATIVE_INFINITY);
  const max = def.max ?? Number.POSITIVE_INFINITY;
  if (!ok || n < min || n > max) {
    const kind = def.type === 'int' ? 'an integer' : 'a number';
    const range = max === Number.POSITIVE_INFINITY ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new KgError('USAGE', `${source} expects ${kind} ${range}, instead found ${JSON.stringify(text)}`);
  }
  return n;
}

function unknown(option: string, spec: CommandSpec): KgError {
  const close = Object.keys(spec.flags).find((f) => option.replace(/^-+/, '') === f[0] || f.startsWith(option.replace(/^-+/, '')));
  const hint = close ? ` (did you mean --${close}?)` : '';
  return new KgError('USAGE', `unknown option ${option} for kg ${spec.name}${hint}; see kg ${spec.name} --help`);
}

/** The string value of a flag, or undefined. */
export function stringFlag(flags: ParsedArgs['flags'], name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** The numeric value of a flag, or undefined. */
export function numberFlag(flags: ParsedArgs['flags'], name: string): number | undefined {
  const v = flags[name];
  return typeof v === 'number' ? v : undefined;
}
