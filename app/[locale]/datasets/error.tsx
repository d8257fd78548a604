"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/layout/page-error";

// A dataset page (the list, an overview, a presentation) whose data could not be read.
export default function DatasetsError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return <PageError title={t("titles.dataset")} error={error} reset={reset} back={{ href: "/", label: t("ways.home") }} />;
}
