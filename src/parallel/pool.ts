// A pool of worker threads extracting articles; results come back in input order whatever the timing.
import { Worker } from 'node:worker_threads';
import { KgError } from '../errors.js';
import type { Article, ArticleExtraction, SkippedInput } from '../types.js';
import type { ResolvedExtractOptions } from './options.js';
import type { ExtractionBody, WorkerMessage } from './protocol.js';
import { type WorkerEntry, workerEntry } from './worker-url.js';

/** Extractions in input order (failed articles left out) and the articles skipped, in input order. */
export interface ExtractResult {
  extractions: ArticleExtraction[];
  skipped: SkippedInput[];
}

interface Slot {
  worker: Worker;
  task: number | null;
  timer?: NodeJS.Timeout;
  ready: boolean;
}

/**
 * Extracts `articles` on `options.workers` threads, one article per message. An article over the
 * budget is skipped ("too complex") and its worker terminated and replaced; a crashed worker skips
 * its article too. A worker that fails before loading its models rejects the whole run.
 */
export function extractInPool(articles: readonly Article[], options: ResolvedExtractOptions): Promise<ExtractResult> {
  if (articles.length === 0) return Promise.resolve({ extractions: [], skipped: [] });
  return new Promise((resolve, reject) => new Pool(articles, options, workerEntry(), resolve, reject).start());
}

/** One run of the pool: the next task to hand out, each task's outcome, the live workers. */
class Pool {
  private readonly outcomes: (ArticleExtraction | string | undefined)[];
  private readonly slots = new Set<Slot>();
  private next = 0;
  private done = 0;

  constructor(
    private readonly articles: readonly Article[],
    private readonly options: ResolvedExtractOptions,
    private readonly entry: WorkerEntry,
    private readonly resolve: (result: ExtractResult) => void,
    private readonly reject: (err: Error) => void,
  ) {
    this.outcomes = new Array(articles.length);
  }

  start(): void {
    for (let i = 0; i < Math.min(this.options.workers, this.articles.length); i++) this.spawn();
  }

  private spawn(): void {
    const slot: Slot = { worker: new Worker(this.entry.script, this.entry.options), task: null, ready: false };
    this.slots.add(slot);
    slot.worker.on('message', (msg: WorkerMessage) => {
      if (msg.kind === 'ready') slot.ready = true;
      else if (slot.task === msg.task) {
        const article = this.articles[msg.task]!;
        this.settle(slot, msg.task, msg.body ? withArticle(article, msg.body) : `extraction failed: ${msg.error}`);
      }
      this.dispatch(slot);
    });
    slot.worker.on('error', (err) => this.crash(slot, err.message));
    slot.worker.on('exit', (code) => this.crash(slot, `exit code ${code}`));
  }

  private dispatch(slot: Slot): void {
    if (this.next >= this.articles.length || !this.slots.has(slot)) return;
    const task = this.next++;
    slot.task = task;
    slot.worker.postMessage({ task, article: this.articles[task] });
    slot.timer = setTimeout(() => {
      this.settle(slot, task, `too complex (extraction took over ${formatSeconds(this.options.budgetMs)})`);
      this.replace(slot);
    }, this.options.budgetMs);
  }

  private settle(slot: Slot, task: number, outcome: ArticleExtraction | string): void {
    clearTimeout(slot.timer);
    slot.task = null;
    this.outcomes[task] = outcome;
    this.done++;
    this.options.onProgress?.(this.done, this.articles.length);
    if (this.done === this.articles.length) this.finish();
  }

  private crash(slot: Slot, why: string): void {
    if (!this.slots.has(slot)) return;
    if (!slot.ready) {
      this.finish(new KgError('WORKER_FAILED', `an extraction worker failed to start: ${why}; try --workers 1`));
      return;
    }
    if (slot.task !== null) this.settle(slot, slot.task, `extraction failed: worker crashed (${why})`);
    this.replace(slot);
  }

  private replace(slot: Slot): void {
    this.stop(slot);
    if (this.done < this.articles.length && this.next < this.articles.length) this.spawn();
  }

  private stop(slot: Slot): void {
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    void slot.worker.terminate();
  }

  private finish(err?: Error): void {
    for (const slot of this.slots) this.stop(slot);
    if (err) this.reject(err);
    else this.resolve(collect(this.articles, this.outcomes));
  }
}

/**
 * The extraction with its article. Sentence and mention texts arrive as copies; where a copy equals
 * the article's text at its offsets it is replaced by a slice of the article's text, which V8 keeps
 * as a view (no second copy of every sentence in memory).
 */
function withArticle(article: Article, body: ExtractionBody): ArticleExtraction {
  const text = article.text;
  for (const x of [...body.sentences, ...body.mentions]) {
    if (x.text.length > 12 && x.text === text.slice(x.start, x.end)) x.text = text.slice(x.start, x.end);
  }
  return { article, ...body };
}

/** Input-order extractions and skips from the per-task outcomes (an extraction, or a skip reason). */
function collect(articles: readonly Article[], outcomes: readonly (ArticleExtraction | string | undefined)[]): ExtractResult {
  const out: ExtractResult = { extractions: [], skipped: [] };
  outcomes.forEach((outcome, i) => {
    if (typeof outcome === 'object') out.extractions.push(outcome);
    else out.skipped.push({ path: articles[i]!.path, reason: outcome ?? 'extraction failed: no result' });
  });
  return out;
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : `${ms} ms`;
}
