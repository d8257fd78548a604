import Link from "next/link";
import { FLOW_RULES_TEXT } from "@/lib/charts/flows";
import { FIRST_LAYOUT_WIDTH, ledgerSlots } from "@/lib/charts/layout";
import type { LedgerData } from "@/lib/charts/ledger/ledger";
import type { OverviewView } from "@/lib/charts/overview";
import type { LegendItem } from "@/lib/export/legend";
import { CURRENCY_NAMES } from "@/lib/vocab/convert";
import { UnitSelector } from "@/components/controls/unit-selector";
import { directionLegend, partsBase, QUALIFIER_LEGEND, type ChartParts } from "../chart-parts";
import styles from "../charts.module.css";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { LedgerChart } from "../lazy-charts";
import { BalancePanel } from "./balance-panel";
import { LedgerTable } from "./ledger-table";

// The ledger on the overview: its unit selector above, and under it the rule that decides what is
// a flow and the balance for the chosen unit.

function ledgerLegend(view: OverviewView, data: LedgerData): LegendItem[] {
  const derived = data.derived;
  return [
    ...data.directions.map((direction) => directionLegend(direction, view.sides, { fallback: direction === "a_to_b" ? "first side" : "second side" })),
    { swatch: { color: "fg-muted", style: "dashed" }, label: "not itemised (total minus listed components)" },
    ...(derived ? [{ swatch: { color: "fg-muted", style: "hatched" }, label: "≈ derived (converted at a reference rate)" } as const] : []),
    ...QUALIFIER_LEGEND,
    { glyph: "⚠", label: "implausible as printed" },
  ];
}

function LedgerFooter({ view, slug }: { view: OverviewView; slug: string }) {
  return (
    <>
      <p className={styles.source}>
        {FLOW_RULES_TEXT} {view.notFlows.count} figures of the dataset are not flows under this rule and never appear in the ledger
        {view.notFlows.examples.length > 0 ? ` (for example ${view.notFlows.examples.join("; ")})` : ""}.{" "}
        <Link href={`/figures?dataset=${encodeURIComponent(slug)}`}>Explore all figures</Link>.
      </p>
      <BalancePanel balance={view.balance} />
    </>
  );
}

export function ledgerParts(view: OverviewView, slug: string): ChartParts {
  const { ledger, selection, sides } = view;
  const title = sides ? `What the ${sides.a.code} and the ${sides.b.code} gave each other` : "Two-way ledger";
  const height = ledger.ok ? ledgerSlots(ledger.data, FIRST_LAYOUT_WIDTH).height : 0;
  return {
    ...partsBase("ledger", title, ledger),
    legend: ledger.ok ? ledgerLegend(view, ledger.data) : [],
    height,
    drawing: ledger.ok ? <LedgerChart data={ledger.data} height={height} /> : null,
    table: ledger.ok ? <LedgerTable data={ledger.data} /> : null,
    controls: selection ? (
      <UnitSelector
        family={selection.family}
        unit={selection.unit}
        familyOptions={selection.familyOptions}
        unitOptions={selection.unitOptions}
        convertedTo={selection.measure.kind === "currency" ? CURRENCY_NAMES[selection.measure.currency] : null}
      />
    ) : undefined,
    pageFooter: <LedgerFooter view={view} slug={slug} />,
  };
}
