import { getTranslations } from "next-intl/server";
import { CHART_IDS } from "@/lib/views/overview/param-codes";
import styles from "./embed-states.module.css";

export default async function EmbedNotFound() {
  const t = await getTranslations("errors.embed");
  return (
    <div role="status">
      <h1 className={styles.heading}>{t("notFoundTitle")}</h1>
      <p className="muted">
        {t.rich("notFound", {
          charts: CHART_IDS.join(", "),
          open: (chunks) => (
            <a href="/" target="_blank" rel="noopener">
              {chunks}
            </a>
          ),
        })}
      </p>
    </div>
  );
}
