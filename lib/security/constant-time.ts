import { createHash, timingSafeEqual } from "node:crypto";

// Compares two strings without leaking, through timing, where they first differ or how long the
// expected one is: both are hashed to 32 bytes first, then compared with timingSafeEqual.
export function safeEqual(a: string, b: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(a), digest(b));
}
