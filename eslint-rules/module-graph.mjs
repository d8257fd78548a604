import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isRepoSpecifier, modulePath, ROOT } from "./module-pattern.mjs";

// The value imports of the repository's own modules, read from their text, so that a rule can
// follow them: a "use client" file must not reach a server module through a shared helper either.
// Type-only imports are erased at build time and are not followed; a "use server" module is a
// boundary (the browser only gets a reference to its actions), so nothing behind it is followed.

const CODE_EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js", ".jsx"];
const FROM_IMPORT = /^[ \t]*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*["']([^"']+)["']/gm;
const BARE_IMPORT = /^[ \t]*import\s*["']([^"']+)["']/gm;
const USE_SERVER = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

function isTypeOnlyClause(clause) {
  const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1].split(",").map((name) => name.trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith("type "));
}

/** The value imports of a source text, as written. */
function valueImports(text) {
  const found = [];
  for (const [, typeKeyword, clause, source] of text.matchAll(FROM_IMPORT)) {
    if (!typeKeyword && !isTypeOnlyClause(clause)) found.push(source);
  }
  for (const [, source] of text.matchAll(BARE_IMPORT)) found.push(source);
  return found;
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The repository file a specifier names, or null for a package or a file that is not code. */
export function resolveFile(specifier, fromFile) {
  if (!isRepoSpecifier(specifier)) return null;
  const name = modulePath(specifier, fromFile);
  const base = path.join(ROOT, name);
  const candidates = [...CODE_EXTENSIONS.map((ext) => base + ext), ...CODE_EXTENSIONS.map((ext) => path.join(base, `index${ext}`))];
  if (CODE_EXTENSIONS.includes(path.extname(specifier))) candidates.unshift(path.join(ROOT, `${name}${path.extname(specifier)}`));
  return candidates.find(isFile) ?? null;
}

const sources = new Map();

/** A module's value imports, cached until the file changes; null for a "use server" boundary. */
function moduleImports(file) {
  const mtime = statSync(file).mtimeMs;
  const cached = sources.get(file);
  if (cached && cached.mtime === mtime) return cached.imports;
  const text = readFileSync(file, "utf8");
  const imports = USE_SERVER.test(text) ? null : valueImports(text);
  sources.set(file, { mtime, imports });
  return imports;
}

/**
 * The path from a module to the first forbidden module it loads, as module names
 * (["lib/views/overview", "lib/data/overview"]), or null. `memo` may be shared by calls that use the
 * same `isForbidden`. A result that depended on a module still being walked (an import cycle) is
 * not memoised, so a cycle never hides a path.
 */
export function serverPath(file, isForbidden, memo = new Map(), walking = new Set()) {
  if (memo.has(file)) return { path: memo.get(file), settled: true };
  if (walking.has(file)) return { path: null, settled: false };
  walking.add(file);
  let result = { path: null, settled: true };
  for (const source of moduleImports(file) ?? []) {
    const name = modulePath(source, file);
    if (isForbidden(name)) {
      result = { path: [name], settled: true };
      break;
    }
    const next = resolveFile(source, file);
    if (!next) continue;
    const below = serverPath(next, isForbidden, memo, walking);
    if (below.path) {
      result = { path: [name, ...below.path], settled: true };
      break;
    }
    if (!below.settled) result.settled = false;
  }
  walking.delete(file);
  if (result.settled) memo.set(file, result.path);
  return result;
}
