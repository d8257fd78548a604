// What Lighthouse's simulated FCP and LCP count, from one Lighthouse run the bench kept
// (bench/work/lighthouse/<preset>-<n>.json with its trace and DevTools log beside it).
//
// Lighthouse does not time the page on slow 4G: it loads it once at full speed (the "observed" run)
// and simulates each metric from the requests and main-thread tasks that the observed paint
// depended on. A script counts towards LCP when it finished loading and started running before the
// observed LCP; on a local server every first-load script has usually done both, so the simulated
// LCP is what downloading all of them on slow 4G costs. This prints each graph's nodes in the
// order the simulation finishes them, to see which requests a change took in or out.
//
// Usage: npm run bench:lantern -- bench/work/lighthouse/mobile-0.json
import { readFileSync } from "node:fs";
import * as constants from "lighthouse/core/config/constants.js";
import { LanternFirstContentfulPaint } from "lighthouse/core/computed/metrics/lantern-first-contentful-paint.js";
import { LanternLargestContentfulPaint } from "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js";

const reportPath = process.argv[2];
if (!reportPath?.endsWith(".json")) {
  console.error("usage: npm run bench:lantern -- bench/work/lighthouse/<preset>-<n>.json");
  process.exit(2);
}
const base = reportPath.slice(0, -".json".length);
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const report = readJson(reportPath);
const settings = { ...constants.defaultSettings, ...report.configSettings };
const url = report.finalDisplayedUrl;
const data = {
  trace: readJson(`${base}-0.trace.json`),
  devtoolsLog: readJson(`${base}-0.devtoolslog.json`),
  gatherContext: { gatherMode: "navigation" },
  settings,
  simulator: null,
  URL: { requestedUrl: url, mainDocumentUrl: url, finalDisplayedUrl: url },
  SourceMaps: [],
};
const context = { computedCache: new Map(), settings };
const observed = report.audits.metrics.details.items[0];
console.log(`observed: FCP ${Math.round(observed.observedFirstContentfulPaint)} ms, LCP ${Math.round(observed.observedLargestContentfulPaint)} ms, DOMContentLoaded ${Math.round(observed.observedDomContentLoaded)} ms`);

/** One line per node of the graph, in the order the simulation finished them. */
function describe(graph, estimate) {
  const rows = [];
  graph.traverse((node) => {
    const end = Math.round(estimate.nodeTimings.get(node)?.endTime ?? -1);
    const what =
      node.type === "network"
        ? `${node.request.resourceType} ${node.request.url.replace(/^https?:\/\/[^/]+/, "")} (${node.request.priority})`
        : `main-thread task of ${Math.round((node.endTime - node.startTime) / 1000)} ms, observed at ${Math.round((node.startTime - graph.startTime) / 1000)} ms`;
    rows.push([end, what]);
  });
  return rows.sort((a, b) => a[0] - b[0]).map(([end, what]) => `  ${String(end).padStart(6)} ms  ${what}`);
}

for (const [name, metric] of [
  ["FCP", LanternFirstContentfulPaint],
  ["LCP", LanternLargestContentfulPaint],
]) {
  const result = await metric.request(data, context);
  console.log(`\n${name} simulated ${Math.round(result.timing)} ms (optimistic ${Math.round(result.optimisticEstimate.timeInMs)}, pessimistic ${Math.round(result.pessimisticEstimate.timeInMs)}); the optimistic graph:`);
  console.log(describe(result.optimisticGraph, result.optimisticEstimate).join("\n"));
}
