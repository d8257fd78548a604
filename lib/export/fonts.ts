// The Inter subsets an exported image may embed, with the Unicode ranges of @fontsource-variable/
// inter (wght.css), served same-origin from /fonts/ (public/fonts, copied from that package; OFL).
// An export embeds Latin always and another subset only when its text needs it, so a typical image
// carries one 48 KB font. Chinese and Georgian are not in Inter: they fall back to system fonts.

export interface FontSubset {
  name: string;
  file: string;
  unicodeRange: string;
}

const INTER_FAMILY = "Inter";
export const FONT_BASE_PATH = "/fonts/";

export const INTER_SUBSETS: readonly FontSubset[] = [
  {
    name: "latin",
    file: "inter-latin-wght-normal.woff2",
    unicodeRange:
      "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  },
  {
    name: "latin-ext",
    file: "inter-latin-ext-wght-normal.woff2",
    unicodeRange:
      "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
  },
  {
    name: "cyrillic",
    file: "inter-cyrillic-wght-normal.woff2",
    unicodeRange: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116",
  },
  {
    name: "cyrillic-ext",
    file: "inter-cyrillic-ext-wght-normal.woff2",
    unicodeRange: "U+0460-052F,U+1C80-1C8A,U+20B4,U+2DE0-2DFF,U+A640-A69F,U+FE2E-FE2F",
  },
  {
    name: "greek",
    file: "inter-greek-wght-normal.woff2",
    unicodeRange: "U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF",
  },
];

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(",").map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
    const start = Number.parseInt(from!, 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

/** The subsets that cover some character of `text` (Latin always, for the credit line and digits). */
export function subsetsFor(text: string): FontSubset[] {
  const codes = new Set<number>();
  for (const char of text) codes.add(char.codePointAt(0)!);
  return INTER_SUBSETS.filter((subset, index) => {
    if (index === 0) return true;
    const ranges = parseRanges(subset.unicodeRange);
    for (const code of codes) if (ranges.some(([from, to]) => code >= from && code <= to)) return true;
    return false;
  });
}

export interface EmbeddedFont {
  subset: FontSubset;
  /** base64 of the woff2 file. */
  base64: string;
}

/** The @font-face rules for fonts embedded as data URLs (variable weight 100–900). */
export function fontFaceCss(fonts: readonly EmbeddedFont[]): string {
  return fonts
    .map(
      ({ subset, base64 }) =>
        `@font-face{font-family:${INTER_FAMILY};font-style:normal;font-weight:100 900;src:url(data:font/woff2;base64,${base64}) format("woff2");unicode-range:${subset.unicodeRange};}`,
    )
    .join("\n");
}
