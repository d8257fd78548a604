import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// Curator passwords are stored as scrypt hashes (node:crypto, no extra dependency), written
//   scrypt:N:r:p:salt:hash
// with N (cost, a power of two), r (block size) and p (parallelism) in decimal, and the salt and
// the derived key in base64url. ":" rather than the usual "$" as separator, because "$" is expanded
// by shells and by .env loaders (dotenv-expand would silently eat "$salt").
// `npm run auth:hash-password` prints one (scripts/hash-password.ts).

const DEFAULT_SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// Bounds on what a stored hash may ask for, so that a mistyped N cannot make every login take
// minutes or gigabytes. 2^10 is the floor for tests; production hashes use DEFAULT_SCRYPT.
const N_MIN = 2 ** 10;
const N_MAX = 2 ** 20;

const PATTERN = /^scrypt:(\d{1,8}):(\d{1,2}):(\d{1,2}):([A-Za-z0-9_-]{16,128}):([A-Za-z0-9_-]{43,172})$/;

export interface PasswordHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

const isPowerOfTwo = (n: number) => n > 0 && (n & (n - 1)) === 0;

export function parsePasswordHash(encoded: string): PasswordHash | null {
  const match = PATTERN.exec(encoded.trim());
  if (!match) return null;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isPowerOfTwo(N) || N < N_MIN || N > N_MAX || r < 1 || r > 32 || p < 1 || p > 16) return null;
  const salt = Buffer.from(match[4]!, "base64url");
  const key = Buffer.from(match[5]!, "base64url");
  if (salt.length < 12 || key.length < KEY_LENGTH) return null;
  return { N, r, p, salt, key };
}

function derive(password: string, salt: Buffer, length: number, { N, r, p }: { N: number; r: number; p: number }): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; the default maxmem (32 MiB) is exactly too small for N=2^15, r=8.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFC"), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, params: { N: number; r: number; p: number } = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, KEY_LENGTH, params);
  return `scrypt:${params.N}:${params.r}:${params.p}:${salt.toString("base64url")}:${key.toString("base64url")}`;
}

/** True when `password` matches; compared in constant time. A malformed hash never matches. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const parsed = parsePasswordHash(encoded);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed);
  return timingSafeEqual(key, parsed.key);
}
