import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// An id that is malformed ("abc") or names no figure.
export default async function FigureNotFound() {
  const t = await getTranslations("errors.figureNotFound");
  const common = await getTranslations("common");
  return (
    <div className="page" data-testid="figure-not-found">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p>
        <Link href="/figures">{common("exploreAllFigures")}</Link> · <Link href="/">{common("backToOverview")}</Link>
      </p>
    </div>
  );
}
