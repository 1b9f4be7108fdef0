// A bounded memo table for pure functions of one string, which resolution calls with the same names many times.

const DEFAULT_LIMIT = 200_000;

/**
 * `fn` with its results remembered per argument; the table is emptied when it reaches `limit`
 * entries, so memory stays bounded on any corpus. Only for pure functions whose results are not
 * mutated by callers (strings, numbers, frozen values).
 * @example const key = memoString(nameKey); key('U.S.') // 'us', computed once
 */
export function memoString<T>(fn: (s: string) => T, limit = DEFAULT_LIMIT): (s: string) => T {
  const table = new Map<string, T>();
  return (s) => {
    const seen = table.get(s);
    if (seen !== undefined || table.has(s)) return seen as T;
    const value = fn(s);
    if (table.size >= limit) table.clear();
    table.set(s, value);
    return value;
  };
}
