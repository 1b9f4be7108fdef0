// A progress bar on stderr that appears only when a run takes longer than a moment.
import type { Stage } from '../pipeline.js';

const DELAY_MS = 1000;
const WIDTH = 28;

/** Returns an onProgress callback and a `done()` that clears the bar. Silent when stderr is not a TTY. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = 0;
  let shown = false;
  const enabled = Boolean(stream.isTTY);
  return {
    update(stage: Stage, done: number, total: number): void {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < DELAY_MS || (now - last < 80 && done < total)) return;
      last = now;
      shown = true;
      const frac = total ? done / total : 1;
      const filled = Math.round(frac * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r${stage.padEnd(8)} ${bar} ${done}/${total} ${((now - started) / 1000).toFixed(1)}s `);
    },
    done(): void {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
