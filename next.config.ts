import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// The proxy (proxy.ts) runs before the API, so Next buffers each request body for it, and silently
// cuts a body off at this size (10 MB by default): a CSV upload would reach its handler truncated.
// Keep it above the upload limit (MAX_UPLOAD_MB, checked again in the handler, lib/env.ts).
const uploadLimitMb = /^[1-9]\d{0,4}$/.test(process.env.MAX_UPLOAD_MB ?? "") ? Number(process.env.MAX_UPLOAD_MB) : 50;

const nextConfig: NextConfig = {
  experimental: {
    proxyClientMaxBodySize: (uploadLimitMb + 1) * 1024 * 1024,
  },
  // Several builds can coexist (e.g. parallel end-to-end runs) when each names its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The SQLite driver is a native addon: keep it (and Prisma's client) out of the bundle; the same
  // for the PostgreSQL driver (node-postgres loads optional native code) and its adapter.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

// next-intl finds the request's messages through i18n/request.ts (its default path).
export default createNextIntlPlugin()(nextConfig);
