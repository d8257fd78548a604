"use client";

import { parseAsInteger, parseAsString, parseAsStringLiteral, useQueryState, useQueryStates } from "nuqs";
import { useTransition } from "react";
// The zod-free codes, not the server's schema module: this runs in the browser, within the bundle budget.
import { CHART_VIEWS, SCALES, viewParam, type ChartId } from "./param-codes";
import { CURRENCY_VIEW_CODES, RUBLE_ASSUMPTION_CODES } from "@/lib/vocab/currency-view";

// The overview's URL state on the client (nuqs), with the codes the server validates in
// lib/views/overview.ts. Parameters that change the data (pair, years, unit, currency view) go to the
// server (shallow: false) inside a transition, so the old view stays until the new one is ready;
// the chart/table and log/linear toggles only change how the same data is drawn, so they stay in
// the browser (shallow).

export function useChartView(chart: ChartId) {
  return useQueryState(viewParam(chart), parseAsStringLiteral(CHART_VIEWS).withDefault("chart"));
}

export function useGoodsScale() {
  return useQueryState("goods_scale", parseAsStringLiteral(SCALES).withDefault("log"));
}

export function useMeasureParams() {
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useQueryStates(
    { family: parseAsString, unit: parseAsString },
    { shallow: false, startTransition },
  );
  return { values, setValues, pending };
}

export function useCurrencyParams() {
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useQueryStates(
    {
      currency: parseAsStringLiteral(CURRENCY_VIEW_CODES).withDefault("original"),
      assume: parseAsStringLiteral(RUBLE_ASSUMPTION_CODES).withDefault("none"),
    },
    { shallow: false, startTransition },
  );
  return { values, setValues, pending };
}

/** The pair of actors and the year window: they change which figures every chart shows. */
export function useScopeParams() {
  const [pending, startTransition] = useTransition();
  const [values, setValues] = useQueryStates(
    { a: parseAsString, b: parseAsString, year_from: parseAsInteger, year_to: parseAsInteger },
    { shallow: false, startTransition },
  );
  return { values, setValues, pending };
}
