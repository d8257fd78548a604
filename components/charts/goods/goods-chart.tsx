"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import type { BarListData } from "@/lib/charts/bar-list/bar-list";
import { useGoodsScale } from "@/lib/views/overview/use-overview-params";
// Loaded after the page, when the chart nears the viewport (lazy-charts.tsx).
import { BarListChart } from "../lazy-charts";

// The goods chart reads its scale (log or linear) from the URL, so the toggle above it and a shared
// link draw the same thing.
export function GoodsChart({ data, height }: { data: BarListData; height: number }) {
  const [scale] = useGoodsScale();
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <div data-scale={scale}>
      <BarListChart
        chart="goods"
        data={data}
        height={height}
        scale={scale}
        label={t(scale === "log" ? "aria.goodsLog" : "aria.goodsLinear", { count: data.bars.length, unit: data.unitLabel.toLowerCase() })}
      />
    </div>
  );
}
