import { createHash } from "node:crypto";

// The key of a row in a plain table (a file without a key column, lib/import/defaults/plain-table.ts).
// It is made of what identifies a flow, never of its value: the actors, the category and kind when
// the file has those columns, the unit and the period, each written in lower case with hyphens:
// "usa-fra-usd-1948-1952". Importing the same file again gives the same keys, so nothing changes;
// correcting a value in the file updates that figure instead of adding a second one. Two rows that
// describe the same flow get the same key and are refused (validate.ts), with a hint to add a key
// column or a column that tells them apart. A key longer than the schema's 80 characters keeps its
// start and ends with a hash of the whole.

const MAX_KEY = 80;

export interface KeyParts {
  from: string | null;
  to: string | null;
  category: string | null;
  kind: string | null;
  unit: string;
  start: string | null;
  end: string | null;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

export function derivedKey(parts: KeyParts): string {
  const period = parts.start === null ? ["undated"] : parts.end === null || parts.end === parts.start ? [parts.start] : [parts.start, parts.end];
  const words = [parts.from ?? "none", parts.to ?? "none", parts.category, parts.kind, parts.unit, ...period]
    .filter((part): part is string => part !== null)
    .map(slug)
    .filter((part) => part !== "");
  const key = words.join("-");
  if (key.length <= MAX_KEY) return key;
  const hash = createHash("sha256").update(key).digest("hex").slice(0, 10);
  return `${key.slice(0, MAX_KEY - hash.length - 1).replace(/-+$/, "")}-${hash}`;
}
