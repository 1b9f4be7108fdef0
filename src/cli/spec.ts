// Command specs: one declaration per command gives its flags, their defaults and its generated --help.

/** How a flag's value is read. */
export type FlagType = 'string' | 'boolean' | 'int' | 'number';

/** One --flag of a command. */
export interface FlagSpec {
  type: FlagType;
  /** One-line description for --help. */
  help: string;
  /** Placeholder shown in --help for flags that take a value. @default 'VALUE' */
  arg?: string;
  /** Value when the flag is absent (and no `env` variable is set); shown in --help. */
  default?: string | number | boolean;
  /** Environment variable read when the flag is absent; shown in --help. */
  env?: string;
  /** Inclusive bounds for `int` and `number` flags. */
  min?: number;
  max?: number;
}

/** A command: what it is called, what it takes and what it does; --help is generated from it. */
export interface CommandSpec {
  name: string;
  /** The arguments after `kg <name>`, e.g. `<files or folders...> [options]`. */
  usage: string;
  /** One line for the top-level `kg --help`. */
  summary: string;
  /** Paragraphs printed after the usage line. */
  description: string;
  flags: Record<string, FlagSpec>;
}

/** The flag every command has. */
export const HELP_FLAG: FlagSpec = { type: 'boolean', help: 'show this help' };

/** The --help text of a command: usage, description and every flag with its default and variable. */
export function formatHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.flags).map(([name, f]) => {
    const left = `--${name}${f.type === 'boolean' ? '' : ` ${f.arg ?? 'VALUE'}`}`;
    const notes = [f.env ? `env ${f.env}` : '', f.default !== undefined && f.type !== 'boolean' ? `default ${f.default}` : '']
      .filter(Boolean)
      .join('; ');
    return [left, notes ? `${f.help} (${notes})` : f.help] as const;
  });
  const width = Math.max(...rows.map(([a]) => a.length));
  const options = rows.map(([a, h]) => `  ${a.padEnd(width)}  ${h}`).join('\n');
  return `Usage: kg ${spec.name} ${spec.usage}\n\n${spec.description}\n\nOptions:\n${options}`;
}
