"use client";

import { useSearchParams } from "next/navigation";
import { KEY_EVENTS_PARAM, parseKeyEvents } from "@/lib/charts/timeline/key-events-param";

/** The URL's key-events setting (null: every event), read wherever the timeline draws. */
export function useKeyEvents(): number | null {
  return parseKeyEvents(useSearchParams().get(KEY_EVENTS_PARAM));
}
