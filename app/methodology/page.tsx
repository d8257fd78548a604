import type { Metadata } from "next";
import Link from "next/link";
import { CiteThis } from "@/components/controls/cite-this";
import { VocabTable } from "@/components/methodology/vocab-table";
import { getDatasetExportInfo } from "@/lib/data/datasets/export-info";
import { datasetCiteSubject } from "@/lib/export/cite-input";
import { datapackageHref } from "@/lib/export/download-links";
import { listConversionRates } from "@/lib/data/conversion-rates";
import { getDefaultDataset, listDatasetUnits, listFlaggedEvents, listFlaggedFigures } from "@/lib/data/methodology";
import { EVENT_FIELDS, FIGURE_FIELDS } from "@/lib/views/methodology/data-dictionary";
import { formatPartialDate, formatValue } from "@/lib/format";
import { CATEGORIES, EVENT_TYPES, FLAGS, KINDS, PERIOD_STATUSES, QUALIFIERS, type Flag } from "@/lib/vocab";
import { DENOMINATIONS, PRICE_BASES } from "@/lib/vocab/basis";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Methodology",
  description: "How Aidflow's figures were extracted, what every field means, and how currencies are handled.",
};

const flagLabel = (flag: string) => FLAGS[flag as Flag]?.label ?? flag;

export default async function MethodologyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // ?dataset=<slug> describes that dataset; without it (or with an unknown slug) the default one.
  const asked = (await searchParams).dataset;
  const [dataset, rates] = await Promise.all([getDefaultDataset(typeof asked === "string" ? asked : undefined), listConversionRates()]);
  const [flaggedFigures, flaggedEvents, units] = await Promise.all([
    listFlaggedFigures(dataset?.id),
    listFlaggedEvents(dataset?.id),
    listDatasetUnits(dataset?.id),
  ]);
  const notes = dataset?.meta.notes ?? null;
  const exportInfo = dataset ? await getDatasetExportInfo(dataset.slug) : null;
  const rubleRates = rates.filter((rate) => rate.perUnit === "USD");

  return (
    <div className="page">
      <h1>Methodology</h1>
      <p className="lede">
        How the figures were taken from the source, what every field means, how currencies are handled, and what
        the data leaves out.
      </p>
      <nav aria-label="On this page">
        <ul className="toc">
          <li><a href="#dataset">The dataset</a></li>
          <li><a href="#extraction">Extraction</a></li>
          <li><a href="#dictionary">Data dictionary</a></li>
          <li><a href="#currencies">Rubles and conversions</a></li>
          <li><a href="#flags">Flagged figures</a></li>
          <li><a href="#gaps">Known gaps</a></li>
          <li><a href="#changelog">Changelog</a></li>
        </ul>
      </nav>

      <section id="dataset" aria-labelledby="dataset-heading">
        <h2 id="dataset-heading">The dataset</h2>
        {dataset ? (
          <div className="prose">
            <p>
              <strong>{dataset.title}</strong> (version {dataset.version}, last updated {dataset.lastUpdated}):{" "}
              {dataset._count.figures} figures, {dataset._count.events} events and {dataset._count.sources} sources.
            </p>
            <p>{dataset.description}</p>
            <p>
              <strong>Cite as:</strong> {dataset.citation}
            </p>
            <p>
              <strong>Licence:</strong> {dataset.licence}
            </p>
            {exportInfo ? (
              <p>
                <a href={datapackageHref(exportInfo.slug)} download>
                  Download the whole dataset (Frictionless data package, zip)
                </a>{" "}
                <CiteThis subject={{ kind: "dataset", dataset: datasetCiteSubject(exportInfo) }} />
              </p>
            ) : null}
            <h3>Sources</h3>
            <ul>
              {dataset.sources.map((source) => (
                <li key={source.key}>
                  <span className="badge">{source.kind}</span> {source.citation}
                  {source.url ? (
                    <>
                      {" "}
                      <a href={source.url}>{source.url}</a>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="notice">No dataset is loaded yet. Run <code>npm run db:seed</code>.</p>
        )}
      </section>

      <section id="extraction" aria-labelledby="extraction-heading">
        <h2 id="extraction-heading">How the figures were extracted</h2>
        {notes ? (
          <ul className="prose">
            {notes.extraction.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No extraction notes were recorded for this dataset.</p>
        )}
      </section>

      <section id="dictionary" aria-labelledby="dictionary-heading">
        <h2 id="dictionary-heading">Data dictionary</h2>
        <p className="prose">
          The names below are those of the <Link href="/api-docs">API</Link> and the CSV downloads.
        </p>
        <VocabTable caption="Figure fields" headers={["Field", "Meaning"]} rows={FIGURE_FIELDS.map((f) => [<code key="n">{f.name}</code>, f.meaning])} />
        <VocabTable caption="Event fields" headers={["Field", "Meaning"]} rows={EVENT_FIELDS.map((f) => [<code key="n">{f.name}</code>, f.meaning])} />
        <VocabTable
          caption="Units"
          headers={["Code", "Unit", "Family"]}
          rows={units.map((unit) => [<code key="c">{unit.code}</code>, unit.label, unit.familyLabel])}
        />
        <VocabTable
          caption="Qualifiers"
          headers={["Code", "Shown as", "Meaning"]}
          rows={Object.entries(QUALIFIERS).map(([code, q]) => [
            <code key="c">{code}</code>,
            q.symbol ? `${q.symbol} (${q.words})` : "—",
            code === "exact"
              ? "The source prints the number with no hedge. It is not a claim of precision."
              : `The source says “${q.words}”. The qualifier stays with the number in tables, charts, tooltips and downloads.`,
          ])}
        />
        <VocabTable caption="Categories" headers={["Code", "Category"]} rows={[...Object.entries(CATEGORIES), ...(dataset?.meta.categories ?? []).map((category) => [category.code, category.label])].map(([code, label]) => [<code key="c">{code}</code>, label])} />
        <VocabTable caption="Kinds" headers={["Code", "Kind"]} rows={Object.entries(KINDS).map(([code, label]) => [<code key="c">{code}</code>, label])} />
        <VocabTable
          caption="Period statuses"
          headers={["Code", "Meaning"]}
          rows={Object.entries(PERIOD_STATUSES).map(([code, label]) => [<code key="c">{code}</code>, label])}
        />
        <VocabTable
          caption="Price bases of money"
          headers={["Code", "Meaning"]}
          rows={Object.entries(PRICE_BASES).map(([code, label]) => [<code key="c">{code}</code>, label])}
        />
        <VocabTable
          caption="Ruble denominations"
          headers={["Code", "Meaning"]}
          rows={Object.entries(DENOMINATIONS).map(([code, label]) => [<code key="c">{code}</code>, label])}
        />
        <VocabTable
          caption="Flags"
          headers={["Code", "Flag", "What it means"]}
          rows={Object.entries(FLAGS).map(([code, flag]) => [<code key="c">{code}</code>, flag.label, flag.explanation])}
        />
        <VocabTable caption="Event types" headers={["Code", "Type"]} rows={Object.entries(EVENT_TYPES).map(([code, label]) => [<code key="c">{code}</code>, label])} />
      </section>

      <section id="currencies" aria-labelledby="currencies-heading">
        <h2 id="currencies-heading">Rubles, dollars and conversions</h2>
        <div className="prose">
          <p>
            Every amount is shown in the currency the source prints, by default. Converting is opt-in: on the
            overview and on each figure&apos;s page you can ask for US dollars, old rubles or new rubles. A converted
            number is always marked as derived and names the rate, the dates the rate was valid and its source.
          </p>
          <p>
            <strong>The ruble problem.</strong> The source never says whether its ruble figures are old rubles
            (before 1961) or new rubles. On 1 January 1961 ten old rubles became one new ruble for prices, wages and
            cash, but the ruble&apos;s gold content changed too. For sums priced in foreign currency, such as loans, one
            new ruble was worth 4.44 old rubles (4.00 ÷ 0.90), not ten. Dividing an old-ruble loan by ten to get new
            rubles would be wrong by more than half, so Aidflow always converts through the US dollar (equivalently,
            through gold).
          </p>
          <p>
            <strong>Assumptions.</strong> Figures whose ruble basis is not stated are converted only under an
            assumption you choose (old or new), and every chart and table says which assumption is in force. The
            literature reads the 1.816 billion rubles of Soviet credits as new rubles (Soviet statements of 1964); the
            other ruble figures cannot be placed. Rates apply by date: a figure whose period starts before 1 March
            1950 uses the earlier rate of 5.30 rubles per dollar.
          </p>
          <p>
            <strong>What is never converted.</strong> Tons never turn into money, people are never added to
            documents, and no rate exists in the reference material for the Manchurian yuan of 1945, so those
            figures stay as printed.
          </p>
        </div>
        <VocabTable
          caption="Reference rates"
          headers={["Rate", "Valid", "Meaning", "Source"]}
          rows={rubleRates.map((rate) => [
            `${rate.rate.toFixed(2)} ${rate.unit.replace(/_/g, " ")} per ${rate.perUnit}`,
            rate.validTo
              ? `${formatPartialDate(rate.validFrom)} – ${formatPartialDate(rate.validTo)}`
              : `from ${formatPartialDate(rate.validFrom)}`,
            rate.description,
            rate.sourceUrl ? (
              <a key="s" href={rate.sourceUrl}>
                {rate.sourceTitle}
              </a>
            ) : (
              rate.sourceTitle
            ),
          ])}
        />
      </section>

      <section id="flags" aria-labelledby="flags-heading">
        <h2 id="flags-heading">Flagged figures and events</h2>
        <p className="prose">
          A flag never changes a number. It says why a figure deserves care; the notes give the reason for each one.
        </p>
        <VocabTable
          caption={`Flagged figures (${flaggedFigures.length})`}
          headers={["Figure", "As printed", "Flags", "Why"]}
          rows={flaggedFigures.map((figure) => [
            <Link key="l" href={`/figures/${figure.id}`}>
              {figure.label}
            </Link>,
            formatValue(figure),
            figure.flags.map(flagLabel).join("; "),
            figure.notes ?? "",
          ])}
        />
        <VocabTable
          caption={`Flagged events (${flaggedEvents.length})`}
          headers={["Event", "Date as printed", "Flags", "Why"]}
          rows={flaggedEvents.map((event) => [
            event.label,
            event.dateText,
            event.flags.map(flagLabel).join("; "),
            event.notes ?? "",
          ])}
        />
      </section>

      <section id="gaps" aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">Known gaps</h2>
        {notes ? (
          <ul className="prose">
            {notes.gaps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="muted">No gaps were recorded for this dataset.</p>
        )}
      </section>

      <section id="changelog" aria-labelledby="changelog-heading">
        <h2 id="changelog-heading">Changelog</h2>
        {dataset && dataset.changelog.length > 0 ? (
          <VocabTable
            caption="Dataset versions"
            headers={["Version", "Date", "Change"]}
            rows={dataset.changelog.map((entry) => [`v${entry.version}`, entry.date, entry.summary])}
          />
        ) : (
          <p className="muted">No changes have been recorded yet.</p>
        )}
      </section>
    </div>
  );
}
