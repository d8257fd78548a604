"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/layout/page-error";

export default function FigureError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const common = useTranslations("common");
  return <PageError title={t("titles.figure")} error={error} reset={reset} back={{ href: "/figures", label: common("exploreAllFigures") }} />;
}
