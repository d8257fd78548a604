import { foldLatin } from "@/lib/export/csv/filename";
import type { Translate } from "@/lib/i18n/translate";
import { translatorOver } from "@/lib/i18n/translator-over";
import englishWords from "@/messages/en/citation.json" with { type: "json" };

// "Cite this": APA and BibTeX references for the dataset, for one figure in it, for the paper a
// figure comes from, and for the work that paper cites for it. Pure, so the dialog builds them in
// the browser with the visitor's own date as the access date.
//
// APA: the dataset as "Author. (Year). Title (Version n) [Data set]. Retrieved <date>, from <URL>";
// a source as the reference its source list gives (stored in `citation`, already APA-shaped for the
// paper). BibTeX: @misc entries with every special character escaped and authors in double braces
// (names such as "Mao Zedong" or "Xu Zh.Y." must not be split into given and family names by
// BibTeX's rules); keys are built from stable keys (dataset slug, version, figure and source keys),
// never from the date, so citing the same thing twice gives the same key.
//
// The words around the data (labels, the access date, "Retrieved … from", notes) are in the language
// of `t`, the `citation` messages: the dialog passes the page's. The data's own words (titles,
// labels, the source's reference) stay as printed. Without a translator, English.

export interface DatasetCiteInput {
  slug: string;
  title: string;
  version: number;
  /** YYYY-MM-DD: the year of the version cited. */
  lastUpdated: string;
  /** The dataset's home: the overview's absolute URL. */
  url: string;
  /** The paper the dataset is built from, as its reference reads. */
  basedOn: string | null;
}

export interface SourceCiteInput {
  key: string;
  author: string;
  year: string | null;
  title: string;
  citation: string;
  url: string | null;
}

export interface FigureCiteInput {
  /** Stable within its dataset; together with the dataset's slug it names the figure for good. */
  key: string;
  label: string;
  /** Absolute URL of the figure's canonical page (its dataset's slug and its key, never its id). */
  permalink: string;
  dataset: DatasetCiteInput;
  source: SourceCiteInput;
  citedRef: string | null;
  citedSource: SourceCiteInput | null;
}

export interface Citation {
  id: string;
  heading: string;
  apa: string;
  bibtex: string;
  /** A hint shown under the references (e.g. how to cite a work known only through the paper). */
  note?: string;
}

const englishCitation = translatorOver("en", englishWords);

const MONTH_KEYS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "November 28, 2026" (ka: "2026 წლის 28 ნოემბერს"), from the local calendar date (the visitor's "today"). */
export function apaDate(date: Date, t: Translate = englishCitation): string {
  return t("accessDate", { month: t(`months.${MONTH_KEYS[date.getMonth()]}`), day: String(date.getDate()), year: String(date.getFullYear()) });
}

/** YYYY-MM-DD from the local calendar date. */
export function isoLocalDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/** Text safe inside a braced BibTeX field: LaTeX's special characters escaped, one line. */
export function escapeBibtex(text: string): string {
  return squash(text).replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIALS[char]!);
}

/** A URL field: BibTeX reads it verbatim, so only unbalanced braces and spaces must go. */
const bibtexUrl = (url: string) => url.replace(/[{}\s]/g, "");

/** A citation key from stable parts: ASCII letters, digits and - _ : only. */
export function bibtexKey(...parts: string[]): string {
  return parts
    .map((part) =>
      foldLatin(part)
        .replace(/[^A-Za-z0-9_-]+/g, "-")
        .replace(/^-+|-+$/g, ""),
    )
    .filter(Boolean)
    .join(":");
}

/** Authors separated by ";" in our data become BibTeX's "and", each kept verbatim in braces. */
export function bibtexAuthors(author: string): string {
  return author
    .split(";")
    .map((name) => squash(name))
    .filter(Boolean)
    .map((name) => `{${escapeBibtex(name)}}`)
    .join(" and ");
}

function bibtexEntry(type: string, key: string, fields: [string, string | null | undefined, "text" | "url" | "raw"][]): string {
  const present = fields.filter((field): field is [string, string, "text" | "url" | "raw"] => Boolean(field[1]));
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value, kind]) => {
    const body = kind === "url" ? bibtexUrl(value) : kind === "raw" ? value : escapeBibtex(value);
    return `  ${name.padEnd(width)} = {${body}}`;
  });
  return `@${type}{${key},\n${lines.join(",\n")}\n}`;
}

const yearOf = (isoDate: string) => isoDate.slice(0, 4);

export function datasetCitation(dataset: DatasetCiteInput, accessed: Date, t: Translate = englishCitation): Citation {
  const year = yearOf(dataset.lastUpdated);
  const version = String(dataset.version);
  const apa = t("dataset.apa", { year, title: squash(dataset.title), version, date: apaDate(accessed, t), url: dataset.url });
  const bibtex = bibtexEntry("misc", bibtexKey("aidflow", dataset.slug, `v${dataset.version}`), [
    ["author", "{Aidflow}", "raw"],
    ["title", `{${escapeBibtex(dataset.title)}}`, "raw"],
    ["year", year, "text"],
    ["version", String(dataset.version), "text"],
    ["howpublished", t("dataset.howpublished"), "text"],
    ["url", dataset.url, "url"],
    ["urldate", isoLocalDate(accessed), "text"],
    ["note", dataset.basedOn ? t("dataset.noteBasedOn", { version, basedOn: dataset.basedOn }) : t("dataset.note", { version }), "text"],
  ]);
  return { id: "dataset", heading: t("dataset.heading", { version }), apa, bibtex };
}

function sourceCitation(source: SourceCiteInput, { id, heading }: { id: string; heading: string }, t: Translate): Citation {
  const apa = squash(source.citation);
  const bibtex = bibtexEntry("misc", bibtexKey(source.key), [
    ["author", bibtexAuthors(source.author), "raw"],
    ["title", `{${escapeBibtex(source.title)}}`, "raw"],
    ["year", source.year, "text"],
    ["url", source.url, "url"],
    ["note", source.year ? apa : t("source.noYear", { citation: apa }), "text"],
  ]);
  return { id, heading, apa, bibtex };
}

/** The figure in Aidflow, the paper it is printed in, and the work the paper cites for it (if any). */
export function figureCitations(figure: FigureCiteInput, accessed: Date, t: Translate = englishCitation): Citation[] {
  const { dataset } = figure;
  const year = yearOf(dataset.lastUpdated);
  const version = String(dataset.version);
  const record: Citation = {
    id: "figure",
    heading: t("figure.heading"),
    apa: t("figure.apa", {
      year,
      label: squash(figure.label),
      key: figure.key,
      title: squash(dataset.title),
      version,
      date: apaDate(accessed, t),
      url: figure.permalink,
    }),
    bibtex: bibtexEntry("misc", bibtexKey("aidflow", dataset.slug, figure.key), [
      ["author", "{Aidflow}", "raw"],
      ["title", `{${escapeBibtex(figure.label)}}`, "raw"],
      ["year", year, "text"],
      ["howpublished", t("figure.howpublished", { key: figure.key, title: dataset.title, version }), "text"],
      ["url", figure.permalink, "url"],
      ["urldate", isoLocalDate(accessed), "text"],
      ["note", t("figure.note", { citation: figure.source.citation }), "text"],
    ]),
  };
  const paper = sourceCitation(figure.source, { id: "paper", heading: t("paper.heading") }, t);
  return [record, paper, ...citedCitations(figure, t)];
}

/** What the paper cites for the figure: a work in the source list, or only a short reference. */
function citedCitations(figure: FigureCiteInput, t: Translate): Citation[] {
  if (figure.citedSource) {
    const cited = sourceCitation(figure.citedSource, { id: "cited", heading: t("cited.heading") }, t);
    return [{ ...cited, note: figure.citedRef ? t("cited.noteRef", { ref: squash(figure.citedRef) }) : t("cited.note") }];
  }
  if (!figure.citedRef) return [];
  const ref = squash(figure.citedRef);
  return [
    {
      id: "cited",
      heading: t("citedRef.heading"),
      apa: t("citedRef.apa", { ref, citation: squash(figure.source.citation) }),
      bibtex: bibtexEntry("misc", bibtexKey(figure.source.key, "cites", figure.key), [
        ["title", `{${escapeBibtex(ref)}}`, "raw"],
        ["note", t("citedRef.bibtexNote", { citation: figure.source.citation }), "text"],
      ]),
      note: t("citedRef.note"),
    },
  ];
}
