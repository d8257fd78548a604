import { THEME_TOKENS, type ThemeName } from "@/lib/views/theme-tokens";

// The colours of an exported chart. A standalone SVG or PNG cannot read the page's CSS variables,
// so the export resolves them against the same tokens the page uses (lib/views/theme-tokens.ts). Exports
// use the light theme unless the visitor asks for dark: a light image suits slides and print.

export const EXPORT_TOKENS = [
  "bg",
  "bg-subtle",
  "bg-muted",
  "fg",
  "fg-muted",
  "border",
  "accent",
  "side-a",
  "side-b",
  "context",
  "danger",
  "focus",
] as const;
export type ExportToken = (typeof EXPORT_TOKENS)[number];
export type ExportTheme = Record<ExportToken, string>;
export type ExportThemeName = ThemeName;

const pick = (theme: ExportThemeName): ExportTheme =>
  Object.fromEntries(EXPORT_TOKENS.map((token) => [token, THEME_TOKENS[theme][token]])) as ExportTheme;

export const EXPORT_THEMES: Record<ExportThemeName, ExportTheme> = { light: pick("light"), dark: pick("dark") };

/** The palette as CSS custom properties, to set on the element a chart is drawn in for export. */
export function themeCssVariables(theme: ExportTheme): Record<string, string> {
  return Object.fromEntries(EXPORT_TOKENS.map((token) => [`--${token}`, theme[token]]));
}

/** The font stack of exported text: the embedded Inter first, then system fonts for other scripts. */
export const EXPORT_FONT_FAMILY = `Inter, "Noto Sans", "Noto Sans Georgian", "Noto Sans CJK SC", "Segoe UI", Roboto, Arial, sans-serif`;
