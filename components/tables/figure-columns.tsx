"use client";

import { createColumnHelper, type CellContext } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { provenanceWhere } from "@/lib/vocab/provenance";
import { figurePath } from "@/lib/export/share-links";
import { useFormat } from "@/lib/i18n/use-format";
import { useVocab } from "@/lib/i18n/use-vocab";
import type { FigureDto } from "@/lib/schemas/api/figure-response";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { figuresView } from "@/lib/views/figures";
import { localUnitLabel } from "@/lib/views/list/unit-label";
import { namedColumn } from "./column-name";
import { FlagBadges } from "./flag-badges";
import { sortableBy } from "./sortable-by";
import { dataTableFeatures } from "./table-features";

// The explore table's columns, defined once at module scope (v9 rebuilds its column model when
// the column array changes identity). Which ones can sort follows the API's sort keys. Headers and
// cells are components (FlexRender renders them as such), so they read the page's language.

const helper = createColumnHelper<typeof dataTableFeatures, FigureDto>();

const sortable = sortableBy(figuresView.columnSort);

type Cell<Value> = CellContext<typeof dataTableFeatures, FigureDto, Value>;

const named = (id: string, extra?: Parameters<typeof namedColumn>[2]) => namedColumn("figures", id, extra);

function Actor({ actor }: { actor: FigureDto["from"] }) {
  if (!actor) return <span className="muted">—</span>;
  return <abbr title={actor.name}>{actor.code}</abbr>;
}

function ValueCell({ row }: Cell<number>) {
  const t = useTranslations("explore");
  const fmt = useFormat();
  const figure = row.original;
  return (
    <span title={t("cells.printed", { text: figure.valuePrinted, where: provenanceWhere(figure) })} data-value={figure.value} data-unit={figure.unit}>
      {fmt.formatValue(figure)}
    </span>
  );
}

function PeriodCell({ row }: Cell<string | null>) {
  const fmt = useFormat();
  const vocab = useVocab();
  const { period } = row.original;
  const title = [vocab.periodStatus(period.status), period.text ? `“${period.text}”` : null].filter(Boolean).join(": ");
  return (
    <span title={title} data-period-status={period.status} className={period.status === "stated" ? undefined : "muted"}>
      {fmt.formatPeriod(period)}
    </span>
  );
}

function UnitCell({ row }: Cell<string>) {
  const locale = useLocale();
  const { unit, unitInfo } = row.original;
  return <span title={unit}>{localUnitLabel(unit, unitInfo.label, isLocale(locale) ? locale : DEFAULT_LOCALE)}</span>;
}

function QualifierCell({ getValue }: Cell<string>) {
  return useVocab().qualifier(getValue());
}

function CategoryCell({ getValue }: Cell<string>) {
  return useVocab().category(getValue());
}

function KindCell({ getValue }: Cell<string>) {
  const vocab = useVocab();
  return <span title={vocab.kind(getValue())}>{vocab.kind(getValue(), { short: true })}</span>;
}

function SourceCell({ row }: Cell<string | null>) {
  const figure = row.original;
  return (
    <span title={figure.source.citation}>
      {figure.source.author}
      {figure.source.year ? ` (${figure.source.year})` : ""}
      <span className="muted">, {figure.section === null ? provenanceWhere(figure) : `“${figure.section}”`}</span>
    </span>
  );
}

export const figureColumns = helper.columns([
  helper.accessor("label", {
    ...sortable("label"),
    ...named("label", { rowHeader: true }),
    enableHiding: false,
    cell: (info) => (
      // Not prefetched: a page of rows would ask the server for a few dozen figure pages each time
      // it is sorted or paged, and those requests queued ahead of the next sort's (bench e).
      <Link href={figurePath(info.row.original.dataset, info.row.original.key)} prefetch={false} data-row-link="">
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("value", {
    ...sortable("value"),
    ...named("value", { numeric: true, sortHintKey: "table.sortValue" }),
    cell: ValueCell,
  }),
  helper.accessor("unit", {
    ...sortable("unit"),
    ...named("unit"),
    cell: UnitCell,
  }),
  helper.accessor("qualifier", {
    ...sortable("qualifier"),
    ...named("qualifier"),
    cell: QualifierCell,
  }),
  helper.accessor((figure) => figure.period.start, {
    ...sortable("period"),
    ...named("period", { sortHintKey: "table.sortPeriod" }),
    cell: PeriodCell,
  }),
  helper.accessor((figure) => figure.from?.code ?? null, {
    ...sortable("from"),
    ...named("from"),
    cell: (info) => <Actor actor={info.row.original.from} />,
  }),
  helper.accessor((figure) => figure.to?.code ?? null, {
    ...sortable("to"),
    ...named("to"),
    cell: (info) => <Actor actor={info.row.original.to} />,
  }),
  helper.accessor("category", {
    ...sortable("category"),
    ...named("category"),
    cell: CategoryCell,
  }),
  helper.accessor("kind", {
    ...sortable("kind"),
    ...named("kind"),
    cell: KindCell,
  }),
  helper.accessor((figure) => figure.flags.join(";"), {
    ...sortable("flags"),
    ...named("flags"),
    cell: (info) => <FlagBadges flags={info.row.original.flags} derived={info.row.original.derived} />,
  }),
  helper.accessor((figure) => figure.section, {
    ...sortable("source"),
    ...named("source"),
    cell: SourceCell,
  }),
  helper.accessor("dataset", {
    ...sortable("dataset"),
    ...named("dataset"),
    cell: (info) => <code>{info.getValue()}</code>,
  }),
]);
