import type { z } from "zod";
import type { OverviewView } from "@/lib/charts/overview";
import { overviewParamsShape, type OverviewParams } from "@/lib/views/overview/params";
import type { OverviewData } from "@/lib/data/overview";
import { getOverviewView } from "@/lib/views/overview/load";
import { lenientParse, type UrlNotice } from "@/lib/views/list/lenient-parse";
import { dropEmptyParams, type RawParams } from "@/lib/views/list/raw-params";

// The overview's charts, read and shaped from a page's URL: shared by the embeds (/embed/<chart>)
// and the presentation (/present), which take the overview's parameters (plus their own, given in
// `extra`). Invalid parameters fall back to their defaults with a notice, as on the overview. The
// shaped view comes from the same memo as the overview's (lib/data/overview-view.ts).

export interface LoadedOverview {
  data: OverviewData;
  view: OverviewView;
  params: OverviewParams;
  notices: UrlNotice[];
}

export async function loadOverview(raw: RawParams, extra: z.ZodRawShape): Promise<LoadedOverview | null> {
  const { value, notices } = lenientParse({ ...overviewParamsShape, ...extra }, dropEmptyParams(raw));
  const params = value as unknown as OverviewParams;
  const loaded = await getOverviewView({ family: params.family, unit: params.unit, currency: params.currency, assume: params.assume });
  if (!loaded) return null;
  return { ...loaded, params, notices: [...notices, ...loaded.view.notices] };
}
