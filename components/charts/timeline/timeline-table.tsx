import Link from "next/link";
import { figureHref } from "@/lib/charts/chart-types";
import type { TimelineData } from "@/lib/charts/timeline/timeline";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { ChartTables, FlagBadges } from "../chart-table";

// The timeline as tables: the phases, the events and the figures with a period, in the order the
// chart draws them.

const EVENT_COLUMNS = ["Date", "Event", "Type", "As the source dates it", "Flags"] as const;
const SPAN_COLUMNS = ["Period", "Figure", { label: "Value", numeric: true }, "Direction", "Drawn as"] as const;

export function TimelineTable({ chart = "timeline", data }: { chart?: string; data: TimelineData }) {
  return (
    <ChartTables chart={chart}>
      <SimpleTable caption="Phases" columns={["Phase", "Years"]}>
        {data.phases.map((phase) => (
          <tr key={phase.key}>
            <RowHeader>{phase.label}</RowHeader>
            <td>
              {Math.floor(phase.x1)}–{Math.ceil(phase.x2) - 1}
            </td>
          </tr>
        ))}
      </SimpleTable>
      <SimpleTable caption={`Events (${data.events.length})`} columns={EVENT_COLUMNS}>
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
      <SimpleTable caption={`Figures with a period (${data.spans.length})`} columns={SPAN_COLUMNS}>
        {data.spans.map((span) => (
          <tr key={span.key} data-table-row={span.key} data-figure-id={span.id}>
            <Cell nowrap>{span.periodText}</Cell>
            <RowHeader>
              <Link href={figureHref(span.id)}>{span.label}</Link>
            </RowHeader>
            <Cell numeric>{span.valueText}</Cell>
            <td>{span.info.direction ?? "—"}</td>
            <td>{span.point ? "point" : "span"}</td>
          </tr>
        ))}
      </SimpleTable>
    </ChartTables>
  );
}
