// kg: the command-line entry point (the only module that reads process.argv or exits).
import { isKgError } from '../errors.js';
import { COMMANDS } from './commands/index.js';

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.spec.name.length));
  const rows = COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}  ${c.spec.summary}\n  ${' '.repeat(width)}  kg ${c.spec.name} ${c.spec.usage}`);
  return `kg: build a knowledge graph from news articles

Usage: kg <command> [options]

Commands:
${rows.join('\n')}

Run kg <command> --help for a command's options.`;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(topHelp());
    return command ? 0 : 2;
  }
  if (command === '--version') {
    console.log(process.env.npm_package_version ?? '0.1.0');
    return 0;
  }
  const found = COMMANDS.find((c) => c.spec.name === command);
  if (!found) {
    const kind = command.startsWith('-') ? 'option' : 'command';
    console.error(`kg: unknown ${kind} "${command}"; expected one of ${COMMANDS.map((c) => c.spec.name).join(', ')}`);
    return 2;
  }
  return found.run(rest);
}

function report(err: unknown): number {
  if (isKgError(err)) {
    console.error(`kg: ${err.message}`);
    return err.code === 'USAGE' ? 2 : 1;
  }
  // Not one of ours: still one line on stderr; the stack only when asked for.
  const e = err as NodeJS.ErrnoException;
  console.error(`kg: ${e?.message?.split('\n', 1)[0] ?? String(err)}`);
  if (process.env.KG_DEBUG) console.error(err);
  return 1;
}

// Exits explicitly: a driver or a timer left open by a failed connection must not keep the process alive.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => process.exit(report(err)),
);
