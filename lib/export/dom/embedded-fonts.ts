import { FONT_BASE_PATH, subsetsFor, type EmbeddedFont, type FontSubset } from "../fonts";

// The Inter subsets an export needs, fetched once from our own origin (/fonts/, public/fonts) and
// kept as base64 for the rest of the visit.

const cache = new Map<string, Promise<string>>();

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = "";
  // In slices: String.fromCharCode with too many arguments overflows the stack.
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

function load(subset: FontSubset): Promise<string> {
  let pending = cache.get(subset.file);
  if (!pending) {
    pending = fetch(`${FONT_BASE_PATH}${subset.file}`).then(async (response) => {
      if (!response.ok) throw new Error(`font ${subset.file}: HTTP ${response.status}`);
      return toBase64(await response.arrayBuffer());
    });
    // A failed fetch is not cached, so the next export tries again.
    pending.catch(() => cache.delete(subset.file));
    cache.set(subset.file, pending);
  }
  return pending;
}

export async function embeddedFontsFor(text: string): Promise<EmbeddedFont[]> {
  const subsets = subsetsFor(text);
  return Promise.all(subsets.map(async (subset) => ({ subset, base64: await load(subset) })));
}
