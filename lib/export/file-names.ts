import { aidflowFileName, boundedJoin, isoDay, safeSlug } from "@/lib/export/csv/filename";
import type { ExportSizeName } from "./layout";

// File names of exported chart images, saying what the image shows:
// aidflow-<dataset>-<chart>-<view settings>-<date>-<size>.<ext>, e.g.
// aidflow-oda-2020-ledger-money-usd-2026-11-28-1600x900.png.

export interface ChartFileNameInput {
  dataset: string;
  chart: string;
  /** The view settings that change what is drawn, in order (defaults already left out). */
  settings: [string, string | undefined][];
  size: { width: number; height: number } | ExportSizeName | null;
  extension: "png" | "svg";
  theme?: "light" | "dark";
  date?: Date;
}

export function chartFileName({ dataset, chart, settings, size, extension, theme = "light", date = new Date() }: ChartFileNameInput): string {
  const described = boundedJoin(settings.flatMap(([name, value]) => (value ? [safeSlug(`${name}-${value}`)] : [])), 60);
  const sizeText = size === null ? "" : typeof size === "string" ? size : `${size.width}x${size.height}`;
  return aidflowFileName([safeSlug(dataset) || "dataset", safeSlug(chart) || "chart", described, isoDay(date), sizeText, theme === "dark" ? "dark" : ""], extension);
}

/** The overview settings worth naming in a chart's file, in a fixed order. */
export function overviewSettings(params: URLSearchParams, chart: string): [string, string | undefined][] {
  const get = (name: string) => params.get(name) ?? undefined;
  const money: [string, string | undefined][] = [
    ["currency", get("currency") === "original" ? undefined : get("currency")],
    ["assume", get("assume") === "none" ? undefined : get("assume")],
  ];
  if (chart === "ledger" || chart === "flow" || chart === "counterparts") return [["family", get("family")], ["unit", get("unit")], ...money];
  if (chart === "goods") return [["scale", get("goods_scale") === "log" ? undefined : get("goods_scale")]];
  return [];
}
