// Preloaded (node --import) into a measured child process: when it exits, it writes its own peak
// resident set size (getrusage's ru_maxrss, exact, unlike sampling) to BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  });
}
