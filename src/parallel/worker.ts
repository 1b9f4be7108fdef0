// Worker-thread entry of the extraction pool: loads the models once, then extracts one article per message.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import { type TaskMessage, toBody, type WorkerMessage } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('src/parallel/worker.ts runs as a worker thread, not as a script');

// Load the tagger, gazetteer and lexicons before the first timed task, so the per-article budget
// measures extraction, not start-up.
extractArticle({ id: 'warm-up', path: 'warm-up', title: '', text: 'Anna Ortega met officials in Freedonia on Monday.' });
port.postMessage({ kind: 'ready' } satisfies WorkerMessage);

port.on('message', ({ task, article }: TaskMessage) => {
  let reply: WorkerMessage;
  try {
    reply = { kind: 'result', task, body: toBody(extractArticle(article)) };
  } catch (err) {
    reply = { kind: 'result', task, error: (err as Error).message };
  }
  port.postMessage(reply);
});
