import Link from "next/link";
import type { DatasetSummary } from "@/lib/data/datasets/summaries";
import { datasetPath } from "@/lib/export/share-links";
import { formatNumber, formatPartialDate, formatYearSpan } from "@/lib/format";
import styles from "./dataset-list.module.css";

// The datasets Aidflow holds, each with what a reader needs to choose one: its title, the years
// its figures cover, the actors that give or receive in them, its counts and its last update.

const SHOWN_ACTORS = 8;

function actorList(actors: DatasetSummary["actors"]): string {
  if (actors.length === 0) return "no actor named";
  const names = actors.slice(0, SHOWN_ACTORS).map((actor) => actor.name);
  const more = actors.length - names.length;
  return more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", ");
}

export function DatasetList({ datasets }: { datasets: readonly DatasetSummary[] }) {
  return (
    <ul className={styles.list} data-dataset-list="">
      {datasets.map((dataset) => (
        <li key={dataset.slug} className={styles.item} data-dataset={dataset.slug}>
          <h2 className={styles.title}>
            <Link href={datasetPath(dataset.slug)}>{dataset.title}</Link>
          </h2>
          <dl className={styles.facts}>
            <div>
              <dt>Period</dt>
              <dd data-dataset-period="">{dataset.years ? formatYearSpan(dataset.years.from, dataset.years.to) : "not stated"}</dd>
            </div>
            <div>
              <dt>Actors</dt>
              <dd data-dataset-actors="">{actorList(dataset.actors)}</dd>
            </div>
            <div>
              <dt>Holds</dt>
              <dd data-dataset-counts="">
                {formatNumber(dataset.counts.figures)} figures, {formatNumber(dataset.counts.events)} events, {formatNumber(dataset.counts.sources)} sources
              </dd>
            </div>
            <div>
              <dt>Last updated</dt>
              <dd>
                {formatPartialDate(dataset.lastUpdated, { long: true })} (version {dataset.version})
              </dd>
            </div>
          </dl>
          {dataset.description ? <p className={styles.description}>{dataset.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
