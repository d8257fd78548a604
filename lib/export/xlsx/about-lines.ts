import { TEXT_GUARD, type FieldSpec } from "@/lib/export/datapackage-fields";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import * as vocab from "@/lib/vocab";
import { PROVENANCE_KINDS } from "@/lib/vocab/provenance";
import { DENOMINATION_CODES, PRICE_BASIS_CODES } from "@/lib/vocab/basis";
import { Vocabulary, type VocabularyDeclarations } from "@/lib/vocab/vocabulary";
import { exportTranslator } from "./export-words";
import type { XlsxColumn } from "./write-workbook";

// What the second sheet of every XLSX export says: where the rows come from, how to cite them and
// under which licence, and what each column holds. In English, the column descriptions are the data
// package's (so the spreadsheet and datapackage.json never disagree); in another language they are
// the `export` messages' translations of them, with the same codes. Column names and codes never
// change with the language: scripts read them.

export interface CitedDataset {
  slug: string;
  title: string;
  version: number;
  licence: string;
  citation: string;
}

type Line = readonly [string, string];

/** Title, then per dataset its citation and licence, then whatever else the export must say. */
export function aboutLines(title: string, datasets: readonly CitedDataset[], extra: readonly Line[] = [], locale: Locale = DEFAULT_LOCALE): Line[] {
  const t = exportTranslator(locale);
  const lines: Line[] = [[t("about.export"), title]];
  for (const dataset of datasets) {
    const named = datasets.length > 1;
    const slug = { slug: dataset.slug };
    lines.push([named ? t("about.datasetNamed", slug) : t("about.dataset"), t("about.datasetValue", { title: dataset.title, version: String(dataset.version) })]);
    lines.push([named ? t("about.citationNamed", slug) : t("about.citation"), dataset.citation]);
    lines.push([named ? t("about.licenceNamed", slug) : t("about.licence"), dataset.licence]);
  }
  lines.push([t("about.cells"), t("about.cellsText")]);
  if (locale !== DEFAULT_LOCALE) lines.push([t("about.language"), t("about.languageText")]);
  return [...lines, ...extra];
}

/** The header of the column descriptions, in the sheet's language. */
export function aboutColumnsHeader(locale: Locale = DEFAULT_LOCALE): Line {
  const t = exportTranslator(locale);
  return [t("about.column"), t("about.whatItHolds")];
}

/** The data sheet's columns, typed from their field descriptions: integers and numbers are numeric cells. */
export function columnsFromSpecs<Header extends string>(headers: readonly Header[], specs: Record<Header, FieldSpec>): XlsxColumn[] {
  return headers.map((header) => {
    const type = specs[header].type;
    return { header, type: type === "integer" || type === "number" ? "number" : type === "boolean" ? "boolean" : "text" };
  });
}

/** The code lists a translated description names, as codes (the same in every language). */
function codeLists(t: Translate, declared: VocabularyDeclarations): Record<string, string> {
  const vocabulary = new Vocabulary([declared]);
  const join = (codes: readonly string[]) => codes.join(", ");
  const units = vocabulary.declaredUnits().map(({ code }) => code);
  return {
    categories: join(vocabulary.categoryCodes()),
    units: units.length > 0 ? join(units) : t("noDeclaredUnits"),
    priceBases: join(PRICE_BASIS_CODES),
    denominations: join(DENOMINATION_CODES),
    qualifiers: join(vocab.QUALIFIER_CODES),
    provenance: join(PROVENANCE_KINDS),
    flags: join(vocab.FLAG_CODES),
    eventTypes: join(vocab.EVENT_TYPE_CODES),
    actorCodes: t("actorCodes"),
  };
}

/** The column descriptions for the second sheet: the field specs' in English, else the translations. */
export function columnDescriptions<Header extends string>(
  headers: readonly Header[],
  specs: Record<Header, FieldSpec>,
  { locale = DEFAULT_LOCALE, entity, declared = {} }: { locale?: Locale; entity?: "figures" | "events"; declared?: VocabularyDeclarations } = {},
): [string, string][] {
  if (locale === DEFAULT_LOCALE || entity === undefined) return headers.map((header) => [header, specs[header].description]);
  const t = exportTranslator(locale);
  const lists = codeLists(t, declared);
  return headers.map((header) => {
    const guard = specs[header].description.endsWith(TEXT_GUARD) ? t("textGuard") : "";
    return [header, `${t(`columns.${entity}.${header}`, lists)}${guard}`];
  });
}
