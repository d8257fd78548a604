// Next runs register() once when a server instance starts. On the Node.js runtime it hooks the HTTP
// server (lib/api/server-hook.ts) to carry each API request's query as sent to the proxy
// (lib/api/raw-query.ts), and to log one JSON line per request (lib/api/request-log.ts) unless
// REQUEST_LOG=off.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getEnv }, { installRequestLog }, { installRawQueryStash }] = await Promise.all([
    import("@/lib/env"),
    import("@/lib/api/request-log"),
    import("@/lib/api/raw-query"),
  ]);
  installRawQueryStash();
  if (getEnv().REQUEST_LOG === "on") installRequestLog();
}
