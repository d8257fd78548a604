"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { useSearchParams } from "next/navigation";
import { usePathname, useRouter } from "@/i18n/navigation";
import { KEY_EVENTS_CHOICES, KEY_EVENTS_PARAM } from "@/lib/charts/timeline/key-events-param";
import { useKeyEvents } from "./use-key-events";

// Chooses between every event and the N most important on the timeline, for slides. The choice
// lives in the URL, so a shared link and the image export show the same view.

export function KeyEventsControl({ total }: { total: number }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const current = useKeyEvents();
  const t = useNumberTexts(useTranslations("charts"));
  const choose = (value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value === "all") next.delete(KEY_EVENTS_PARAM);
    else next.set(KEY_EVENTS_PARAM, value);
    const query = next.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
  };
  return (
    <label data-key-events-control>
      {t("keyEvents.label")}{" "}
      <select value={current === null ? "all" : String(current)} onChange={(event) => choose(event.target.value)}>
        <option value="all">{t("keyEvents.all", { total })}</option>
        {[...new Set([...KEY_EVENTS_CHOICES, ...(current === null ? [] : [current])])].sort((a, b) => a - b).filter((count) => count < total || count === current).map((count) => (
          <option key={count} value={count}>
            {t("keyEvents.most", { count })}
          </option>
        ))}
      </select>
    </label>
  );
}
