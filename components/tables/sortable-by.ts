// A column sorts only where its list view names the API sort key behind it (lib/views/<page>.ts),
// so a header is never clickable for a sort the server cannot do.
export const sortableBy =
  <Column extends string>(columnSort: Readonly<Record<Column, string | null>>) =>
  (id: Column) => ({ id, enableSorting: columnSort[id] !== null });
