import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { Link } from "@/i18n/navigation";
import { figureHref } from "@/lib/charts/chart-types";
import type { TimelineData } from "@/lib/charts/timeline/timeline";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FlagBadges } from "../chart-table";

// The timeline as tables: the phases, the events and the figures with a period, in the order the
// chart draws them.

export function TimelineTable({ chart = "timeline", data }: { chart?: string; data: TimelineData }) {
  const t = useNumberTexts(useTranslations("charts"));
  const eventColumns = [t("columns.date"), t("columns.event"), t("columns.type"), t("columns.sourceDate"), t("columns.flags")];
  const spanColumns = [t("columns.period"), t("columns.figure"), { label: t("columns.value"), numeric: true }, t("columns.direction"), t("columns.drawnAs")];
  return (
    <ChartTables chart={chart}>
      <SimpleTable caption={t("captions.phases")} columns={[t("columns.phase"), t("columns.years")]}>
        {data.phases.map((phase) => (
          <tr key={phase.key}>
            <RowHeader>{phase.label}</RowHeader>
            <td>
              {Math.floor(phase.x1)}–{Math.ceil(phase.x2) - 1}
            </td>
          </tr>
        ))}
      </SimpleTable>
      <SimpleTable caption={t("captions.events", { count: data.events.length })} columns={eventColumns}>
        {data.events.map((event) => (
          <tr key={event.key} data-table-row={event.key} data-event-id={event.id}>
            <Cell nowrap>{event.dateText}</Cell>
            <RowHeader>{event.label}</RowHeader>
            <td>{event.typeLabel}</td>
            <td>{event.info.period}</td>
            <td>
              <FlagBadges flags={event.info.flags} />
            </td>
          </tr>
        ))}
      </SimpleTable>
      <SimpleTable caption={t("captions.spans", { count: data.spans.length })} columns={spanColumns}>
        {data.spans.map((span) => (
          <tr key={span.key} data-table-row={span.key} data-figure-id={span.id}>
            <Cell nowrap>{span.periodText}</Cell>
            <RowHeader>
              <Link href={figureHref(span.id)}>{span.label}</Link>
            </RowHeader>
            <Cell numeric>{span.valueText}</Cell>
            <td>{span.info.direction ?? "—"}</td>
            <td>{t(span.point ? "table.point" : "table.span")}</td>
          </tr>
        ))}
      </SimpleTable>
    </ChartTables>
  );
}
