// Suites that need something outside the repository (../shared, Python) skip without it, except in CI.

/**
 * Returns `present`; when it is false and CI=true, throws instead, so CI fails loudly rather than
 * skipping a suite because ../shared or Python went missing.
 */
export function requiredInCi(present: boolean, what: string): boolean {
  if (!present && process.env.CI === 'true') throw new Error(`CI=true but ${what} is missing; CI must run every suite`);
  return present;
}
