// Preloaded by the benchmark (node --import): writes the process's peak resident memory on exit.
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.CLAIMLEDGER_RSS_FILE) writeFileSync(process.env.CLAIMLEDGER_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
