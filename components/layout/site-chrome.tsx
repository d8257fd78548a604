"use client";

import { usePathname } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { isChromeless } from "@/lib/views/chrome";

/** Renders the site chrome it wraps except on embeds and the presentation (lib/views/chrome.ts), in every language. */
export function SiteChrome({ children }: { children: ReactNode }) {
  return isChromeless(usePathname()) ? null : children;
}
