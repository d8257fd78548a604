// The API sorts by a key ("value"; "-value" for descending), TanStack Table by a column. The list
// view declares which API key each column sorts by (null: the column does not sort); these two
// functions translate between the URL's sort and the table's sorting state.

/** TanStack Table's SortingState, without importing the table library into lib/. */
export type ColumnSorting = { id: string; desc: boolean }[];

export type ColumnSortKeys = Readonly<Record<string, string | null>>;

export function sortingOf(sort: string, columnSort: ColumnSortKeys): ColumnSorting {
  const desc = sort.startsWith("-");
  const key = desc ? sort.slice(1) : sort;
  const column = Object.keys(columnSort).find((id) => columnSort[id] === key);
  return column ? [{ id: column, desc }] : [];
}

/** The API sort for the table's sorting state; the list's default when no sortable column is chosen. */
export function sortOf(sorting: ColumnSorting, columnSort: ColumnSortKeys, defaultSort: string): string {
  const first = sorting[0];
  const key = first ? columnSort[first.id] : null;
  if (!first || !key) return defaultSort;
  return first.desc ? `-${key}` : key;
}
