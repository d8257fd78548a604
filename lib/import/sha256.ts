import { createHash } from "node:crypto";

// The fingerprint recorded for every imported file, so that an import can be traced to its bytes.
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
