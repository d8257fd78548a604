import { describe, expect, it } from "vitest";
import { formatAmount, formatPeriod, formatScaled, formatValue, formatPartialDate } from "@/lib/format";
import { unitInfoOf } from "../helpers/vocabulary";

describe("formatScaled", () => {
  it("uses a scale word only when it reproduces the value exactly", () => {
    expect(formatScaled(1_816_000_000)).toBe("1.816 billion");
    expect(formatScaled(5_760_000)).toBe("5.76 million");
    expect(formatScaled(300_000_000)).toBe("300 million");
    // 1,234,567 cannot be written as x.xxxx million without losing digits.
    expect(formatScaled(1_234_567)).toBe("1,234,567");
    expect(formatScaled(7_730)).toBe("7,730");
  });
});

describe("formatValue", () => {
  it("keeps the qualifier in words and symbols", () => {
    expect(formatValue({ qualifier: "more_than", unit: "persons", unitInfo: unitInfoOf("persons"), value: 10_000 })).toBe("more than 10,000 persons");
    expect(formatValue({ qualifier: "more_than", unit: "persons", unitInfo: unitInfoOf("persons"), value: 10_000 }, { short: true })).toBe("> 10,000 persons");
    expect(formatValue({ qualifier: "about", unit: "USD", value: 2e9 })).toBe("about $2 billion");
    expect(formatValue({ qualifier: "exact", unit: "RUB", unitInfo: unitInfoOf("RUB"), value: 1.816e9 })).toBe("1.816 billion rubles");
  });
  it("writes dollars with a prefix and other units after the number", () => {
    expect(formatAmount(300e6, "USD")).toBe("$300 million");
    expect(formatAmount(7730, "t", { short: true, unitInfo: unitInfoOf("t") })).toBe("7,730 t");
  });
});

describe("formatPeriod", () => {
  it("shows a span as one range and marks inferred and unknown periods", () => {
    expect(formatPeriod({ start: "1950", end: "1962", status: "stated" })).toBe("1950–1962");
    expect(formatPeriod({ start: "1950", end: "1962", status: "inferred" })).toBe("1950–1962 (inferred)");
    expect(formatPeriod({ start: null, end: null, status: "unknown" })).toBe("period not stated");
    expect(formatPeriod({ start: "1950-02", end: "1950-02", status: "stated" })).toBe("Feb 1950");
  });
  it("formats partial dates at their own precision", () => {
    expect(formatPartialDate("1950-02-14")).toBe("14 Feb 1950");
    expect(formatPartialDate("1950-02-14", { long: true })).toBe("14 February 1950");
    expect(formatPartialDate("1969")).toBe("1969");
  });
});
