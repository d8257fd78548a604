import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "@/lib/schemas/partial-date";
import { hasForbiddenCharacters } from "@/lib/schemas/text";

// Builders for single query parameters. Every value arrives as a string, so each builder states
// exactly which strings it accepts. Integers are matched with a strict pattern before conversion:
// Number("") is 0, Number(" 5") is 5, Number("1e3") is 1000 and Number("0x10") is 16, and none of
// those should reach a query as if the user had typed the number.

const DIGITS = /^(?:0|[1-9][0-9]*)$/;

export function intParam(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}, written in digits`;
  return z
    .string()
    .regex(DIGITS, { error: message })
    .max(String(max).length, { error: message })
    .transform(Number)
    .pipe(z.int().min(min, { error: message }).max(max, { error: message }));
}

const yearParam = () =>
  intParam(MIN_YEAR, MAX_YEAR).meta({ description: `A year from ${MIN_YEAR} to ${MAX_YEAR}.`, examples: ["1950"] });

/** "true" or "false", and nothing else ("1", "yes" and "" are refused). */
export const booleanParam = () =>
  z.enum(["true", "false"], { error: 'must be "true" or "false"' }).transform((value) => value === "true");

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * One code or several separated by commas, each from `codes`. Repeats are dropped. The JSON Schema
 * carries a pattern that accepts exactly the valid lists, so the OpenAPI document is exact too.
 */
export function codeListParam<const T extends string>(codes: readonly T[], what: string) {
  const alternatives = codes.map(escapeRegex).join("|");
  return z
    .string()
    .transform((text, ctx) => {
      const items = text.split(",");
      const unknown = items.find((item) => !(codes as readonly string[]).includes(item));
      if (unknown !== undefined) {
        ctx.addIssue({
          code: "custom",
          message:
            unknown === ""
              ? `must be one or more ${what} codes separated by commas, with no empty items`
              : `unknown ${what} "${shorten(unknown)}"; expected one or more of ${codes.join(", ")}, separated by commas`,
        });
        return z.NEVER;
      }
      return [...new Set(items)] as T[];
    })
    .meta({
      description: `One or more ${what} codes, separated by commas: ${codes.join(", ")}.`,
      pattern: `^(?:${alternatives})(?:,(?:${alternatives}))*$`,
    });
}

/**
 * Codes of an open vocabulary (units, categories), separated by commas: this checks their form
 * only. Which codes exist depends on the data, so the caller checks them against the data's
 * vocabulary (lib/data/figures/check-codes.ts), as it checks actors against the database.
 */
export function openCodeListParam(pattern: RegExp, what: string, examples: string) {
  const source = pattern.source.replace(/^\^|\$$/g, "");
  return z
    .string()
    .transform((text, ctx) => {
      const items = text.split(",");
      const bad = items.find((item) => !pattern.test(item));
      if (bad !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: bad === "" ? `must be one or more ${what} codes separated by commas, with no empty items` : `"${shorten(bad)}" is not a ${what} code`,
        });
        return z.NEVER;
      }
      return [...new Set(items)];
    })
    .meta({
      description: `One or more ${what} codes, separated by commas: ${examples}.`,
      pattern: `^(?:${source})(?:,(?:${source}))*$`,
    });
}

const ACTOR_CODE = /^[A-Z][A-Z0-9_]{1,11}$/;
export const NO_ACTOR = "none";

/**
 * Actor codes (or "none" for figures without that actor), separated by commas. Whether a code
 * exists is checked against the database by the caller, which knows the actors.
 */
export const actorListParam = () =>
  z
    .string()
    .transform((text, ctx) => {
      const items = text.split(",");
      const bad = items.find((item) => item !== NO_ACTOR && !ACTOR_CODE.test(item));
      if (bad !== undefined) {
        ctx.addIssue({
          code: "custom",
          message: `"${shorten(bad)}" is not an actor code; give upper-case codes such as USA or FRA, or "none", separated by commas`,
        });
        return z.NEVER;
      }
      return [...new Set(items)];
    })
    .meta({
      description: 'One or more actor codes (e.g. USA, FRA), or "none" for no actor, separated by commas.',
      pattern: `^(?:none|[A-Z][A-Z0-9_]{1,11})(?:,(?:none|[A-Z][A-Z0-9_]{1,11}))*$`,
      examples: ["USA", "FRA,none"],
    });

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A dataset slug or phase key: lower-case words joined by hyphens. Existence is checked later. */
export const keyParam = (what: string) =>
  z
    .string()
    .max(80, { error: `must be a ${what} of at most 80 characters` })
    .regex(KEY, { error: `must be a ${what}: lower-case words joined by hyphens` });

export const searchParam = () =>
  z
    .string()
    .max(200, { error: "must be at most 200 characters" })
    .refine((text) => !hasForbiddenCharacters(text), { error: "must not contain control characters or line breaks" })
    .meta({
      description:
        "Text to find in the label, the quoted phrase, the printed value or date, and the notes. Case-insensitive in every script; % and _ are ordinary characters. An empty value searches nothing.",
    });

const limitParam = (max: number, fallback: number) =>
  intParam(1, max)
    .default(fallback)
    .meta({ description: `Rows per page, from 1 to ${max}.` });

const pageParam = () => intParam(1, 1_000_000).meta({ description: "Page number, from 1. Not with cursor." });

const formatParam = () =>
  z
    .enum(["json", "csv", "xlsx"], { error: 'must be "json", "csv" or "xlsx"' })
    .default("json")
    .meta({ description: "json (paged), csv (every matching row, streamed, no paging) or xlsx (the same rows as an Excel workbook, at most 1,048,575; a second sheet cites the data and describes the columns)." });

const bomParam = () =>
  booleanParam()
    .default(false)
    .meta({ description: "With format=csv: start the file with a UTF-8 byte order mark, for Excel." });

/** `sort`: any of `keys`, optionally prefixed with "-" for descending. */
function sortParam<const K extends string>(keys: readonly K[], fallback: K) {
  type Sort = K | `-${K}`;
  const values = keys.flatMap((key) => [key, `-${key}`]) as [Sort, ...Sort[]];
  return z
    .enum(values, {
      error: `must be one of ${keys.join(", ")}, optionally prefixed with "-" for descending order`,
    })
    .optional()
    // A transform rather than .default(): zod cannot type a default for a generic enum.
    .transform((value) => (value as Sort | undefined) ?? fallback)
    .meta({ description: `Sort column: ${keys.join(", ")}; prefix "-" for descending. Ties are broken by id.` });
}

// Groups of parameters that the figures and events lists share, spread into each query's shape
// where it lists them.

export const datasetFilterParam = () =>
  keyParam("dataset slug")
    .optional()
    .meta({ description: "Dataset slug, as GET /api/v1/datasets lists them." });

/** year_from and year_to: rows whose years meet the range (checkYearOrder refuses one that ends before it starts). */
export const yearRangeParams = () => ({ year_from: yearParam().optional(), year_to: yearParam().optional() });

/** sort, limit and page. */
export const pagingParams = <const K extends string>(sortKeys: readonly K[], defaultSort: K, maxLimit: number, defaultLimit: number) => ({
  sort: sortParam(sortKeys, defaultSort),
  limit: limitParam(maxLimit, defaultLimit),
  page: pageParam().optional(),
});

/** format and bom: pages of JSON, or every row in one CSV download. */
export const downloadParams = () => ({ format: formatParam(), bom: bomParam() });
