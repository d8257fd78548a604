"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/layout/page-error";

export default function FiguresError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return <PageError title={t("titles.figures")} error={error} reset={reset} />;
}
