"use client";

import { useSearchParams } from "next/navigation";
import { KEY_EVENTS_PARAM, KEY_FIGURES_PARAM, parseKeyEvents } from "@/lib/charts/timeline/key-events-param";

/** The URL's key-events setting (null: every event), read wherever the timeline draws. */
export function useKeyEvents(): number | null {
  return parseKeyEvents(useSearchParams().get(KEY_EVENTS_PARAM));
}

/** The URL's key-figures setting (null: as many as an image's box holds). */
export function useKeyFigures(): number | null {
  return parseKeyEvents(useSearchParams().get(KEY_FIGURES_PARAM));
}
