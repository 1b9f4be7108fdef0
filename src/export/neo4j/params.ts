// Properties and rows in the shape the driver sends: counts wrapped as integers, contributions paired with corpora.
import { type EntityContribution, entityProps, type RelContribution, relProps, type Tagged } from './contributions.js';
import { driverModule } from './driver.js';

/** Integers must be wrapped, or the driver sends them as floats. */
export const int = (n: number) => driverModule().int(n);

/** Pairs parallel `corpora` / `contributions` lists read back from the database. */
export function tagged<T>(corpora: string[], contributions: string[]): Tagged<T>[] {
  return corpora.map((corpus, i) => ({ corpus, value: JSON.parse(contributions[i] ?? 'null') as T }));
}

/** Entity properties ready for the driver (counts as integers). */
export function entityParamProps(contributions: Tagged<EntityContribution>[]): Record<string, unknown> {
  const p = entityProps(contributions);
  return { ...p, mentions: int(p.mentions) };
}

/** Relationship properties ready for the driver (counts as integers). */
export function relParamProps(type: string, contributions: Tagged<RelContribution>[]): Record<string, unknown> {
  const p = relProps(type, contributions);
  const out: Record<string, unknown> = { ...p, weight: int(p.weight) };
  if (p.count !== undefined) out.count = int(p.count);
  return out;
}
