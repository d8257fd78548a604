import localFont from "next/font/local";

// Self-hosted Inter (the @fontsource-variable/inter package): next/font/google would fetch from
// Google at build time, which fails here and leaks visitors' addresses. Latin is preloaded; other
// scripts (Cyrillic, Chinese) fall back to the system fonts in the stack.
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
  fallback: ["system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans", "sans-serif"],
});

// Noto Sans Georgian (@fontsource/noto-sans-georgian), for Georgian pages only: the layout adds its
// class when the page is Georgian, and preload is off so English pages never fetch it. Its
// unicode-range is the Georgian block, so Latin text and digits stay in Inter.
export const georgian = localFont({
  src: [
    { path: "../node_modules/@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-600-normal.woff2", weight: "600" },
    { path: "../node_modules/@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-georgian",
  display: "swap",
  preload: false,
  declarations: [{ prop: "unicode-range", value: "U+0589,U+10A0-10FF,U+1C90-1CBA,U+1CBD-1CBF,U+205A,U+2D00-2D2F,U+2E31" }],
});
