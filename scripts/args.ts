// Command-line options of the scripts (benchmarks, training, evaluation, resource builders).

/** The value after `--name` on the command line, or `fallback` when the option is absent or has no value. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
