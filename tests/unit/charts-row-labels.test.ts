import { describe, expect, it } from "vitest";
import { barListRows, FIRST_LAYOUT_WIDTH, ledgerLabelRoom, ledgerSlots, LEDGER_LAYOUT, LEDGER_MARGIN } from "@/lib/charts/layout";
import { rowLabel } from "@/lib/charts/row-label";
import { shapeOverview } from "@/lib/charts/overview";
import { estimateTextWidth } from "@/lib/export/text-metrics";
import { datasetChartInput } from "../helpers/chart-fixtures";
import { EN } from "../helpers/chart-words";

// Bar rows keep their whole label at any width: one line when it fits, wrapped when not, and the
// row grows by the extra lines.

describe("a row's label", () => {
  it("stays on one line with its value when it fits, and wraps whole when it does not", () => {
    expect(rowLabel("Loan", "300 m RUB", 400)).toEqual({ single: true, lines: ["Loan · 300 m RUB"] });
    const long = rowLabel("Chinese mineral products and technical materials supplied to the USSR", "> 1.4 billion RUB", 200);
    expect(long.single).toBe(false);
    expect(long.lines.join(" ")).toBe("Chinese mineral products and technical materials supplied to the USSR · > 1.4 billion RUB");
    for (const line of long.lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(200);
  });
});

describe.each([320, 390, 960, 1500, 2600])("the dataset's ledger and bar lists at %i px", (width) => {
  const view = shapeOverview(datasetChartInput(), { currency: "original", assume: "none" }, EN);

  it("give every ledger row its whole label within its room, and grow rows that wrap", () => {
    if (!view.ledger.ok) throw new Error(view.ledger.reason);
    const { slots, labels, plotHeight } = ledgerSlots(view.ledger.data, width);
    const room = ledgerLabelRoom(width - 2 * LEDGER_MARGIN).room;
    const rows = view.ledger.data.groups.flatMap((group) => group.rows);
    for (const row of rows) {
      const label = labels.get(row.key)!;
      expect(label.lines.join(" ")).toBe(`${row.label} · ${row.shortText}`);
      for (const line of label.lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(room);
    }
    // Rows are as tall as at the server's width whenever the chart is at least that wide: nothing moves.
    const reserved = ledgerSlots(view.ledger.data, Math.min(width, FIRST_LAYOUT_WIDTH)).labels;
    const extra = [...reserved.values()].reduce((sum, label) => sum + (label.lines.length - 1) * 14, 0);
    if (width >= FIRST_LAYOUT_WIDTH) expect(plotHeight).toBe(ledgerSlots(view.ledger.data, FIRST_LAYOUT_WIDTH).plotHeight);
    for (const row of rows) expect(labels.get(row.key)!.lines.length).toBeLessThanOrEqual(reserved.get(row.key)!.lines.length);
    expect(plotHeight).toBe(view.ledger.data.groups.length * LEDGER_LAYOUT.header + rows.length * LEDGER_LAYOUT.row + extra);
    expect(slots.filter((slot) => slot.kind === "row")).toHaveLength(rows.length);
  });

  it("give every bar of the goods, people and counterparts charts its whole label", () => {
    for (const chart of [view.goods, view.people, view.counterparts]) {
      if (!chart.ok) throw new Error(chart.reason);
      const { labels, tops } = barListRows(chart.data, width);
      chart.data.bars.forEach((bar, index) => expect(labels[index]!.lines.join(" ")).toBe(`${bar.label} · ${bar.shortText}`));
      tops.slice(1).forEach((top, index) => expect(top).toBeGreaterThan(tops[index]!));
    }
  });
});
