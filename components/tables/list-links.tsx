import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { ListView, ListViewState } from "@/lib/views/list/list-view";
import { XLSX_MAX_DATA_ROWS } from "@/lib/export/xlsx/limits";
import { xlsxHref } from "@/lib/views/list/download-links";
import { DownloadMenu, type DownloadItem } from "./download-menu";
import { useListNoun } from "./use-list-noun";

// The links to a list view's rows elsewhere: the files (lib/views/list/download-links.ts) and the
// API's answer for the same parameters.

interface ListLinksProps<View extends ListViewState, Filter extends keyof View & string, Column extends string> {
  list: ListView<View, Filter, Column>;
  view: View;
}

export function ListDownloadMenu<View extends ListViewState, Filter extends keyof View & string, Column extends string>({
  list,
  view,
  total,
  testIdPrefix,
  extraItems = [],
}: ListLinksProps<View, Filter, Column> & { total: number; testIdPrefix: string; extraItems?: DownloadItem[] }) {
  const { entity, maxLimit } = list;
  const t = useTranslations("explore");
  const fmt = useFormat();
  const noun = useListNoun(entity);
  const every = entity === "figures" ? "everyFigure" : "everyEvent";
  return (
    <DownloadMenu
      note={t(entity === "figures" ? "downloads.figuresNote" : "downloads.eventsNote", { count: fmt.formatCount(total, noun.one, noun.other) })}
      items={[
        { label: t("downloads.csv"), href: list.csvHref(view), testId: `${testIdPrefix}-csv` },
        { label: t("downloads.csvExcel"), href: list.csvHref(view, { bom: true }), testId: `${testIdPrefix}-csv-excel` },
        {
          label: t("downloads.xlsx"),
          href: xlsxHref(list.csvHref(view)),
          testId: `${testIdPrefix}-xlsx`,
          hint: total > XLSX_MAX_DATA_ROWS ? t("downloads.xlsxTooMany") : t("downloads.xlsxHint"),
        },
        {
          label: t("downloads.json"),
          href: list.jsonHref(view),
          fileName: list.fileName(view, { extension: "json" }),
          testId: `${testIdPrefix}-json`,
          hint: total > maxLimit ? t("downloads.jsonHint", { max: fmt.formatNumber(maxLimit) }) : undefined,
        },
        { label: t(`downloads.${every}Csv`), href: list.csvHref({ dataset: view.dataset } as Partial<View>), testId: `${testIdPrefix}-all-csv` },
        { label: t(`downloads.${every}Xlsx`), href: xlsxHref(list.csvHref({ dataset: view.dataset } as Partial<View>)), testId: `${testIdPrefix}-all-xlsx` },
        ...extraItems,
      ]}
    />
  );
}

export function ListApiLink<View extends ListViewState, Filter extends keyof View & string, Column extends string>({ list, view }: ListLinksProps<View, Filter, Column>) {
  const t = useTranslations("explore");
  return (
    <a className="button" href={list.apiHref(view)} data-testid="api-link">
      {t("downloads.api")}
    </a>
  );
}
