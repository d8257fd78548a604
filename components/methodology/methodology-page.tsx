import { getTranslations } from "next-intl/server";
import { listConversionRates } from "@/lib/data/conversion-rates";
import { getDefaultDataset, listDatasetUnits, listFlaggedEvents, listFlaggedFigures } from "@/lib/data/methodology";
import { CurrenciesSection } from "./currencies-section";
import { DatasetSection } from "./dataset-section";
import { DictionarySection } from "./dictionary-section";
import { FlagsSection } from "./flags-section";
import { VocabTable } from "./vocab-table";

// The methodology page: the dataset, how its figures were extracted, the data dictionary, the ruble
// problem and the rates, every flagged figure and event, the known gaps and the changelog, in the
// page's language. `slug` names the dataset described; without it (or with an unknown one) the
// default dataset.

const SECTIONS = ["dataset", "extraction", "dictionary", "currencies", "flags", "gaps", "changelog"] as const;

function NotesList({ lines, empty }: { lines: string[] | undefined; empty: string }) {
  if (!lines) return <p className="muted">{empty}</p>;
  return (
    <ul className="prose">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

export async function MethodologyPage({ slug }: { slug: string | undefined }) {
  const [dataset, rates, t] = await Promise.all([getDefaultDataset(slug), listConversionRates(), getTranslations("methodology")]);
  const [flaggedFigures, flaggedEvents, units] = await Promise.all([
    listFlaggedFigures(dataset?.id),
    listFlaggedEvents(dataset?.id),
    listDatasetUnits(dataset?.id),
  ]);
  const notes = dataset?.meta.notes;
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <nav aria-label={t("toc.label")}>
        <ul className="toc">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`toc.${id}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <DatasetSection dataset={dataset} />
      <section id="extraction" aria-labelledby="extraction-heading">
        <h2 id="extraction-heading">{t("extraction.heading")}</h2>
        <NotesList lines={notes?.extraction} empty={t("extraction.none")} />
      </section>
      <DictionarySection dataset={dataset} units={units} />
      <CurrenciesSection rates={rates} />
      <FlagsSection figures={flaggedFigures} events={flaggedEvents} />
      <section id="gaps" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t("gaps.heading")}</h2>
        <NotesList lines={notes?.gaps} empty={t("gaps.none")} />
      </section>
      <section id="changelog" aria-labelledby="changelog-heading">
        <h2 id="changelog-heading">{t("changelog.heading")}</h2>
        {dataset && dataset.changelog.length > 0 ? (
          <VocabTable
            caption={t("changelog.caption")}
            headers={[t("changelog.version"), t("changelog.date"), t("changelog.change")]}
            rows={dataset.changelog.map((entry) => [`v${entry.version}`, entry.date, entry.summary])}
          />
        ) : (
          <p className="muted">{t("changelog.none")}</p>
        )}
      </section>
    </div>
  );
}
