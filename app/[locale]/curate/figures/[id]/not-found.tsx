import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function FigureNotFound() {
  const t = await getTranslations("errors.curationFigureNotFound");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p>
        <Link href="/curate/figures">{t("find")}</Link>
      </p>
    </div>
  );
}
