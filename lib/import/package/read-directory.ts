import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { sha256Hex } from "../sha256";
import { DESCRIPTOR_FILE, isSafeResourcePath, type PackageFiles } from "./package-files";

// A data package on disk: `data:import -- folder/datapackage.json` (or the folder itself), its CSV
// files beside it. The files the descriptor names are read up front (only paths inside the
// folder), so that the import's record fingerprints all of them; a file over the upload limit is
// refused at the door, as an oversized CSV is, before it is read. What the descriptor says is
// checked by the import (validate-package.ts), not here.

/** The descriptor's path when `given` is a package folder or its datapackage.json; null otherwise. */
export function packageDescriptorPath(given: string): string | null {
  if (path.basename(given) === DESCRIPTOR_FILE) return given;
  if (existsSync(given) && statSync(given).isDirectory() && existsSync(path.join(given, DESCRIPTOR_FILE))) return path.join(given, DESCRIPTOR_FILE);
  return null;
}

/** The resource paths a descriptor names, as far as it can be read. */
function resourcePaths(descriptor: Uint8Array): string[] {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(descriptor));
    const resources = (parsed as { resources?: unknown }).resources;
    if (!Array.isArray(resources)) return [];
    return resources.map((resource: unknown) => (resource as { path?: unknown }).path).filter((p): p is string => typeof p === "string" && isSafeResourcePath(p));
  } catch {
    return [];
  }
}

/** The package whose descriptor is at `descriptorPath`; throws when one of its files is over `maxBytes`. */
export function readPackageDirectory(descriptorPath: string, maxBytes: number): PackageFiles {
  const dir = path.dirname(descriptorPath);
  const descriptor = readFileSync(descriptorPath);
  const files = new Map<string, Uint8Array>();
  for (const resource of resourcePaths(descriptor)) {
    const file = path.join(dir, resource);
    if (files.has(resource) || !existsSync(file) || !statSync(file).isFile()) continue;
    const size = statSync(file).size;
    if (size > maxBytes) throw new Error(`${resource} is ${size} bytes; the limit is ${maxBytes} bytes (MAX_UPLOAD_MB).`);
    files.set(resource, readFileSync(file));
  }
  const hashes = [descriptor, ...files.values()].map(sha256Hex).join("\n");
  return {
    fileName: `${path.basename(dir)}/${DESCRIPTOR_FILE}`,
    descriptor,
    read: (resource) => files.get(resource),
    sha256: sha256Hex(new TextEncoder().encode(hashes)),
  };
}
