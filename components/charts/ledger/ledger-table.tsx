import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import { figureHref, type MarkInfo } from "@/lib/charts/chart-types";
import type { LedgerData, LedgerRow, LedgerSegment } from "@/lib/charts/ledger/ledger";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FlagBadges } from "../chart-table";
import styles from "./ledger-table.module.css";

// The ledger as a table: one row per bar, and under a bar with stacked parts, one row per part.

/** What the source says about a bar or a part: its printed value, its period and its flags. */
function SourceCells({ info }: { info: MarkInfo }) {
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <>
      <td>{info.printed ? t("quoted", { text: info.printed }) : "—"}</td>
      <td>{info.period ?? "—"}</td>
      <td>
        <FlagBadges flags={info.flags} />
      </td>
    </>
  );
}

function BarRow({ row, category }: { row: LedgerRow; category: string }) {
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <tr data-table-row={row.key} data-figure-id={row.figureId}>
      <RowHeader>
        <Link href={row.href}>{row.label}</Link>
      </RowHeader>
      <td>{row.info.direction}</td>
      <td>{category}</td>
      <Cell numeric>
        {row.valueText}
        {row.derived ? (
          <>
            {" "}
            <span className={`badge ${styles.derivedBadge}`}>{t("table.derived")}</span>
          </>
        ) : null}
      </Cell>
      <SourceCells info={row.info} />
    </tr>
  );
}

function PartRow({ segment }: { segment: LedgerSegment }) {
  const remainder = segment.role === "remainder";
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <tr className={styles.partRow} data-table-segment={segment.key}>
      <RowHeader>
        {remainder ? t("ledger.notItemised") : segment.figureId ? <Link href={figureHref(segment.figureId)}>{segment.label}</Link> : segment.label}
      </RowHeader>
      <td>{segment.info.direction}</td>
      <td>{t(remainder ? "table.remainder" : "table.component")}</td>
      <Cell numeric>{segment.valueText}</Cell>
      <SourceCells info={segment.info} />
    </tr>
  );
}

export function LedgerTable({ data }: { data: LedgerData }) {
  const t = useNumberTexts(useTranslations("charts"));
  const columns = [
    t("columns.figure"),
    t("columns.direction"),
    t("columns.category"),
    { label: t("columns.value"), numeric: true },
    t("columns.printed"),
    t("columns.period"),
    t("columns.flags"),
  ];
  return (
    <ChartTables chart="ledger">
      <SimpleTable caption={t("captions.ledger")} columns={columns}>
        {data.groups.flatMap((group) =>
          group.rows.flatMap((row) => [
            <BarRow key={row.key} row={row} category={group.label} />,
            ...(row.segments.length > 1 || row.kind === "components"
              ? row.segments.map((segment) => <PartRow key={`${row.key}-${segment.key}`} segment={segment} />)
              : []),
          ]),
        )}
      </SimpleTable>
    </ChartTables>
  );
}
