import { checkSameOrigin, type HeaderSource } from "./origin";

// Is this a write to a page (a server action, or a plain form post) from another site? Next rejects
// such a server action itself, but by throwing, so the client would get a 500; the proxy answers 403
// first. Next's own rule is that the Origin's host must equal X-Forwarded-Host (else Host); ours
// (lib/security/origin.ts) also knows PUBLIC_BASE_URL. A request must pass both to reach an action.
// Without an Origin header the request goes on: the action checks it itself and answers 403.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const firstValue = (value: string | null) => value?.split(",")[0]?.trim() || null;

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

export function isCrossSitePost(method: string, headers: HeaderSource, requestUrl: string, publicBaseUrl?: string): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  if (host === null || originHost(origin) !== host) return true;
  return !checkSameOrigin(headers, requestUrl, publicBaseUrl).ok;
}
