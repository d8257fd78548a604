import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// An address naming a dataset Aidflow does not hold (a mistyped slug, or a dataset removed since).
export default async function DatasetNotFound() {
  const t = await getTranslations("errors.datasetNotFound");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p>
        <Link className="button primary" href="/datasets">
          {t("all")}
        </Link>
      </p>
    </div>
  );
}
