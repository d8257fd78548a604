import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import { FLOW_RULES_KEY } from "@/lib/charts/flows";
import { FIRST_LAYOUT_WIDTH, ledgerSlots } from "@/lib/charts/layout";
import type { LedgerData } from "@/lib/charts/ledger/ledger";
import type { OverviewView } from "@/lib/charts/overview";
import type { LegendItem } from "@/lib/export/legend";
import { UnitSelector } from "@/components/controls/unit-selector";
import { directionLegend, partsBase, qualifierLegend, type ChartParts } from "../chart-parts";
import styles from "../charts.module.css";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { LedgerChart } from "../lazy-charts";
import { BalancePanel } from "./balance-panel";
import { LedgerTable } from "./ledger-table";

// The ledger on the overview: its unit selector above, and under it the rule that decides what is
// a flow and the balance for the chosen unit.

function ledgerLegend(view: OverviewView, data: LedgerData): LegendItem[] {
  const { legend } = view.labels;
  const derived = data.derived;
  return [
    ...data.directions.map((direction) => directionLegend(direction, view.sides, { fallback: direction === "a_to_b" ? legend.firstSide : legend.secondSide })),
    { swatch: { color: "fg-muted", style: "dashed" }, label: legend.notItemised },
    ...(derived ? [{ swatch: { color: "fg-muted", style: "hatched" }, label: legend.derived } as const] : []),
    ...qualifierLegend(legend),
    { glyph: "⚠", label: legend.implausible },
  ];
}

function LedgerFooter({ view, slug }: { view: OverviewView; slug: string }) {
  const t = useNumberTexts(useTranslations("charts"));
  const examples = view.notFlows.examples.length > 0 ? ` ${t("ledgerFooter.examples", { examples: view.notFlows.examples.join("; ") })}` : "";
  return (
    <>
      <p className={styles.source}>
        {t(FLOW_RULES_KEY)} {t("ledgerFooter.notFlows", { count: view.notFlows.count })}
        {examples}.{" "}
        <Link href={`/figures?dataset=${encodeURIComponent(slug)}`}>{t("ledgerFooter.explore")}</Link>.
      </p>
      <BalancePanel balance={view.balance} />
    </>
  );
}

export function ledgerParts(view: OverviewView, slug: string): ChartParts {
  const { ledger, selection } = view;
  const height = ledger.ok ? ledgerSlots(ledger.data, FIRST_LAYOUT_WIDTH).height : 0;
  return {
    ...partsBase("ledger", view.labels.titles.ledger, ledger),
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
        convertedTo={selection.measure.kind === "currency" ? view.labels.convertedTo : null}
      />
    ) : undefined,
    pageFooter: <LedgerFooter view={view} slug={slug} />,
  };
}
