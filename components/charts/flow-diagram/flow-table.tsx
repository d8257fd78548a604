import type { SankeyData } from "@/lib/charts/flow-diagram/sankey";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FigureLinks } from "../chart-table";
import tableStyles from "../chart-table.module.css";

// The flow diagram as a table: one row per direction, category and counterpart, with its sum and
// the figures added into it, and the figures left out of every sum under it.

const COLUMNS = ["Flow", { label: "Sum", numeric: true }, "Qualifier of the sum", "Figures added"] as const;

export function FlowTable({ data }: { data: SankeyData }) {
  // The links at the counterparts' end hold every figure once; side A's end only adds them up.
  const rows = data.links.filter((link) => link.counterpart !== null);
  return (
    <ChartTables chart="flow">
      <SimpleTable caption="Flows by category as a table" columns={COLUMNS}>
        {rows.map((link) => (
          <tr key={`${link.direction}-${link.category}-${link.counterpart}`} data-table-row={`${link.direction}-${link.category}-${link.counterpart}`}>
            <RowHeader>{link.path}</RowHeader>
            <Cell numeric>{link.valueText}</Cell>
            <td>{link.qualifierWords}</td>
            <td>
              <FigureLinks figures={link.figures} total={link.figureCount} />
            </td>
          </tr>
        ))}
      </SimpleTable>
      {data.excluded.length > 0 ? (
        <p className={`muted ${tableStyles.note}`}>
          Not added (flagged as inconsistent within the source): <FigureLinks figures={data.excluded} total={data.excludedCount} />
        </p>
      ) : null}
    </ChartTables>
  );
}
