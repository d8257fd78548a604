"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { categoryLabel, kindLabel, periodStatusLabel, qualifierLabel } from "@/lib/vocab/labels";
import { provenanceWhere } from "@/lib/vocab/provenance";
import { formatPeriod, formatValue } from "@/lib/format";
import { figurePath } from "@/lib/export/share-links";
import type { FigureDto } from "@/lib/schemas/api/figure-response";
import { figuresView } from "@/lib/views/figures";
import { FlagBadges } from "./flag-badges";
import { sortableBy } from "./sortable-by";
import { dataTableFeatures } from "./table-features";

// The explore table's columns, defined once at module scope (v9 rebuilds its column model when
// the column array changes identity). Which ones can sort follows the API's sort keys.

const helper = createColumnHelper<typeof dataTableFeatures, FigureDto>();

const sortable = sortableBy(figuresView.columnSort);

function Actor({ actor }: { actor: FigureDto["from"] }) {
  if (!actor) return <span className="muted">—</span>;
  return <abbr title={actor.name}>{actor.code}</abbr>;
}

export const figureColumns = helper.columns([
  helper.accessor("label", {
    ...sortable("label"),
    header: "Figure",
    enableHiding: false,
    meta: { label: "Figure", rowHeader: true },
    cell: (info) => (
      <Link href={figurePath(info.row.original.dataset, info.row.original.key)} data-row-link="">
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("value", {
    ...sortable("value"),
    header: "Value",
    meta: { label: "Value", numeric: true, sortHint: "numeric within each unit; units grouped A to Z" },
    cell: (info) => {
      const figure = info.row.original;
      return (
        <span title={`Printed: “${figure.valuePrinted}”. Source: ${provenanceWhere(figure)}`} data-value={figure.value} data-unit={figure.unit}>
          {formatValue(figure)}
        </span>
      );
    },
  }),
  helper.accessor("unit", {
    ...sortable("unit"),
    header: "Unit",
    meta: { label: "Unit" },
    cell: (info) => <span title={info.getValue()}>{info.row.original.unitInfo.label}</span>,
  }),
  helper.accessor("qualifier", {
    ...sortable("qualifier"),
    header: "Qualifier",
    meta: { label: "Qualifier" },
    cell: (info) => qualifierLabel(info.getValue()),
  }),
  helper.accessor((figure) => figure.period.start, {
    ...sortable("period"),
    header: "Period",
    meta: { label: "Period", sortHint: "by start date" },
    cell: (info) => {
      const { period } = info.row.original;
      const text = formatPeriod(period);
      const title = [periodStatusLabel(period.status), period.text ? `“${period.text}”` : null].filter(Boolean).join(": ");
      return (
        <span title={title} data-period-status={period.status} className={period.status === "stated" ? undefined : "muted"}>
          {text}
        </span>
      );
    },
  }),
  helper.accessor((figure) => figure.from?.code ?? null, {
    ...sortable("from"),
    header: "From",
    meta: { label: "From" },
    cell: (info) => <Actor actor={info.row.original.from} />,
  }),
  helper.accessor((figure) => figure.to?.code ?? null, {
    ...sortable("to"),
    header: "To",
    meta: { label: "To" },
    cell: (info) => <Actor actor={info.row.original.to} />,
  }),
  helper.accessor("category", {
    ...sortable("category"),
    header: "Category",
    meta: { label: "Category" },
    cell: (info) => categoryLabel(info.getValue()),
  }),
  helper.accessor("kind", {
    ...sortable("kind"),
    header: "Kind",
    meta: { label: "Kind" },
    cell: (info) => <span title={kindLabel(info.getValue())}>{kindLabel(info.getValue(), { short: true })}</span>,
  }),
  helper.accessor((figure) => figure.flags.join(";"), {
    ...sortable("flags"),
    header: "Flags",
    meta: { label: "Flags" },
    cell: (info) => <FlagBadges flags={info.row.original.flags} derived={info.row.original.derived} />,
  }),
  helper.accessor((figure) => figure.section, {
    ...sortable("source"),
    header: "Source",
    meta: { label: "Source and section" },
    cell: (info) => {
      const figure = info.row.original;
      return (
        <span title={figure.source.citation}>
          {figure.source.author}
          {figure.source.year ? ` (${figure.source.year})` : ""}
          <span className="muted">, {figure.section === null ? provenanceWhere(figure) : `“${figure.section}”`}</span>
        </span>
      );
    },
  }),
  helper.accessor("dataset", {
    ...sortable("dataset"),
    header: "Dataset",
    meta: { label: "Dataset" },
    cell: (info) => <code>{info.getValue()}</code>,
  }),
]);
