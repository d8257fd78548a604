// Strict UTF-8 decoding for uploaded CSV files. A BOM is allowed (spreadsheets write one) and
// removed; anything that is not UTF-8 is refused with the byte offset where decoding failed, so the
// curator can find the character their editor saved in another encoding.

export type DecodeResult =
  | { ok: true; text: string; hadBom: boolean }
  | { ok: false; offset: number; line: number; message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. Follows the
 * Unicode definition (no overlong forms, no surrogates, nothing above U+10FFFF), which is what
 * TextDecoder's fatal mode rejects; TextDecoder does not say where, so we scan ourselves.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // no overlong 3-byte forms
      if (b === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90; // no overlong 4-byte forms
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k += 1) {
      if (i + k >= n) return i;
      const c = bytes[i + k]!;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** UTF-16 without a BOM is valid UTF-8 byte by byte (ASCII letters alternate with NUL bytes). */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4) return false;
  let nul = 0;
  for (const byte of sample) if (byte === 0) nul += 1;
  return nul >= sample.length / 4;
}

export type CheckResult = { ok: true; body: Uint8Array; hadBom: boolean } | Extract<DecodeResult, { ok: false }>;

/** Checks that the bytes are strict UTF-8 without decoding them; `body` is the bytes after the BOM. */
export function checkUtf8Strict(bytes: Uint8Array): CheckResult {
  if (hasUtf16Bom(bytes)) return UTF16_BOM_FAILURE;
  const hadBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = hadBom ? bytes.subarray(3) : bytes;
  const bad = firstInvalidUtf8Offset(body);
  if (bad >= 0) {
    const offset = bad + (hadBom ? 3 : 0);
    return notUtf8(offset, lineAt(bytes, offset), body.subarray(bad, bad + 4));
  }
  if (looksLikeUtf16(body)) return utf16WithoutBom(body.indexOf(0) + (hadBom ? 3 : 0));
  return { ok: true, body, hadBom };
}

export const UTF16_BOM_FAILURE = {
  ok: false,
  offset: 0,
  line: 1,
  message: "The file is UTF-16 (it starts with a UTF-16 byte order mark). Save it as CSV UTF-8 and try again.",
} as const;

/** Starts with a UTF-16 byte order mark. */
export const hasUtf16Bom = (bytes: Uint8Array) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** The failure of bytes that are not UTF-8: where, and the bytes found there. */
export function notUtf8(offset: number, line: number, found: Uint8Array): Extract<DecodeResult, { ok: false }> {
  const shown = Array.from(found, (byte) => byte.toString(16).toUpperCase().padStart(2, "0")).join(" ");
  return {
    ok: false,
    offset,
    line,
    message:
      `The file is not valid UTF-8: decoding failed at byte ${offset} (line ${line}, bytes ${shown}). ` +
      "It was probably saved as Latin-1 or Windows-1252; save it as CSV UTF-8 and try again.",
  };
}

export function utf16WithoutBom(offset: number): Extract<DecodeResult, { ok: false }> {
  return { ok: false, offset, line: 1, message: "The file looks like UTF-16 without a byte order mark (it is full of NUL bytes). Save it as CSV UTF-8." };
}

export function decodeUtf8Strict(bytes: Uint8Array): DecodeResult {
  const checked = checkUtf8Strict(bytes);
  if (!checked.ok) return checked;
  // The scan above guarantees this succeeds; fatal mode stays on as a second line of defence.
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(checked.body);
  return { ok: true, text, hadBom: checked.hadBom };
}
