"use client";

import { useTranslations } from "next-intl";
import { useNumberTexts } from "@/lib/i18n/use-number-texts";
import { CartesianGrid, ComposedChart, ReferenceLine, usePlotArea, useXAxisScale, XAxis, YAxis } from "recharts";
import type { LedgerData, LedgerGroup, LedgerRow, LedgerSegment } from "@/lib/charts/ledger/ledger";
import { LEDGER_LAYOUT as L, LEDGER_MARGIN, ledgerAxis, ledgerLabelRoom, ledgerSlots } from "@/lib/charts/layout";
import { extraLines, ROW_LABEL, type RowLabel } from "@/lib/charts/row-label";
import { measureLabel } from "@/lib/charts/measure";
import { ChartBox } from "../chart-box";
import { SizedBox } from "../sized-box";
import styles from "../charts.module.css";
import { DIRECTION_COLORS } from "../direction-colors";
import { markAriaLabel, MarkTooltip } from "../mark-tooltip";
import { BarTip, ChartPatterns, hatchId, WarningMark } from "../svg-marks";
import { useChartWords } from "../use-chart-words";
import { useChartMarks, type MarkProps, type Plot, type XOf } from "../use-chart-marks";
import own from "./ledger-chart.module.css";

// The two-way ledger, drawn: one row per figure under its category, bars growing left for what side
// A sent and right for what side B sent (all to the right when only one side sent anything),
// components stacked inside their total. Recharts supplies
// the responsive surface, the value axis and the grid; the rows are drawn from the axis scale.

const CHART = "ledger";
const COMPONENT_OPACITY = [1, 0.7, 0.5, 0.85, 0.6, 0.4];

interface Mark {
  row: LedgerRow;
  segment: LedgerSegment;
  index: number;
}

/** A segment's look: its role's class, and the colours that depend on the row. */
function segmentLook(row: LedgerRow, segment: LedgerSegment, order: number) {
  const color = DIRECTION_COLORS[row.direction];
  if (segment.role === "remainder") return { className: own.remainder, style: { stroke: color } };
  if (segment.derived) return { className: own.derived, style: { fill: `url(#${hatchId(CHART, row.direction)})`, stroke: color } };
  return { className: own.component, style: { fill: color, fillOpacity: COMPONENT_OPACITY[order % COMPONENT_OPACITY.length] } };
}

function GroupHeader({ group, top, plot }: { group: LedgerGroup; top: number; plot: Plot }) {
  return (
    <g data-ledger-group={group.category}>
      <line x1={plot.x} x2={plot.x + plot.width} y1={top + 2} y2={top + 2} className={styles.rule} />
      <text x={plot.x} y={top + 18} className={styles.groupLabel}>
        {group.label}
      </text>
    </g>
  );
}

function Segment({ row, mark, order, from, to, barTop, markProps }: { row: LedgerRow; mark: Mark; order: number; from: number; to: number; barTop: number; markProps: MarkProps }) {
  const left = Math.min(from, to);
  const width = Math.max(1.5, Math.abs(to - from));
  const look = segmentLook(row, mark.segment, order);
  const t = useNumberTexts(useTranslations("charts"));
  return (
    <g
      className={styles.mark}
      role="img"
      aria-label={markAriaLabel(mark.segment.info, t)}
      data-mark="ledger-segment"
      data-row={row.key}
      data-role={mark.segment.role}
      data-figure-id={mark.segment.figureId ?? undefined}
      data-derived={mark.segment.derived ? "true" : "false"}
      data-flags={mark.segment.info.flags.map((flag) => flag.code).join(" ")}
      {...markProps(mark.index)}
    >
      <rect x={left} y={barTop} width={width} height={L.bar} className={look.className} style={look.style} />
      {mark.segment.implausible && width >= 16 ? <WarningMark x={left + width / 2} y={barTop + 14} anchor="middle" /> : null}
      <rect className={styles.focusRing} x={left - 2} y={barTop - 2} width={width + 4} height={L.bar + 4} />
    </g>
  );
}

/** A row's label, whole: on one line with its value, or wrapped over the lines its row has room for. */
function RowLabelText({ row, label, x, top, anchor }: { row: LedgerRow; label: RowLabel; x: number; top: number; anchor: "start" | "end" }) {
  const [label0 = ""] = label.lines;
  const value = ` · ${row.shortText}`;
  return (
    <text x={x} y={top + 13} textAnchor={anchor} className={styles.markLabel} data-label="ledger-row">
      <title>{`${row.label}: ${row.valueText}`}</title>
      {label.single ? (
        <>
          {label0.slice(0, label0.length - value.length)}
          <tspan className={styles.markValue}>{value}</tspan>
        </>
      ) : (
        label.lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? 0 : ROW_LABEL.line}>
            {line}
          </tspan>
        ))
      )}
    </text>
  );
}

function Bar({ row, label, marks, top, x, x0, sign, plot, markProps }: { row: LedgerRow; label: RowLabel; marks: Mark[]; top: number; x: XOf; x0: number; sign: 1 | -1; plot: Plot; markProps: MarkProps }) {
  const barTop = top + 18 + extraLines(label);
  // On a narrow chart a label gets the full width (from the left edge); on a wide one it sits
  // on its bar's side of the centre line.
  const { narrow } = ledgerLabelRoom(plot.width);
  const labelX = narrow ? plot.x : x0 + sign * 6;
  const anchor = narrow || sign === 1 ? "start" : "end";
  const end = x(sign * row.extent);
  // Each segment starts where the one before it ended.
  const edges = marks.reduce<number[]>((sums, mark) => [...sums, sums.at(-1)! + mark.segment.value], [0]);
  return (
    <g data-ledger-row={row.key} data-direction={row.direction} data-kind={row.kind} data-qualifier={row.qualifier}>
      <RowLabelText row={row} label={label} x={labelX} top={top} anchor={anchor} />
      {marks.map((mark, order) => (
        <Segment
          key={mark.segment.key}
          row={row}
          mark={mark}
          order={order}
          from={x(sign * edges[order]!)}
          to={x(sign * edges[order + 1]!)}
          barTop={barTop}
          markProps={markProps}
        />
      ))}
      <BarTip tip={row.tip} x={end} y={barTop} height={L.bar} sign={sign} color={DIRECTION_COLORS[row.direction]} />
      {row.implausible && row.segments.some((segment) => segment.implausible) ? (
        <WarningMark x={end + sign * (row.tip === "exact" ? 4 : 16)} y={barTop + 14} anchor={sign === 1 ? "start" : "end"} />
      ) : null}
    </g>
  );
}

function LedgerRows({ data, marks, markProps }: { data: LedgerData; marks: Mark[]; markProps: MarkProps }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot) return null;
  const axis = ledgerAxis(data);
  const x = (value: number) => xScale(Math.max(axis.low, Math.min(axis.high, value))) ?? plot.x;
  const x0 = x(0);
  const signOf = (row: LedgerRow) => (axis.oneSided || row.direction === "b_to_a" ? 1 : -1);
  const { slots, labels } = ledgerSlots(data, plot.width + 2 * LEDGER_MARGIN);
  const rows = new Map(data.groups.flatMap((group) => group.rows).map((row) => [row.key, row]));
  const groups = new Map(data.groups.map((group) => [group.category, group]));
  const marksByRow = new Map<string, Mark[]>();
  for (const mark of marks) marksByRow.set(mark.row.key, [...(marksByRow.get(mark.row.key) ?? []), mark]);

  return (
    <g data-ledger-rows>
      {axis.oneSided ? null : (
        <text x={x0 - 6} y={plot.y - 14} textAnchor="end" className={`${styles.axisCaption} ${own.captionA}`}>
          ◀ {data.sides.a.code} → {data.sides.b.code}
        </text>
      )}
      {axis.oneSided && data.directions[0] === "a_to_b" ? (
        <text x={x0 + 6} y={plot.y - 14} textAnchor="start" className={`${styles.axisCaption} ${own.captionA}`}>
          {data.sides.a.code} → {data.sides.b.code} only ▶
        </text>
      ) : (
        <text x={x0 + 6} y={plot.y - 14} textAnchor="start" className={`${styles.axisCaption} ${own.captionB}`}>
          {data.sides.b.code} → {data.sides.a.code}
          {axis.oneSided ? " only" : ""} ▶
        </text>
      )}
      {slots.map((slot) =>
        slot.kind === "header" ? (
          <GroupHeader key={`header-${slot.key}`} group={groups.get(slot.key)!} top={plot.y + slot.y} plot={plot} />
        ) : (
          <Bar
            key={slot.key}
            row={rows.get(slot.key)!}
            label={labels.get(slot.key)!}
            marks={marksByRow.get(slot.key) ?? []}
            top={plot.y + slot.y}
            x={x}
            x0={x0}
            sign={signOf(rows.get(slot.key)!)}
            plot={plot}
            markProps={markProps}
          />
        ),
      )}
    </g>
  );
}

/** The ledger at its box's width: rows grow where their labels wrap there (layout.ts ledgerSlots). */
export function LedgerChart({ data }: { data: LedgerData; height: number }) {
  return <SizedBox>{(width) => <LedgerDrawing data={data} height={ledgerSlots(data, Math.max(width, MIN_WIDTH)).height} />}</SizedBox>;
}

const MIN_WIDTH = 320;

function LedgerDrawing({ data, height }: { data: LedgerData; height: number }) {
  const marks: Mark[] = [];
  for (const group of data.groups) for (const row of group.rows) for (const segment of row.segments) marks.push({ row, segment, index: marks.length });
  const { active, markProps } = useChartMarks(CHART, marks.length);
  const { low, high, ticks, oneSided } = ledgerAxis(data);
  const activeMark = active ? marks[active.index] : undefined;
  const w = useChartWords();
  const values = { unit: measureLabel(data.measure, w), count: data.rowCount };
  return (
    <ChartBox
      id={CHART}
      height={height}
      minWidth={MIN_WIDTH}
      label={w.t(oneSided ? "aria.ledgerOneSided" : "aria.ledger", values)}
      tooltip={activeMark && active ? <MarkTooltip id={`${CHART}-tooltip`} info={activeMark.segment.info} anchor={active} /> : null}
    >
      <ComposedChart
        responsive
        className={styles.fill}
        margin={{ top: L.top, right: LEDGER_MARGIN, bottom: L.bottom, left: LEDGER_MARGIN }}
        accessibilityLayer={false}
        data={[{ v: low }, { v: high }]}
      >
        <ChartPatterns chart={CHART} />
        <XAxis
          type="number"
          dataKey="v"
          domain={[low, high]}
          allowDataOverflow
          ticks={ticks}
          height={L.axis}
          tickFormatter={(value: number) => w.fmt.formatTick(Math.abs(value))}
          tick={{ fontSize: 11, fill: "var(--fg-muted)" }}
          stroke="var(--border)"
        />
        <YAxis type="number" hide domain={[0, 1]} />
        <CartesianGrid horizontal={false} stroke="var(--border)" strokeDasharray="2 4" />
        {oneSided ? null : <ReferenceLine x={0} stroke="var(--fg-muted)" />}
        <LedgerRows data={data} marks={marks} markProps={markProps} />
      </ComposedChart>
    </ChartBox>
  );
}
