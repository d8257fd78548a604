import { describe, expect, it } from "vitest";
import { compactLabel } from "@/lib/charts/labels";
import { ledgerSlots, linearAxis, niceStep, symmetricAxis } from "@/lib/charts/layout";
import { formatCurrencyValue, formatValueCompact } from "@/lib/format";

describe("chart geometry", () => {
  it("picks round steps", () => {
    expect(niceStep(6.2e9, 2)).toBe(5e9);
    expect(niceStep(11000, 4)).toBe(5000);
  });

  it("centres a diverging axis on 0 with room beyond the longest bar", () => {
    const { domain, ticks } = symmetricAxis(6.2e9);
    expect(domain).toBeGreaterThan(6.2e9);
    expect(ticks).toContain(0);
    expect(ticks[0]).toBe(-ticks.at(-1)!);
    expect(linearAxis(100).ticks[0]).toBe(0);
  });

  it("gives the ledger a height from its rows, so the server can size the box", () => {
    const one = ledgerSlots({ groups: [{ category: "a", label: "A", rows: [{ key: "r1" }] }] as never });
    const two = ledgerSlots({ groups: [{ category: "a", label: "A", rows: [{ key: "r1" }, { key: "r2" }] }] as never });
    expect(two.height).toBeGreaterThan(one.height);
  });
});

describe("chart labels and values", () => {
  it("shortens labels to their noun and keeps the value's qualifier and every digit", () => {
    expect(compactLabel("Soybeans exported by China to the USSR (1950–1962)")).toBe("Soybeans");
    expect(compactLabel("Soviet specialists sent to China (1950–1960)")).toBe("Soviet specialists");
    expect(formatValueCompact({ qualifier: "more_than", unit: "persons", value: 10000 })).toBe("> 10,000 persons");
    expect(formatValueCompact({ qualifier: "exact", unit: "t", value: 9e6 })).toBe("9 million t");
    expect(formatValueCompact({ qualifier: "exact", unit: "t", value: 7730 })).toBe("7,730 t");
  });

  it("marks converted amounts as derived and approximate", () => {
    expect(formatCurrencyValue({ qualifier: "exact", value: 1.816e9 / 0.9 }, "USD", { derived: true })).toBe("≈ $2.018 billion (derived)");
    expect(formatCurrencyValue({ qualifier: "more_than", value: 1.4e9 / 0.9 }, "RUB_OLD", { derived: true })).toBe(
      "more than ≈ 1.556 billion old rubles (derived)",
    );
    expect(formatCurrencyValue({ qualifier: "exact", value: 3e8 }, "USD", { derived: false })).toBe("$300 million");
  });
});
