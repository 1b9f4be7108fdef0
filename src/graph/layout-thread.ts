// ForceAtlas2's iterations of a large layout on a worker thread, so that the main thread can prepare the exports meanwhile.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { KgError } from '../errors.js';
import { fromRoot } from '../paths.js';

// The worker runs the package's own iteration over the packed arrays, nothing else. It is given as source text
// requiring iterate.js by its resolved path rather than as a bundle of its own: the same text runs under tsx and from dist.
const workerSource = (iteratePath: string) => `
const { parentPort } = require('node:worker_threads');
const iterate = require(${JSON.stringify(iteratePath)});
parentPort.once('message', ({ settings, nodes, edges, iterations }) => {
  for (let i = iterations; i > 0; i--) iterate(settings, nodes, edges);
  parentPort.postMessage(nodes, [nodes.buffer]);
});`;

/**
 * Runs `iterations` ForceAtlas2 iterations on a worker thread and resolves with the iterated node array. `nodes`
 * is handed over (its buffer is detached here); `edges` is copied. Same arithmetic as iterating in this thread.
 */
export function iterateOnThread(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array, iterations: number): Promise<Float32Array> {
  const iteratePath = createRequire(fromRoot('package.json')).resolve('graphology-layout-forceatlas2/iterate.js');
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource(iteratePath), { eval: true });
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      reject(new KgError('WORKER_FAILED', `layout thread failed: ${err.message}; run the build again`, { cause: err }));
    };
    worker.once('message', (result: Float32Array) => {
      settled = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`it exited with code ${code} before answering`)));
    worker.postMessage({ settings, nodes, edges, iterations }, [nodes.buffer as ArrayBuffer]);
  });
}
