import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

// The fingerprint recorded for every imported file, so that an import can be traced to its bytes.
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The same of a file on disk, read as a stream. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) hash.update(chunk);
  return hash.digest("hex");
}
