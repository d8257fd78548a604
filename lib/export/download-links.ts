// The data package of a dataset: its CSV files, a datapackage.json describing every column, and how
// to cite it. The downloads of a list view's rows are the list view's own (lib/views/list).

export const datapackageHref = (slug: string) => `/api/v1/datasets/${encodeURIComponent(slug)}/datapackage.zip`;
