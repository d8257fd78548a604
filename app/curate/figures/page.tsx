import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { controlClassName } from "@/components/ui/form-field";
import { RowHeader, SimpleTable } from "@/components/ui/simple-table";
import { getCuratorFromCookies } from "@/lib/security/session";
import { listFigures } from "@/lib/data/figures/list";
import { displayText, formatPeriod, formatValue } from "@/lib/format";
import { figuresQuerySchema } from "@/lib/schemas/api/figures-query";
import { safeParseQuery } from "@/lib/schemas/api/parse-query";
import { withQuery } from "@/lib/views/with-query";
import styles from "./figure-picker.module.css";

export const metadata: Metadata = { title: "Correct a figure", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PAGE_SIZE = 50;
const COLUMNS = ["Figure", "Reads", "Period", { label: "Action", hidden: true }] as const;

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
  const pageHref = (n: number) => withQuery("/curate/figures", new URLSearchParams({ ...(query?.q ? { q: query.q } : {}), page: String(n) }));

  return (
    <div className="page">
      <h1>Correct a figure</h1>
      <form method="get" className={styles.search} role="search">
        <label htmlFor="picker-q">Find figures</label>
        <input id="picker-q" name="q" type="search" className={`${controlClassName} ${styles.input}`} defaultValue={query?.q ?? ""} maxLength={200} />
        <button type="submit" className="button">
          Search
        </button>
      </form>
      {!parsed.ok ? (
        <p className="notice warn" role="alert">
          {parsed.error.message}
        </p>
      ) : list && list.rows.length === 0 ? (
        <p className="notice">No figure matches. Try fewer or other words.</p>
      ) : list ? (
        <>
          <p className="muted">
            {list.total} figure{list.total === 1 ? "" : "s"}
            {list.total > PAGE_SIZE ? `, page ${page} of ${Math.ceil(list.total / PAGE_SIZE)}` : ""}
          </p>
          <SimpleTable look="reference" caption="Figures to correct" hideCaption columns={COLUMNS}>
            {list.rows.map((figure) => (
              <tr key={figure.id}>
                <RowHeader wrap>{displayText(figure.label)}</RowHeader>
                <td>{formatValue(figure)}</td>
                <td>{formatPeriod(figure.period)}</td>
                <td>
                  <Link href={`/curate/figures/${figure.id}`} aria-label={`Correct figure ${figure.id}: ${displayText(figure.label)}`}>
                    Correct
                  </Link>
                </td>
              </tr>
            ))}
          </SimpleTable>
          <nav aria-label="Pages" className={styles.pager}>
            {page > 1 ? <Link href={pageHref(page - 1)}>← Previous</Link> : null}
            {list.total > page * PAGE_SIZE ? <Link href={pageHref(page + 1)}>Next →</Link> : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}
