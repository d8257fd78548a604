import { listFigureHistory } from "@/lib/data/audit/figure-history";
import { DERIVED_FIGURE_COLUMNS, figureFieldLabel } from "@/lib/schemas/figure-field-labels";
import { displayText, formatStoredValue, formatTimestamp } from "@/lib/format";
import styles from "./figure-history.module.css";

// A figure's history: every change the audit log holds for it, newest first, with when, who, why,
// and each changed field's value before and after. Columns kept only for search and filtering
// (searchText, the years) are left out here; the API (/api/v1/figures/{id}/history) has them all.

const ACTION_WORDS = { create: "Added", update: "Changed", delete: "Deleted" } as const;

function formatField(field: string, value: unknown): string {
  if (field === "flags" && typeof value === "string") return value === "" ? "none" : displayText(value.split(";").join(", "));
  return formatStoredValue(value);
}

export async function FigureHistory({ figureId, headingLevel = 2 }: { figureId: number; headingLevel?: 2 | 3 }) {
  const entries = await listFigureHistory(figureId);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `figure-history-${figureId}`;
  return (
    <section id="history" aria-labelledby={headingId} className={styles.history}>
      <Heading id={headingId}>History</Heading>
      {entries.length === 0 ? (
        <p className="muted">No correction or import has changed this figure since the dataset was first loaded.</p>
      ) : (
        <ol className={styles.list}>
          {entries.map((entry) => {
            const changes = entry.changes.filter((change) => !DERIVED_FIGURE_COLUMNS.includes(change.field));
            return (
              <li key={entry.id} className={styles.entry}>
                <p className={styles.meta}>
                  <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time> · {ACTION_WORDS[entry.action]} by{" "}
                  <strong>{displayText(entry.actor)}</strong>
                  {entry.importId !== null ? ` (import #${entry.importId})` : null}
                </p>
                {entry.reason ? <p className={styles.reason}>Reason: {displayText(entry.reason)}</p> : null}
                {changes.length > 0 ? (
                  <div className={styles.scroll}>
                    <table className={styles.table}>
                      <caption className="visually-hidden">Fields changed on {formatTimestamp(entry.at)}</caption>
                      <thead>
                        <tr>
                          <th scope="col">Field</th>
                          <th scope="col">Before</th>
                          <th scope="col">After</th>
                        </tr>
                      </thead>
                      <tbody>
                        {changes.map((change) => (
                          <tr key={change.field}>
                            <th scope="row">{figureFieldLabel(change.field)}</th>
                            <td>{formatField(change.field, change.old)}</td>
                            <td>{formatField(change.field, change.new)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
