import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import type { HeadlineCard } from "@/lib/charts/headline-cards/headline-cards";
import { DIRECTION_COLORS } from "../direction-colors";
import styles from "./headline-cards.module.css";

// The headline cards: the key figures with their qualifier, unit, period and flags, each linking
// to its figure page. Figures on one card are separate lines and are never added.

export function HeadlineCards({ cards }: { cards: HeadlineCard[] }) {
  const t = useNumberTexts(useTranslations("charts"));
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="headline-cards-title" className={styles.section}>
      <h2 id="headline-cards-title" className="visually-hidden">
        {t("cards.title")}
      </h2>
      <ul className={styles.grid}>
        {cards.map((card) => (
          <li
            key={card.key}
            className={styles.card}
            data-card={card.key}
            style={{ borderTopColor: DIRECTION_COLORS[card.direction ?? "context"] }}
          >
            <h3 className={styles.title}>{card.title}</h3>
            {card.lines.map((line) => (
              <div key={line.figureId} className={styles.line} data-card-line={line.figureId}>
                <p className={styles.value}>
                  <Link href={line.href}>{line.valueText}</Link>
                </p>
                <p className={styles.label}>{line.label}</p>
                <p className={styles.meta}>
                  <span>{line.period}</span>
                  {line.directionText ? <span>{line.directionText}</span> : null}
                  <span>{t("cards.printed", { printed: line.printed })}</span>
                </p>
                {line.converted ? (
                  <p className={styles.converted} data-derived="true" title={line.converted.note}>
                    <span className="badge">{t("table.derived")}</span> {line.converted.text}
                    <span className="visually-hidden">. {line.converted.note}</span>
                  </p>
                ) : null}
                {line.flags.length > 0 ? (
                  <p className={styles.flags}>
                    {line.flags.map((flag) => (
                      <span key={flag.code} className="badge warn" data-flag={flag.code}>
                        {flag.label}
                      </span>
                    ))}
                  </p>
                ) : null}
              </div>
            ))}
            {card.note ? <p className={styles.note}>{card.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
