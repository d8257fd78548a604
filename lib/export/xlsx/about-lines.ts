import type { FieldSpec } from "@/lib/export/datapackage-fields";
import type { XlsxColumn } from "./write-workbook";

// What the second sheet of every XLSX export says: where the rows come from, how to cite them and
// under which licence, and what each column holds (the data package's field descriptions, so the
// spreadsheet and datapackage.json never disagree).

export interface CitedDataset {
  slug: string;
  title: string;
  version: number;
  licence: string;
  citation: string;
}

/** Title, then per dataset its citation and licence, then whatever else the export must say. */
export function aboutLines(title: string, datasets: readonly CitedDataset[], extra: readonly (readonly [string, string])[] = []): (readonly [string, string])[] {
  const lines: (readonly [string, string])[] = [["Export", title]];
  for (const dataset of datasets) {
    const name = datasets.length > 1 ? ` (${dataset.slug})` : "";
    lines.push([`Dataset${name}`, `${dataset.title}, version ${dataset.version}`]);
    lines.push([`Citation${name}`, dataset.citation]);
    lines.push([`Licence${name}`, dataset.licence]);
  }
  lines.push(["Cells", "Values are numbers; dates and partial dates (1950, 1950-02, 1950-02-14) are text, as the source gives them; a qualifier is its own column."]);
  return [...lines, ...extra];
}

/** The data sheet's columns, typed from their field descriptions: integers and numbers are numeric cells. */
export function columnsFromSpecs<Header extends string>(headers: readonly Header[], specs: Record<Header, FieldSpec>): XlsxColumn[] {
  return headers.map((header) => {
    const type = specs[header].type;
    return { header, type: type === "integer" || type === "number" ? "number" : type === "boolean" ? "boolean" : "text" };
  });
}

/** The column descriptions for the second sheet. */
export function columnDescriptions<Header extends string>(headers: readonly Header[], specs: Record<Header, FieldSpec>): [string, string][] {
  return headers.map((header) => [header, specs[header].description]);
}
