import { useTranslations } from "next-intl";
import { TableSkeleton } from "@/components/tables/table-skeleton";

export default function EventsLoading() {
  const t = useTranslations("errors.loading");
  return <TableSkeleton label={t("events")} rows={12} />;
}
