// Next runs register() once when a server instance starts. On the Node.js runtime it hooks the HTTP
// server (lib/api/server-hook.ts) to carry each API request's query as sent to the proxy
// (lib/api/raw-query.ts), to run the API's gate before Next (lib/api/api-gate-hook.ts), and to
// log one JSON line per request (lib/api/request-log.ts) unless REQUEST_LOG=off.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getEnv }, { installRequestLog }, { installRawQueryStash }, { installApiGate }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/api/request-log"),
    import("@/lib/api/raw-query"),
    import("@/lib/api/api-gate-hook"),
  ]);
  installRawQueryStash();
  installApiGate();
  if (getEnv().REQUEST_LOG === "on") installRequestLog();
}
