import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getFormat } from "@/lib/i18n/get-format";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { controlClassName } from "@/components/ui/form-field";
import { RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { getCuratorFromCookies } from "@/lib/security/session";
import { listFigures } from "@/lib/data/figures/list";
import { displayText } from "@/lib/format";
import { figuresQuerySchema } from "@/lib/schemas/api/figures-query";
import { safeParseQuery } from "@/lib/schemas/api/parse-query";
import { withQuery } from "@/lib/views/with-query";
import styles from "./figure-picker.module.css";

export const generateMetadata = (): Promise<Metadata> => pageMetadata("correctFigure", { robots: { index: false } });

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PAGE_SIZE = 50;

// /curate/figures: find the figure to correct, by words from its label, phrase, printed value or notes.
export default async function FigurePickerPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await getCuratorFromCookies())) redirect("/login?next=/curate/figures");
  const params = await searchParams;
  const input: Record<string, string> = { limit: String(PAGE_SIZE) };
  for (const name of ["q", "page"] as const) {
    const value = params[name];
    if (typeof value === "string" && value !== "") input[name] = value;
  }
  const parsed = safeParseQuery(figuresQuerySchema, input);
  const query = parsed.ok ? parsed.data : null;
  const list = query ? await listFigures(query) : null;
  const page = query?.page ?? 1;
  const [t, fmt] = await Promise.all([getTranslations("pages.picker"), getFormat()]);
  const columns = [t("columns.figure"), t("columns.reads"), t("columns.period"), { label: t("columns.action"), hidden: true }];
  const pageHref = (n: number) => withQuery("/curate/figures", new URLSearchParams({ ...(query?.q ? { q: query.q } : {}), page: String(n) }));

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <form method="get" className={styles.search} role="search">
        <label htmlFor="picker-q">{t("find")}</label>
        <input id="picker-q" name="q" type="search" className={`${controlClassName} ${styles.input}`} defaultValue={query?.q ?? ""} maxLength={200} />
        <button type="submit" className="button">
          {t("search")}
        </button>
      </form>
      {!parsed.ok ? (
        <p className="notice warn" role="alert">
          {parsed.error.message}
        </p>
      ) : list && list.rows.length === 0 ? (
        <p className="notice">{t("none")}</p>
      ) : list ? (
        <>
          <p className="muted">
            {t("count", { count: list.total })}
            {list.total > PAGE_SIZE ? t("pageOf", { page, pages: Math.ceil(list.total / PAGE_SIZE) }) : ""}
          </p>
          <SimpleTable look="reference" caption={t("caption")} hideCaption columns={columns}>
            {list.rows.map((figure) => (
              <tr key={figure.id}>
                <RowHeader wrap>{displayText(figure.label)}</RowHeader>
                <td>{fmt.formatValue(figure)}</td>
                <td>{fmt.formatPeriod(figure.period)}</td>
                <td>
                  <Link href={`/curate/figures/${figure.id}`} aria-label={t("correctLabel", { id: figure.id, label: displayText(figure.label) })}>
                    {t("correct")}
                  </Link>
                </td>
              </tr>
            ))}
          </SimpleTable>
          <nav aria-label={t("pages")} className={styles.pager}>
            {page > 1 ? <Link href={pageHref(page - 1)}>{t("previous")}</Link> : null}
            {list.total > page * PAGE_SIZE ? <Link href={pageHref(page + 1)}>{t("next")}</Link> : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}
