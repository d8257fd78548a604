import type { SankeyData } from "@/lib/charts/flow-diagram/sankey";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FigureLinks } from "../chart-table";
import tableStyles from "../chart-table.module.css";

// The flow diagram as a table: one row per category and direction, with its sum and the figures
// added into it, and the figures left out of every sum under it.

const COLUMNS = ["Flow", { label: "Sum", numeric: true }, "Qualifier of the sum", "Figures added"] as const;

export function FlowTable({ data }: { data: SankeyData }) {
  // Each category has two links (in and out) with the same sum; the table lists it once.
  const seen = new Set<string>();
  const rows = data.links.filter((link) => {
    const key = `${link.direction}|${link.category}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return (
    <ChartTables chart="flow">
      <SimpleTable caption="Flows by category as a table" columns={COLUMNS}>
        {rows.map((link) => (
          <tr key={`${link.direction}-${link.category}`} data-table-row={`${link.direction}-${link.category}`}>
            <RowHeader>{link.path}</RowHeader>
            <Cell numeric>{link.valueText}</Cell>
            <td>{link.qualifierWords}</td>
            <td>
              <FigureLinks figures={link.figures} />
            </td>
          </tr>
        ))}
      </SimpleTable>
      {data.excluded.length > 0 ? (
        <p className={`muted ${tableStyles.note}`}>
          Not added (flagged as inconsistent within the source): <FigureLinks figures={data.excluded} />
        </p>
      ) : null}
    </ChartTables>
  );
}
