import type { DatasetCiteInput } from "./citations";

// The citation input of a dataset, from what the pages already read (the URL is added in the
// browser, from the site's own origin).
export function datasetCiteSubject(dataset: {
  slug: string;
  title: string;
  version: number;
  lastUpdated: string;
  basedOn: string | null;
}): Omit<DatasetCiteInput, "url"> {
  return { slug: dataset.slug, title: dataset.title, version: dataset.version, lastUpdated: dataset.lastUpdated, basedOn: dataset.basedOn };
}
