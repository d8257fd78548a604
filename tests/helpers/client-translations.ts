import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// Which messages a route file's client components translate: its imports are followed (static and
// dynamic, type-only ones skipped) and, once inside a "use client" module, every module reached is
// browser code; their useTranslations("…") namespaces, and "vocab" for useVocab(), are what the
// browser must be given.

interface ModuleInfo {
  client: boolean;
  namespaces: string[];
  imports: string[];
}

const modules = new Map<string, ModuleInfo>();

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.resolve(specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((file) => /\.tsx?$/.test(file) && existsSync(file) && statSync(file).isFile()) ?? null;
}

const texts = new Map<string, string>();

function moduleText(file: string): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = readFileSync(path.resolve(file), "utf8")));
  return text;
}

function moduleInfo(file: string): ModuleInfo {
  let info = modules.get(file);
  if (info) return info;
  const text = moduleText(file);
  const namespaces = [...text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)].map((match) => match[1]!);
  if (/\buseVocab\(\)/.test(text) && !file.endsWith(path.join("lib", "i18n", "use-vocab.ts"))) namespaces.push("vocab");
  const code = text.replace(/^\s*(import|export)\s+type\s[^;]*;/gm, "");
  const imports = [...code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)"([^"]+)"/gm)]
    .map((match) => resolveImport(file, match[1]!))
    .filter((resolved): resolved is string => resolved !== null);
  info = { client: /^\s*["']use client["']/.test(text), namespaces, imports };
  modules.set(file, info);
  return info;
}

/**
 * The message paths ("charts", "explore.controls") the client components under `entry` translate
 * and nothing gives them: a server module that renders <ClientMessages> gives its namespaces to
 * everything it imports.
 */
export function ungivenClientTranslations(entry: string, given: readonly string[] = [], { honourProviders = true } = {}): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean, givenHere: readonly string[]) => {
    const info = moduleInfo(file);
    const gives = inClient || info.client || !honourProviders ? givenHere : [...givenHere, ...declaredClientMessages(file)];
    const key = `${inClient}:${gives.join()}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const client = inClient || info.client;
    if (client) for (const namespace of info.namespaces) if (!isCovered(namespace, gives)) found.add(namespace);
    for (const imported of info.imports) walk(imported, client, gives);
  };
  walk(path.resolve(entry), false, given);
  return found;
}

/** The paths a route file gives its client components: <ClientMessages namespaces={["…", …]}>. */
export function declaredClientMessages(file: string): string[] {
  const text = moduleText(file);
  return [...text.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].flatMap((match) => [...match[1]!.matchAll(/"([^"]+)"/g)].map((name) => name[1]!));
}

/** Whether `path` is given by one of `given` (the path itself or a namespace that holds it). */
function isCovered(needed: string, given: readonly string[]): boolean {
  return given.some((path) => needed === path || needed.startsWith(`${path}.`));
}
