"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/layout/page-error";

export default function CurateError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return <PageError title={t("titles.curation")} error={error} reset={reset} back={{ href: "/curate", label: t("ways.curation") }} />;
}
