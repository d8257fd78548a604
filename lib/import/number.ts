import { plainNumber } from "@/lib/export/csv/write";
import type { ProblemCode } from "./problems";

// Strict parsing of a figure's value. `Number(x)` accepts "", " 12 ", "0x1A", "1e3" and "Infinity",
// and parseFloat("1,816") is 1; an import must refuse all of these rather than store a wrong number.
// Accepted: plain decimal digits with an optional fractional part ("1816000000", "0.25"), exactly as
// the CSV export writes them. Refused, each with its own code:
// - empty cells (required), signs, spaces, thousands separators, hexadecimal, exponent forms
//   ("1e9": the export never writes them, and in a spreadsheet they usually mean a number that was
//   already rounded for display), NaN, Infinity, leading zeros ("007") (invalid_number);
// - "-0" (and "-0.00") is zero, written with a sign a spreadsheet may add: accepted as 0;
// - negative amounts (negative_number): no figure is below zero; a flow in the other direction
//   swaps from and to;
// - integers beyond Number.MAX_SAFE_INTEGER (number_overflow), and values with more digits than a
//   double holds exactly (number_precision): either would be stored as a different number.

export type NumberResult = { ok: true; value: number } | { ok: false; code: ProblemCode; message: string };

const PLAIN = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;

export function parseStrictAmount(raw: string): NumberResult {
  if (raw === "") return { ok: false, code: "required", message: "a value is required" };
  if (/^-0(\.0+)?$/.test(raw)) return { ok: true, value: 0 };
  if (/^-\s*[0-9.]/.test(raw) && PLAIN.test(raw.slice(1).trim()))
    return { ok: false, code: "negative_number", message: "amounts cannot be negative (swap from and to for a flow the other way)" };
  if (!PLAIN.test(raw)) {
    let why = "write plain digits with an optional decimal point, e.g. 1816000000 or 0.25";
    if (/^\s|\s$/.test(raw)) why = "remove the spaces around the number";
    else if (/^[0-9]+,[0-9]{1,2}$/.test(raw)) why = "write decimals with a point (1.5), not a comma";
    else if (/[0-9],[0-9]/.test(raw)) why = "remove thousands separators (write 1816000000, not 1,816,000,000)";
    else if (/^[+-]?0x/i.test(raw)) why = "hexadecimal numbers are not accepted";
    else if (/^[+-]?[0-9.]+e[+-]?[0-9]+$/i.test(raw)) why = "exponent forms such as 1e9 are not accepted; write the digits out";
    else if (/^[+-]?(nan|infinity|inf)$/i.test(raw)) why = "NaN and Infinity are not numbers a source can print";
    else if (/^0[0-9]/.test(raw)) why = "remove the leading zeros";
    else if (raw.startsWith("+")) why = "remove the plus sign";
    return { ok: false, code: "invalid_number", message: `not a plain number: ${why}` };
  }
  const integerDigits = raw.split(".")[0]!;
  if (integerDigits.length > 16 || Number(integerDigits) > Number.MAX_SAFE_INTEGER)
    return {
      ok: false,
      code: "number_overflow",
      message: `too large: values above ${Number.MAX_SAFE_INTEGER} cannot be stored exactly`,
    };
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, code: "number_overflow", message: "not a finite number" };
  // The stored double must write back as the same digits (trailing fractional zeros aside).
  const canonical = raw.includes(".") ? raw.replace(/0+$/, "").replace(/\.$/, "") : raw;
  if (plainNumber(value) !== canonical)
    return {
      ok: false,
      code: "number_precision",
      message: `has more digits than can be stored exactly (it would become ${plainNumber(value)})`,
    };
  return { ok: true, value };
}
