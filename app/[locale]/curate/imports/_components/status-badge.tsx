import { useTranslations } from "next-intl";
import type { ImportStatus } from "@/lib/import/report";
import styles from "../imports.module.css";

// An import's status in words, coloured by outcome (the word carries the meaning; colour only helps).
// Its words are the `pages.status` messages, in the page's language.

export function StatusBadge({ status }: { status: ImportStatus }) {
  const t = useTranslations("pages.status");
  return (
    <span className={styles.badge} data-status={status}>
      {t(status)}
    </span>
  );
}
