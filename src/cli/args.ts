// A small, strict argv parser: positionals plus declared --flags (string or boolean).
import { KgError } from '../errors.js';

export interface FlagSpec {
  type: 'string' | 'boolean';
  /** One-line description for --help. */
  help: string;
  /** Placeholder shown in --help for string flags. */
  arg?: string;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | boolean>;
}

/** Parses `argv` against `spec`; unknown flags and missing values are usage errors. */
export function parseArgs(argv: string[], spec: Record<string, FlagSpec>): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg === '-h') flags.help = true;
      else positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const def = spec[name];
    if (!def) throw new KgError('USAGE', `unknown option --${name}; see --help`);
    if (def.type === 'boolean') {
      if (eq !== -1) throw new KgError('USAGE', `option --${name} takes no value`);
      flags[name] = true;
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new KgError('USAGE', `option --${name} needs a value (${def.arg ?? 'VALUE'})`);
    }
    flags[name] = value;
  }
  return { positionals, flags };
}

/** Reads a positive integer flag, or the default; a bad value is a usage error naming the flag. */
export function intFlag(flags: ParsedArgs['flags'], name: string, fallback: number): number {
  const v = flags[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    throw new KgError('USAGE', `--${name} expects a positive integer, instead found ${JSON.stringify(v)}`);
  }
  return n;
}

/** Formats a flag table for --help. */
export function formatFlags(spec: Record<string, FlagSpec>): string {
  const rows = Object.entries(spec).map(([name, f]) => [`--${name}${f.arg ? ` ${f.arg}` : ''}`, f.help] as const);
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, h]) => `  ${a.padEnd(width)}  ${h}`).join('\n');
}
