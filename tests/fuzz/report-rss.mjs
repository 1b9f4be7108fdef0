// Preloaded into a child `node --import` run: writes the process's peak RSS (kB) to $KG_RSS_FILE on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.KG_RSS_FILE) writeFileSync(process.env.KG_RSS_FILE, String(process.resourceUsage().maxRSS));
});
