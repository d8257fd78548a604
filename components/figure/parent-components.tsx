import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Translate } from "@/lib/i18n/translate";
import { figurePath } from "@/lib/export/share-links";
import { componentShare, summariseShares } from "@/lib/views/figure/component-shares";
import { useFormat } from "@/lib/i18n/use-format";
import { localUnitLabel } from "@/lib/views/list/unit-label";
import type { FigureDetailDto, FigureSummaryDto } from "@/lib/schemas/api/figure-response";
import { Cell, RowHeader, SimpleTable } from "@/components/ui/simple-table";
import styles from "./figure-page.module.css";

// The total this figure belongs to, and the parts it is made of. A share is shown only where the
// part and the total are in the same unit.

function ShareCell({ parent, part, t }: { parent: FigureSummaryDto; part: FigureSummaryDto; t: Translate }) {
  const fmt = useFormat();
  // The reason names both units, in the page's language where it names them.
  const local = (figure: FigureSummaryDto) => ({ ...figure, unitInfo: { noun: localUnitLabel(figure.unit, figure.unitInfo.noun, fmt.locale) } });
  const result = componentShare(local(parent), local(part), t);
  if (result.share === null) return <span className="muted">{result.reason}</span>;
  const approximate = parent.qualifier !== "exact" || part.qualifier !== "exact";
  return (
    <span data-share={result.share}>
      {fmt.formatPercent(result.share)}
      {approximate ? (
        <span className="muted">{t("approximate", { qualifier: fmt.qualifierWords(part.qualifier !== "exact" ? part.qualifier : parent.qualifier) })}</span>
      ) : null}
    </span>
  );
}

export function ParentAndComponents({ figure }: { figure: FigureDetailDto }) {
  const t = useTranslations("figure.parts");
  const tFigure = useTranslations("figure");
  const fmt = useFormat();
  const self: FigureSummaryDto = figure;
  if (!figure.parent && figure.components.length === 0) return null;
  const columns = [t("component"), { label: t("value"), numeric: true }, t("printed"), t("share")];
  const summary = summariseShares(figure, figure.components);
  return (
    <section className={styles.section} aria-labelledby="parts-heading" data-testid="parent-components">
      <h2 id="parts-heading">{figure.components.length > 0 ? t("headingTotal") : t("headingPart")}</h2>
      {figure.parent ? (
        <p data-testid="parent">
          {t.rich("partOf", {
            label: figure.parent.label,
            value: fmt.formatValue(figure.parent),
            link: (chunks) => <Link href={figurePath(figure.dataset, figure.parent!.key)}>{chunks}</Link>,
          })}{" "}
          <ShareCell parent={figure.parent} part={self} t={t} />
        </p>
      ) : null}
      {figure.components.length > 0 ? (
        <>
          <SimpleTable
            look="reference"
            caption={t("caption", { value: fmt.formatValue(figure), count: figure.components.length })}
            columns={columns}
            data-testid="components-table"
          >
            {figure.components.map((part) => (
              <tr key={part.id} data-component-id={part.id}>
                <RowHeader wrap>
                  <Link href={figurePath(figure.dataset, part.key)}>{part.label}</Link>
                </RowHeader>
                <Cell numeric>{fmt.formatValue(part)}</Cell>
                <td>{tFigure("quote", { text: part.valuePrinted })}</td>
                <td>
                  <ShareCell parent={self} part={part} t={t} />
                </td>
              </tr>
            ))}
          </SimpleTable>
          <p className="muted">
            {summary.comparable === 0 ? t("noneComparable") : t("comparable", { count: summary.comparable, percent: fmt.formatPercent(summary.sum) })}
            {figure.flags.includes("components_partial") ? t("partial") : ""}{" "}
            <Link href={`/figures?parent=${figure.id}`}>{t("openInExplore")}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}
