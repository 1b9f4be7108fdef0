// A progress bar on stderr that appears only when a run takes longer than a moment.
import type { Stage } from '../pipeline.js';

const DELAY_MS = 1000;
const WIDTH = 28;

/** Returns an onProgress callback and a `done()` that clears the bar. Silent when stderr is not a TTY. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = 0;
  let shown = false;
  // Rate and ETA are per stage: counted from the stage's first report.
  let current: { stage: Stage; at: number; done: number } | undefined;
  const enabled = Boolean(stream.isTTY);
  return {
    update(stage: Stage, done: number, total: number): void {
      if (!enabled) return;
      const now = Date.now();
      if (current?.stage !== stage) current = { stage, at: now, done };
      if (now - started < DELAY_MS || (now - last < 80 && done < total)) return;
      last = now;
      shown = true;
      const frac = total ? done / total : 1;
      const filled = Math.round(frac * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r${stage.padEnd(8)} ${bar} ${done}/${total}${rateAndEta(current, now, done, total)} ${((now - started) / 1000).toFixed(1)}s `);
    },
    done(): void {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}

/** ` 41.2/s ETA 1m05s` for the current stage once it has advanced, else ''. */
export function rateAndEta(since: { at: number; done: number }, now: number, done: number, total: number): string {
  const seconds = (now - since.at) / 1000;
  const rate = (done - since.done) / seconds;
  if (!(seconds > 0.5) || !(rate > 0)) return '';
  const left = Math.round((total - done) / rate);
  const eta = left >= 60 ? `${Math.floor(left / 60)}m${String(left % 60).padStart(2, '0')}s` : `${left}s`;
  return ` ${rate.toFixed(rate < 100 ? 1 : 0)}/s${done < total ? ` ETA ${eta}` : ''}`;
}
