import { useTranslations } from "next-intl";
import { useVocab } from "@/lib/i18n/use-vocab";
import styles from "./flag-badges.module.css";

const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

// A record's flags as small badges; the explanation is the tooltip (the figure and events pages
// spell it out in full). Flags that question the number or the date itself are highlighted.
export function FlagBadges({ flags, derived = false }: { flags: readonly string[]; derived?: boolean }) {
  const t = useTranslations("explore");
  const glossary = useTranslations("glossary");
  const { flagInfo } = useVocab();
  if (flags.length === 0 && !derived) return <span className="muted">—</span>;
  return (
    <ul className={styles.list} aria-label={t("cells.flags")}>
      {derived ? (
        <li>
          <span className="badge" title={t("cells.derivedTitle")}>
            {upperFirst(glossary("terms.derived"))}
          </span>
        </li>
      ) : null}
      {flags.map((code) => {
        const info = flagInfo(code);
        return (
          <li key={code}>
            <span className={`badge${info.warn ? " warn" : ""}`} title={info.explanation} data-flag={code}>
              {info.label}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
