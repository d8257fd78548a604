// The security headers of every response, built here and set by proxy.ts.
//
// Pages get a Content-Security-Policy with a fresh nonce per request: Next reads the nonce from the
// policy and puts it on its own scripts, and app/layout.tsx passes it to the one inline script we
// write (the theme script). 'strict-dynamic' lets those scripts load the page's chunks.
//
// style-src allows 'unsafe-inline' on purpose: server-rendered HTML carries style="" attributes
// (React's style prop, Recharts' chart boxes and tooltips, the loading skeletons), and a nonce
// cannot cover attributes. Styles cannot run script, and no data value ever reaches a style, so the
// remaining risk is cosmetic. (A nonce must then NOT appear in style-src: browsers ignore
// 'unsafe-inline' when a nonce is listed.)
//
// Embeds (/embed/**) may be framed by any site; everything else by none (frame-ancestors 'none' and
// X-Frame-Options DENY for old browsers).

const EMBED_PREFIX = "/embed";

export function isEmbedPath(pathname: string): boolean {
  return pathname === EMBED_PREFIX || pathname.startsWith(`${EMBED_PREFIX}/`);
}

/** 128 random bits, base64: unguessable and unique per response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

export interface PagePolicyOptions {
  nonce: string;
  embed: boolean;
  /** next dev needs 'unsafe-eval' (React rebuilds server error stacks with eval); production never does. */
  dev: boolean;
  https: boolean;
}

export function pageContentSecurityPolicy({ nonce, embed, dev, https }: PagePolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // data: and blob: for chart images made in the browser (PNG export).
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embed ? "*" : "'none'"}`,
    // Only over https: on plain-http localhost it would rewrite our own asset URLs to https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

const COMMON = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
} as const;

export function pageSecurityHeaders(pathname: string, options: Omit<PagePolicyOptions, "embed">): Record<string, string> {
  const embed = isEmbedPath(pathname);
  return {
    ...COMMON,
    "Content-Security-Policy": pageContentSecurityPolicy({ ...options, embed }),
    ...(embed ? {} : { "X-Frame-Options": "DENY" }),
  };
}

/** API answers are data, never documents: nothing in them may run, load or be framed. */
export function apiSecurityHeaders(): Record<string, string> {
  return {
    ...COMMON,
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Frame-Options": "DENY",
  };
}
