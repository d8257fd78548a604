import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import { figureHref } from "@/lib/charts/chart-types";
import type { BarListData } from "@/lib/charts/bar-list/bar-list";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FlagBadges } from "../chart-table";

// A bar list (the goods chart, the people chart) as a table: one row per bar.

export function BarListTable({ chart, data, caption }: { chart: string; data: BarListData; caption: string }) {
  const t = useNumberTexts(useTranslations("charts"));
  const columns = [t("columns.figure"), { label: t("columns.value"), numeric: true }, t("columns.printed"), t("columns.period"), t("columns.direction"), t("columns.flags")];
  return (
    <ChartTables chart={chart}>
      <SimpleTable caption={caption} columns={columns}>
        {data.bars.map((bar) => (
          <tr key={bar.key} data-table-row={bar.key} data-figure-id={bar.figureId}>
            <RowHeader>
              <Link href={figureHref(bar.figureId)}>{bar.fullLabel}</Link>
              {bar.group ? <div className="muted">{t("bars.partOf", { parent: bar.group })}</div> : null}
            </RowHeader>
            <Cell numeric>{bar.valueText}</Cell>
            <td>{t("quoted", { text: bar.info.printed ?? "" })}</td>
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
