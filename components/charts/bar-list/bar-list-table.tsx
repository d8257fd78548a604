import Link from "next/link";
import { figureHref } from "@/lib/charts/chart-types";
import type { BarListData } from "@/lib/charts/bar-list/bar-list";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FlagBadges } from "../chart-table";

// A bar list (the goods chart, the people chart) as a table: one row per bar.

const COLUMNS = ["Figure", { label: "Value", numeric: true }, "Printed", "Period", "Direction", "Flags"] as const;

export function BarListTable({ chart, data, caption }: { chart: string; data: BarListData; caption: string }) {
  return (
    <ChartTables chart={chart}>
      <SimpleTable caption={caption} columns={COLUMNS}>
        {data.bars.map((bar) => (
          <tr key={bar.key} data-table-row={bar.key} data-figure-id={bar.figureId}>
            <RowHeader>
              <Link href={figureHref(bar.figureId)}>{bar.fullLabel}</Link>
              {bar.group ? <div className="muted">Part of: {bar.group}</div> : null}
            </RowHeader>
            <Cell numeric>{bar.valueText}</Cell>
            <td>“{bar.info.printed}”</td>
            <td>{bar.info.period}</td>
            <td>{bar.info.direction}</td>
            <td>
              <FlagBadges flags={bar.info.flags} />
            </td>
          </tr>
        ))}
      </SimpleTable>
    </ChartTables>
  );
}
