import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import type { CounterpartsData } from "@/lib/charts/counterparts/counterparts";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FigureLinks } from "../chart-table";

// The ranked counterparts as a table: one row per counterpart and direction, in the chart's order,
// with the sum, its qualifier and the figures added into it.

export function CounterpartsTable({ data }: { data: CounterpartsData }) {
  const t = useNumberTexts(useTranslations("charts"));
  const columns = [t("columns.flow"), t("columns.counterpart"), { label: t("columns.sum"), numeric: true }, t("columns.sumQualifier"), t("columns.figuresAdded")];
  return (
    <ChartTables chart="counterparts">
      <SimpleTable caption={t("captions.counterparts", { actor: data.actor.code })} columns={columns}>
        {data.bars.map((row) => (
          <tr key={row.key} data-table-row={row.key}>
            <RowHeader>{row.info.title}</RowHeader>
            <td>{row.counterpart.name}</td>
            <Cell numeric>{row.valueText}</Cell>
            <td>{row.qualifierWords}</td>
            <td>
              <FigureLinks figures={row.figures} total={row.figureCount} />
            </td>
          </tr>
        ))}
      </SimpleTable>
    </ChartTables>
  );
}
