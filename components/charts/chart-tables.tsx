import Link from "next/link";
import type { BarListData } from "@/lib/charts/bar-list/bar-list";
import type { LedgerData } from "@/lib/charts/ledger/ledger";
import type { SankeyData } from "@/lib/charts/flow-diagram/sankey";
import type { TimelineData } from "@/lib/charts/timeline/timeline";
import styles from "./charts.module.css";

// The table alternatives of the overview charts: the same marks, as rows a screen reader and a
// keyboard user can read. Rendered on the server; the chart/table toggle shows one or the other.

function Flags({ flags }: { flags: { code: string; label: string }[] }) {
  if (flags.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {flags.map((flag) => (
        <span key={flag.code} className="badge warn" style={{ marginRight: 4 }}>
          {flag.label}
        </span>
      ))}
    </>
  );
}

export function LedgerTable({ data }: { data: LedgerData }) {
  return (
    <div className={styles.tableScroll} data-chart-table="ledger">
      <table className={styles.table}>
        <caption>Two-way ledger as a table: one row per bar, with the stacked parts under it</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Direction</th>
            <th scope="col">Category</th>
            <th scope="col">Value</th>
            <th scope="col">Printed</th>
            <th scope="col">Period</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {data.groups.flatMap((group) =>
            group.rows.flatMap((row) => {
              const head = (
                <tr key={row.key} data-table-row={row.key} data-figure-id={row.figureId}>
                  <th scope="row">
                    <Link href={row.href}>{row.label}</Link>
                  </th>
                  <td>{row.info.direction}</td>
                  <td>{group.label}</td>
                  <td className={styles.num}>
                    {row.valueText}
                    {row.derived ? (
                      <>
                        {" "}
                        <span className={`badge ${styles.derivedBadge}`}>derived</span>
                      </>
                    ) : null}
                  </td>
                  <td>{row.info.printed ? `“${row.info.printed}”` : "—"}</td>
                  <td>{row.info.period ?? "—"}</td>
                  <td>
                    <Flags flags={row.info.flags} />
                  </td>
                </tr>
              );
              const parts =
                row.segments.length > 1 || row.kind === "components"
                  ? row.segments.map((segment) => (
                      <tr key={`${row.key}-${segment.key}`} className={styles.subRow} data-table-segment={segment.key}>
                        <th scope="row">
                          {segment.role === "remainder" ? "Not itemised" : segment.figureId ? <Link href={`/figures/${segment.figureId}`}>{segment.label}</Link> : segment.label}
                        </th>
                        <td>{segment.info.direction}</td>
                        <td>{segment.role === "remainder" ? "remainder" : "component"}</td>
                        <td className={styles.num}>{segment.valueText}</td>
                        <td>{segment.info.printed ? `“${segment.info.printed}”` : "—"}</td>
                        <td>{segment.info.period ?? "—"}</td>
                        <td>
                          <Flags flags={segment.info.flags} />
                        </td>
                      </tr>
                    ))
                  : [];
              return [head, ...parts];
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}

export function SankeyTable({ data }: { data: SankeyData }) {
  // Each category has two links (in and out) with the same sum; the table lists it once.
  const seen = new Set<string>();
  const rows = data.links.filter((link) => {
    const key = `${link.direction}|${link.category}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <div className={styles.tableScroll} data-chart-table="flow">
      <table className={styles.table}>
        <caption>Flows by category as a table</caption>
        <thead>
          <tr>
            <th scope="col">Flow</th>
            <th scope="col">Sum</th>
            <th scope="col">Qualifier of the sum</th>
            <th scope="col">Figures added</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((link) => (
            <tr key={`${link.direction}-${link.category}`} data-table-row={`${link.direction}-${link.category}`}>
              <th scope="row">{link.path}</th>
              <td className={styles.num}>{link.valueText}</td>
              <td>{link.qualifierWords}</td>
              <td>
                {link.figures.map((figure, index) => (
                  <span key={figure.id}>
                    {index > 0 ? "; " : ""}
                    <Link href={`/figures/${figure.id}`}>{figure.label}</Link>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.excluded.length > 0 ? (
        <p className="muted" style={{ fontSize: "0.85rem" }}>
          Not added (flagged as inconsistent within the source):{" "}
          {data.excluded.map((figure, index) => (
            <span key={figure.id}>
              {index > 0 ? "; " : ""}
              <Link href={`/figures/${figure.id}`}>{figure.label}</Link>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

export function BarListTable({ chart, data, caption }: { chart: string; data: BarListData; caption: string }) {
  return (
    <div className={styles.tableScroll} data-chart-table={chart}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Printed</th>
            <th scope="col">Period</th>
            <th scope="col">Direction</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {data.bars.map((bar) => (
            <tr key={bar.key} data-table-row={bar.key} data-figure-id={bar.figureId}>
              <th scope="row">
                <Link href={`/figures/${bar.figureId}`}>{bar.fullLabel}</Link>
                {bar.group ? <div className="muted">Part of: {bar.group}</div> : null}
              </th>
              <td className={styles.num}>{bar.valueText}</td>
              <td>“{bar.info.printed}”</td>
              <td>{bar.info.period}</td>
              <td>{bar.info.direction}</td>
              <td>
                <Flags flags={bar.info.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TimelineTable({ chart = "timeline", data }: { chart?: string; data: TimelineData }) {
  return (
    <div className={styles.tableScroll} data-chart-table={chart}>
      <table className={styles.table}>
        <caption>Phases</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Years</th>
          </tr>
        </thead>
        <tbody>
          {data.phases.map((phase) => (
            <tr key={phase.key}>
              <th scope="row">{phase.label}</th>
              <td>
                {Math.floor(phase.x1)}–{Math.ceil(phase.x2) - 1}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={styles.table} style={{ marginTop: "1rem" }}>
        <caption>Events ({data.events.length})</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Type</th>
            <th scope="col">As the source dates it</th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {data.events.map((event) => (
            <tr key={event.key} data-table-row={event.key} data-event-id={event.id}>
              <td className={styles.num}>{event.dateText}</td>
              <th scope="row">{event.label}</th>
              <td>{event.typeLabel}</td>
              <td>{event.info.period}</td>
              <td>
                <Flags flags={event.info.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={styles.table} style={{ marginTop: "1rem" }}>
        <caption>Figures with a period ({data.spans.length})</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Figure</th>
            <th scope="col">Value</th>
            <th scope="col">Direction</th>
            <th scope="col">Drawn as</th>
          </tr>
        </thead>
        <tbody>
          {data.spans.map((span) => (
            <tr key={span.key} data-table-row={span.key} data-figure-id={span.id}>
              <td className={styles.num}>{span.periodText}</td>
              <th scope="row">
                <Link href={`/figures/${span.id}`}>{span.label}</Link>
              </th>
              <td className={styles.num}>{span.valueText}</td>
              <td>{span.info.direction ?? "—"}</td>
              <td>{span.point ? "point" : "span"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
