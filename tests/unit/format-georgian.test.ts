import { afterEach, describe, expect, it, vi } from "vitest";
import { createFormat, formatValue } from "@/lib/format";
import { attachSuffix } from "@/lib/i18n/georgian-case";
import { unitInfoOf } from "../helpers/vocabulary";

// Georgian formatting (createFormat("ka")): digits grouped with a no-break space and a decimal
// comma, scale words written out, Georgian months, and qualifiers placed as Georgian places them.

const ka = createFormat("ka");
const NBSP = "\u00a0";
const flat = (text: string) => text.replaceAll(NBSP, " ");

describe("Georgian numbers", () => {
  it("groups with a no-break space and uses a decimal comma", () => {
    expect(ka.formatNumber(1_234_567.5)).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(ka.formatPercent(0.125)).toBe("12,5%");
  });
  it("writes million and billion out when exact, and keeps every digit otherwise", () => {
    expect(ka.formatScaled(300_000_000)).toBe("300 მილიონი");
    expect(ka.formatScaled(1_816_000_000)).toBe("1,816 მილიარდი");
    expect(ka.formatScaled(300_000_000, { short: true })).toBe("300 მლნ");
    expect(flat(ka.formatScaled(1_234_567))).toBe("1 234 567");
  });
  it("names units in Georgian where it knows them", () => {
    expect(ka.formatAmount(300e6, "t", { unitInfo: unitInfoOf("t") })).toBe("300 მილიონი ტონა");
    expect(ka.formatAmount(1.816e9, "RUB", { unitInfo: unitInfoOf("RUB") })).toBe("1,816 მილიარდი მანეთი");
  });
});

describe("Georgian qualifiers", () => {
  it("puts the postposition after the number, and on the word after a unit", () => {
    expect(flat(ka.formatValue({ qualifier: "more_than", unit: "t", unitInfo: unitInfoOf("t"), value: 10_000 }))).toBe("10 000 ტონაზე მეტი");
    expect(ka.formatValue({ qualifier: "more_than", unit: "t", unitInfo: unitInfoOf("t"), value: 300e6 })).toBe("300 მილიონ ტონაზე მეტი");
    expect(ka.formatValue({ qualifier: "about", unit: "USD", value: 2e9 })).toBe("დაახლოებით $2 მილიარდი");
    expect(ka.formatValue({ qualifier: "up_to", unit: "RUB", unitInfo: unitInfoOf("RUB"), value: 1.816e9 })).toBe("1,816 მილიარდ მანეთამდე");
    expect(ka.formatValue({ qualifier: "at_least", unit: "USD", value: 5e6 })).toBe("არანაკლებ $5 მილიონი");
    expect(ka.formatValue({ qualifier: "exact", unit: "USD", value: 5e6 })).toBe("$5 მილიონი");
  });
  it("keeps the symbols of the short form", () => {
    expect(flat(ka.formatValue({ qualifier: "more_than", unit: "t", unitInfo: unitInfoOf("t"), value: 10_000 }, { short: true }))).toBe("> 10 000 ტ");
  });
  it("joins a suffix to a word and hyphenates it after digits", () => {
    expect(attachSuffix("10 000", "ზე")).toBe("10 000-ზე");
    expect(attachSuffix("$300", "მდე")).toBe("$300-მდე");
    expect(attachSuffix("5 ძველი მანეთი", "ს")).toBe("5 ძველ მანეთს");
    expect(attachSuffix("2 ტონა", "მდე")).toBe("2 ტონამდე");
  });
  it("marks a derived amount in Georgian", () => {
    expect(ka.formatCurrencyValue({ qualifier: "about", value: 350e6 }, "RUB_OLD", { derived: true })).toBe("დაახლოებით ≈ 350 მილიონი ძველი მანეთი (გამოთვლილი)");
  });
});

describe("Georgian dates and periods", () => {
  it("writes the year first with Georgian month names", () => {
    expect(ka.formatPartialDate("1950-02-14", { long: true })).toBe("1950 წლის 14 თებერვალი");
    expect(ka.formatPartialDate("1950-02", { long: true })).toBe("1950 წლის თებერვალი");
    expect(ka.formatPartialDate("1969")).toBe("1969");
  });
  it("marks inferred and unknown periods from the glossary", () => {
    expect(ka.formatPeriod({ start: "1950", end: "1962", status: "inferred" })).toBe("1950–1962 (ნავარაუდევი)");
    expect(ka.formatPeriod({ start: null, end: null, status: "unknown" })).toBe("პერიოდი მითითებული არ არის");
  });
});

describe("Georgian counts", () => {
  it("keeps the noun singular after a number", () => {
    expect(ka.formatCount(3, "მაჩვენებელი", "მაჩვენებლები")).toBe("3 მაჩვენებელი");
    expect(flat(ka.formatRowRange({ offset: 0, shown: 100, total: 1234 }, { one: "მაჩვენებელი", other: "მაჩვენებლები" }))).toBe(
      "ნაჩვენებია 1–100, სულ 1 234 მაჩვენებელი",
    );
    expect(ka.formatRowRange({ offset: 0, shown: 0, total: 0 }, { one: "მაჩვენებელი", other: "მაჩვენებლები" })).toBe("მაჩვენებლები არ არის");
  });
});

describe("English through createFormat", () => {
  it("is the same as the plain exports", () => {
    const parts = { qualifier: "more_than", unit: "t", unitInfo: unitInfoOf("t"), value: 10_000 };
    expect(createFormat("en").formatValue(parts)).toBe(formatValue(parts));
    expect(createFormat("en").formatValue(parts)).toBe("more than 10,000 metric tons");
  });
});

describe("Georgian without the runtime's Georgian data", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });
  // Debian's Chromium formats `ka` as en-US: the browser must still write what the server wrote, or
  // React discards the server's HTML (hydration mismatch).
  it("writes the same numbers, months and ticks as with it", async () => {
    const real = Intl;
    const asEnglish = (locales: unknown) => (locales === "ka" || (Array.isArray(locales) && locales[0] === "ka") ? "en-US" : locales) as string;
    const NumberFormat = function (locales?: unknown, options?: Intl.NumberFormatOptions) {
      return new real.NumberFormat(asEnglish(locales), options);
    };
    const DateTimeFormat = function (locales?: unknown, options?: Intl.DateTimeFormatOptions) {
      return new real.DateTimeFormat(asEnglish(locales), options);
    };
    vi.stubGlobal("Intl", { ...real, NumberFormat, DateTimeFormat });
    vi.resetModules();
    const { createFormat: createWithoutKa } = await import("@/lib/format");
    const bare = createWithoutKa("ka");
    for (const value of [1_234_567.5, 2_600, 5_760_000]) expect(bare.formatNumber(value)).toBe(ka.formatNumber(value));
    expect(bare.formatScaled(5_760_000)).toBe(ka.formatScaled(5_760_000));
    expect(bare.formatPartialDate("1949-09")).toBe("1949 წლის სექ");
    expect(bare.formatTick(5e9)).toBe(`5 მლრდ`);
    expect(bare.formatTick(1500)).toBe(`1,5 ათ.`);
    expect(bare.formatTick(5e9)).toBe(ka.formatTick(5e9));
  });
});
