import { unzipSync } from "fflate";
import { sha256Hex } from "../sha256";
import type { ProblemList } from "../problems";

// The files of a data package, whichever way it came: a zip (an upload, or `data:import --
// package.zip`), or a datapackage.json beside its CSV files (read-directory.ts). Resource paths are
// read relative to the descriptor, so a zip of the package's folder works as well as a zip of its
// files. A zip entry larger than the upload limit is refused before it is inflated.

export const DESCRIPTOR_FILE = "datapackage.json";

export interface PackageFiles {
  /** Where the package came from, for the import's record. */
  fileName: string;
  descriptor: Uint8Array;
  /** A file named by a resource's path, relative to the descriptor; undefined when there is none. */
  read: (path: string) => Uint8Array | undefined;
  /** The fingerprint of every file, for the import's record. */
  sha256: string;
}

/** A zip's local file header starts with these bytes. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A path a resource may name: relative, inside the package, with forward slashes. */
export function isSafeResourcePath(path: string): boolean {
  return path.length > 0 && path.length <= 200 && !path.startsWith("/") && !path.includes("\\") && !path.split("/").some((part) => part === ".." || part === "." || part === "");
}

/** The package in a zip, or null when it is not one (the problem is added). */
export function unzipPackage(bytes: Uint8Array, fileName: string, maxBytes: number, problems: ProblemList): PackageFiles | null {
  let tooLarge: string | null = null;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > maxBytes) tooLarge ??= file.name;
        return !file.name.endsWith("/") && file.originalSize <= maxBytes;
      },
    });
  } catch (error) {
    problems.add({ code: "encoding", message: `the zip cannot be read: ${(error as Error).message}` });
    return null;
  }
  if (tooLarge !== null) {
    problems.add({ column: tooLarge, code: "file_too_large", message: `${tooLarge} is larger than the upload limit of ${maxBytes} bytes (MAX_UPLOAD_MB)` });
    return null;
  }
  // The shallowest datapackage.json: the zip's own, or that of the one folder it holds.
  const descriptorPath = Object.keys(entries)
    .filter((name) => name === DESCRIPTOR_FILE || name.endsWith(`/${DESCRIPTOR_FILE}`))
    .sort((a, b) => a.split("/").length - b.split("/").length)[0];
  if (descriptorPath === undefined) {
    problems.add({ code: "no_dataset", message: `the zip holds no ${DESCRIPTOR_FILE}: it is not a data package` });
    return null;
  }
  const base = descriptorPath.slice(0, descriptorPath.length - DESCRIPTOR_FILE.length);
  return {
    fileName,
    descriptor: entries[descriptorPath]!,
    read: (path) => (isSafeResourcePath(path) ? entries[`${base}${path}`] : undefined),
    sha256: sha256Hex(bytes),
  };
}
