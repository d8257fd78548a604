import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Several builds can coexist (e.g. parallel end-to-end runs) when each names its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The SQLite driver is a native addon: keep it (and Prisma's client) out of the bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
};

export default nextConfig;
