import Link from "next/link";
import { figurePath } from "@/lib/export/share-links";
import { componentShare, summariseShares } from "@/lib/views/figure/component-shares";
import { formatPercent, formatValue, qualifierWords } from "@/lib/format";
import type { FigureDetailDto, FigureSummaryDto } from "@/lib/schemas/api/figure-response";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import styles from "./figure-page.module.css";

// The total this figure belongs to, and the parts it is made of. A share is shown only where the
// part and the total are in the same unit.

const COLUMNS = ["Component", { label: "Value", numeric: true }, "Printed", "Share of the total"] as const;

function ShareCell({ parent, part }: { parent: FigureSummaryDto; part: FigureSummaryDto }) {
  const result = componentShare(parent, part);
  if (result.share === null) return <span className="muted">{result.reason}</span>;
  const approximate = parent.qualifier !== "exact" || part.qualifier !== "exact";
  return (
    <span data-share={result.share}>
      {formatPercent(result.share)}
      {approximate ? <span className="muted"> (approximate: a value is qualified “{qualifierWords(part.qualifier !== "exact" ? part.qualifier : parent.qualifier)}”)</span> : null}
    </span>
  );
}

export function ParentAndComponents({ figure }: { figure: FigureDetailDto }) {
  const self: FigureSummaryDto = figure;
  if (!figure.parent && figure.components.length === 0) return null;
  const summary = summariseShares(figure, figure.components);
  return (
    <section className={styles.section} aria-labelledby="parts-heading" data-testid="parent-components">
      <h2 id="parts-heading">{figure.components.length > 0 ? "Total and components" : "Part of a total"}</h2>
      {figure.parent ? (
        <p data-testid="parent">
          This figure is part of <Link href={figurePath(figure.dataset, figure.parent.key)}>{figure.parent.label}</Link>:{" "}
          {formatValue(figure.parent)}. Share of that total: <ShareCell parent={figure.parent} part={self} />
        </p>
      ) : null}
      {figure.components.length > 0 ? (
        <>
          <SimpleTable
            look="reference"
            caption={`Components of ${formatValue(figure)} (${figure.components.length})`}
            columns={COLUMNS}
            data-testid="components-table"
          >
            {figure.components.map((part) => (
              <tr key={part.id} data-component-id={part.id}>
                <RowHeader wrap>
                  <Link href={figurePath(figure.dataset, part.key)}>{part.label}</Link>
                </RowHeader>
                <Cell numeric>{formatValue(part)}</Cell>
                <td>“{part.valuePrinted}”</td>
                <td>
                  <ShareCell parent={self} part={part} />
                </td>
              </tr>
            ))}
          </SimpleTable>
          <p className="muted">
            {summary.comparable === 0
              ? "No component is in the total’s unit, so no shares can be given: amounts in different units are never divided or added."
              : `The ${summary.comparable} component${summary.comparable === 1 ? "" : "s"} in the total’s unit make up ${formatPercent(summary.sum)} of it.`}
            {figure.flags.includes("components_partial") ? " The source lists only some of the components (“among others”), so they do not add up to the whole." : ""}{" "}
            <Link href={`/figures?parent=${figure.id}`}>Open the components in the explore table</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
