"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/layout/page-error";

// Shown when any page without an error state of its own fails to render.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return <PageError title={t("titles.generic")} error={error} reset={reset} />;
}
