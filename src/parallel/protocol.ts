// Messages between the extraction pool and its worker threads (structured-clone plain data).
import type { Article, ArticleExtraction } from '../types.js';

/** What a worker sends back for one article: the extraction without the article (the pool has it). */
export type ExtractionBody = Omit<ArticleExtraction, 'article'>;

/** Pool → worker: extract this article. `task` is the article's index in the input. */
export interface TaskMessage {
  task: number;
  article: Article;
}

/** Worker → pool: the worker loaded its models and takes tasks. */
export interface ReadyMessage {
  kind: 'ready';
}

/** Worker → pool: one task finished, with its extraction or the error it raised. */
export interface ResultMessage {
  kind: 'result';
  task: number;
  body?: ExtractionBody;
  error?: string;
}

export type WorkerMessage = ReadyMessage | ResultMessage;

/** Drops the article from an extraction, for the trip back to the pool. */
export function toBody(extraction: ArticleExtraction): ExtractionBody {
  return { sentences: extraction.sentences, mentions: extraction.mentions, relations: extraction.relations };
}
