import { georgianFontUrl } from "@/lib/i18n/georgian-font";
import { FONT_BASE_PATH, subsetsFor, type EmbeddedFont, type FontSubset } from "../fonts";
import { georgianExportCss } from "../georgian-export-font";

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

function loadUrl(url: string): Promise<string> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
      return toBase64(await response.arrayBuffer());
    });
    // A failed fetch is not cached, so the next export tries again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

const load = (subset: FontSubset) => loadUrl(`${FONT_BASE_PATH}${subset.file}`);

/** Noto Sans Georgian's @font-face rules when the image is Georgian (georgian-export-font.ts); "" otherwise. */
export function georgianFontCss(text: string, locale: string): Promise<string> {
  return georgianExportCss(text, locale, (weight) => loadUrl(georgianFontUrl(weight)));
}

export async function embeddedFontsFor(text: string): Promise<EmbeddedFont[]> {
  const subsets = subsetsFor(text);
  return Promise.all(subsets.map(async (subset) => ({ subset, base64: await load(subset) })));
}
