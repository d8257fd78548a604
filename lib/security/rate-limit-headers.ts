import type { RateDecision } from "./rate-store";

// The rate-limit fields of the IETF draft "RateLimit header fields for HTTP" (the three-field form
// most clients read), on every limited answer, and Retry-After (RFC 9110) on a refusal.

export function rateLimitHeaders(decision: RateDecision): Record<string, string> {
  if (decision.limit === 0) return {};
  return {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
    ...(decision.allowed ? {} : { "Retry-After": String(decision.retryAfterSeconds) }),
  };
}
