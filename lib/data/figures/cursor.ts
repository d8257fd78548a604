import "server-only";
import { createHash } from "node:crypto";
import { FIGURE_FILTER_KEYS, type FigureFilters, type FigureSort } from "@/lib/schemas/api/figures-query";
import { QueryError } from "@/lib/schemas/api/query-error";
import { sortValueTypes, type SortValue } from "./sort";

// Keyset cursors: base64url(JSON [version, sort, filters fingerprint, sort values, id]) + "." +
// a checksum. The checksum catches a cursor that was edited or cut short; it is not a secret (the
// data is public), only a guard against answering a different question than the client thinks.
// The fingerprint ties the cursor to its filters and sort, so reusing it with other filters fails
// loudly instead of returning a page of some other list.

// 2: ties break by id in the sort's own direction (before: always ascending), so a version-1
// cursor would resume at the wrong row.
const VERSION = 2;
const CHECKSUM_SALT = "aidflow-figure-cursor-v1";

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const checksum = (payload: string) =>
  createHash("sha256").update(CHECKSUM_SALT).update(payload).digest().subarray(0, 12).toString("base64url");

export function filtersFingerprint(filters: FigureFilters): string {
  // Keys in a fixed order, absent filters as null and lists sorted, so that equal filters always
  // give equal prints.
  const ordered = FIGURE_FILTER_KEYS.map((key) => {
    const value = filters[key] ?? null;
    return [key, Array.isArray(value) ? [...value].sort() : value];
  });
  return createHash("sha256").update(JSON.stringify(ordered)).digest().subarray(0, 9).toString("base64url");
}

export function encodeFigureCursor(sort: FigureSort, fingerprint: string, values: SortValue[], id: number): string {
  const payload = JSON.stringify([VERSION, sort, fingerprint, values, id]);
  return `${b64(payload)}.${checksum(payload)}`;
}

const invalid = (why: string) => new QueryError("invalid_cursor", "cursor", `cursor: ${why}`);

export function decodeFigureCursor(
  token: string,
  sort: FigureSort,
  fingerprint: string,
): { values: SortValue[]; id: number } {
  const [body = "", mac = ""] = token.split(".");
  const payload = Buffer.from(body, "base64url").toString("utf8");
  if (checksum(payload) !== mac) throw invalid("is not a cursor this API issued, or it was changed");
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    throw invalid("is not a cursor this API issued");
  }
  if (!Array.isArray(parsed) || parsed.length !== 5 || parsed[0] !== VERSION)
    throw invalid("is not a cursor this API issued");
  const [, cursorSort, cursorPrint, values, id] = parsed as [unknown, unknown, unknown, unknown, unknown];
  if (cursorSort !== sort) throw invalid(`was made for sort=${String(cursorSort)}; keep the sort of the first page`);
  if (cursorPrint !== fingerprint) throw invalid("was made for other filters; keep the filters of the first page");
  const types = sortValueTypes(sort);
  const valuesOk =
    Array.isArray(values) &&
    values.length === types.length &&
    values.every((value, index) => {
      const { type, nullable } = types[index]!;
      if (value === null) return nullable;
      return type === "number" ? typeof value === "number" && Number.isFinite(value) : typeof value === "string";
    });
  if (!valuesOk || !Number.isSafeInteger(id) || (id as number) < 1) throw invalid("is not a cursor this API issued");
  return { values: values as SortValue[], id: id as number };
}
