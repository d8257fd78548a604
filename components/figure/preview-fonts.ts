import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The fonts a link preview in Georgian is drawn with. next/og's own font has no Georgian letters,
// and fonts given to it replace it, so the set covers Latin (titles and sources stay as printed) and
// Georgian; values are written in words, not symbols. Satori reads WOFF, not WOFF2. Each subset is
// a family of its own, listed in PREVIEW_FONT_FAMILY: satori keeps one font per family, weight and
// style, and would otherwise drop all subsets but one (and try to fetch the missing letters). Read once.

const DIR = path.join(process.cwd(), "node_modules/@fontsource/noto-sans-georgian/files");
const FILES = [
  ["latin", 400],
  ["latin", 700],
  ["latin-ext", 400],
  ["georgian", 400],
  ["georgian", 700],
] as const;

interface PreviewFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: "normal";
}

const family = (subset: string) => `Noto Sans Georgian ${subset}`;

/** The CSS font-family of a Georgian preview: every subset, Latin first. */
export const PREVIEW_FONT_FAMILY = [...new Set(FILES.map(([subset]) => family(subset)))].join(", ");

let loaded: Promise<PreviewFont[]> | null = null;

export function georgianPreviewFonts(): Promise<PreviewFont[]> {
  loaded ??= Promise.all(
    FILES.map(async ([subset, weight]) => {
      const bytes = await readFile(path.join(DIR, `noto-sans-georgian-${subset}-${weight}-normal.woff`));
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { name: family(subset), data, weight, style: "normal" as const };
    }),
  );
  return loaded;
}
