import path from "node:path";

// Turns an import specifier into a name that boundary patterns can match: "@/lib/db" and
// "../../lib/db.ts" both become "lib/db" (a repository path without extension), while a package
// ("better-sqlite3", "node:fs", "next/headers") keeps its name.

export const ROOT = path.resolve(import.meta.dirname, "..");
const EXTENSION = /\.(?:[cm]?[jt]sx?)$/;

/** Whether a specifier names a file of this repository rather than a package. */
export const isRepoSpecifier = (specifier) => specifier.startsWith("@/") || specifier.startsWith(".");

export function modulePath(specifier, filename) {
  if (specifier.startsWith("@/")) return specifier.slice(2).replace(EXTENSION, "");
  if (!isRepoSpecifier(specifier)) return specifier;
  const absolute = path.resolve(path.dirname(filename), specifier);
  return path.relative(ROOT, absolute).split(path.sep).join("/").replace(EXTENSION, "");
}

// A pattern names a module or a folder: "lib/db" matches lib/db and everything under lib/db/. In a
// pattern, "*" stands for part of one path segment and "**" for any number of segments.
function toRegExp(pattern) {
  const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  const source = pattern
    .split("**")
    .map((part) => part.split("*").map(escape).join("[^/]*"))
    .join(".*");
  return new RegExp(`^${source}(?:/.*)?$`);
}

// Patterns are read in order and the last one that matches decides, so a later "!pattern" makes an
// exception to an earlier pattern (as in .gitignore).
export function compilePatterns(patterns) {
  const rules = patterns.map((pattern) => {
    const allow = pattern.startsWith("!");
    return { allow, regExp: toRegExp(allow ? pattern.slice(1) : pattern) };
  });
  return (name) => rules.reduce((forbidden, rule) => (rule.regExp.test(name) ? !rule.allow : forbidden), false);
}
