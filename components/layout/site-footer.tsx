import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import styles from "./site-footer.module.css";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  return (
    <footer className={styles.footer}>
      <div className="page">
        <p className={`muted ${styles.text}`}>
          {t.rich("footer", {
            methodology: (chunks) => <Link href="/methodology">{chunks}</Link>,
            api: (chunks) => <Link href="/api-docs">{chunks}</Link>,
          })}
        </p>
      </div>
    </footer>
  );
}
