// Noto Sans Georgian (@fontsource/noto-sans-georgian, OFL), self-hosted: Inter has no Georgian
// letters. Pages load it only in Georgian (app/fonts.ts, through next/font/local from the
// package). Exported images embed it from our own origin: the woff2 files are copied, unchanged, to
// public/fonts/ (like Inter's), so a browser export can fetch them and a server can read them from disk.

const GEORGIAN_FONT_FAMILY = "Noto Sans Georgian";

/** The Georgian block and its punctuation, from the package's CSS. */
const GEORGIAN_UNICODE_RANGE = "U+0589,U+10A0-10FF,U+1C90-1CBA,U+1CBD-1CBF,U+205A,U+2D00-2D2F,U+2E31";

export type GeorgianWeight = 400 | 600 | 700;
export const GEORGIAN_WEIGHTS: readonly GeorgianWeight[] = [400, 600, 700];

/** The file name of one weight, in public/fonts/ and in the package's files/ folder. */
const georgianFontFile = (weight: GeorgianWeight) => `noto-sans-georgian-georgian-${weight}-normal.woff2`;

/** Same-origin URL of one weight, for a browser export: fetch it and embed it as a data URL. */
export const georgianFontUrl = (weight: GeorgianWeight) => `/fonts/${georgianFontFile(weight)}`;

/** Path of one weight relative to the project root, for server-side rendering (fs.readFile). */
export const georgianFontPath = (weight: GeorgianWeight) => `public/fonts/${georgianFontFile(weight)}`;

/** True when the text has a Georgian letter, so that an export embeds the font only when needed. */
export function needsGeorgianFont(text: string): boolean {
  return /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]/.test(text);
}

/** The @font-face rule of one embedded weight (base64 of its woff2). */
export function georgianFontFaceCss(weight: GeorgianWeight, base64: string): string {
  return `@font-face{font-family:"${GEORGIAN_FONT_FAMILY}";font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${base64}) format("woff2");unicode-range:${GEORGIAN_UNICODE_RANGE};}`;
}
