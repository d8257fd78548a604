import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import type { SankeyData } from "@/lib/charts/flow-diagram/sankey";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FigureLinks } from "../chart-table";
import tableStyles from "../chart-table.module.css";

// The flow diagram as a table: one row per direction, category and counterpart, with its sum and
// the figures added into it, and the figures left out of every sum under it.

export function FlowTable({ data }: { data: SankeyData }) {
  const t = useNumberTexts(useTranslations("charts"));
  const columns = [t("columns.flow"), { label: t("columns.sum"), numeric: true }, t("columns.sumQualifier"), t("columns.figuresAdded")];
  // The links at the counterparts' end hold every figure once; side A's end only adds them up.
  const rows = data.links.filter((link) => link.counterpart !== null);
  return (
    <ChartTables chart="flow">
      <SimpleTable caption={t("captions.flow")} columns={columns}>
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
          {t("table.notAdded")} <FigureLinks figures={data.excluded} total={data.excludedCount} />
        </p>
      ) : null}
    </ChartTables>
  );
}
