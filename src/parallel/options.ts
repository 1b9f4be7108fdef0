// Options of the extraction stage (workers, per-article budget), their defaults and their check.
import { availableParallelism } from 'node:os';
import { KgError } from '../errors.js';

/** How extraction runs; all optional. */
export interface ExtractOptions {
  /**
   * Worker threads extracting in parallel; 1 extracts in this thread (no budget is enforced then).
   * @default the number of cores (`os.availableParallelism()`)
   * @example { workers: 2 }
   */
  workers?: number;
  /**
   * Milliseconds an article may take before it is skipped as too complex (its worker is replaced).
   * @default 20000
   */
  budgetMs?: number;
  /** Called after each article, for progress bars. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_EXTRACT_OPTIONS = { budgetMs: 20_000 } as const;

export type ResolvedExtractOptions = Required<Omit<ExtractOptions, 'onProgress'>> & Pick<ExtractOptions, 'onProgress'>;

/** Fills in defaults and checks the values; a bad value is a USAGE KgError naming the option. */
export function resolveExtractOptions(options: ExtractOptions = {}): ResolvedExtractOptions {
  const workers = options.workers ?? availableParallelism();
  const budgetMs = options.budgetMs ?? DEFAULT_EXTRACT_OPTIONS.budgetMs;
  if (!Number.isInteger(workers) || workers < 1) {
    throw new KgError('USAGE', `workers: expected a positive integer, instead found ${String(workers)}`);
  }
  if (!(budgetMs > 0)) throw new KgError('USAGE', `budget: expected a positive number of milliseconds, instead found ${String(budgetMs)}`);
  return { workers, budgetMs, onProgress: options.onProgress };
}
