// The JavaScript budget: after `next build`, the gzipped size of each page's first-load JavaScript
// (what the browser must fetch before the page is interactive), checked against a budget. Exceeding
// one fails the build (npm run build, and the builds of scripts/lib/next-cli.ts).
//
// First-load JavaScript of a route = the framework's root chunks (build-manifest.json
// rootMainFiles) + every chunk the route's own segments need (their layouts, page, loading, error
// and not-found files: entryJSFiles of the route's client reference manifest). Chunks loaded later
// by dynamic import() (the charts: components/charts/lazy-charts.tsx; the export tools) are not
// part of it. Sizes are gzip level 6, as `next start` serves them.
//
// Usage: tsx scripts/check-bundle-budget.ts [--dist .next] [--report]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Budgets in KB (1024 bytes) of gzipped JavaScript per route; routes not listed get DEFAULT. */
export const BUDGETS_KB: Record<string, number> = {
  // The overview is the page most people land on: its first load must stay light (Lighthouse's
  // mobile score, bench d, falls as it grows). Its routes carry the locale segment.
  "/[locale]": 220,
  "/[locale]/datasets/[slug]": 220,
};
const DEFAULT_BUDGET_KB = 320;

interface ClientManifest {
  entryJSFiles?: Record<string, string[]>;
}

export interface RouteSize {
  route: string;
  files: number;
  gzipBytes: number;
  budgetKb: number;
}

function readClientManifest(file: string): ClientManifest {
  // `globalThis.__RSC_MANIFEST["/page"] = {...};`: the JSON object is everything after the first "= ".
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("= {");
  if (start < 0) throw new Error(`${file}: not a client reference manifest`);
  return JSON.parse(text.slice(start + 2).replace(/;\s*$/, "")) as ClientManifest;
}

export function firstLoadSizes(distDir: string): RouteSize[] {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const gzipCache = new Map<string, number>();
  const gzipSize = (file: string) => {
    let size = gzipCache.get(file);
    if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(path.join(distDir, file)), { level: 6 }).byteLength));
    return size;
  };
  const sizes: RouteSize[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue;
    const manifestFile = path.join(distDir, "server", "app", `${entry}_client-reference-manifest.js`);
    if (!existsSync(manifestFile)) continue;
    const files = new Set(buildManifest.rootMainFiles);
    for (const list of Object.values(readClientManifest(manifestFile).entryJSFiles ?? {})) for (const file of list) files.add(file);
    const js = [...files].filter((file) => file.endsWith(".js"));
    sizes.push({
      route,
      files: js.length,
      gzipBytes: js.reduce((sum, file) => sum + gzipSize(file), 0),
      budgetKb: BUDGETS_KB[route] ?? DEFAULT_BUDGET_KB,
    });
  }
  return sizes.sort((a, b) => a.route.localeCompare(b.route));
}

function main() {
  const args = process.argv.slice(2);
  const distIndex = args.indexOf("--dist");
  const distDir = path.resolve(distIndex >= 0 ? args[distIndex + 1]! : (process.env.NEXT_DIST_DIR ?? ".next"));
  if (!existsSync(path.join(distDir, "build-manifest.json"))) {
    console.error(`bundle budget: no build in ${distDir} (run next build first)`);
    process.exit(1);
  }
  const sizes = firstLoadSizes(distDir);
  const over = sizes.filter((size) => size.gzipBytes > size.budgetKb * 1024);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  if (args.includes("--report") || over.length > 0) {
    console.log("First-load JavaScript per page (gzip):");
    for (const size of sizes)
      console.log(`  ${size.route.padEnd(28)} ${kb(size.gzipBytes).padStart(7)} KB / ${size.budgetKb} KB  (${size.files} files)${size.gzipBytes > size.budgetKb * 1024 ? "  OVER BUDGET" : ""}`);
  }
  if (over.length > 0) {
    console.error(
      `\nbundle budget exceeded: ${over.map((size) => `${size.route} ${kb(size.gzipBytes)} KB > ${size.budgetKb} KB`).join(", ")}.\n` +
        "Load heavy client code where it is used (next/dynamic or import()), or raise the budget in scripts/check-bundle-budget.ts with a reason.",
    );
    process.exit(1);
  }
  const root = sizes.find((size) => size.route === "/");
  console.log(`bundle budget: ok (${sizes.length} pages${root ? `; / ${kb(root.gzipBytes)} KB of ${root.budgetKb} KB` : ""})`);
}

if (process.argv[1] && /check-bundle-budget\.ts$/.test(process.argv[1])) main();
