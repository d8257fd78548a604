import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LogoutButton } from "./logout-button";
import styles from "./curator-bar.module.css";

// The strip at the top of every curation page: who is signed in, where to go, and how to leave.
export function CuratorBar({ user }: { user: string }) {
  const t = useTranslations("curation.bar");
  return (
    <div className={styles.bar}>
      <p className={styles.who}>
        {t.rich("signedInAs", { user, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <nav aria-label={t("nav")} className={styles.nav}>
        <ul>
          <li>
            <Link href="/curate">{t("home")}</Link>
          </li>
          <li>
            <Link href="/curate/figures">{t("correct")}</Link>
          </li>
          <li>
            <Link href="/curate/imports">{t("imports")}</Link>
          </li>
        </ul>
      </nav>
      <LogoutButton />
    </div>
  );
}
