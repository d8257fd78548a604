import localFont from "next/font/local";

// Self-hosted Inter (the @fontsource-variable/inter package): next/font/google would fetch from
// Google at build time, which fails here and leaks visitors' addresses. Latin is preloaded; other
// scripts (Cyrillic, Georgian, Chinese) fall back to the system fonts in the stack.
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
  fallback: ["system-ui", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "Noto Sans", "sans-serif"],
});
