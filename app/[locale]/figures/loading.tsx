import { useTranslations } from "next-intl";
import { TableSkeleton } from "@/components/tables/table-skeleton";

export default function FiguresLoading() {
  const t = useTranslations("errors.loading");
  return <TableSkeleton label={t("figures")} />;
}
