import { GEORGIAN_WEIGHTS, georgianFontFaceCss, needsGeorgianFont, type GeorgianWeight } from "@/lib/i18n/georgian-font";

// An exported image embeds Noto Sans Georgian (lib/i18n/georgian-font.ts) when its text has a
// Georgian letter or the page is Georgian, so that a Georgian slide never shows empty boxes on a
// machine without the font. Every weight the charts draw in (400, 600, 700; about 17 KB each) is
// embedded; an English image embeds none. The loader reads a weight's woff2 as base64: the browser
// fetches it from our origin (dom/embedded-fonts.ts), a test reads the file.

function wantsGeorgianFont(text: string, locale: string): boolean {
  return locale === "ka" || needsGeorgianFont(text);
}

export async function georgianExportCss(text: string, locale: string, load: (weight: GeorgianWeight) => Promise<string>): Promise<string> {
  if (!wantsGeorgianFont(text, locale)) return "";
  const faces = await Promise.all(GEORGIAN_WEIGHTS.map(async (weight) => georgianFontFaceCss(weight, await load(weight))));
  return faces.join("\n");
}
