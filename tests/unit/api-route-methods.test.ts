import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTE_METHODS, allowedMethods } from "@/lib/api/route-methods";

// lib/api/route-methods.ts lists what each API route answers, for the 405's Allow header. This
// reads every app/api/**/route.ts and checks the list against the methods it exports, so a new
// route or method cannot be forgotten.

const API_DIR = path.resolve("app", "api");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return METHODS.filter((method) => new RegExp(`export\\s+(?:const|async\\s+function|function)\\s+${method}\\b`).test(source));
}

const routeOf = (file: string) => `/${path.relative(path.resolve("app"), path.dirname(file)).split(path.sep).join("/")}`;

describe("API_ROUTE_METHODS", () => {
  it("lists exactly the routes and methods of app/api", () => {
    const found = Object.fromEntries(routeFiles(API_DIR).map((file) => [routeOf(file), exportedMethods(file)]));
    expect(Object.keys(found).sort()).toEqual(Object.keys(API_ROUTE_METHODS).sort());
    for (const [route, methods] of Object.entries(found)) expect([...API_ROUTE_METHODS[route]!].sort(), route).toEqual(methods.sort());
  });

  it("matches paths to routes, with HEAD beside GET and OPTIONS everywhere", () => {
    expect(allowedMethods("/api/v1/figures")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/figures/48/history")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/datasets/a-b/datapackage.zip")).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allowedMethods("/api/v1/imports")).toEqual(["POST", "OPTIONS"]);
    expect(allowedMethods("/api/v1/nothing")).toBeNull();
    expect(allowedMethods("/api/v1/figures/1/2/3")).toBeNull();
  });
});
