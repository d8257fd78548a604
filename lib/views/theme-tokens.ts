// The colour tokens of both themes, defined once. The root layout turns them into CSS custom
// properties (themeCss), and image exports (lib/export/theme.ts) resolve chart colours against the
// same values, so the page and its exported charts cannot drift apart.

const light = {
  bg: "#ffffff",
  "bg-subtle": "#f6f7f9",
  "bg-muted": "#eef0f3",
  fg: "#14171c",
  "fg-muted": "#505866",
  border: "#d6dae1",
  accent: "#1f5fbf",
  "accent-fg": "#ffffff",
  focus: "#1f5fbf",
  // Blue against orange: distinct under every colour-vision deficiency (tests/unit/charts-colors.test.ts).
  "side-a": "#0b5cad", // flows sent by the first of the two sides (lib/charts/sides.ts)
  "side-b": "#c24e00", // flows sent by the second side
  context: "#5b6472",
  "warn-bg": "#fff4d6",
  "warn-fg": "#6b4a00",
  danger: "#a4161a",
  ok: "#1b6e3a",
} as const;

export type ThemeToken = keyof typeof light;
export type ThemeName = "light" | "dark";

const dark: Record<ThemeToken, string> = {
  bg: "#111418",
  "bg-subtle": "#181c22",
  "bg-muted": "#222831",
  fg: "#e8ebf0",
  "fg-muted": "#a9b1bd",
  border: "#343b46",
  accent: "#7eb0ff",
  "accent-fg": "#0b1020",
  focus: "#9cc2ff",
  "side-a": "#7ab8ff",
  "side-b": "#ff9e4a",
  context: "#9aa3b2",
  "warn-bg": "#3a2f10",
  "warn-fg": "#f5d88a",
  danger: "#ff8a8a",
  ok: "#7fd49b",
};

export const THEME_TOKENS: Record<ThemeName, Record<ThemeToken, string>> = { light, dark };

function declarations(theme: ThemeName): string {
  const tokens = THEME_TOKENS[theme];
  return `${(Object.keys(tokens) as ThemeToken[]).map((token) => `--${token}:${tokens[token]};`).join("")}color-scheme:${theme};`;
}

/**
 * Light by default; dark when the system prefers it, unless the visitor chose a theme with the
 * toggle (data-theme on <html>, set before first paint by the theme script).
 */
export function themeCss(): string {
  return (
    `:root{${declarations("light")}}` +
    `@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){${declarations("dark")}}}` +
    `:root[data-theme="dark"]{${declarations("dark")}}`
  );
}
