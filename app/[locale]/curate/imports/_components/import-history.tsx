import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { displayText, formatNumber, formatTimestamp } from "@/lib/format";
import type { ImportRunDto } from "@/lib/schemas/api/import-response";
import { Cell, SimpleTable } from "@/components/ui/simple-table";
import { StatusBadge } from "./status-badge";

// Every import, newest first: who ran it, when, on which file (with its sha256), and what it did.
export function ImportHistory({ runs }: { runs: ImportRunDto[] }) {
  const t = useTranslations("pages.history");
  if (runs.length === 0) return <p className="notice">{t("none")}</p>;
  const columns = [
    t("columns.import"),
    t("columns.started"),
    t("columns.by"),
    t("columns.file"),
    t("columns.dataset"),
    t("columns.status"),
    { label: t("columns.counts"), numeric: true },
    { label: t("columns.errors"), numeric: true },
    t("columns.version"),
  ];
  return (
    <SimpleTable look="reference" caption={t("caption", { count: formatNumber(runs.length) })} columns={columns} data-testid="import-history">
      {runs.map((run) => (
        <tr key={run.id}>
          <td>
            <Link href={`/curate/imports/${run.id}`}>#{run.id}</Link>
          </td>
          <td>{formatTimestamp(run.startedAt)}</td>
          <td>{displayText(run.actor)}</td>
          <td>
            {displayText(run.fileName)}
            <br />
            <code className="muted" title={`sha256 ${run.sha256}`}>
              {run.sha256.slice(0, 12)}
            </code>
          </td>
          <td>{run.dataset ? <code>{run.dataset.slug}</code> : "—"}</td>
          <td>
            <StatusBadge status={run.status} />
            {run.mode === "replace" ? t("replace") : ""}
          </td>
          <Cell numeric>
            {formatNumber(run.rows.added)} / {formatNumber(run.rows.changed)} / {formatNumber(run.rows.removed)}
          </Cell>
          <Cell numeric>{formatNumber(run.errorCount)}</Cell>
          <td>{run.versionTo === null ? "—" : `v${run.versionTo}`}</td>
        </tr>
      ))}
    </SimpleTable>
  );
}
