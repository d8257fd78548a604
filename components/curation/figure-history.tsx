import { listFigureHistory } from "@/lib/data/audit/figure-history";
import { DERIVED_FIGURE_COLUMNS, figureFieldLabel } from "@/lib/schemas/figure-field-labels";
import { displayText, formatStoredValue, formatTimestamp } from "@/lib/format";
import { RowHeader, SimpleTable } from "@/components/ui/simple-table";
import styles from "./figure-history.module.css";

// A figure's history: every change the audit log holds for it, newest first, with when, who, why,
// and each changed field's value before and after. Columns kept only for search and filtering
// (searchText, the years) are left out here; the API (/api/v1/figures/{id}/history) has them all.

const ACTION_WORDS = { create: "Added", update: "Changed", delete: "Deleted" } as const;
const COLUMNS = ["Field", "Before", "After"] as const;

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
                  <SimpleTable caption={`Fields changed on ${formatTimestamp(entry.at)}`} hideCaption columns={COLUMNS} className={styles.changes}>
                    {changes.map((change) => (
                      <tr key={change.field}>
                        <RowHeader>{figureFieldLabel(change.field)}</RowHeader>
                        <td>{formatField(change.field, change.old)}</td>
                        <td>{formatField(change.field, change.new)}</td>
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
