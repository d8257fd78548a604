import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { DatasetSummary } from "@/lib/data/datasets/summaries";
import { datasetPath } from "@/lib/export/share-links";
import { useFormat } from "@/lib/i18n/use-format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { localActorName } from "@/lib/views/figure/actor-names";
import styles from "./dataset-list.module.css";

// The datasets Aidflow holds, each with what a reader needs to choose one: its title, the years
// its figures cover, the actors that give or receive in them, its counts and its last update.

const SHOWN_ACTORS = 8;

/** "12 figures", "3 events", "1 source", in the page's language (`t`: the `overview` namespace). */
export function countWords(counts: { figures: number; events: number; sources: number }, t: Translate, formatNumber: (value: number) => string) {
  const words = (kind: "figures" | "events" | "sources") => t(`counts.${kind}`, { count: counts[kind], n: formatNumber(counts[kind]) });
  return { figures: words("figures"), events: words("events"), sources: words("sources") };
}

function actorList(actors: DatasetSummary["actors"], t: Translate, name: (actor: DatasetSummary["actors"][number]) => string): string {
  if (actors.length === 0) return t("datasetList.noActor");
  const names = actors.slice(0, SHOWN_ACTORS).map(name);
  const more = actors.length - names.length;
  return more > 0 ? t("datasetList.moreActors", { names: names.join(", "), count: more }) : names.join(", ");
}

export function DatasetList({ datasets }: { datasets: readonly DatasetSummary[] }) {
  const t = useTranslations("overview");
  const fmt = useFormat();
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return (
    <ul className={styles.list} data-dataset-list="">
      {datasets.map((dataset) => (
        <li key={dataset.slug} className={styles.item} data-dataset={dataset.slug}>
          <h2 className={styles.title}>
            <Link href={datasetPath(dataset.slug)}>{dataset.title}</Link>
          </h2>
          <dl className={styles.facts}>
            <div>
              <dt>{t("datasetList.period")}</dt>
              <dd data-dataset-period="">{dataset.years ? fmt.formatYearSpan(dataset.years.from, dataset.years.to) : t("datasetList.notStated")}</dd>
            </div>
            <div>
              <dt>{t("datasetList.actors")}</dt>
              <dd data-dataset-actors="">{actorList(dataset.actors, t, (actor) => localActorName(actor, locale, dataset.meta.actorNames))}</dd>
            </div>
            <div>
              <dt>{t("datasetList.holds")}</dt>
              <dd data-dataset-counts="">{t("datasetList.counts", countWords(dataset.counts, t, fmt.formatNumber))}</dd>
            </div>
            <div>
              <dt>{t("datasetList.lastUpdated")}</dt>
              <dd>{t("datasetList.updatedVersion", { date: fmt.formatPartialDate(dataset.lastUpdated, { long: true }), version: dataset.version })}</dd>
            </div>
          </dl>
          {dataset.description ? <p className={styles.description}>{dataset.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
