import Link from "next/link";
import type { ReactNode } from "react";
import type { ChartResult } from "@/lib/charts/chart-types";
import { FLOW_RULES_TEXT } from "@/lib/charts/flows";
import { barListHeight, ledgerSlots, SANKEY_HEIGHT, timelineGeometry } from "@/lib/charts/layout";
import type { ChartText, OverviewView } from "@/lib/charts/overview";
import type { ChartId } from "@/lib/views/overview/params";
import { SANKEY_RULES_TEXT } from "@/lib/charts/flow-diagram/sankey";
import type { LegendItem } from "@/lib/export/legend";
import { CURRENCY_NAMES } from "@/lib/vocab/convert";
import { ScaleToggle } from "@/components/controls/scale-toggle";
import { UnitSelector } from "@/components/controls/unit-selector";
import { BalancePanel } from "./ledger/balance-panel";
import { BarListTable, LedgerTable, SankeyTable, TimelineTable } from "./chart-tables";
import styles from "./charts.module.css";
import { GoodsChart } from "./goods/goods-chart";
// Performance (issue 6): the Recharts charts through their lazy wrappers (lazy-charts.tsx), so
// Recharts is not part of the page's first-load JavaScript.
import { BarListChart, FlowSankey, LedgerChart, TimelineChart } from "./lazy-charts";

// Everything one overview chart is made of, shaped once and shown in three places: the overview
// (with its controls and notes), an embed (/embed/<chart>) and the presentation (/present). The
// drawing is the bare chart, which the image export also draws off screen; the legend is data, so
// the page and the exported image show the same entries.

export interface ChartParts {
  id: ChartId;
  title: string;
  subtitle: string;
  source: string;
  notes: readonly string[];
  /** Why nothing is drawn, when the selection leaves nothing to draw. */
  emptyReason: string | null;
  legend: LegendItem[];
  drawing: ReactNode | null;
  table: ReactNode | null;
  /** The drawing's height in px (the chart box is fixed on the server). */
  height: number;
  /** The overview's controls for this chart (unit family, scale). */
  controls?: ReactNode;
  /** More text below the source, on the overview only. */
  pageFooter?: ReactNode;
}

const qualifierLegend: LegendItem[] = [
  { glyph: "▸", label: "open end: lower bound (more than, over, at least)" },
  { glyph: "┤", label: "capped end: upper bound (up to, nearly)" },
  { glyph: "≈", label: "approximate (about)" },
];

function base(id: ChartId, title: string, result: ChartResult<unknown> & ChartText) {
  return { id, title, subtitle: result.subtitle, source: result.source, notes: result.notes, emptyReason: result.ok ? null : result.reason };
}

function ledgerParts(view: OverviewView): ChartParts {
  const { ledger, selection, sides } = view;
  const title = sides ? `What the ${sides.a.code} and the ${sides.b.code} gave each other` : "Two-way ledger";
  const legend: LegendItem[] = ledger.ok
    ? [
        { swatch: { color: "ussr", style: "solid" }, label: sides ? `${sides.a.code} → ${sides.b.code}` : "first side" },
        { swatch: { color: "prc", style: "solid" }, label: sides ? `${sides.b.code} → ${sides.a.code}` : "second side" },
        { swatch: { color: "fg-muted", style: "dashed" }, label: "not itemised (total minus listed components)" },
        ...(ledger.data.derived ? [{ swatch: { color: "fg-muted", style: "hatched" }, label: "≈ derived (converted at a reference rate)" } as const] : []),
        ...qualifierLegend,
        { glyph: "⚠", label: "implausible as printed" },
      ]
    : [];
  const height = ledger.ok ? ledgerSlots(ledger.data).height : 0;
  return {
    ...base("ledger", title, ledger),
    legend,
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
    pageFooter: (
      <>
        <p className={styles.source}>
          {FLOW_RULES_TEXT} {view.notFlows.count} figures of the dataset are not flows under this rule and never appear in the ledger
          {view.notFlows.examples.length > 0 ? ` (for example ${view.notFlows.examples.join("; ")})` : ""}.{" "}
          <Link href="/figures">Explore all figures</Link>.
        </p>
        <BalancePanel balance={view.balance} />
      </>
    ),
  };
}

function flowParts(view: OverviewView): ChartParts {
  const { sankey, sides } = view;
  return {
    ...base("flow", "Flows by category", sankey),
    // Only the directions drawn: a unit may have flows one way only.
    legend: sankey.ok
      ? [
          ...(sankey.data.links.some((link) => link.direction === "a_to_b")
            ? [{ swatch: { color: "ussr", style: "solid" }, label: sides ? `${sides.a.code} → ${sides.b.code}` : "first side" } as const]
            : []),
          ...(sankey.data.links.some((link) => link.direction === "b_to_a")
            ? [{ swatch: { color: "prc", style: "solid" }, label: sides ? `${sides.b.code} → ${sides.a.code}` : "second side" } as const]
            : []),
          ...(sankey.data.links.some((link) => link.derived) ? [{ swatch: { color: "fg-muted", style: "hatched" }, label: "≈ includes converted (derived) values" } as const] : []),
        ]
      : [],
    height: SANKEY_HEIGHT,
    drawing: sankey.ok ? <FlowSankey data={sankey.data} /> : null,
    table: sankey.ok ? <SankeyTable data={sankey.data} /> : null,
    pageFooter: <p className={styles.source}>{SANKEY_RULES_TEXT}</p>,
  };
}

function timelineParts(view: OverviewView): ChartParts {
  const { timeline, sides } = view;
  return {
    ...base("timeline", "Timeline, 1945–1980", timeline),
    legend: timeline.ok
      ? [
          { glyph: "◆", label: "dated event" },
          { swatch: { color: "ussr", style: "solid" }, label: sides ? `figure, ${sides.a.code} → ${sides.b.code}` : "figure" },
          { swatch: { color: "prc", style: "solid" }, label: sides ? `figure, ${sides.b.code} → ${sides.a.code}` : "figure" },
          { swatch: { color: "context", style: "solid" }, label: "figure, other or no direction" },
          { glyph: "●", label: "stock or single date" },
        ]
      : [],
    height: timeline.ok ? timelineGeometry(timeline.data).height : 0,
    drawing: timeline.ok ? <TimelineChart data={timeline.data} /> : null,
    table: timeline.ok ? <TimelineTable data={timeline.data} /> : null,
  };
}

function goodsParts(view: OverviewView): ChartParts {
  const { goods, sides } = view;
  const title = sides ? `What the ${sides.b.code} shipped the ${sides.a.code}, by commodity` : "Goods by commodity";
  const height = goods.ok ? barListHeight(goods.data) : 0;
  return {
    ...base("goods", title, goods),
    legend: goods.ok ? [...qualifierLegend.slice(0, 1), { glyph: "⚠", label: "implausible as printed (drawn as printed, dashed outline)" }] : [],
    height,
    drawing: goods.ok ? <GoodsChart data={goods.data} height={height} /> : null,
    table: goods.ok ? <BarListTable chart="goods" data={goods.data} caption="Goods by commodity as a table" /> : null,
    controls: goods.ok ? <ScaleToggle /> : undefined,
  };
}

function peopleParts(view: OverviewView): ChartParts {
  const { people, sides } = view;
  const height = people.ok ? barListHeight(people.data) : 0;
  return {
    ...base("people", "People: specialists sent and people trained", people),
    legend: people.ok
      ? [
          { swatch: { color: "ussr", style: "solid" }, label: sides ? `${sides.a.code} → ${sides.b.code}` : "first side" },
          { swatch: { color: "prc", style: "solid" }, label: sides ? `${sides.b.code} → ${sides.a.code}` : "second side" },
          ...qualifierLegend,
        ]
      : [],
    height,
    drawing: people.ok ? (
      <BarListChart
        chart="people"
        data={people.data}
        height={height}
        scale="linear"
        label={`People chart: ${people.data.bars.length} separate counts in persons. Use the arrow keys to move between bars.`}
      />
    ) : null,
    table: people.ok ? <BarListTable chart="people" data={people.data} caption="People as a table" /> : null,
  };
}

export function overviewChartParts(view: OverviewView, id: ChartId): ChartParts {
  switch (id) {
    case "ledger":
      return ledgerParts(view);
    case "flow":
      return flowParts(view);
    case "timeline":
      return timelineParts(view);
    case "goods":
      return goodsParts(view);
    case "people":
      return peopleParts(view);
  }
}
