import type { getDefaultDataset, listDatasetUnits, listFlaggedEvents, listFlaggedFigures } from "@/lib/data/methodology";
import type { listConversionRates } from "@/lib/data/conversion-rates";

// The shapes the methodology page's sections read, as lib/data returns them.
export type MethodologyDataset = NonNullable<Awaited<ReturnType<typeof getDefaultDataset>>>;
export type MethodologyUnit = Awaited<ReturnType<typeof listDatasetUnits>>[number];
export type FlaggedFigure = Awaited<ReturnType<typeof listFlaggedFigures>>[number];
export type FlaggedEvent = Awaited<ReturnType<typeof listFlaggedEvents>>[number];
export type ReferenceRate = Awaited<ReturnType<typeof listConversionRates>>[number];
