import { listFigureHistory } from "@/lib/data/audit/figure-history";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { DERIVED_FIGURE_COLUMNS, figureFieldLabel } from "@/lib/schemas/figure-field-labels";
import { createFormat, type Format } from "@/lib/format";
import { historyTranslator } from "./history-words";
import { RowHeader, SimpleTable } from "@/components/ui/simple-table";
import styles from "./figure-history.module.css";

// A figure's history: every change the audit log holds for it, newest first, with when, who, why,
// and each changed field's value before and after. Columns kept only for search and filtering
// (searchText, the years) are left out here; the API (/api/v1/figures/{id}/history) has them all.
// In the page's language (`locale`); the values themselves are shown as stored.

function formatField(field: string, value: unknown, t: Translate, fmt: Format): string {
  if (field === "flags" && typeof value === "string") return value === "" ? t("noFlags") : fmt.displayText(value.split(";").join(", "));
  return fmt.formatStoredValue(value);
}

export async function FigureHistory({ figureId, headingLevel = 2, locale = DEFAULT_LOCALE }: { figureId: number; headingLevel?: 2 | 3; locale?: Locale }) {
  const entries = await listFigureHistory(figureId);
  const [t, tFields, fmt] = [historyTranslator(locale, "curation.history"), historyTranslator(locale, "curation.fields"), createFormat(locale)];
  const fieldLabel = (field: string) => (tFields.has(field) ? tFields(field) : figureFieldLabel(field));
  const columns = [t("field"), t("before"), t("after")];
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `figure-history-${figureId}`;
  return (
    <section id="history" aria-labelledby={headingId} className={styles.history}>
      <Heading id={headingId}>{t("heading")}</Heading>
      {entries.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol className={styles.list}>
          {entries.map((entry) => {
            const changes = entry.changes.filter((change) => !DERIVED_FIGURE_COLUMNS.includes(change.field));
            return (
              <li key={entry.id} className={styles.entry}>
                <p className={styles.meta}>
                  <time dateTime={entry.at}>{fmt.formatTimestamp(entry.at)}</time> ·{" "}
                  {t("by", { action: t(entry.action) })} <strong>{fmt.displayText(entry.actor)}</strong>
                  {entry.importId !== null ? t("import", { id: String(entry.importId) }) : null}
                </p>
                {entry.reason ? <p className={styles.reason}>{t("reason", { reason: fmt.displayText(entry.reason) })}</p> : null}
                {changes.length > 0 ? (
                  <SimpleTable caption={t("caption", { date: fmt.formatTimestamp(entry.at) })} hideCaption columns={columns} className={styles.changes}>
                    {changes.map((change) => (
                      <tr key={change.field}>
                        <RowHeader>{fieldLabel(change.field)}</RowHeader>
                        <td>{formatField(change.field, change.old, t, fmt)}</td>
                        <td>{formatField(change.field, change.new, t, fmt)}</td>
                      </tr>
                    ))}
                  </SimpleTable>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
