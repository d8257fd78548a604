import type { HeaderSource } from "@/lib/security/origin";

// The client address used as a rate-limit key. `next start` sets X-Forwarded-For to the socket's
// address only when the request has none, so the value is only as trustworthy as what sits in
// front of the server: behind a reverse proxy, configure it to overwrite the header with the peer
// address (nginx: `proxy_set_header X-Forwarded-For $remote_addr;`). We take the right-most entry,
// the one added by the proxy nearest to us. The login limit also counts per user name, which no
// header can dodge.

export function clientIp(headers: HeaderSource): string {
  const forwarded = headers.get("x-forwarded-for");
  const entries = (forwarded ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const raw = entries.at(-1) ?? headers.get("x-real-ip")?.trim() ?? "";
  const ip = raw.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 64);
  return ip === "" ? "unknown" : ip;
}
