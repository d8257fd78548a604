// lib/db.ts and every lib/data/** module begin with `import "server-only"`, so that no client
// component can pull the database into the browser. That package's main entry throws; only Node's
// "react-server" export condition maps it to an empty module. Next applies the condition to server
// code by itself, and vitest aliases the package (vitest.config.ts). Every other Node process that
// loads these modules is started with this flag on its command line: the tsx scripts of
// package.json ("tsx --conditions=react-server ..."), the import worker (lib/import/spawn-worker.ts),
// Playwright's runner (scripts/e2e.ts) and the benchmark's children (bench/lib/proc.ts).
// Not through NODE_OPTIONS: every child process would inherit it, and `next build` and `next start`
// must not run under the react-server condition (React's server build cannot render HTML).
export const REACT_SERVER_CONDITION = "--conditions=react-server";
