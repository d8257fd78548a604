import type { ReactNode } from "react";
import type { ChartCap } from "@/lib/charts/cap";
import type { ChartResult } from "@/lib/charts/chart-types";
import type { ChartText, OverviewView } from "@/lib/charts/overview";
import { directionLabel, type Direction, type Sides } from "@/lib/charts/sides";
import type { LegendItem } from "@/lib/export/legend";
import type { ChartId } from "@/lib/views/overview/param-codes";
import { DIRECTION_TOKENS } from "./direction-colors";

// Everything one overview chart is made of, shaped once and shown in three places: the overview
// (with its controls and notes), an embed (/embed/<slug>/<chart>) and the presentation
// (/datasets/<slug>/present). The drawing is the bare chart, which the image export also draws off
// screen; the legend is data, so the page and the exported image show the same entries. Each chart's folder builds its own parts
// (ledger/ledger-parts.tsx…); components/overview/overview-chart-parts.ts picks one by id.

export interface ChartParts {
  id: ChartId;
  title: string;
  subtitle: string;
  source: string;
  /** The chart in words (lib/charts/chart-summary.ts): its accessible description, embed alt text and image <desc>. */
  summary: string;
  notes: readonly string[];
  /** What the chart leaves out for legibility, with a link to see it all. */
  caps: readonly ChartCap[];
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

type Legend = OverviewView["labels"]["legend"];

/** What the end of a bar says about its number (lib/charts/qualifier-tip.ts). */
export function qualifierLegend(legend: Legend): LegendItem[] {
  return [
    { glyph: "▸", label: legend.lower },
    { glyph: "┤", label: legend.upper },
    { glyph: "≈", label: legend.approx },
  ];
}

/** The parts every chart takes from its shaped result: title, text, and why it is empty. */
export function partsBase(id: ChartId, title: string, result: ChartResult<unknown> & ChartText) {
  return { id, title, subtitle: result.subtitle, summary: result.summary, source: result.source, notes: result.notes, caps: result.caps, emptyReason: result.ok ? null : result.reason };
}

/** A direction's legend entry in its colour: "USSR → PRC", or `fallback` when there are no sides. */
export function directionLegend(direction: Direction, sides: Sides | null, { prefix = "", fallback }: { prefix?: string; fallback: string }): LegendItem {
  return { swatch: { color: DIRECTION_TOKENS[direction], style: "solid" }, label: sides ? `${prefix}${directionLabel(direction, sides)}` : fallback };
}

/** Both directions, as the ledger and the people chart colour them. */
export function sidesLegend(sides: Sides | null, legend: Legend): LegendItem[] {
  return [directionLegend("a_to_b", sides, { fallback: legend.firstSide }), directionLegend("b_to_a", sides, { fallback: legend.secondSide })];
}
