import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

// A page that calls notFound() without a not-found state of its own, in the page's language.
export default async function NotFound() {
  const t = await getTranslations("errors.notFound");
  const common = await getTranslations("common");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p>
        <Link href="/">{common("backToOverview")}</Link> · <Link href="/figures">{common("exploreAllFigures")}</Link>
      </p>
    </div>
  );
}
