import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { COUNTERPARTS_RULES_KEY } from "@/lib/charts/counterparts/counterparts";
import { barListHeight, FIRST_LAYOUT_WIDTH } from "@/lib/charts/layout";
import type { OverviewView } from "@/lib/charts/overview";
import type { LegendItem } from "@/lib/export/legend";
import { partsBase, qualifierLegend, type ChartParts } from "../chart-parts";
import styles from "../charts.module.css";
import { DIRECTION_TOKENS } from "../direction-colors";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { BarListChart } from "../lazy-charts";
import { CounterpartsTable } from "./counterparts-table";

// The ranked counterparts on the overview: a bar list on a linear scale, what side A gave in its
// colour and what it received in the other side's, with the rule its sums follow under it.

function counterpartsLegend(view: OverviewView): LegendItem[] {
  const { legend } = view.labels;
  return [
    { swatch: { color: DIRECTION_TOKENS.a_to_b, style: "solid" }, label: legend.givenBy },
    { swatch: { color: DIRECTION_TOKENS.b_to_a, style: "solid" }, label: legend.receivedBy },
    ...qualifierLegend(legend),
  ];
}

function CounterpartsRules() {
  const t = useNumberTexts(useTranslations("charts"));
  return <p className={styles.source}>{t(COUNTERPARTS_RULES_KEY)}</p>;
}

export function counterpartsParts(view: OverviewView): ChartParts {
  const { counterparts } = view;
  const height = counterparts.ok ? barListHeight(counterparts.data, FIRST_LAYOUT_WIDTH) : 0;
  return {
    ...partsBase("counterparts", view.labels.titles.counterparts, counterparts),
    legend: counterparts.ok ? counterpartsLegend(view) : [],
    height,
    drawing: counterparts.ok ? <BarListChart chart="counterparts" data={counterparts.data} height={height} scale="linear" label={view.labels.aria.counterparts} /> : null,
    table: counterparts.ok ? <CounterpartsTable data={counterparts.data} /> : null,
    pageFooter: <CounterpartsRules />,
  };
}
