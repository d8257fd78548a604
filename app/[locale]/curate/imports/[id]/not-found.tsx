import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function ImportNotFound() {
  const t = await getTranslations("errors.importNotFound");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <p>
        <Link href="/curate/imports">{t("all")}</Link>
      </p>
    </div>
  );
}
