// Every control of a list page (a filter, a sort header, a page link) leads to the same view with
// some parameters changed.

/**
 * A view with some parameters changed. A change to which rows are listed or how they are ordered
 * returns to the first page, because the old page number would point into a different list; a
 * change to how the rows are shown (`keepPage`: the page's presentation parameters) keeps it.
 */
export function changeView<View extends object>(view: View, changes: Partial<View>, keepPage: readonly string[]): View {
  const next: Record<string, unknown> = { ...view, ...changes };
  const resetsPage = Object.keys(changes).some((key) => key !== "page" && !keepPage.includes(key));
  if (resetsPage && !("page" in changes)) delete next.page;
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  return next as View;
}

/** The same view with every filter removed (sort, page size and presentation kept). */
export function clearFilters<View extends object>(view: View, filterKeys: readonly string[], keepPage: readonly string[]): View {
  const changes = Object.fromEntries(filterKeys.map((key) => [key, undefined])) as Partial<View>;
  return changeView(view, changes, keepPage);
}
