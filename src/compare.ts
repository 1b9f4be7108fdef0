// Locale-independent string order, so sorted output never depends on the machine.

/** Orders strings by UTF-16 code units (what `<` does), unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
