import { firstInvalidUtf8Offset, notUtf8, type DecodeResult } from "./decode";

// Strict UTF-8 checked a chunk at a time as a file is read (decode.ts checks bytes held whole): a
// character cut by a chunk's end is carried into the next chunk, and the failure names the byte
// offset and line in the whole file, as a whole-file check does.

type Failure = Extract<DecodeResult, { ok: false }>;

/** How many bytes at the end of `bytes` begin a character that the next chunk completes. */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < length ? back : 0;
    }
  }
  return 0;
}

function newlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) count += 1;
  return count;
}

export class Utf8StreamCheck {
  private offset: number;
  private line: number;
  private carry: Uint8Array = new Uint8Array(0);
  failure: Failure | null = null;

  /** `offset` and `lines`: where in the file the first chunk starts (after a byte order mark, say). */
  constructor(offset = 0, lines = 0) {
    this.offset = offset;
    this.line = 1 + lines;
  }

  /** Checks the next chunk; false once the file is known not to be UTF-8. */
  feed(chunk: Uint8Array): boolean {
    if (this.failure) return false;
    const bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const cut = bytes.length - unfinishedTail(bytes);
    const body = bytes.subarray(0, cut);
    const bad = firstInvalidUtf8Offset(body);
    if (bad >= 0) {
      this.failure = notUtf8(this.offset + bad, this.line + newlines(body.subarray(0, bad)), bytes.subarray(bad, bad + 4));
      return false;
    }
    this.line += newlines(body);
    this.offset += cut;
    this.carry = Uint8Array.from(bytes.subarray(cut));
    return true;
  }

  /** The end of the file: a character it cuts off is not UTF-8. */
  end(): Failure | null {
    if (!this.failure && this.carry.length > 0) this.failure = notUtf8(this.offset, this.line, this.carry);
    return this.failure;
  }
}
