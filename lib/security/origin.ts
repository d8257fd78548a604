// Is a write request coming from our own pages? Browsers send Origin on every POST (and on
// cross-origin requests of any method); a page on another site cannot forge it or set
// X-Forwarded-Host without a CORS preflight, which we never grant. Without Origin we fall back to
// Sec-Fetch-Site, then to Referer; a write with none of the three is refused, so non-browser
// clients must send an Origin header naming this site.

export interface HeaderSource {
  get(name: string): string | null;
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The origins this request may legitimately come from: the Host it was sent to, the URL, and PUBLIC_BASE_URL. */
function ownOrigins(headers: HeaderSource, requestUrl?: string, publicBaseUrl?: string): Set<string> {
  const origins = new Set<string>();
  const urlOrigin = requestUrl ? originOf(requestUrl) : null;
  const proto = first(headers.get("x-forwarded-proto")) ?? (urlOrigin ? new URL(urlOrigin).protocol.slice(0, -1) : "http");
  for (const host of [first(headers.get("x-forwarded-host")), first(headers.get("host"))]) {
    if (host && /^[A-Za-z0-9.\-:[\]]+$/.test(host)) {
      const origin = originOf(`${proto}://${host}`);
      if (origin) origins.add(origin);
    }
  }
  if (urlOrigin) origins.add(urlOrigin);
  const publicOrigin = publicBaseUrl ? originOf(publicBaseUrl) : null;
  if (publicOrigin) origins.add(publicOrigin);
  return origins;
}

export function checkSameOrigin(headers: HeaderSource, requestUrl?: string, publicBaseUrl?: string): OriginVerdict {
  const own = ownOrigins(headers, requestUrl, publicBaseUrl);
  const origin = headers.get("origin");
  if (origin !== null) {
    const parsed = origin === "null" ? null : originOf(origin);
    return parsed !== null && own.has(parsed) ? { ok: true } : { ok: false, reason: "the request comes from another site" };
  }
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" ? { ok: true } : { ok: false, reason: "the request comes from another site" };
  const referer = headers.get("referer");
  if (referer !== null) {
    const parsed = originOf(referer);
    return parsed !== null && own.has(parsed) ? { ok: true } : { ok: false, reason: "the request comes from another site" };
  }
  return { ok: false, reason: "the request does not say where it comes from (send an Origin header)" };
}
