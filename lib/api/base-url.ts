import { getEnv } from "@/lib/env";

// The origin that links in a response start with: PUBLIC_BASE_URL when the deployment sets one
// (behind a proxy the request's own URL may be internal), else the origin the request came to.
export function requestBaseUrl(request: Request): string {
  return getEnv().PUBLIC_BASE_URL ?? new URL(request.url).origin;
}
