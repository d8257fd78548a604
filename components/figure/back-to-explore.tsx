"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { useSyncExternalStore } from "react";
import { readExploreView, subscribeExploreView } from "@/lib/views/figures/explore-return";

// "Back to explore" returns to the filtered, sorted page the visitor came from, when this tab
// has one; otherwise to the default view. The server renders the default link.
export function BackToExplore() {
  const t = useTranslations("figure.back");
  const href = useSyncExternalStore(subscribeExploreView, readExploreView, () => null) ?? "/figures";
  return (
    <Link href={href} data-testid="back-to-explore">
      <span aria-hidden="true">←</span> {href !== "/figures" ? t("lastView") : t("label")}
    </Link>
  );
}
